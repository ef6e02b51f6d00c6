"""``/sources``: the feeds, sitemaps and pages that are polled, with their health."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Response
from pydantic import BaseModel, Field

from toancanh.cli.output import source_json
from toancanh.domain import NewSource
from toancanh.ingest.fetch import FetchError
from toancanh.ingest.netguard import check_url
from toancanh.ingest.urls import normalize_url
from toancanh.store.sources import SourceExistsError
from toancanh.web.api.common import (
    READ_ERRORS,
    WRITE_ERRORS,
    AdminDep,
    Limit,
    Offset,
    StoreDep,
    UserDep,
    id_path,
    not_found,
    page_of,
)
from toancanh.web.api.models import Page, Source

router = APIRouter(prefix="/sources", tags=["sources"], responses=READ_ERRORS)


@router.get(
    "",
    summary="The sources, with their health",
    response_model=Page[Source],
    description="Last check, last success, last error and its reason, error streak (as "
    "`toancanh sources health --json`).",
)
def list_sources(
    store: StoreDep, _: UserDep, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    return page_of(store.sources.list(), limit, offset, source_json)


class SourceIn(BaseModel):
    url: str = Field(min_length=8, max_length=2000, description="Feed, sitemap or page URL.")
    kind: Literal["feed", "sitemap", "page"] = "feed"
    name: str | None = Field(default=None, max_length=200, description="A display name.")
    outlet: str | None = Field(
        default=None, max_length=200, description="The outlet that publishes it."
    )
    official: bool = Field(default=False, description="An official (state) source.")
    allow_private: bool = Field(
        default=False, description="Allow a private address (an intranet portal)."
    )
    interval_seconds: int | None = Field(
        default=None, ge=60, le=30 * 86400, description="Between polls (default: the setting)."
    )


@router.post(
    "",
    status_code=201,
    summary="Add a source to poll (admin)",
    response_model=Source,
    responses=WRITE_ERRORS,
    description="The address is checked as every fetch checks it: a private or loopback "
    "address needs `allow_private`. A host that does not resolve now is accepted (every "
    "fetch checks it again).",
)
def add_source(store: StoreDep, admin: AdminDep, body: SourceIn) -> dict[str, Any]:
    url = normalize_url(body.url.strip())
    try:
        check_url(url, allow_private=body.allow_private)
    except FetchError as error:
        if error.reason != "connect_error":
            raise ValueError(f"refused: {error.detail or error.reason}") from error
    new = NewSource(
        url=url,
        kind=body.kind,
        name=body.name,
        outlet=body.outlet,
        official=body.official,
        allow_private=body.allow_private,
        interval_seconds=body.interval_seconds,
    )
    try:
        source = store.sources.add(new, actor=admin.email)
    except SourceExistsError as error:
        raise HTTPException(409, str(error)) from error
    return source_json(source)


@router.delete(
    "/{source_id}",
    status_code=204,
    summary="Stop polling a source (admin)",
    responses=WRITE_ERRORS,
    description="Its articles stay.",
)
def remove_source(
    store: StoreDep, admin: AdminDep, source_id: Annotated[int, id_path("source")]
) -> Response:
    if not store.sources.remove(source_id, actor=admin.email):
        raise not_found("source", source_id)
    return Response(status_code=204)
