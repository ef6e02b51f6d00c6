"""The incident and plan reports gathered from a seeded store (tests/plan_fixtures.py):
another unit's incident refused as the incident page refuses it, the coverage of the
incident's watchlist over its period, its statements' pickup and its review; the plan
report's KPI figures are what ``toancanh plans status`` shows."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from plan_fixtures import ADMIN, HOSTILE_TITLE, OTHER, OWN, VIEWER, build, seed_plan
from toancanh.access import Actor
from toancanh.config import Settings
from toancanh.errors import Forbidden, NotFound
from toancanh.reports.model import Chart, Paragraph, Report, Table
from toancanh.reports.plan import figure
from toancanh.services import incidents, plan_status, task_force_review
from toancanh.services.incidents import NewIncident
from toancanh.services.reports import ReportRequest, compose
from toancanh.store import Store
from toancanh.store.schema import incident_events
from toancanh.store.schema import incidents as incident_table

OPENED = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)  # 09:00, 2 March in Vietnam
CLOSED = datetime(2026, 3, 16, 3, 0, tzinfo=UTC)  # 10:00, 16 March


def _incident(store: Store) -> int:
    """An incident of Bộ Y tế on the corpus's watchlist, 2 → 16 March, closed."""
    watch = store.watches.find("Luật Dược")
    assert watch is not None
    opened = incidents.open_incident(
        store, OWN, NewIncident(title="Thuốc " + HOSTILE_TITLE, watch_id=watch.id, unit="Bộ Y tế")
    )
    with store.write() as conn:
        conn.execute(
            update(incident_table).where(incident_table.c.id == opened.id).values(opened_at=OPENED)
        )
        conn.execute(
            update(incident_events)
            .where(incident_events.c.incident_id == opened.id)
            .values(at=OPENED)
        )
    incidents.change_status(store, OWN, opened.id, "responding", note="Họp báo " + HOSTILE_TITLE)
    incidents.close_incident(store, OWN, opened.id, "Đã họp báo", now=CLOSED)
    return opened.id


def _ask(store: Store, actor: Actor, kind: str, subject: int, lang: str = "vi") -> Report:
    request = ReportRequest(kind=kind, subject_id=subject, lang=lang)  # type: ignore[arg-type]
    return compose(store, actor, request, Settings())


def _section(report: Report, heading: str) -> list[Any]:
    return list(next(s for s in report.sections if s.heading == heading).blocks)


def test_another_units_incident_is_refused_as_on_its_page(store: Store) -> None:
    build(store)
    incident_id = _incident(store)
    with pytest.raises(NotFound) as page:
        incidents.show_incident(store, OTHER, incident_id)
    with pytest.raises(NotFound) as report:
        _ask(store, OTHER, "incident", incident_id)
    assert str(report.value) == str(page.value) == f"no incident #{incident_id}"
    with pytest.raises(NotFound):
        _ask(store, OWN, "incident", incident_id + 100)
    with pytest.raises(Forbidden):
        _ask(store, Actor.anonymous(), "incident", incident_id)


def test_the_incident_report_from_the_store(store: Store) -> None:
    build(store)
    incident_id = _incident(store)
    report = _ask(store, VIEWER, "incident", incident_id)  # the unit's viewer reads it
    assert report.heading.title == f"Báo cáo sự cố truyền thông: Thuốc {HOSTILE_TITLE}"
    assert report.heading.unit == "Bộ Y tế" and report.heading.symbol == "BC-BYT"
    timeline = next(b for b in _section(report, "Diễn biến") if isinstance(b, Table))
    assert [r[1].split(":")[0] for r in timeline.rows] == [
        "Mở sự cố",
        "Chuyển trạng thái",
        "Đóng sự cố",
    ]
    assert timeline.rows[0][0] == "02/03/2026 09:00"
    assert timeline.rows[1][1] == f"Chuyển trạng thái: mới mở → đang xử lý: Họp báo {HOSTILE_TITLE}"
    coverage = _section(report, "Thông tin trên báo chí")
    # 2..16 March in Vietnam: the corpus's matches but the one of 1 March
    assert "Từ 02/03/2026 đến 16/03/2026" in coverage[0].text and "7 tin bài" in coverage[0].text
    chart = next(b for b in coverage if isinstance(b, Chart))
    assert len(chart.labels) == 15 and sum(v or 0 for v in chart.series[0].values) == 7
    tables = [b for b in coverage if isinstance(b, Table)]
    assert [r[0] for r in tables[-1].rows] == ["Trước", "Trong", "Sau"]  # the closing trend
    said = next(b for b in _section(report, "Thông cáo, phát ngôn và mức độ đăng tải"))
    assert [(r[0], r[3]) for r in said.rows] == [("#1 Thông cáo 0", "3"), ("#2 Thông cáo 1", "1")]
    review = " ".join(b.text for b in _section(report, "Rút kinh nghiệm"))
    assert "Đã họp báo" in review and "chưa lưu" in review
    task_force_review.save(store, OWN, incident_id, to_change="Phát ngôn sớm hơn")
    review_blocks = _section(_ask(store, OWN, "incident", incident_id), "Rút kinh nghiệm")
    assert "Phát ngôn sớm hơn" in [b.text for b in review_blocks if isinstance(b, Paragraph)]


def test_an_open_incident_without_a_watchlist(store: Store) -> None:
    corpus = build(store)
    opened = incidents.open_incident(store, ADMIN, NewIncident(title="Tin đồn"))
    incidents.link_articles(store, ADMIN, opened.id, corpus.article_ids[:3])
    report = _ask(store, OTHER, "incident", opened.id, "en")  # no unit: everyone's
    coverage = _section(report, "Press coverage")
    assert "The articles linked to the incident (3)" in coverage[0].text
    outlets = next(b for b in coverage if isinstance(b, Table))
    assert outlets.rows[0][:2] == ("Báo Chính phủ", "2")
    assert "not closed" in _section(report, "After-action review")[0].text


def test_the_plan_reports_kpis_are_what_plans_status_shows(cli: Any, tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'cli.db'}")
    corpus = build(store)
    plan_id = seed_plan(store, "Bộ Y tế", corpus.watch)
    store.close()
    shown = json.loads(cli("plans", "status", str(plan_id), "--json").stdout)
    store = Store.open(f"sqlite:///{tmp_path / 'cli.db'}")
    try:
        report = _ask(store, Actor.operator("cli"), "plan", plan_id)
        same = plan_status.status(store, VIEWER, plan_id)
    finally:
        store.close()
    assert report.heading.title.endswith(HOSTILE_TITLE)  # kept as text
    table = next(b for b in _section(report, "Chỉ số đánh giá (KPI) so với chỉ tiêu"))
    assert len(table.rows) == len(shown["kpis"]) == 5
    for row, kpi in zip(table.rows, shown["kpis"], strict=True):
        assert row[4].startswith(figure(kpi["metric"], kpi["value"]))
        assert row[3] == figure(kpi["metric"], kpi["target"])
        assert row[5] == {True: "Đạt", False: "Chưa đạt", None: "Chưa đo được"}[kpi["met"]]
    assert [k["value"] for k in same["kpis"]] == [k["value"] for k in shown["kpis"]]
    assert [r[4] for r in table.rows[:4]] == ["6", "33,3%", "-0,17", "50%"]
    budget = next(b for b in _section(report, "Kinh phí") if isinstance(b, Table))
    assert budget.rows[-1][:4] == ("Tổng cộng", "60.000.000", "20.000.000", "5.000.000")
    assert shown["budget"]["planned"] == 60_000_000
