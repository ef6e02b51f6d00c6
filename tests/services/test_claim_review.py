"""The claim desk's review through ``services.claim_review``: the queue ranked by reach,
its filters, the states new → in_review → verdict, suggestions accepted and rejected in
bulk, the refusals (roles, verdicts, statements), every change audited; on SQLite and
PostgreSQL."""

from __future__ import annotations

import pytest

from claim_desk import SPREAD, T, build_desk
from toancanh.access import Actor
from toancanh.errors import Conflict, Forbidden, Invalid, NotFound
from toancanh.services import claim_review as review
from toancanh.store import Store

ANALYST = Actor("kiem-chung@bo.gov.vn", "analyst", "Vụ Báo chí", 2)
VIEWER = Actor("xem@bo.gov.vn", "viewer", "Vụ Khác", 4)
ADMIN = Actor("admin@bo.gov.vn", "admin", "Văn phòng", 1)
NOBODY = Actor.anonymous()


def _claim_audits(store: Store, claim_id: int) -> list[str]:
    return [e.action for e in store.audit.entries(entity="claim", entity_id=claim_id)]


def test_the_queue_ranks_by_reach_and_gives_suggestions(store: Store) -> None:
    desk = build_desk(store)
    queue = review.review_queue(store, VIEWER, now=T)
    assert queue[0].claim.id == desk.spread
    assert {i.claim.id for i in queue} == {desk.spread, desk.lone, desk.hostile}
    top = queue[0]
    assert (top.reach.articles, top.reach.outlets) == (3, 3)
    assert (top.reach.last_day, top.reach.day_before, top.reach.growth) == (2, 1, 1)
    assert [s.statement_id for s in top.suggestions] == [desk.fine]
    assert top.claim.text == SPREAD and top.claim.status == "new"


def test_a_claim_moves_new_in_review_verdict_and_each_step_is_audited(store: Store) -> None:
    desk = build_desk(store)
    started = review.start_review(store, ANALYST, desk.spread)
    assert (started.status, started.reviewer) == ("in_review", ANALYST.name)
    judged = review.give_verdict(
        store, ANALYST, desk.spread, "false", statement_id=desk.fine, note="Mức phạt là 2-3 triệu"
    )
    assert (judged.status, judged.verdict, judged.statement_id) == ("verdict", "false", desk.fine)
    assert judged.reviewer == ANALYST.name and judged.reviewed_at is not None
    assert judged.note == "Mức phạt là 2-3 triệu"
    [suggestion] = store.claims.suggestions([desk.spread])[desk.spread]
    assert suggestion.state == "accepted"  # the verdict's statement
    assert sorted(_claim_audits(store, desk.spread)) == ["start_review", "verdict"]
    [entry] = store.audit.entries(
        entity="claim", entity_id=desk.spread, actor=ANALYST.name, limit=1
    )
    assert entry.after is not None and entry.after["verdict"] == "false"
    # Out of the open queue, into the verdict filter.
    assert desk.spread not in [i.claim.id for i in review.review_queue(store, VIEWER, now=T)]
    verdicts = review.review_queue(store, VIEWER, status="verdict", now=T)
    assert [i.claim.id for i in verdicts] == [desk.spread]


def test_a_verdict_is_closed_until_an_admin_reopens_it(store: Store) -> None:
    desk = build_desk(store)
    review.give_verdict(store, ANALYST, desk.lone, "misleading", statement_id=desk.holiday)
    with pytest.raises(Conflict, match="already has a verdict"):
        review.give_verdict(store, ANALYST, desk.lone, "true", statement_id=desk.holiday)
    with pytest.raises(Forbidden, match="only an admin reopens"):
        review.reopen(store, ANALYST, desk.lone)
    reopened = review.reopen(store, ADMIN, desk.lone, note="xem lại số ngày")
    assert (reopened.status, reopened.verdict, reopened.statement_id) == ("in_review", None, None)
    with pytest.raises(Conflict, match="no verdict to reopen"):
        review.reopen(store, ADMIN, desk.lone)
    again = review.give_verdict(store, ANALYST, desk.lone, "unproven", statement_id=None)
    assert again.verdict == "unproven"
    assert _claim_audits(store, desk.lone).count("verdict") == 2


def test_bad_verdicts_and_statements_are_refused_with_a_clear_message(store: Store) -> None:
    desk = build_desk(store)
    with pytest.raises(
        Invalid, match="unknown verdict “sai”; use true, false, misleading, unproven"
    ):
        review.give_verdict(store, ANALYST, desk.spread, "sai", statement_id=desk.fine)
    with pytest.raises(Invalid, match="only “unproven” may have none"):
        review.give_verdict(store, ANALYST, desk.spread, "false", statement_id=None)
    with pytest.raises(Invalid, match="is draft: cite a published or corrected statement"):
        review.give_verdict(store, ANALYST, desk.spread, "false", statement_id=desk.draft)
    with pytest.raises(Invalid, match="no statement #999"):
        review.give_verdict(store, ANALYST, desk.spread, "false", statement_id=999)
    with pytest.raises(Invalid, match="longer than"):
        review.give_verdict(
            store, ANALYST, desk.spread, "false", statement_id=desk.fine, note="x" * 6000
        )
    with pytest.raises(NotFound, match="no claim #999"):
        review.give_verdict(store, ANALYST, 999, "false", statement_id=desk.fine)
    with pytest.raises(Invalid, match="unknown claim status"):
        review.review_queue(store, VIEWER, status="closed")
    assert _claim_audits(store, desk.spread) == []  # nothing written


