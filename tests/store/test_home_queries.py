"""The home page's counting queries, on SQLite and PostgreSQL: every watchlist's daily
figures in one query, open alerts by severity, the claim queue's size, the deliveries
and drafts waiting for a unit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from monitoring_fixtures import Spec, store_specs
from toancanh.domain.watches import WatchSpec
from toancanh.store import Store
from toancanh.watch.watchlists import backfill, check_spec

MIDNIGHT = datetime(2026, 11, 19, 17, tzinfo=UTC)  # 20/11/2026 00:00 in Vietnam
DAY = date(2026, 11, 20)


def _watch(store: Store, name: str, query: str) -> int:
    watch = store.watches.add(check_spec(WatchSpec(name, query=query)), "tests")
    backfill(store, watch)
    return watch.id


def test_watch_days_counts_every_watchlist_by_vietnam_day_in_one_query(store: Store) -> None:
    specs = [
        Spec(MIDNIGHT, "Đất một", body="thuế đất", outlet="Cổng Bộ", sentiment="positive"),
        Spec(MIDNIGHT + timedelta(hours=3), "Đất hai", body="thuế đất", sentiment="negative"),
        Spec(MIDNIGHT - timedelta(seconds=1), "Đất ba", body="thuế đất", sentiment="negative"),
        Spec(MIDNIGHT + timedelta(hours=1), "Phí một", body="học phí", sentiment="positive"),
        Spec(MIDNIGHT - timedelta(days=20), "Đất cũ", body="thuế đất"),
    ]
    store_specs(store, specs, official=("Cổng Bộ",), seed=5)
    land = _watch(store, "Thuế đất", '"thue dat"')
    fees = _watch(store, "Học phí", '"hoc phi"')
    quiet = _watch(store, "Không có gì", '"khong co gi"')
    rows = store.trends.watch_days([land, fees, quiet], first=DAY - timedelta(days=13), last=DAY)
    found = {(r.watch_id, r.day): (r.articles, r.positive, r.negative, r.official) for r in rows}
    assert found == {
        (land, 20261120): (2, 1, 1, 1),
        (land, 20261119): (1, 0, 1, 0),
        (fees, 20261120): (1, 1, 0, 0),
    }
    assert store.trends.watch_days([fees], first=DAY, last=DAY)[0].watch_id == fees
    assert store.trends.watch_days([], first=DAY, last=DAY) == []


def test_open_alerts_by_severity_then_newest_and_counted_per_watchlist(store: Store) -> None:
    from web_helpers import add_alert

    store_specs(store, [Spec(MIDNIGHT, "Tin", body="học phí")], seed=6)
    fees = _watch(store, "Học phí", '"hoc phi"')
    other = _watch(store, "Khác", '"hoc phi"')
    ids = {
        title: add_alert(store, name, title, severity=severity)
        for title, name, severity in (
            ("thấp", "Học phí", "low"),
            ("cao cũ", "Học phí", "high"),
            ("nghiêm trọng", "Khác", "critical"),
            ("cao mới", "Học phí", "high"),
        )
    }
    store.alerts.set_status(ids["thấp"], "resolved", "tests")
    listed = store.alerts.open_alerts(statuses=("active", "acknowledged"))
    assert [a.title for a in listed] == ["nghiêm trọng", "cao mới", "cao cũ"]
    assert [a.title for a in store.alerts.open_alerts(statuses=("active",), limit=1)] == [
        "nghiêm trọng"
    ]
    hidden = store.alerts.open_alerts(statuses=("active",), hidden_watch_ids=[other])
    assert [a.title for a in hidden] == ["cao mới", "cao cũ"]
    counts = store.alerts.open_counts(statuses=("active", "acknowledged"))
    assert sorted(counts) == sorted([(fees, "high", 2), (other, "critical", 1)])


def test_waiting_counts_of_claims_deliveries_and_drafts(store: Store) -> None:
    from claim_desk import build_desk
    from commission_cases import OUTLET, SINCE, UNTIL, build
    from toancanh.access import Actor
    from toancanh.domain.commissions import CommissionSpec, Deliverable
    from toancanh.services import claim_review, commissions

    unit = "Vụ Truyền thông"
    assert store.claims.queue_size(statuses=("new", "in_review")) == 0
    build_desk(store, unit=unit)
    reader = Actor("a@bo.gov.vn", "analyst", unit)
    queue = claim_review.review_queue(store, reader, limit=500)
    assert store.claims.queue_size(statuses=("new", "in_review")) == len(queue) > 0
    assert store.statements.count(status="draft", unit=unit) == 1
    assert store.statements.count(status="draft", unit="Sở khác") == 0
    build(store)
    assert store.commissions.waiting_count(unit) == 0
    spec = CommissionSpec(
        OUTLET, ("Tiêm chủng", "Bảo hiểm"), SINCE, UNTIL, 1000, (Deliverable("article", 3),)
    )
    order = commissions.add_commission(store, reader, spec)
    assert store.commissions.waiting_count(unit) == 3
    first = commissions.deliveries(store, reader, order.id)[0].article_id
    commissions.decide(store, reader, order.id, "rejected", [first])
    assert store.commissions.waiting_count(unit) == 2
    assert store.commissions.waiting_count("Sở khác") == 0
