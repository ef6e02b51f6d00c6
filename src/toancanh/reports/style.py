"""How reports write numbers, dates and labels: Vietnamese style (1.234; 12,5%;
07/12/2026; 14:05 Vietnam time) in both languages, section labels in Vietnamese or, with
``lang="en"``, in English for English-reading staff."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")

TONE_VI = {"positive": "tích cực", "neutral": "trung tính", "negative": "tiêu cực"}
TONE_EN = {"positive": "positive", "neutral": "neutral", "negative": "negative"}
SEVERITY_VI = {"low": "thấp", "medium": "trung bình", "high": "cao", "critical": "khẩn cấp"}
STATUS_VI = {
    "open": "đang mở",
    "responding": "đang xử lý",
    "monitoring": "đang theo dõi",
    "closed": "đã đóng",
}


def number(value: int | float) -> str:
    """1234567 → "1.234.567"; 2.5 → "2,5" (one decimal when not whole)."""
    if isinstance(value, float) and not value.is_integer():
        whole = f"{value:,.1f}"
    else:
        whole = f"{round(value):,}"
    return whole.replace(",", "_").replace(".", ",").replace("_", ".")


def percent(share: float | None) -> str:
    """0.125 → "12,5%"; None → "–"."""
    if share is None:
        return "–"
    return f"{share * 100:.1f}".replace(".", ",") + "%"


def change(now: int, before: int) -> str:
    """The day's change against the previous one: "+25,0%", "-10,0%", "–" (none before)."""
    if before == 0:
        return "–" if now == 0 else "+" + number(now)
    delta = (now - before) / before
    sign = "+" if delta >= 0 else "-"
    return sign + percent(abs(delta))


def day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def short_day(value: date) -> str:
    return value.strftime("%d/%m")


def local(moment: datetime) -> datetime:
    return moment.astimezone(VIETNAM)


def time_of(moment: datetime | None) -> str:
    """HH:MM in Vietnam time."""
    return "–" if moment is None else local(moment).strftime("%H:%M")


def when(moment: datetime | None) -> str:
    """HH:MM dd/mm/yyyy in Vietnam time."""
    return "–" if moment is None else local(moment).strftime("%H:%M %d/%m/%Y")


def tone(value: str | None, lang: str) -> str:
    names = TONE_EN if lang == "en" else TONE_VI
    return names.get(value or "", "–" if lang == "en" else "chưa rõ")


def severity(value: str, lang: str) -> str:
    return value if lang == "en" else SEVERITY_VI.get(value, value)


def status(value: str, lang: str) -> str:
    return value if lang == "en" else STATUS_VI.get(value, value)


def labels(table: dict[str, tuple[str, str]], lang: str) -> dict[str, str]:
    """A composer's labels, each given as (Vietnamese, English), in the report's language."""
    index = 1 if lang == "en" else 0
    return {key: pair[index] for key, pair in table.items()}
