"""Every write route of the API and every form of the dashboard, tried by those who must
be refused: an analyst of another unit, a viewer, and an anonymous client.

The records at stake belong to the unit "Vụ Truyền thông" and are *shared* (readable by
everyone), which is where a front-end that checks only visibility lets another unit
write. Each refused call must change nothing (no new audit entry); then the same call
made by someone entitled to it must succeed, which shows the refusals were about who
asked, not about a malformed request. A route added without an entry here fails
``test_every_write_route_is_walked``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from toancanh.access import Actor
from toancanh.domain.claims import ClaimSuggestion
from toancanh.domain.commissions import CommissionSpec, Deliverable
from toancanh.domain.directory import PersonSpec, UnitSpec
from toancanh.domain.incidents import IncidentMember
from toancanh.domain.report_schedules import ScheduleSpec
from toancanh.domain.sources import NewSource
from toancanh.domain.watches import WatchSpec
from toancanh.services import commissions, directory, plans, report_schedules
from toancanh.watch.watchlists import backfill, check_spec
from toancanh.web.api import routers as api_routers
from toancanh.web.pages import routers as page_routers
from web_helpers import NOW, PASSWORD, USERS, Web, add_alert, api_client

UNIT = USERS["analyst"][1]
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


@dataclass(frozen=True)
class Records:
    """The unit's records the walk aims at, and a few global ones."""

    watch: int
    rule: int
    alert: int
    incident: int
    article: int
    source: int
    user: int
    draft: int  # a statement of the unit, a draft
    statement: int  # a statement of the unit, published
    dir_unit: int  # the unit in the directory (no people: an admin may remove it)
    person: int  # a person of the unit in the directory
    spare_unit: int  # a unit of no one, empty: an admin removes it
    claim: int = 0  # a claim in an article, with the published statement suggested
    judged: int = 0  # a claim given a verdict
    closed: int = 0  # a closed incident of the unit (its after-action review is written)
    order: int = 0  # a press order of the unit
    delivered: int = 0  # an article found for it
    plan: int = 0  # the unit's communication plan, with an activity, a budget line, a KPI
    activity: int = 0
    budget: int = 0
    kpi: int = 0
    schedule: int = 0  # a report schedule of the unit (a digest to "kenh-bao-cao")


def unit_records(web: Web) -> Records:
    store = web.store
    watch = store.watches.add(
        check_spec(WatchSpec("Chung của Vụ", query="hoc phi", unit=UNIT, shared=True)), "tests"
    )
    backfill(store, watch)
    alert = add_alert(store, "Chung của Vụ", "Tin lan rộng về học phí")
    rule = store.rules.list(watch.id)[0]
    article = store.articles.list(limit=1)[0]
    incident = store.incidents.open(
        title="Học phí tăng",
        alert_id=None,
        watch_id=watch.id,
        severity="high",
        lead="Nguyễn Văn An",
        lead_unit=UNIT,
        unit=UNIT,
        members=[IncidentMember("Trần Thị Bình", UNIT, "thư ký")],
        article_ids=[],
        actor="tests",
    )
    source = store.sources.add(NewSource(url="https://example.gov.vn/rss/tin-moi.rss"))
    store.channels.add("kenh-vu", "webhook", {"url": "https://example.gov.vn/hook"}, "tests")
    viewer = store.accounts.find_user(USERS["viewer"][0])
    assert viewer is not None
    draft, published = (
        store.statements.add(
            {
                "title": f"Thông cáo {status}",
                "text": "Bộ công bố mức học phí mới.",
                "issuer": "Bộ Giáo dục và Đào tạo",
                "issuer_written": "Bộ GD&ĐT",
                "kind": "press_release",
                "issued_at": datetime(2026, 11, 2, tzinfo=UTC),
                "legal_refs": (),
                "status": status,
                "unit": UNIT,
            },
            watch_ids=[],
            actor="tests",
        ).id
        for status in ("draft", "published")
    )
    operator = Actor.operator("tests")
    dir_unit = directory.add_unit(store, operator, UnitSpec(UNIT, "other"))
    person = directory.add_person(
        store, operator, PersonSpec("Phạm Thị Dung", UNIT, "focal_point", phone="024 3825 1234")
    )
    spare = directory.add_unit(store, operator, UnitSpec("Đơn vị trống", "other"))
    claim, judged = _claims(web, published)
    closed = store.incidents.open(
        title="Sự cố đã xong",
        alert_id=None,
        watch_id=None,
        severity="low",
        lead=None,
        lead_unit=UNIT,
        unit=UNIT,
        members=[],
        article_ids=[],
        actor="tests",
    )
    store.incidents.change(
        closed.id,
        actor="tests",
        status="closed",
        closed_at=datetime(2026, 11, 3, tzinfo=UTC),
        summary="Đã xử lý xong",
    )

    order, delivered = _order(web)
    plan = _plan(web, watch.name)
    # Its own channel: "kenh-vu" is removed by the walk, which a schedule would prevent.
    store.channels.add("kenh-bao-cao", "webhook", {"url": "https://example.gov.vn/bc"}, "tests")
    schedule = report_schedules.add_schedule(
        store, operator, ScheduleSpec(kind="digest", channel="kenh-bao-cao", unit=UNIT)
    )
    return Records(
        watch.id,
        rule.id,
        alert,
        incident.id,
        article.id,
        source.id,
        viewer.id,
        draft,
        published,
        dir_unit.id,
        person.id,
        spare.id,
        claim,
        judged,
        closed.id,
        order,
        delivered,
        *plan,
        schedule.id,
    )


