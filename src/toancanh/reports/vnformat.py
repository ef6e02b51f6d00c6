"""Figures as a Vietnamese administrative document writes them, in both report languages:
``1.234`` (dot for thousands), ``12,5%`` (comma for decimals), ``12.500.000 đồng`` (whole
đồng), ``07/12/2026`` and ``14:05`` in Vietnam time.

The English labels of ``lang="en"`` sit over the same figures: a report is one document
whose numbers read the same to every reader (and to a clerk copying them).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from toancanh.text.dates import to_local

DASH = "—"


def number(value: float | int | None, digits: int = 0) -> str:
    """``1234.5`` → ``"1.234,5"`` (``digits`` after the comma; trailing zeros dropped)."""
    if value is None:
        return DASH
    text = f"{abs(value):,.{digits}f}"
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    shown = whole.replace(",", ".") + (f",{frac}" if frac else "")
    return ("-" if value < 0 and shown.strip("0.,") else "") + shown


def percent(share: float | None, digits: int = 1) -> str:
    """A share 0..1 as ``"12,5%"``."""
    return DASH if share is None else f"{number(share * 100, digits)}%"


def money(amount: int | None) -> str:
    """Whole đồng: ``12500000`` → ``"12.500.000 đồng"``."""
    return DASH if amount is None else f"{number(round(amount))} đồng"


def day(value: date | datetime | None) -> str:
    """``07/12/2026`` (a moment: its Vietnam day)."""
    if value is None:
        return DASH
    if isinstance(value, datetime):
        value = to_local(value).date()
    return value.strftime("%d/%m/%Y")


def short_day(value: date) -> str:
    """``07/12``: a chart's axis label."""
    return value.strftime("%d/%m")


def when(value: datetime | None) -> str:
    """``07/12/2026 14:05`` in Vietnam time."""
    return DASH if value is None else to_local(value).strftime("%d/%m/%Y %H:%M")


def duration(span: timedelta | None, lang: str = "vi") -> str:
    """``"3 giờ 20 phút"`` / ``"3 h 20 min"``; over two days, in days: ``"2,5 ngày"``."""
    if span is None:
        return DASH
    minutes = int(span.total_seconds() // 60)
    if minutes >= 48 * 60:
        return f"{number(minutes / 1440, 1)} {'ngày' if lang == 'vi' else 'days'}"
    hours, rest = divmod(minutes, 60)
    h, m = ("giờ", "phút") if lang == "vi" else ("h", "min")
    if hours and rest:
        return f"{hours} {h} {rest} {m}"
    return f"{hours} {h}" if hours else f"{rest} {m}"
