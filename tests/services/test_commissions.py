"""Press commissioning: an order finds the articles its outlet published in its period that
its watchlists matched; the analyst accepts or rejects each; the ordering unit (and the
admins) change it, everyone signed in reads it; refusals say what to fix; on SQLite and
PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest

from commission_cases import FOUND, OUTLET, SINCE, UNTIL, build, plan_for
from toancanh.access import Actor
from toancanh.domain.commissions import CommissionSpec, Deliverable
from toancanh.errors import Forbidden, Invalid, NotFound
from toancanh.services import commissions, plan_status, plans
from toancanh.services.commissions import CommissionEdit
from toancanh.services.plans import KpiSpec
from toancanh.store import Store
from toancanh.web.i18n import translations

ADMIN = Actor("admin@bo.gov.vn", "admin", None, 1)
OWN = Actor("tt@moh.gov.vn", "analyst", "Bộ Y tế", 2)
OTHER = Actor("khac@tinh.gov.vn", "analyst", "Sở Văn hóa", 3)
VIEWER = Actor("xem@moh.gov.vn", "viewer", "Bộ Y tế", 4)

SPEC = CommissionSpec(
    outlet="báo sức khỏe",
    watches=("Tiêm chủng", "Bảo hiểm"),
    since=SINCE,
    until=UNTIL,
    value="150.000.000",
    deliverables=(Deliverable("article", 8), Deliverable("in_depth", 2)),
    contract_number="12/2026/HĐ-BYT",
    criteria="Đúng chủ đề, có trích dẫn văn bản",
)


def test_an_order_finds_its_deliveries_and_records_decisions(store: Store) -> None:
    corpus = build(store)
    plan = plan_for(store, "Bộ Y tế")
    order = commissions.add_commission(store, OWN, replace(SPEC, plan_id=plan))
    assert (order.unit, order.outlet, order.value, order.ordered, order.plan_id) == (
        "Bộ Y tế",
        OUTLET,
        150_000_000,
        10,
        plan,
    )
    found = commissions.deliveries(store, VIEWER, order.id)
    assert [d.article_id for d in found] == [corpus.ids[k] for k in FOUND]
    assert {d.state for d in found} == {"proposed"}
    assert commissions.progress(store, VIEWER, order.id) == commissions.Progress(10, 3, 0)

    commissions.decide(store, OWN, order.id, "accepted", [corpus.ids["found"]], note="Đạt")
    after = commissions.decide(store, OWN, order.id, "rejected", [corpus.ids["hostile"]])
    states = {d.article_id: (d.state, d.decided_by) for d in after}
    assert states[corpus.ids["found"]] == ("accepted", OWN.name)
    assert states[corpus.ids["hostile"]] == ("rejected", OWN.name)
    assert commissions.progress(store, VIEWER, order.id) == commissions.Progress(10, 2, 1)
    commissions.decide(store, OWN, order.id, "accepted", None)  # --all: the proposed ones
    assert commissions.progress(store, VIEWER, order.id) == commissions.Progress(10, 2, 2)
    assert commissions.for_plan(store, VIEWER, plan) == [
        {"id": order.id, "outlet": OUTLET, "ordered": 10, "delivered": 2, "accepted": 2}
    ]
    assert commissions.for_plan(store, VIEWER, plan + 1) == []
    # The plan's status carries its orders, and a deliveries KPI counts what was accepted.
    kpi = KpiSpec("Tin đặt hàng", "deliveries", None, 8, SINCE, UNTIL)
    plans.add_kpi(store, ADMIN, plan, kpi)
    status = plan_status.status(store, VIEWER, plan)
    assert status["commissions"] == commissions.for_plan(store, VIEWER, plan)
    assert [(k["name"], k["value"]) for k in status["kpis"]] == [("Tin đặt hàng", 2)]
    entries = [(e.action, e.entity) for e in store.audit.entries()]
    assert ("accept", "commission_item") in entries and ("create", "commission") in entries


def test_a_narrower_order_and_an_edit(store: Store) -> None:
    corpus = build(store)
    order = commissions.add_commission(store, OWN, replace(SPEC, watches=("Bảo hiểm",)))
    assert [d.article_id for d in commissions.deliveries(store, OWN, order.id)] == [
        corpus.ids["last_day"]
    ]
    edited = commissions.edit_commission(
        store, OWN, order.id, CommissionEdit(watches=("Tiêm chủng",), value=1, contract_number="")
    )
    assert (edited.watches, edited.value, edited.contract_number) == (("Tiêm chủng",), 1, None)
    assert [d.article_id for d in commissions.deliveries(store, OWN, order.id)] == [
        corpus.ids["found"],
        corpus.ids["hostile"],
    ]


def test_who_may_change_an_order(store: Store) -> None:
    corpus = build(store)
    order = commissions.add_commission(store, OWN, SPEC)
    for actor in (OTHER, VIEWER):
        with pytest.raises(Forbidden):
            commissions.decide(store, actor, order.id, "accepted", None)
        with pytest.raises(Forbidden):
            commissions.edit_commission(store, actor, order.id, CommissionEdit(value=5))
    assert commissions.get_commission(store, OTHER, order.id).id == order.id
    with pytest.raises(Forbidden):
        commissions.add_commission(store, VIEWER, SPEC)
    with pytest.raises(Forbidden, match="another unit"):
        commissions.add_commission(store, OWN, SPEC, unit="Sở Văn hóa")
    with pytest.raises(Forbidden, match="no unit"):
        commissions.add_commission(store, Actor("x@y", "analyst", None, 9), SPEC)
    theirs = commissions.add_commission(store, ADMIN, SPEC, unit="Sở Văn hóa")
    commissions.decide(store, OTHER, theirs.id, "rejected", [corpus.ids["found"]])
    commissions.decide(store, ADMIN, order.id, "accepted", [corpus.ids["found"]])
    with pytest.raises(Forbidden):
        commissions.get_commission(store, Actor.anonymous(), order.id)


@pytest.mark.parametrize("value", ["1.5", "-5", "12,5", "abc", "1.50.000", -1])
def test_amounts_are_whole_dong(value: str | int) -> None:
    with pytest.raises(Invalid) as refused:
        commissions.parse_amount(value)
    vi = refused.value.translated(translations("vi").gettext)
    assert vi != refused.value.message, "the refusal has a Vietnamese translation"


def test_amounts_read_as_written() -> None:
    assert commissions.parse_amount("150.000.000") == 150_000_000
    assert commissions.parse_amount("150,000,000") == 150_000_000
    assert commissions.parse_amount(" 2500000 ") == 2_500_000
    assert commissions.parse_amount(0) == 0


def test_refusals_say_what_to_fix(store: Store) -> None:
    corpus = build(store)
    bad = {
        "period": replace(SPEC, since=UNTIL, until=SINCE),
        "outlet": replace(SPEC, outlet="Báo Không Có"),
        "watch": replace(SPEC, watches=("Không có",)),
        "no watch": replace(SPEC, watches=()),
        "kind": replace(SPEC, deliverables=(Deliverable("podcast", 1),)),
        "count": replace(SPEC, deliverables=(Deliverable("article", 0),)),
        "nothing": replace(SPEC, deliverables=()),
    }
    vi = translations("vi").gettext
    for case, spec in bad.items():
        with pytest.raises((Invalid, NotFound)) as refused:
            commissions.add_commission(store, OWN, spec)
        translated = refused.value.translated(vi)  # type: ignore[union-attr]
        assert translated != refused.value.template or "{" not in translated, case
    order = commissions.add_commission(store, OWN, SPEC)
    with pytest.raises(NotFound, match="was not delivered"):
        commissions.decide(store, OWN, order.id, "accepted", [corpus.ids["other_outlet"]])
    with pytest.raises(NotFound):
        commissions.get_commission(store, OWN, order.id + 100)
    with pytest.raises(Invalid):
        commissions.parse_deliverable("article")


def test_a_press_agency_of_the_directory_names_the_outlet(store: Store) -> None:
    from toancanh.domain.directory import UnitSpec
    from toancanh.services import directory

    build(store)
    directory.add_unit(store, ADMIN, UnitSpec("Báo Điện tử Sức khỏe", "press", aliases=(OUTLET,)))
    assert commissions.find_outlet(store, "Báo Điện tử Sức khỏe") == OUTLET


def test_another_units_private_watchlist_is_not_named(store: Store) -> None:
    from toancanh.domain.watches import WatchSpec

    build(store)
    private = store.watches.add(
        WatchSpec("Riêng của Bộ", query="x", unit="Bộ Y tế", shared=False), "t"
    )
    order = commissions.add_commission(
        store, OWN, replace(SPEC, watches=("Tiêm chủng", private.name))
    )
    assert commissions.get_commission(store, OWN, order.id).watches == (
        "Riêng của Bộ",
        "Tiêm chủng",
    )
    assert commissions.get_commission(store, OTHER, order.id).watches == ("Tiêm chủng",)
    assert [c.watches for c in commissions.list_commissions(store, OTHER)] == [("Tiêm chủng",)]