def _order(web: Web) -> tuple[int, int]:
    """A press order of the unit for "Báo 1" on its watchlist, and an article found for it."""
    spec = CommissionSpec(
        outlet="Báo 1",
        watches=("Chung của Vụ",),
        since=(NOW - timedelta(days=40)).date(),
        until=(NOW + timedelta(days=2)).date(),
        value=1_000_000,
        deliverables=(Deliverable("article", 3),),
    )
    order = commissions.add_commission(web.store, Actor.operator("tests"), spec, unit=UNIT)
    found = commissions.deliveries(web.store, Actor.operator("tests"), order.id)
    return order.id, found[0].article_id


def _plan(web: Web, watch: str) -> tuple[int, int, int, int]:
    """The unit's plan with an activity, a budget line and a KPI."""
    store, operator = web.store, Actor.operator("tests")
    plan = plans.add_plan(store, operator, UNIT, 2026, "Kế hoạch 2026")
    activity = plans.add_activity(store, operator, plan.id, plans.ActivitySpec("briefing", "Họp"))
    line = plans.add_budget(store, operator, plan.id, plans.BudgetSpec("Họp", 1_000_000))
    spec = plans.KpiSpec("Tin", "volume", watch, 10, date(2026, 1, 1), date(2026, 12, 31))
    return plan.id, activity.id, line.id, plans.add_kpi(store, operator, plan.id, spec).id


def _claims(web: Web, statement: int) -> tuple[int, int]:
    """A claim with ``statement`` suggested, and one given a verdict citing it."""
    store = web.store
    ids = []
    for article in store.articles.list(limit=2):
        text = (store.articles.get(article.id) or article).text[:40]  # type: ignore[union-attr]
        found = {"start": 0, "end": len(text), "text": text, "reasons": ["amount"], "key": "k"}
        [claim_id] = store.claims.add_found(article.id, [found])
        store.claims.set_suggestions(claim_id, [ClaimSuggestion(statement, 0.8, ())])
        ids.append(claim_id)
    store.claims.review(
        ids[1],
        actor="tests",
        action="verdict",
        values={"status": "verdict", "verdict": "false", "statement_id": statement},
    )
    return ids[0], ids[1]


# Who may make each call: "unit" — the unit's analysts and the admins (another unit is
# refused); "analyst" — any analyst (another unit may); "admin" — admins only.
Build = Callable[[Records], tuple[str, dict[str, Any]]]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    who: str
    build: Build


def _path(template: str) -> Build:
    def build(r: Records) -> tuple[str, dict[str, Any]]:
        return template.format(**vars(r)), {}

    return build


def _with(template: str, body: dict[str, Any]) -> Build:
    def build(r: Records) -> tuple[str, dict[str, Any]]:
        return template.format(**vars(r)), body

    return build


