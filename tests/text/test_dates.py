"""Vietnamese and machine dates: what parses, to which instant, and what must not parse."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toancanh.text.dates import (
    VIETNAM,
    find_datetimes,
    isoformat_local,
    parse_datetime,
    to_local,
)
from toancanh.text.normalize import display_form, fold_letters

REFERENCE = datetime(2023, 3, 22, 5, 0, tzinfo=UTC)  # 12:00 on 22 March in Vietnam
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A Vietnam wall-clock time as the UTC instant the parser must return."""
    return datetime(year, month, day, hour, minute, tzinfo=VIETNAM).astimezone(UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-03-21T08:15:00+07:00", local(2023, 3, 21, 8, 15)),
        ("2023-03-21T01:15:00Z", local(2023, 3, 21, 8, 15)),
        ("2023-03-21T08:15:00", local(2023, 3, 21, 8, 15)),
        ("2023-03-21", local(2023, 3, 21)),
        ("Tue, 21 Mar 2023 08:15:00 +0700", local(2023, 3, 21, 8, 15)),
        ("Tue, 21 Mar 2023 01:15:00 GMT", local(2023, 3, 21, 8, 15)),
        ("Tue, 21 Mar 2023 08:15:00 GMT+7", local(2023, 3, 21, 8, 15)),
        ("Ngày 21.3", local(2023, 3, 21)),
        ("1.6.2020", local(2020, 6, 1)),
        ("16/3/2023 10:20 GMT+7", local(2023, 3, 16, 10, 20)),
        ("16/3/2023 03:20 GMT", local(2023, 3, 16, 10, 20)),
        ("Thứ Hai, 20/3/2023", local(2023, 3, 20)),
        ("Thứ ba, 21/03/2023, 08:15 (GMT+7)", local(2023, 3, 21, 8, 15)),
        ("20/03/2023 - 10:20", local(2023, 3, 20, 10, 20)),
        ("10:20 20/3/2023", local(2023, 3, 20, 10, 20)),
        ("21 tháng 3 năm 2023", local(2023, 3, 21)),
        ("ngày 21 tháng 3, 2023", local(2023, 3, 21)),
        ("Cập nhật: 08:15 21/03/2023", local(2023, 3, 21, 8, 15)),
        ("Thu hai, 20/3/2023", local(2023, 3, 20)),
        ("ngay 21 thang 3 nam 2023", local(2023, 3, 21)),
        ("Chủ nhật, 19/03/2023 | 09:00 GMT+07:00", local(2023, 3, 19, 9)),
        ("8h15 ngày 21/3/2023", local(2023, 3, 21, 8, 15)),
        ("3 giờ chiều ngày 21/3/2023", local(2023, 3, 21, 15)),
        ("21/03/2023 08:15 CH", local(2023, 3, 21, 20, 15)),
        ("Đăng 2023-03-21T08:15:00.250+07:00 bởi", local(2023, 3, 21, 8, 15)),
        ("THỨ TƯ, 22/3/2023 - 06:00", local(2023, 3, 22, 6)),
    ],
)
def test_parse_datetime_examples(text: str, expected: datetime) -> None:
    assert parse_datetime(text, reference=REFERENCE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31/2/2023",  # no such day
        "30.02.2023",
        "7/10",  # a score
        "24/7",  # a slogan
        "tỷ số 2/1 nghiêng về chủ nhà",
        "62/2020/NĐ-CP",  # a legal document number
        "Nghị định 12/3/2020/NĐ-CP",
        "32/13/2023",
        "21/3/23",  # two-digit year: not sure which century
        "",
        "không có ngày nào",
        "25:99 21/3/2023x",
    ],
)
def test_parse_datetime_rejects(text: str) -> None:
    assert parse_datetime(text, reference=REFERENCE) is None


def test_yearless_date_takes_the_most_recent_year() -> None:
    assert parse_datetime("Ngày 23.3", reference=REFERENCE) == local(2023, 3, 23)
    assert parse_datetime("Ngày 25.3", reference=REFERENCE) == local(2022, 3, 25)
    new_year = datetime(2023, 12, 31, 10, tzinfo=VIETNAM)
    assert parse_datetime("ngày 1/1", reference=new_year) == local(2024, 1, 1)


def test_time_of_day_beyond_its_range_is_not_attached() -> None:
    found = find_datetimes("lúc 25:70 ngày 21/3/2023", reference=REFERENCE)
    assert [f.value for f in found] == [local(2023, 3, 21)]


def test_find_datetimes_spans() -> None:
    text = (
        "Đăng lúc 10:20 20/3/2023, cập nhật Thứ ba, 21/03/2023, 08:15 (GMT+7). "
        "Tỷ số 2/1. Ngày 5/3 vừa qua"
    )
    found = find_datetimes(text, reference=REFERENCE)
    assert [f.text for f in found] == [
        "10:20 20/3/2023",
        "Thứ ba, 21/03/2023, 08:15 (GMT+7)",
        "Ngày 5/3",
    ]
    assert [f.value for f in found] == [
        local(2023, 3, 20, 10, 20),
        local(2023, 3, 21, 8, 15),
        local(2023, 3, 5),
    ]
    assert all(text[f.start : f.end] == f.text for f in found)