def test_viewers_read_analysts_review_anonymous_nothing(store: Store) -> None:
    desk = build_desk(store)
    assert review.claim_view(store, VIEWER, desk.spread).claim.id == desk.spread
    for step in (
        lambda a: review.start_review(store, a, desk.spread),
        lambda a: review.give_verdict(store, a, desk.spread, "false", statement_id=desk.fine),
        lambda a: review.decide_suggestions(store, a, [desk.spread], accept=True),
    ):
        with pytest.raises(Forbidden):
            step(VIEWER)
        with pytest.raises(Forbidden, match="sign in"):
            step(NOBODY)
    with pytest.raises(Forbidden, match="sign in"):
        review.review_queue(store, NOBODY)
    assert _claim_audits(store, desk.spread) == []


def test_suggestions_are_accepted_and_rejected_in_bulk(store: Store) -> None:
    desk = build_desk(store)
    done = review.decide_suggestions(
        store, ANALYST, [desk.spread, desk.hostile], accept=True, statement_id=desk.fine
    )
    assert [c.status for c in done] == ["in_review", "in_review"]
    states = store.claims.suggestions([desk.spread, desk.hostile])
    assert [s.state for s in states[desk.spread]] == ["accepted"]
    assert {s.statement_id: s.state for s in states[desk.hostile]} == {
        desk.fine: "accepted",
        desk.holiday: "suggested",
    }
    review.decide_suggestions(store, ANALYST, [desk.hostile, desk.lone], accept=False)
    states = store.claims.suggestions([desk.hostile, desk.lone])
    assert states[desk.hostile][1].state == "rejected" and states[desk.lone][0].state == "rejected"
    assert _claim_audits(store, desk.hostile) == ["reject", "accept"]


def test_a_bulk_decision_writes_nothing_when_one_claim_is_refused(store: Store) -> None:
    desk = build_desk(store)
    with pytest.raises(Invalid, match=f"claim #{desk.lone} has no suggestion of statement"):
        review.decide_suggestions(
            store, ANALYST, [desk.spread, desk.lone], accept=True, statement_id=desk.fine
        )
    assert store.claims.suggestions([desk.spread])[desk.spread][0].state == "suggested"
    with pytest.raises(Invalid, match="choose at least one claim"):
        review.decide_suggestions(store, ANALYST, [], accept=False)


def test_the_watchlist_filter_and_priority_follow_what_the_reader_sees(store: Store) -> None:
    from toancanh.domain.watches import WatchSpec
    from toancanh.watch.watchlists import backfill, check_spec

    desk = build_desk(store)
    private = store.watches.add(
        check_spec(WatchSpec("Tết riêng", query="nghi Tet", unit="Vụ Báo chí", shared=False)),
        "tests",
    )
    backfill(store, private)
    mine = review.review_queue(store, ANALYST, watch="Tết riêng", now=T)
    assert [i.claim.id for i in mine] == [desk.lone]
    assert mine[0].reach.watchlists == 1
    with pytest.raises(NotFound):
        review.review_queue(store, VIEWER, watch="Tết riêng", now=T)
    theirs = {i.claim.id: i for i in review.review_queue(store, VIEWER, now=T)}
    assert theirs[desk.lone].reach.watchlists == 0


def test_the_export_carries_every_verdict_with_its_appearances(store: Store) -> None:
    import csv
    import io

    from claim_desk import check_claimreview
    from toancanh.services import claim_export

    desk = build_desk(store)
    review.give_verdict(store, ANALYST, desk.spread, "false", statement_id=desk.fine)
    review.give_verdict(store, ANALYST, desk.lone, "unproven", statement_id=None)
    document = claim_export.export_claimreview(store, VIEWER, base_url="https://toancanh.gov.vn/")
    graph = check_claimreview(document)
    by_claim = {g["@id"]: g for g in graph}
    spread = by_claim[f"https://toancanh.gov.vn/claims/{desk.spread}"]
    assert spread["reviewRating"]["alternateName"] == "sai sự thật"
    assert spread["reviewRating"]["ratingValue"] == 1
    assert len(spread["itemReviewed"]["appearance"]) == 2
    assert spread["url"].startswith("https://bocongan.gov.vn/")  # the statement's address
    lone = by_claim[f"https://toancanh.gov.vn/claims/{desk.lone}"]
    assert lone["url"] == f"https://toancanh.gov.vn/claims/{desk.lone}"  # no statement cited
    assert lone["author"]["name"] == "Toàn Cảnh"
    rows = list(csv.DictReader(io.StringIO(claim_export.export_csv(store, VIEWER))))
    assert [r["verdict"] for r in rows] == ["false", "unproven"]
    with pytest.raises(Forbidden):
        claim_export.export_csv(store, NOBODY)