API_ROUTES = [
    Route("POST", "/claims/{claim_id}/start", "analyst", _path("/claims/{claim}/start")),
    Route(
        "POST",
        "/claims/{claim_id}/review",
        "analyst",
        lambda r: (f"/claims/{r.claim}/review", {"verdict": "false", "statement_id": r.statement}),
    ),
    Route("POST", "/claims/{claim_id}/reopen", "admin", _with("/claims/{judged}/reopen", {})),
    Route(
        "POST",
        "/claims/suggestions",
        "analyst",
        lambda r: (
            "/claims/suggestions",
            {"claim_ids": [r.claim], "decision": "accept", "statement_id": r.statement},
        ),
    ),
    Route("POST", "/alerts/{alert_id}/ack", "unit", _path("/alerts/{alert}/ack")),
    Route("POST", "/alerts/{alert_id}/resolve", "unit", _path("/alerts/{alert}/resolve")),
    Route(
        "POST",
        "/articles/{article_id}/labels",
        "analyst",
        _with("/articles/{article}/labels", {"task": "sentiment", "value": "negative"}),
    ),
    Route("POST", "/incidents", "analyst", _with("/incidents", {"title": "Sự cố mới"})),
    Route(
        "POST",
        "/incidents/{incident_id}/status",
        "unit",
        _with("/incidents/{incident}/status", {"status": "responding"}),
    ),
    Route(
        "POST",
        "/incidents/{incident_id}/notes",
        "unit",
        _with("/incidents/{incident}/notes", {"text": "Đã họp báo"}),
    ),
    Route(
        "POST",
        "/incidents/{incident_id}/articles",
        "unit",
        lambda r: (f"/incidents/{r.incident}/articles", {"article_ids": [r.article]}),
    ),
    Route(
        "POST",
        "/incidents/{incident_id}/members",
        "unit",
        _with("/incidents/{incident}/members", {"severity": "critical"}),
    ),
    Route(
        "POST",
        "/incidents/{incident_id}/close",
        "unit",
        _with("/incidents/{incident}/close", {"summary": "Đã xử lý xong"}),
    ),
    Route(
        "POST",
        "/incidents/{incident_id}/taskforce",
        "unit",
        lambda r: (
            f"/incidents/{r.incident}/taskforce",
            {"members": [{"person_id": r.person, "role": "liaison"}]},
        ),
    ),
    Route(
        "PUT",
        "/incidents/{incident_id}/taskforce/review",
        "unit",
        _with("/incidents/{closed}/taskforce/review", {"to_change": "Phát ngôn sớm hơn"}),
    ),
    Route(
        "POST",
        "/watchlists/{watch_id}/rules",
        "unit",
        _with("/watchlists/{watch}/rules", {"kind": "volume_spike"}),
    ),
    Route("DELETE", "/rules/{rule_id}", "unit", _path("/rules/{rule}")),
    Route(
        "POST",
        "/sources",
        "admin",
        _with("/sources", {"url": "https://example.gov.vn/rss/thong-bao.rss"}),
    ),
    Route("DELETE", "/sources/{source_id}", "admin", _path("/sources/{source}")),
    Route(
        "POST",
        "/watchlists",
        "analyst",
        _with("/watchlists", {"name": "Mới", "query": "hoc phi"}),
    ),
    Route(
        "PATCH",
        "/watchlists/{watch_id}",
        "unit",
        _with("/watchlists/{watch}", {"description": "Đổi mô tả"}),
    ),
    Route("DELETE", "/watchlists/{watch_id}", "unit", _path("/watchlists/{watch}")),
    Route(
        "POST",
        "/statements",
        "analyst",
        _with(
            "/statements",
            {
                "title": "Thông cáo mới",
                "text": "Nội dung",
                "issuer": "Bộ Y tế",
                "issued_at": "2026-11-02T09:00:00+07:00",
            },
        ),
    ),
    Route(
        "PATCH",
        "/statements/{statement_id}",
        "unit",
        _with("/statements/{draft}", {"title": "Thông cáo đã sửa"}),
    ),
    Route(
        "POST", "/statements/{statement_id}/publish", "unit", _path("/statements/{draft}/publish")
    ),
    Route(
        "POST",
        "/statements/{statement_id}/correct",
        "unit",
        _with("/statements/{statement}/correct", {"note": "sửa số liệu", "text": "Mới"}),
    ),
    Route(
        "POST",
        "/statements/{statement_id}/withdraw",
        "unit",
        _with("/statements/{statement}/withdraw", {"reason": "nhầm lẫn"}),
    ),
    Route(
        "POST",
        "/directory/units",
        "admin",
        _with("/directory/units", {"name": "Sở Văn hóa mới", "kind": "other"}),
    ),
    Route(
        "PATCH",
        "/directory/units/{unit_id}",
        "admin",
        _with("/directory/units/{dir_unit}", {"aliases": ["VTT"]}),
    ),
    Route("DELETE", "/directory/units/{unit_id}", "admin", _path("/directory/units/{spare_unit}")),
    Route(
        "POST",
        "/directory/people",
        "unit",
        _with(
            "/directory/people",
            {"name": "Hoàng Văn Em", "unit": UNIT, "role": "spokesperson"},
        ),
    ),
    Route(
        "PATCH",
        "/directory/people/{person_id}",
        "unit",
        _with("/directory/people/{person}", {"title": "Phó Vụ trưởng"}),
    ),
    Route("DELETE", "/directory/people/{person_id}", "unit", _path("/directory/people/{person}")),
    Route(
        "POST",
        "/commissions",
        "analyst",
        _with(
            "/commissions",
            {
                "outlet": "Báo 2",
                "watches": ["Chung của Vụ"],
                "since": "2026-10-01",
                "until": "2026-10-31",
                "value": "150.000.000",
                "deliverables": [{"kind": "article", "count": 8}],
            },
        ),
    ),
    Route(
        "PATCH",
        "/commissions/{order_id}",
        "unit",
        _with("/commissions/{order}", {"value": 2_000_000, "criteria": "Đúng chủ đề"}),
    ),
    Route(
        "POST",
        "/commissions/{order_id}/accept",
        "unit",
        lambda r: (f"/commissions/{r.order}/accept", {"articles": [r.delivered]}),
    ),
    Route(
        "POST",
        "/commissions/{order_id}/reject",
        "unit",
        lambda r: (f"/commissions/{r.order}/reject", {"articles": [r.delivered], "note": "Lạc đề"}),
    ),
    Route("POST", "/plans", "unit", _with("/plans", {"unit": UNIT, "year": 2027, "title": "KH"})),
    Route(
        "POST",
        "/reports/schedules",
        "unit",
        _with("/reports/schedules", {"kind": "digest", "channel": "kenh-bao-cao", "unit": UNIT}),
    ),
    Route(
        "DELETE", "/reports/schedules/{schedule_id}", "unit", _path("/reports/schedules/{schedule}")
    ),
    Route("PATCH", "/plans/{plan_id}", "unit", _with("/plans/{plan}", {"title": "KH mới"})),
    Route(
        "POST", "/plans/{plan_id}/policies", "unit", _with("/plans/{plan}/policies", {"name": "CS"})
    ),
    Route(
        "POST",
        "/plans/{plan_id}/activities",
        "unit",
        _with("/plans/{plan}/activities", {"kind": "event", "title": "Sự kiện"}),
    ),
    Route(
        "PATCH",
        "/plans/activities/{activity_id}",
        "unit",
        _with("/plans/activities/{activity}", {"status": "done"}),
    ),
    Route(
        "POST",
        "/plans/{plan_id}/budget",
        "unit",
        _with("/plans/{plan}/budget", {"item": "In ấn", "planned": 5}),
    ),
    Route(
        "PATCH", "/plans/budget/{line_id}", "unit", _with("/plans/budget/{budget}", {"spent": 3})
    ),
    Route(
        "POST",
        "/plans/{plan_id}/kpis",
        "unit",
        _with(
            "/plans/{plan}/kpis",
            {
                "name": "Khảo sát",
                "metric": "manual",
                "target": 1,
                "since": "2026-01-01",
                "until": "2026-06-30",
            },
        ),
    ),
    Route("PATCH", "/plans/kpis/{kpi_id}", "unit", _with("/plans/kpis/{kpi}", {"target": 20})),
]

