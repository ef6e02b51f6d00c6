"""Small helpers of the forms: lines of a textarea, a link that may be shown, a typed day.

(Who may see what is ``toancanh.access``'s, asked by the services.)
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urlsplit

from toancanh.errors import Invalid
from toancanh.text.dates import parse_datetime
from toancanh.trends.series import day_start, local_day

NOT_A_DATE = "“{value}” is not a date: use 20/11/2026"


def lines(text: str | None) -> list[str]:
    """The non-empty lines of a textarea (one legal document, agency or member each)."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def web_link(url: str | None) -> str | None:
    """``url`` if it may become a link (http or https), else None (shown as text)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def day_bound(value: str | None, *, end: bool = False, field: str = "since") -> datetime | None:
    """The start of a typed day (Vietnam time), or of the day after it for ``end``;
    ``Invalid`` (400, in the visitor's language) when it is not a date."""
    if not value:
        return None
    parsed = parse_datetime(value)
    if parsed is None:
        raise Invalid(NOT_A_DATE, field=field, value=value)
    day = local_day(parsed) + (timedelta(days=1) if end else timedelta())
    return day_start(day)
