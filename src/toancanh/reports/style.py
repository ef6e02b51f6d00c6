"""How reports write numbers, dates and labels: Vietnamese style (1.234; 12,5%;
07/12/2026; 14:05 Vietnam time) in both languages, section labels in Vietnamese or, with
``lang="en"``, in English for English-reading staff."""

from __future__ import annotations

from datetime import datetime

from toancanh.reports import vnformat
from toancanh.text.dates import to_local

TONE_VI = {"positive": "tích cực", "neutral": "trung tính", "negative": "tiêu cực"}
TONE_EN = {"positive": "positive", "neutral": "neutral", "negative": "negative"}
SEVERITY_VI = {"low": "thấp", "medium": "trung bình", "high": "cao", "critical": "nghiêm trọng"}
STATUS_VI = {
    "open": "đang mở",
    "responding": "đang xử lý",
    "monitoring": "đang theo dõi",
    "closed": "đã đóng",
}


def number(value: int | float) -> str:
    """1234567 → "1.234.567"; 2.5 → "2,5" (one decimal when not whole)."""
    return vnformat.number(value, 1 if isinstance(value, float) and not value.is_integer() else 0)


def percent(share: float | None) -> str:
    """0.125 → "12,5%", 0.2 → "20,0%": one decimal always, so a table's column lines up."""
    return vnformat.DASH if share is None else f"{share * 100:.1f}".replace(".", ",") + "%"


def change(now: int, before: int) -> str:
    """The day's change against the previous one: "+25,0%", "-10,0%", "—" (none before)."""
    if before == 0:
        return vnformat.DASH if now == 0 else "+" + number(now)
    delta = (now - before) / before
    sign = "+" if delta >= 0 else "-"
    return sign + percent(abs(delta))


day = vnformat.day
short_day = vnformat.short_day
when = vnformat.when  # dd/mm/yyyy HH:MM in Vietnam time, as the incident and plan reports


def local(moment: datetime) -> datetime:
    return to_local(moment)


def time_of(moment: datetime | None) -> str:
    """HH:MM in Vietnam time."""
    return vnformat.DASH if moment is None else local(moment).strftime("%H:%M")


def tone(value: str | None, lang: str) -> str:
    names = TONE_EN if lang == "en" else TONE_VI
    return names.get(value or "", vnformat.DASH if lang == "en" else "chưa rõ")


def severity(value: str, lang: str) -> str:
    return value if lang == "en" else SEVERITY_VI.get(value, value)


def status(value: str, lang: str) -> str:
    return value if lang == "en" else STATUS_VI.get(value, value)


def labels(table: dict[str, tuple[str, str]], lang: str) -> dict[str, str]:
    """A composer's labels, each given as (Vietnamese, English), in the report's language."""
    index = 1 if lang == "en" else 0
    return {key: pair[index] for key, pair in table.items()}
