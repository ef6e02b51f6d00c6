"""The digest and the briefing gathered from a stored day: what a unit sees, and only that."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from monitoring_fixtures import Spec, store_specs
from toancanh.access import Actor
from toancanh.alerts.rules import check_rule
from toancanh.config import Settings
from toancanh.domain.watches import Watch, WatchSpec
from toancanh.errors import Invalid, NotFound
from toancanh.reports.model import BulletList, Paragraph, Report, Table
from toancanh.services import watchlists
from toancanh.services.reports import ReportRequest, compose
from toancanh.store import Store

DAY = date(2026, 12, 7)
MORNING = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)  # 10:00 in Vietnam
ADMIN = Actor.operator("tests")
UNIT_A = Actor("a@toancanh.local", "analyst", "Vụ A")
SECRET = "Đề án bí mật của Vụ B"


def all_text(report: Report) -> str:
    """Every word the reader of the report sees."""
    found = [report.heading.title, report.summary or ""]
    for section in report.sections:
        found.append(section.heading)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                found.append(block.text)
            elif isinstance(block, BulletList):
                found += [item.text for item in block.items]
            elif isinstance(block, Table):
                found += [cell for row in block.rows for cell in row]
    return "\n".join(found)


def add_watch(store: Store, name: str, unit: str, *, shared: bool) -> Watch:
    spec = WatchSpec(name, query='"hoc phi"', unit=unit, shared=shared)
    return watchlists.add_watch(store, ADMIN, spec)


def raise_alert(store: Store, watch: Watch, title: str) -> None:
    rule = store.rules.add(
        watch_id=watch.id,
        kind="volume_spike",
        severity="high",
        params=check_rule("volume_spike", "high", {}),
        cooldown_minutes=360,
        channel_names=[],
        actor="tests",
    )
    store.alerts.raise_alert(
        rule,
        dedup_key=f"test-{watch.id}",
        severity="high",
        title=title,
        detail={"stories": [{"story_id": 1, "title": "Học phí tăng mạnh"}]},
        cooldown_since=MORNING - timedelta(hours=6),
        is_material=lambda _: True,
        channel_ids=[],
        now=MORNING + timedelta(hours=1),
    )


@pytest.fixture
def seeded(store: Store) -> Store:
    """A day of articles on SQLite and PostgreSQL (skipped where no server runs)."""
    specs = [
        Spec(MORNING - timedelta(days=1), "Học phí hôm qua", body="học phí năm học mới"),
        Spec(MORNING, "Học phí tăng mạnh", body="học phí tăng", sentiment="negative"),
        Spec(MORNING + timedelta(hours=1), "Học phí tăng mạnh", outlet="Báo B", copy_of=1),
        Spec(
            MORNING + timedelta(hours=2),
            "Miễn học phí",
            body="miễn học phí",
            outlet="Cổng Chính phủ",
            sentiment="positive",
            agencies=(("Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo"),),
            legal_refs=("81/2021/NĐ-CP",),
        ),
        Spec(MORNING - timedelta(days=20), "Học phí cũ", body="học phí"),
    ]
    store_specs(store, specs, official=["Cổng Chính phủ"])
    add_watch(store, "Học phí", "Vụ A", shared=False)
    add_watch(store, "Giáo dục chung", "Vụ B", shared=True)
    secret = add_watch(store, SECRET, "Vụ B", shared=False)
    raise_alert(store, secret, f"Tăng đột biến tin về “{SECRET}”")
    return store


def digest(store: Store, actor: Actor, unit: str | None = None) -> Report:
    return compose(store, actor, ReportRequest("digest", unit=unit, day=DAY), Settings())


def test_a_units_digest_shows_its_and_shared_watchlists_never_anothers_private_one(
    seeded: Store,
) -> None:
    report = digest(seeded, UNIT_A)
    headings = [s.heading for s in report.sections]
    assert "Học phí" in headings and "Giáo dục chung" in headings
    assert SECRET not in all_text(report)  # not its name, nor its alert
    assert "Bí mật" not in all_text(report)
    # The admin asking for Vụ A's digest: Vụ A's and the shared ones, not Vụ B's private.
    narrowed = digest(seeded, ADMIN, unit="Vụ A")
    assert SECRET not in all_text(narrowed)
    assert SECRET in all_text(digest(seeded, ADMIN))  # every watchlist: the admin sees all


def test_the_digest_counts_the_day_against_the_day_before(seeded: Store) -> None:
    report = digest(seeded, UNIT_A)
    assert report.heading.title == "Điểm tin báo chí ngày 07/12/2026"
    table = report.sections[0].blocks[0]
    assert isinstance(table, Table)
    school = next(row for row in table.rows if row[0] == "Học phí")
    # 3 articles (1 negative, 1 positive, 1 neutral copy), 1 official, 1 the day before.
    assert school[1] == "3" and school[3] == "33,3%" and school[4] == "33,3%"
    assert school[5] == "+200,0%"
    section = next(s for s in report.sections if s.heading == "Học phí")
    main = section.blocks[1]
    assert isinstance(main, BulletList)
    first = main.items[0]
    assert first.text == "Học phí tăng mạnh — Báo Thử Nghiệm, 10:00; 2 tin, 2 báo; mới xuất hiện"
    assert first.link == "https://thu.example/1/1" and first.tone == "negative"
    assert not report.empty


def test_a_quiet_day_is_empty(seeded: Store) -> None:
    report = compose(
        seeded, UNIT_A, ReportRequest("digest", day=DAY + timedelta(days=5)), Settings()
    )
    assert report.empty


def test_the_briefing_of_a_watchlist_gathers_its_page(seeded: Store) -> None:
    request = ReportRequest("briefing", watch="hoc phi", since=DAY - timedelta(days=29), until=DAY)
    report = compose(seeded, UNIT_A, request, Settings())
    words = all_text(report)
    assert report.heading.title == (
        "Tình hình thông tin về “Học phí” từ ngày 08/11/2026 đến ngày 07/12/2026"
    )
    assert "Tổng cộng 5 tin" in words
    assert "Bộ Giáo dục và Đào tạo: 1 tin" in words and "81/2021/NĐ-CP: 1 tin" in words
    outlets = next(s for s in report.sections if s.heading == "Cơ quan báo chí đăng nhiều nhất")
    table = outlets.blocks[0]
    assert isinstance(table, Table) and table.rows[0][:2] == ("Báo Thử Nghiệm", "3")


def test_another_units_private_watchlist_has_no_briefing(seeded: Store) -> None:
    with pytest.raises(NotFound) as refused:
        compose(seeded, UNIT_A, ReportRequest("briefing", watch=SECRET), Settings())
    assert SECRET not in refused.value.message.replace(f"“{SECRET}”", "", 1)
    with pytest.raises(Invalid, match="name the watchlist"):
        compose(seeded, UNIT_A, ReportRequest("briefing"), Settings())
    too_long = ReportRequest("briefing", watch="Học phí", since=date(2025, 1, 1), until=DAY)
    with pytest.raises(Invalid, match="at most 366 days"):
        compose(seeded, UNIT_A, too_long, Settings())