PAGE_ROUTES = [
    Route(
        "POST",
        "/plans/activities/{activity_id}/status",
        "unit",
        _with("/plans/activities/{activity}/status", {"status": "done"}),
    ),
    Route("POST", "/claims/{claim_id}/start", "analyst", _path("/claims/{claim}/start")),
    Route(
        "POST",
        "/claims/{claim_id}/review",
        "analyst",
        lambda r: (
            f"/claims/{r.claim}/review",
            {"verdict": "false", "statement_id": str(r.statement), "note": "2-3 triệu"},
        ),
    ),
    Route("POST", "/claims/{claim_id}/reopen", "admin", _with("/claims/{judged}/reopen", {})),
    Route(
        "POST",
        "/claims/suggestions",
        "analyst",
        lambda r: (
            "/claims/suggestions",
            {"claim_ids": [str(r.claim)], "decision": "reject", "statement_id": str(r.statement)},
        ),
    ),
    Route(
        "POST",
        "/alerts/{alert_id}/status",
        "unit",
        _with("/alerts/{alert}/status", {"status": "acknowledged"}),
    ),
    Route(
        "POST",
        "/alerts/{alert_id}/incident",
        "unit",
        _with("/alerts/{alert}/incident", {"title": "Từ cảnh báo"}),
    ),
    Route(
        "POST",
        "/articles/{article_id:int}/correct",
        "analyst",
        _with("/articles/{article}/correct", {"task": "sentiment", "label": "negative"}),
    ),
    Route(
        "POST",
        "/incidents/{incident_id}/assign",
        "unit",
        _with("/incidents/{incident}/assign", {"severity": "critical"}),
    ),
    Route(
        "POST",
        "/incidents/{incident_id}/status",
        "unit",
        _with("/incidents/{incident}/status", {"status": "responding"}),
    ),
    Route(
        "POST",
        "/incidents/{incident_id}/note",
        "unit",
        _with("/incidents/{incident}/note", {"text": "Đã họp báo"}),
    ),
    Route(
        "POST",
        "/incidents/{incident_id}/link",
        "unit",
        lambda r: (f"/incidents/{r.incident}/link", {"article_id": str(r.article)}),
    ),
    Route(
        "POST",
        "/incidents/{incident_id}/close",
        "unit",
        _with("/incidents/{incident}/close", {"summary": "Đã xử lý xong"}),
    ),
    Route(
        "POST",
        "/incidents/{incident_id}/taskforce",
        "unit",
        lambda r: (f"/incidents/{r.incident}/taskforce", {"member": f"{r.person}=liaison"}),
    ),
    Route(
        "POST",
        "/incidents/{incident_id}/taskforce/review",
        "unit",
        _with("/incidents/{closed}/taskforce/review", {"to_change": "Phát ngôn sớm hơn"}),
    ),
    Route(
        "POST",
        "/sources",
        "admin",
        _with("/sources", {"url": "https://example.gov.vn/rss/thong-bao.rss", "kind": "feed"}),
    ),
    Route("POST", "/sources/{source_id}/delete", "admin", _path("/sources/{source}/delete")),
    Route(
        "POST",
        "/statements/new",
        "analyst",
        _with(
            "/statements/new",
            {
                "title": "Thông cáo mới",
                "text": "Nội dung",
                "issuer": "Bộ Y tế",
                "issued_at": "2026-11-02T09:00",
            },
        ),
    ),
    Route(
        "POST",
        "/statements/{statement_id}/edit",
        "unit",
        _with("/statements/{draft}/edit", {"title": "Thông cáo đã sửa"}),
    ),
    Route(
        "POST", "/statements/{statement_id}/publish", "unit", _path("/statements/{draft}/publish")
    ),
    Route(
        "POST",
        "/statements/{statement_id}/correct",
        "unit",
        _with("/statements/{statement}/correct", {"note": "sửa số liệu", "text": "Mới"}),
    ),
    Route(
        "POST",
        "/statements/{statement_id}/withdraw",
        "unit",
        _with("/statements/{statement}/withdraw", {"reason": "nhầm lẫn"}),
    ),
    Route(
        "POST",
        "/directory/units",
        "admin",
        _with("/directory/units", {"name": "Sở Văn hóa mới", "kind": "other"}),
    ),
    Route(
        "POST",
        "/directory/units/{unit_id}/edit",
        "admin",
        _with("/directory/units/{dir_unit}/edit", {"aliases": "VTT"}),
    ),
    Route(
        "POST",
        "/directory/units/{unit_id}/remove",
        "admin",
        _path("/directory/units/{spare_unit}/remove"),
    ),
    Route(
        "POST",
        "/directory/units/{unit_id}/people",
        "unit",
        _with(
            "/directory/units/{dir_unit}/people",
            {"name": "Hoàng Văn Em", "role": "spokesperson"},
        ),
    ),
    Route(
        "POST",
        "/directory/people/{person_id}/edit",
        "unit",
        _with("/directory/people/{person}/edit", {"title": "Phó Vụ trưởng"}),
    ),
    Route(
        "POST",
        "/directory/people/{person_id}/verify",
        "unit",
        _path("/directory/people/{person}/verify"),
    ),
    Route(
        "POST",
        "/directory/people/{person_id}/remove",
        "unit",
        _path("/directory/people/{person}/remove"),
    ),
    Route("POST", "/sources/catalog", "admin", _path("/sources/catalog")),
    Route(  # one's own password: every signed-in user, no one else (a session is needed)
        "POST",
        "/account/password",
        "self",
        _with(
            "/account/password",
            {
                "current": PASSWORD,
                "password": "mật khẩu mới 2027 đủ dài",
                "repeat": "mật khẩu mới 2027 đủ dài",
            },
        ),
    ),
    Route(
        "POST",
        "/sources/channels",
        "admin",
        _with(
            "/sources/channels",
            {
                "name": "kenh-moi",
                "kind": "webhook",
                "url": "https://example.gov.vn/hook2",
                "secret": "một bí mật đủ dài 2026",
            },
        ),
    ),
    Route(
        "POST",
        "/sources/channels/remove",
        "admin",
        _with("/sources/channels/remove", {"name": "kenh-vu"}),
    ),
    Route(
        "POST",
        "/users",
        "admin",
        _with(
            "/users",
            {
                "email": "moi@bo.gov.vn",
                "role": "viewer",
                "unit": UNIT,
                "password": "một mật khẩu dài 2026",
            },
        ),
    ),
    Route(
        "POST",
        "/users/{user_id}",
        "admin",
        _with("/users/{user}", {"role": "analyst", "unit": UNIT}),
    ),
    Route("POST", "/users/{user_id}/{action}", "admin", _path("/users/{user}/disable")),
    Route(  # the same route issuing an API token: shown once, on the page that answers
        "POST",
        "/users/{user_id}/{action}",
        "admin",
        _with("/users/{user}/token", {"name": "báo cáo"}),
    ),
    Route(
        "POST",
        "/watches",
        "analyst",
        _with("/watches", {"name": "Mới", "query": "hoc phi"}),
    ),
    Route(
        "POST",
        "/watches/{watch_id}/edit",
        "unit",
        _with("/watches/{watch}/edit", {"name": "Chung của Vụ", "query": "hoc phi OR hoc bong"}),
    ),
    Route("POST", "/watches/{watch_id}/delete", "unit", _path("/watches/{watch}/delete")),
    Route(
        "POST",
        "/watches/{watch_id}/rules",
        "unit",
        _with("/watches/{watch}/rules", {"kind": "volume_spike", "severity": "high"}),
    ),
    Route(
        "POST",
        "/commissions/new",
        "analyst",
        _with(
            "/commissions/new",
            {
                "outlet": "Báo 2",
                "watches": "Chung của Vụ",
                "since": "2026-10-01",
                "until": "2026-10-31",
                "value": "150.000.000",
                "count_article": "8",
            },
        ),
    ),
    Route(
        "POST",
        "/commissions/{order_id}/decide",
        "unit",
        lambda r: (
            f"/commissions/{r.order}/decide",
            {"decision": "accepted", "article_id": str(r.delivered)},
        ),
    ),
    Route(
        "POST",
        "/watches/{watch_id}/rules/{rule_id}/{action}",
        "unit",
        _path("/watches/{watch}/rules/{rule}/disable"),
    ),
    Route(  # another unit's analyst naming the unit: refused (Forbidden), nothing added
        "POST",
        "/reports/schedules",
        "unit",
        _with(
            "/reports/schedules",
            {"kind": "digest", "channel": "kenh-bao-cao", "at": "08:00", "unit": UNIT},
        ),
    ),
    Route(
        "POST",
        "/reports/schedules/{schedule_id}/{action}",
        "unit",
        _path("/reports/schedules/{schedule}/pause"),
    ),
    Route(
        "POST",
        "/reports/schedules/{schedule_id}/{action}",
        "unit",
        _path("/reports/schedules/{schedule}/remove"),
    ),
]


