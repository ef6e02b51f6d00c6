"""When a schedule is due: Vietnam-time slots, across the Vietnam midnight, weekly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toancanh.errors import Invalid
from toancanh.reports.slots import covered_day, latest_slot, parse_at, parse_weekday
from toancanh.text.dates import VIETNAM


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_a_0730_daily_report_is_due_from_0030_utc() -> None:
    before = latest_slot("daily", "07:30", None, utc("2026-12-07T00:29:59"))
    after = latest_slot("daily", "07:30", None, utc("2026-12-07T00:30:00"))
    assert before is not None and after is not None
    assert before.key == "2026-12-06"
    assert (after.key, after.moment) == ("2026-12-07", utc("2026-12-07T00:30:00"))


def test_the_slot_day_is_the_vietnam_day_across_its_midnight() -> None:
    # 17:30 UTC on the 6th is 00:30 on the 7th in Hà Nội: a 23:30 slot of the 6th, and
    # a 00:15 slot of the 7th.
    late = latest_slot("daily", "23:30", None, utc("2026-12-06T17:30:00"))
    early = latest_slot("daily", "00:15", None, utc("2026-12-06T17:30:00"))
    assert late is not None and early is not None
    assert (late.key, late.moment) == ("2026-12-06", utc("2026-12-06T16:30:00"))
    assert (early.key, early.moment) == ("2026-12-07", utc("2026-12-06T17:15:00"))


def test_weekly_on_monday_morning() -> None:
    # 2026-12-07 is a Monday; 08:00 in Hà Nội is 01:00 UTC.
    sunday_night = latest_slot("weekly", "08:00", 0, utc("2026-12-06T17:30:00"))
    monday = latest_slot("weekly", "08:00", 0, utc("2026-12-07T01:00:00"))
    friday = latest_slot("weekly", "08:00", 0, utc("2026-12-11T09:00:00"))
    assert sunday_night is not None and monday is not None and friday is not None
    assert sunday_night.key == "2026-11-30"
    assert monday.key == friday.key == "2026-12-07"


def test_no_time_slot_for_the_critical_alert_cadence() -> None:
    assert latest_slot("critical_alert", "07:30", None, utc("2026-12-07T00:00:00")) is None


def test_a_morning_report_covers_the_day_before() -> None:
    assert covered_day("2026-12-07", "07:30").isoformat() == "2026-12-06"
    assert covered_day("2026-12-07", "17:00").isoformat() == "2026-12-07"


@given(
    st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
    ),
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from(["daily", "weekly"]),
    st.integers(0, 6),
)
def test_the_latest_slot_is_the_last_one_not_after_now(
    now: datetime, hour: int, minute: int, cadence: str, weekday: int
) -> None:
    slot = latest_slot(cadence, f"{hour:02d}:{minute:02d}", weekday, now)
    assert slot is not None
    step = timedelta(days=7 if cadence == "weekly" else 1)
    assert slot.moment <= now < slot.moment + step
    local = slot.moment.astimezone(VIETNAM)
    assert (local.hour, local.minute) == (hour, minute)
    assert local.date().isoformat() == slot.key
    if cadence == "weekly":
        assert local.weekday() == weekday


@pytest.mark.parametrize(
    ("typed", "clean"),
    [("7:30", "07:30"), ("07:30", "07:30"), ("7h30", "07:30"), (" 23:59 ", "23:59")],
)
def test_times_are_read(typed: str, clean: str) -> None:
    assert parse_at(typed) == clean


@given(st.text(max_size=12))
def test_a_time_is_read_or_refused_never_a_crash(typed: str) -> None:
    try:
        clean = parse_at(typed)
    except Invalid:
        return
    assert parse_at(clean) == clean  # idempotent
    hours, minutes = clean.split(":")
    assert 0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59


@pytest.mark.parametrize("typed", ["24:00", "7:60", "730", "", "noon"])
def test_bad_times_are_refused(typed: str) -> None:
    with pytest.raises(Invalid):
        parse_at(typed)


def test_weekdays() -> None:
    assert [parse_weekday(x) for x in ("mon", "Sunday", 2, "6", None)] == [0, 6, 2, 6, None]
    with pytest.raises(Invalid):
        parse_weekday("thứ hai")
