"""Dates and times as Vietnamese pages and feeds write them.

Every result is timezone-aware and in UTC. A date or time written without a zone is Vietnam
time (Asia/Ho_Chi_Minh); a date without a time is local midnight. Dates are day first
("1.6.2020" is 1 June). Naive datetimes given to this module are taken as UTC (the store's
convention).

A bare "7/10" or "24/7" is a score or a slogan, not a date: a date needs a year, or a
keyword in front ("ngày 21.3", "Thứ Hai, 20/3"); the year of such a date comes from the
``reference`` time. Anything doubtful gives None (or no match) rather than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_tz
from zoneinfo import ZoneInfo

from toancanh.text.normalize import display_form, fold_letters

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
MIN_YEAR, MAX_YEAR = 1900, 2199
# How far after the reference a year-less date may lie (a page dated "tomorrow" by a clock
# a little ahead); beyond that it is last year's date.
_FUTURE_SLACK = timedelta(days=2)
_MAX_INPUT = 100_000  # characters of a text scanned; a byline or header is far shorter

# All patterns run on ``fold_letters`` text: lowercase, no diacritics, punctuation kept.
_WEEKDAY = r"(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat)(?!\w)"
_KEYWORD = rf"(?P<kw>{_WEEKDAY}\s*[,\-–]?\s*(?:ngay\s+)?|ngay\s+)"
_DATE = rf"""
    (?<![\w/.\-:+])
    {_KEYWORD}?
    (?:
        (?P<d>[0-9]{{1,2}})(?P<sep>[/.\-])(?P<m>[0-9]{{1,2}})(?P=sep)(?P<y>[0-9]{{4}})
      | (?P<iy>[0-9]{{4}})-(?P<im>[0-9]{{2}})-(?P<id>[0-9]{{2}})
      | (?P<td>[0-9]{{1,2}})\s+thang\s+(?P<tm>[0-9]{{1,2}})
        (?:\s*,\s*|\s+nam\s+|\s*/\s*)?(?P<ty>(?<=[\s,/])[0-9]{{4}})?
      | (?P<nd>[0-9]{{1,2}})(?P<nsep>[/.\-])(?P<nm>[0-9]{{1,2}})
    )
    (?!(?!t[0-9])[\w/]|[.\-][0-9])  # "t" + digit: an ISO time follows
"""
_TIME = r"""
    (?P<H>[0-9]{1,2})\s*
    (?:
        (?::|h|gio)\s*(?P<M>[0-9]{2})(?:\s*:\s*(?P<S>[0-9]{2})(?:\.[0-9]+)?)?(?:\s*phut)?
      | (?:h|gio)
    )
    (?!(?!z)\w)  # a letter may not follow, except an ISO "Z"
    (?:\s*(?P<ampm>am|pm|sa|ch|sang|chieu|toi|trua)(?!\w))?
"""
_ZONE = r"""
    \s*[(\[]?\s*
    (?:
        (?P<zname>gmt|utc|ict)(?:\s*(?P<zsign>[+-])\s*(?P<zh>[0-9]{1,2})(?::?(?P<zm>[0-9]{2}))?)?
      | (?P<osign>[+-])(?P<oh>[0-9]{2}):?(?P<om>[0-9]{2})
      | (?P<z>z)
    )
    (?!\w)(?:\s*[)\]])?
"""
_DATE_RE = re.compile(_DATE, re.VERBOSE)
_TIME_AFTER = re.compile(
    rf"\s*(?:[,|\-–—]|t|luc|vao\s+luc)?\s*[(\[]?\s*{_TIME}(?:\s*[)\]])?", re.VERBOSE
)
_TIME_BEFORE = re.compile(rf"(?<![\w:.]){_TIME}(?:{_ZONE})?\s*(?:[,|\-–—]\s*)?\Z", re.VERBOSE)
_ZONE_RE = re.compile(_ZONE, re.VERBOSE)
_ZONE_AT_END = re.compile(rf"{_ZONE}\s*\Z", re.VERBOSE)
_ISO_START = re.compile(r"[0-9]{4}-?[0-9]{2}-?[0-9]{2}(?:[t ][0-9]|\Z)")
_RFC_START = re.compile(
    r"(?:[a-z]{3},?\s*)?[0-9]{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+[0-9]{2,4}"
)
_PM_WORDS = frozenset({"pm", "ch", "chieu", "toi"})


@dataclass(frozen=True)
class FoundDate:
    """A date found in a text: ``text[start:end]`` (of ``display_form(text)``) and its value."""

    start: int
    end: int
    value: datetime  # UTC
    text: str


@dataclass(frozen=True)
class _Clock:
    hour: int = 0
    minute: int = 0
    second: int = 0


def to_local(dt: datetime) -> datetime:
    """The same instant in Vietnam time (a naive value is taken as UTC)."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(VIETNAM)


def isoformat_local(dt: datetime) -> str:
    """ISO 8601 in Vietnam time, e.g. ``2023-03-21T08:15:00+07:00``."""
    return to_local(dt).isoformat()


