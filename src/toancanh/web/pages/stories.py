"""The biggest stories: clusters of articles reporting the same news, biggest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from toancanh.domain.accounts import User
from toancanh.trends.series import day_start, local_day
from toancanh.web.deps import get_store, page_user
from toancanh.web.templating import render
from toancanh.web.visibility import day_bound

router = APIRouter()
DEFAULT_DAYS = 30
SIZES = (2, 3, 5, 10)


@router.get("/stories", response_class=HTMLResponse)
def stories(
    request: Request,
    since: str | None = None,
    min_size: int = 2,
    user: User = Depends(page_user),
) -> HTMLResponse:
    start = day_bound(since) or day_start(
        local_day(datetime.now(UTC)) - timedelta(days=DEFAULT_DAYS - 1)
    )
    size = max(2, min(min_size, 1000))
    found = get_store(request).articles.stories(min_size=size, since=start, limit=50)
    return render(
        request,
        "stories.html",
        stories=found,
        since_day=local_day(start).isoformat(),
        min_size=size,
        sizes=SIZES,
    )
