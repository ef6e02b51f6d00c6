"""Statement pickup end to end, on SQLite and PostgreSQL: found when an article is stored
(the pipeline's step after store) and when a statement is published over articles already
stored; never for an article published before the statement nor a same-topic one; the
summary's figures and differences; the watchlist trend "official information carried"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pickup_cases import ARTICLES, STATEMENTS
from toancanh.access import Actor
from toancanh.alerts.live import after_store
from toancanh.analyze.dedupe import fingerprint
from toancanh.claims.pickup import PickupIndex, record_pickups
from toancanh.config import Settings
from toancanh.domain.ingest import ArticleDraft
from toancanh.domain.statements import StatementSpec
from toancanh.domain.watches import WatchSpec
from toancanh.errors import Forbidden, NotFound
from toancanh.services import pickup, statements
from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.trends.series import trend_report
from toancanh.watch.watchlists import check_spec

PRESS = Actor("bao-chi@bo.gov.vn", "analyst", "Vụ Báo chí", 2)
VIEWER = Actor("xem@bo.gov.vn", "viewer", "Vụ Báo chí", 4)
OTHER = Actor("khac@bo.gov.vn", "analyst", "Vụ Khác", 3)
ISSUED = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)  # 09:00 in Vietnam
HOUR = timedelta(hours=1)


def case(label: str, statement: str | None) -> tuple[str, str]:
    return next((t, x) for lab, s, t, x in ARTICLES if lab == label and s == statement)


# (key, (title, text), outlet, published): fines carriers after the statement, a
# paraphrase before it, a same-topic article after it.
STORED = [
    ("paraphrase", case("paraphrase", "fines"), "VnExpress", ISSUED + 2 * HOUR),
    ("wrong", case("wrong figure", "fines"), "Tuổi Trẻ", ISSUED + 5 * HOUR),
    ("before", case("verbatim", "fines"), "Thanh Niên", ISSUED - 3 * HOUR),
    ("same topic", case("same topic", None), "VnExpress", ISSUED + 6 * HOUR),
]


def publish_all(store: Store, *, status: str = "published") -> dict[str, int]:
    ids = {}
    for key, text in STATEMENTS.items():
        spec = StatementSpec(
            title=f"Thông cáo {key}", text=text, issuer="Bộ Y tế", issued_at=ISSUED
        )
        ids[key] = statements.add_statement(store, PRESS, spec, status=status).id
    return ids


def store_articles(store: Store) -> dict[str, int]:
    ids = {}
    for key, (title, text), outlet, published in STORED:
        draft = ArticleDraft(
            url=f"https://bao.example/{len(ids)}",
            title=title,
            text=text,
            outlet=outlet,
            published_at=published,
        )
        ids[key] = store.articles.save(draft, fingerprint(draft.text, 0.5), 0.5).article_id
    return ids


def carried_by(store: Store, statement_id: int) -> set[int]:
    return {row[0].article_id for row in store.pickups.of_statement(statement_id)}


def test_articles_stored_after_a_statement_are_picked_up_by_the_pipeline(store: Store) -> None:
    ids = publish_all(store)
    articles = store_articles(store)
    report = after_store(store, Settings(), list(articles.values()))
    assert report.pickups == 2
    assert carried_by(store, ids["fines"]) == {articles["paraphrase"], articles["wrong"]}
    assert all(not carried_by(store, ids[k]) for k in ("fees", "power", "vaccine"))


def test_publishing_scans_the_articles_already_stored(store: Store) -> None:
    articles = store_articles(store)
    ids = publish_all(store, status="draft")
    assert not carried_by(store, ids["fines"])  # a draft is carried by nobody
    statements.publish_statement(store, PRESS, ids["fines"])
    assert carried_by(store, ids["fines"]) == {articles["paraphrase"], articles["wrong"]}
    # A correction scans again, against the new wording: 10 million is now the fine.
    statements.correct_statement(
        store,
        PRESS,
        ids["fines"],
        note="mức phạt mới",
        text=STATEMENTS["fines"].replace("từ 4 đến 6 triệu đồng", "10 triệu đồng"),
    )
    differing = {
        row.article_id: row.differences for row, _, _ in store.pickups.differing(ids["fines"])
    }
    assert [d["kind"] for d in differing[articles["wrong"]]] == ["date"]
    assert {"kind": "amount", "article": "4-6 triệu đồng", "statement": "10 triệu đồng"} in (
        differing[articles["paraphrase"]]
    )


def test_the_summary_counts_outlets_first_pickup_and_differences(store: Store) -> None:
    ids = publish_all(store)
    articles = store_articles(store)
    after_store(store, Settings(), list(articles.values()))
    found = pickup.summary(store, VIEWER, ids["fines"])
    assert (found.articles, found.outlets) == (2, 2)
    assert found.first_pickup_at == ISSUED + 2 * HOUR
    assert found.time_to_first == 2 * HOUR
    assert sorted(found.top_outlets) == [("Tuổi Trẻ", 1), ("VnExpress", 1)]
    [row] = found.differing
    assert (row.pickup.article_id, row.pickup.outlet) == (articles["wrong"], "Tuổi Trẻ")
    assert list(row.pickup.differences) == [
        {"kind": "amount", "article": "10 triệu đồng", "statement": "từ 4 đến 6 triệu đồng"},
        {"kind": "date", "article": "từ ngày 1/7/2025", "statement": "từ ngày 1/1/2025"},
    ]
    data = found.as_json()
    assert data["time_to_first_pickup_seconds"] == 7200
    assert [p["article_id"] for p in data["pickups"]] == [articles["paraphrase"], articles["wrong"]]
    empty = pickup.summary(store, VIEWER, ids["vaccine"])
    assert (empty.articles, empty.outlets, empty.time_to_first) == (0, 0, None)


def test_a_scan_from_a_date_and_who_may_run_it(store: Store) -> None:
    ids = publish_all(store)
    articles = store_articles(store)
    with pytest.raises(Forbidden):
        pickup.scan(store, VIEWER)
    done = pickup.scan(store, PRESS, since=ISSUED + 3 * HOUR)
    assert done.pickups == 1 and not done.capped
    assert carried_by(store, ids["fines"]) == {articles["wrong"]}
    assert pickup.scan(store, PRESS, statement_id=ids["fines"]).pickups == 2
    with pytest.raises(NotFound):
        pickup.scan(store, PRESS, statement_id=999_999)


def test_a_draft_summary_is_hidden_from_other_units(store: Store) -> None:
    spec = StatementSpec(title="Nháp", text="Nội dung nháp.", issuer="Bộ Y tế", issued_at=ISSUED)
    draft = statements.add_statement(store, PRESS, spec)
    with pytest.raises(NotFound):
        pickup.summary(store, OTHER, draft.id)


def test_the_watch_trend_counts_the_articles_carrying_a_statement(store: Store) -> None:
    publish_all(store)
    watch = store.watches.add(
        check_spec(WatchSpec("Đèn đỏ", query='"đèn đỏ" OR "đèn giao thông"')), "t"
    )
    articles = store_articles(store)
    after_store(store, Settings(), list(articles.values()))
    report = trend_report(
        store,
        Subject("watch", str(watch.id), watch.name),
        since=ISSUED - timedelta(days=1),
        until=ISSUED + timedelta(days=1),
        with_terms=False,
    )
    day = next(p for p in report.points if p.bucket == "2026-11-02")
    assert (day.total, day.carried, day.carried_share) == (4, 2, 0.5)
    assert (report.totals.total, report.totals.carried) == (4, 2)
    assert report.points[0].as_json()["carried_share"] is None  # a day without articles


def test_the_step_builds_the_statements_index_again_only_after_a_change(store: Store) -> None:
    ids = publish_all(store, status="draft")
    articles = store_articles(store)
    index = PickupIndex()
    assert record_pickups(store, [articles["paraphrase"]], index) == 0  # nothing published
    statements.publish_statement(store, PRESS, ids["fines"])
    assert record_pickups(store, [articles["paraphrase"]], index) == 1
    assert record_pickups(store, [articles["wrong"]], index) == 1
    assert index.builds == 2  # the publication changed the registry; the next call did not


def test_the_scan_after_publishing_reads_the_week_after_the_issue(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = publish_all(store, status="draft")
    title, text = case("paraphrase", "fines")
    late = ArticleDraft(
        url="https://bao.example/late",
        title=title,
        text=text,
        outlet="Dân Trí",
        published_at=ISSUED + timedelta(days=8),
    )
    late_id = store.articles.save(late, fingerprint(late.text, 0.5), 0.5).article_id
    statements.publish_statement(store, PRESS, ids["fines"])
    assert not carried_by(store, ids["fines"])  # a week after the issue: left to --scan
    assert pickup.scan(store, PRESS, statement_id=ids["fines"]).pickups == 1
    assert carried_by(store, ids["fines"]) == {late_id}
    monkeypatch.setattr(pickup, "PUBLISH_SCAN_DAYS", 30)
    monkeypatch.setattr(pickup, "PUBLISH_SCAN_ARTICLES", 1)
    store_articles(store)
    done = pickup.scan_statements(store, [ids["fines"]])
    assert (done.articles, done.capped) == (1, True)