def parse_datetime(value: str, *, reference: datetime | None = None) -> datetime | None:
    """A UTC datetime from an ISO 8601, RFC 2822 or Vietnamese date string, or None.

    Vietnamese strings may carry words around the date ("Cập nhật: 08:15 21/03/2023"); the
    first date found is taken.
    """
    text = display_form(value[:_MAX_INPUT]).strip()
    if not text:
        return None
    folded = fold_letters(text)
    parsed = _parse_iso(text, folded) or _parse_rfc2822(text, folded)
    if parsed:
        return parsed
    first = next(_scan(text, folded, reference), None)
    return first.value if first else None


def find_datetimes(text: str, *, reference: datetime | None = None) -> list[FoundDate]:
    """Every date (with its time and zone, when written next to it) in ``text``, in order.

    Spans index ``display_form(text)``, which is ``text`` itself for NFC text.
    """
    shown = display_form(text[:_MAX_INPUT])
    return list(_scan(shown, fold_letters(shown), reference))


def _parse_iso(text: str, folded: str) -> datetime | None:
    if not _ISO_START.match(folded):
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return _aware_utc(parsed)


def _parse_rfc2822(text: str, folded: str) -> datetime | None:
    if not _RFC_START.match(folded):
        return None
    try:
        fields = parsedate_tz(text)
    except (ValueError, TypeError, IndexError):
        return None
    if fields is None:
        return None
    zone_match = _ZONE_AT_END.search(folded)
    offset = _offset(zone_match) if zone_match else None
    if offset is None and fields[9] is not None:
        offset = timedelta(seconds=fields[9])
    year, month, day, hour, minute, second = fields[:6]
    return _build(year, month, day, _Clock(hour, minute, second), offset)


def _aware_utc(value: datetime) -> datetime | None:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=VIETNAM)
    return value.astimezone(UTC)


def _build(
    year: int, month: int, day: int, clock: _Clock, offset: timedelta | None
) -> datetime | None:
    """The UTC instant, or None for an impossible date, time or zone."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        zone = VIETNAM if offset is None else timezone(offset)
        local = datetime(year, month, day, clock.hour, clock.minute, clock.second, tzinfo=zone)
    except ValueError:
        return None
    return local.astimezone(UTC)


def _scan(shown: str, folded: str, reference: datetime | None) -> Iterator[FoundDate]:
    last_end = 0
    for match in _DATE_RE.finditer(folded):
        day_month_year = _date_parts(match, reference)
        if day_month_year is None:
            continue
        start, end = match.start(), match.end()
        clock: _Clock | None = None
        offset: timedelta | None = None
        after = _TIME_AFTER.match(folded, end)
        if after and (clock := _clock(after)):
            end = after.end()
        else:
            before = _TIME_BEFORE.search(folded, max(last_end, start - 40), start)
            if before and (clock := _clock(before)):
                start = before.start()
                offset = _offset(before) if before.group("zname") or before.group("osign") else None
        zone = _ZONE_RE.match(folded, end)
        if zone and clock is not None and offset is None:
            offset = _offset(zone)
            end = zone.end() if offset is not None else end
        value = _build(*day_month_year, clock or _Clock(), offset)
        if value is None:
            continue
        last_end = end
        yield FoundDate(start, end, value, shown[start:end])


def _date_parts(match: re.Match[str], reference: datetime | None) -> tuple[int, int, int] | None:
    """(year, month, day) of a date match; the year of a keyword date from the reference."""
    group = match.group
    if group("y"):
        return int(group("y")), int(group("m")), int(group("d"))
    if group("iy"):
        return int(group("iy")), int(group("im")), int(group("id"))
    if group("td"):
        day, month = int(group("td")), int(group("tm"))
        if group("ty"):
            return int(group("ty")), month, day
    else:
        day, month = int(group("nd")), int(group("nm"))
    if not group("kw"):
        return None  # "7/10", "24/7": a ratio or a slogan, not a date
    return _year_for(day, month, reference)


def _year_for(day: int, month: int, reference: datetime | None) -> tuple[int, int, int] | None:
    """The most recent (year, month, day) not more than a couple of days after reference."""
    ref = to_local(reference or datetime.now(UTC))
    latest = (ref + _FUTURE_SLACK).date()
    for year in range(ref.year + 1, ref.year - 9, -1):  # 29/2 may be up to 8 years back
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= latest:
            return year, month, day
    return None


def _clock(match: re.Match[str]) -> _Clock | None:
    hour, minute = int(match.group("H")), int(match.group("M") or 0)
    second = int(match.group("S") or 0)
    ampm = match.group("ampm")
    if ampm:
        if hour > 12 and ampm not in _PM_WORDS:
            return None
        if (ampm in _PM_WORDS and hour < 12) or (ampm == "trua" and hour <= 6):
            hour += 12
        elif ampm in ("am", "sa") and hour == 12:
            hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return _Clock(hour, minute, second)


def _offset(match: re.Match[str]) -> timedelta | None:
    """The UTC offset a zone match names, or None when it is out of range."""
    group = match.group
    if group("z"):
        return timedelta(0)
    if group("zname"):
        if not group("zsign"):
            return timedelta(hours=7) if group("zname") == "ict" else timedelta(0)
        sign, hours, minutes = group("zsign"), int(group("zh")), int(group("zm") or 0)
    else:
        sign, hours, minutes = group("osign"), int(group("oh")), int(group("om"))
    if hours > 14 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return -delta if sign == "-" else delta