def _write_routes(routers: list[Any]) -> set[tuple[str, str]]:
    return {
        (method, route.path)
        for router in routers
        for route in router.routes
        for method in route.methods & WRITE_METHODS
    }


def test_every_write_route_is_walked() -> None:
    assert _write_routes(api_routers()) == {(r.method, r.template) for r in API_ROUTES}
    assert _write_routes(page_routers()) == {(r.method, r.template) for r in PAGE_ROUTES}


def _audit_count(web: Web) -> int:
    return len(web.store.audit.entries(limit=100_000))


def _refusers(route: Route) -> list[tuple[str | None, set[int]]]:
    """Who must be refused, with the answers that count as a refusal."""
    refusers: list[tuple[str | None, set[int]]] = [(None, {401, 303})]
    if route.who == "self":
        return refusers
    refusers.append(("viewer", {403}))
    if route.who in ("unit", "admin"):
        refusers.append(("other", {403, 404}))
    return refusers


def _entitled(route: Route) -> str:
    return {"unit": "analyst", "analyst": "other", "admin": "admin", "self": "viewer"}[route.who]


def _api_call(client: TestClient, method: str, path: str, body: dict[str, Any]) -> Any:
    if method == "DELETE":
        return client.delete(path)
    return client.request(method, path, json=body)