def test_to_local_and_isoformat_local() -> None:
    instant = datetime(2023, 3, 21, 1, 15, tzinfo=UTC)
    assert to_local(instant) == datetime(2023, 3, 21, 8, 15, tzinfo=VIETNAM)
    assert to_local(instant).utcoffset() == timedelta(hours=7)
    assert isoformat_local(instant) == "2023-03-21T08:15:00+07:00"
    assert isoformat_local(datetime(2023, 3, 21, 1, 15)) == "2023-03-21T08:15:00+07:00"


# --- properties ----------------------------------------------------------------------

# From 1976: before that, southern Vietnam kept other offsets (+08:00) and changed them.
wall_clock = st.datetimes(min_value=datetime(1976, 1, 1), max_value=datetime(2150, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


def _vi(d: datetime) -> dict[str, object]:
    return {
        "d": d.day,
        "m": d.month,
        "y": d.year,
        "H": d.hour,
        "M": d.minute,
        "wd": WEEKDAYS[d.weekday()],
    }


RENDERINGS: list[Callable[[datetime], str]] = [
    lambda d: "{d}/{m}/{y} {H:02d}:{M:02d}".format(**_vi(d)),
    lambda d: "{wd}, {d:02d}/{m:02d}/{y}, {H:02d}:{M:02d} (GMT+7)".format(**_vi(d)),
    lambda d: "{H}:{M:02d} {d}/{m}/{y}".format(**_vi(d)),
    lambda d: "Cập nhật: {H:02d}:{M:02d} {d:02d}/{m:02d}/{y}".format(**_vi(d)),
    lambda d: "{d}.{m}.{y} - {H:02d}:{M:02d}".format(**_vi(d)),
    lambda d: "{H}h{M:02d} ngày {d} tháng {m} năm {y}".format(**_vi(d)),
    lambda d: fold_letters("{wd}, {d}/{m}/{y} {H:02d}:{M:02d}".format(**_vi(d))),
    lambda d: d.isoformat(),
    lambda d: format_datetime(d.replace(tzinfo=VIETNAM)),
]


@given(wall_clock, st.sampled_from(range(len(RENDERINGS))))
def test_vietnamese_renderings_round_trip(moment: datetime, which: int) -> None:
    text = RENDERINGS[which](moment)
    assert parse_datetime(text) == moment.replace(tzinfo=VIETNAM).astimezone(UTC), text


@given(wall_clock, st.booleans())
def test_date_only_renderings_are_local_midnight(moment: datetime, plain: bool) -> None:
    text = "ngày {d} tháng {m} năm {y}".format(**_vi(moment))
    text = fold_letters(text) if plain else text
    midnight = moment.replace(hour=0, minute=0, tzinfo=VIETNAM)
    assert parse_datetime(text) == midnight.astimezone(UTC)


@given(wall_clock, st.integers(min_value=-2 * 24, max_value=360 * 24))
def test_yearless_date_within_a_year_before_the_reference(moment: datetime, hours: int) -> None:
    reference = moment.replace(hour=12, tzinfo=VIETNAM) + timedelta(hours=hours)
    text = f"Ngày {moment.day}.{moment.month}"
    midnight = moment.replace(hour=0, minute=0, tzinfo=VIETNAM)
    assert parse_datetime(text, reference=reference) == midnight.astimezone(UTC)


@given(
    st.datetimes(
        min_value=datetime(1976, 1, 1),
        max_value=datetime(2150, 1, 1),
        timezones=st.sampled_from([UTC, VIETNAM, timezone(timedelta(hours=-5, minutes=-30))]),
    )
)
def test_isoformat_local_round_trips(moment: datetime) -> None:
    text = isoformat_local(moment)
    assert text.endswith("+07:00")
    assert parse_datetime(text) == moment


@given(st.integers(0, 99), st.integers(0, 99), st.sampled_from(["tỷ số", "tỉ lệ", "", "phục vụ"]))
def test_ratios_without_year_or_keyword_are_not_dates(a: int, b: int, words: str) -> None:
    assert parse_datetime(f"{words} {a}/{b}".strip(), reference=REFERENCE) is None
    assert find_datetimes(f"Kết quả {a}/{b} và {a}.{b}") == []


@given(st.text(max_size=300), st.one_of(st.none(), st.datetimes(timezones=st.just(UTC))))
def test_never_crashes_and_results_are_utc(text: str, reference: datetime | None) -> None:
    value = parse_datetime(text, reference=reference)
    assert value is None or value.utcoffset() == timedelta(0)
    for found in find_datetimes(text, reference=reference):
        assert found.value.utcoffset() == timedelta(0)
        assert found.text == display_form(text)[found.start : found.end]


@given(
    st.lists(
        st.sampled_from(
            ["Ngày", "21/3/2023", "10:20", " ", ",", "GMT+7", "-", "7/10", "thứ hai", "(", ")"]
        )
    )
)
def test_never_crashes_on_date_like_noise(parts: list[str]) -> None:
    text = " ".join(parts)
    for found in find_datetimes(text, reference=REFERENCE):
        assert found.value.tzinfo is not None
        assert text[found.start : found.end] == found.text