@pytest.mark.parametrize("route", API_ROUTES, ids=lambda r: f"{r.method} {r.template}")
def test_an_api_write_is_refused_to_those_not_entitled(web: Web, route: Route) -> None:
    path, body = route.build(unit_records(web))
    for who, refusals in _refusers(route):
        client = api_client(web, who)  # a token is made (and audited) here
        before = _audit_count(web)
        answer = _api_call(client, route.method, path, body)
        assert answer.status_code in refusals, (who, answer.status_code, answer.text)
        assert _audit_count(web) == before, f"{who} changed something"
    client = api_client(web, _entitled(route))
    before = _audit_count(web)
    allowed = _api_call(client, route.method, path, body)
    assert allowed.status_code < 300, (allowed.status_code, allowed.text)
    assert _audit_count(web) > before, "the entitled call changed nothing"


def _form_call(client: TestClient, path: str, body: dict[str, Any]) -> Any:
    return client.post(
        path, data={**body, "csrf_token": getattr(client, "csrf", "")}, follow_redirects=False
    )


@pytest.mark.parametrize("route", PAGE_ROUTES, ids=lambda r: f"{r.method} {r.template}")
def test_a_form_is_refused_to_those_not_entitled(web: Web, route: Route) -> None:
    path, body = route.build(unit_records(web))
    for who, refusals in _refusers(route):
        client = web.client(who)
        before = _audit_count(web)
        answer = _form_call(client, path, body)
        assert answer.status_code in refusals, (who, answer.status_code, answer.text[:300])
        if answer.status_code == 303:
            assert answer.headers["location"].startswith("/login")
        assert _audit_count(web) == before, f"{who} changed something"
    client = web.client(_entitled(route))
    before = _audit_count(web)
    allowed = _form_call(client, path, body)
    assert allowed.status_code in (200, 303), (allowed.status_code, allowed.text[:300])
    if allowed.status_code == 200:  # a page that shows its result (a new token)
        assert 'role="alert"' not in allowed.text
    assert _audit_count(web) > before, "the entitled call changed nothing"
