"""The same sentence in several articles (one ``key``) is one claim to review: one row of
the queue, one review step carried to every copy not given a verdict yet (each audited),
one ClaimReview in the export; a copy found after the verdict waits on its own."""

from __future__ import annotations

from claim_desk import SPREAD, Desk, T, add_claim, build_desk
from toancanh.access import Actor
from toancanh.domain.claims import ClaimSuggestion
from toancanh.services import claim_export
from toancanh.services import claim_review as review
from toancanh.store import Store

ANALYST = Actor("kiem-chung@bo.gov.vn", "analyst", "Vụ Báo chí", 2)
ADMIN = Actor("admin@bo.gov.vn", "admin", "Văn phòng", 1)


def _desk(store: Store) -> Desk:
    """The desk with the copy suggested too, so both copies are queue candidates."""
    desk = build_desk(store)
    store.claims.set_suggestions(desk.copy, [ClaimSuggestion(desk.fine, 0.8, ())])
    return desk


def _status(store: Store, claim_id: int) -> tuple[str, str | None, int | None]:
    claim = store.claims.get(claim_id)
    assert claim is not None
    return claim.status, claim.verdict, claim.statement_id


def _audits(store: Store, claim_id: int) -> list[tuple[str, object]]:
    return [
        (e.action, (e.after or {}).get("same_sentence_as"))
        for e in store.audit.entries(entity="claim", entity_id=claim_id)
    ]


def test_the_queue_shows_a_sentence_once_by_its_earliest_claim(store: Store) -> None:
    desk = _desk(store)
    queue = review.review_queue(store, ANALYST, now=T)
    assert [i.claim.id for i in queue].count(desk.copy) == 0
    assert {i.claim.id for i in queue} == {desk.spread, desk.lone, desk.hostile}
    by_id = {i.claim.id: i for i in queue}
    assert by_id[desk.spread].appearances == 2
    assert (by_id[desk.spread].reach.articles, by_id[desk.spread].reach.outlets) == (3, 3)
    assert by_id[desk.lone].appearances == 1
    # The earliest claim taken in review: still the row (in review is waiting).
    review.start_review(store, ANALYST, desk.spread)
    again = review.review_queue(store, ANALYST, now=T)
    assert [i.claim.id for i in again if i.claim.key == "k-spread"] == [desk.spread]


def test_a_verdict_goes_to_every_copy_each_audited(store: Store) -> None:
    desk = _desk(store)
    review.give_verdict(store, ANALYST, desk.spread, "false", statement_id=desk.fine, note="2-3")
    assert _status(store, desk.copy) == ("verdict", "false", desk.fine)
    copy = store.claims.get(desk.copy)
    assert copy is not None and (copy.note, copy.reviewer) == ("2-3", ANALYST.name)
    assert store.claims.suggestions([desk.copy])[desk.copy][0].state == "accepted"
    assert _audits(store, desk.spread) == [("verdict", None)]
    assert _audits(store, desk.copy) == [("verdict", desk.spread)]
    assert review.review_queue(store, ANALYST, status="verdict", now=T)[0].appearances == 2
    assert [i.claim.id for i in review.review_queue(store, ANALYST, status="verdict", now=T)] == [
        desk.spread
    ]
    # Reopened: the copies holding the same verdict are reopened with it.
    review.reopen(store, ADMIN, desk.copy, note="xem lại")
    assert _status(store, desk.spread) == ("in_review", None, None)
    assert _status(store, desk.copy) == ("in_review", None, None)
    assert _audits(store, desk.spread)[0] == ("reopen", desk.copy)


def test_a_verdict_given_on_a_copy_and_a_copy_found_later(store: Store) -> None:
    desk = _desk(store)
    review.give_verdict(store, ANALYST, desk.copy, "unproven", statement_id=None)
    assert _status(store, desk.spread) == ("verdict", "unproven", None)
    review.reopen(store, ADMIN, desk.spread)
    review.give_verdict(store, ANALYST, desk.spread, "false", statement_id=desk.fine)
    # The copy was reopened with it, so it takes the new verdict too.
    assert _status(store, desk.copy) == ("verdict", "false", desk.fine)
    # Found after the verdict: waits on its own, the verdict untouched.
    later = add_claim(store, desk.articles[2], SPREAD, "k-spread")
    store.claims.set_suggestions(later, [ClaimSuggestion(desk.fine, 0.8, ())])
    [row] = [i for i in review.review_queue(store, ANALYST, now=T) if i.claim.key == "k-spread"]
    assert (row.claim.id, row.appearances) == (later, 3)
    review.give_verdict(store, ANALYST, later, "misleading", statement_id=desk.fine)
    assert _status(store, desk.spread) == ("verdict", "false", desk.fine)  # not overwritten
    review.reopen(store, ADMIN, desk.spread)  # the copy of another verdict keeps it
    assert _status(store, later) == ("verdict", "misleading", desk.fine)
    assert _status(store, desk.copy) == ("in_review", None, None)


def test_start_and_bulk_decisions_go_to_the_copies_once(store: Store) -> None:
    desk = _desk(store)
    review.start_review(store, ANALYST, desk.spread)
    assert _status(store, desk.copy)[0] == "in_review"
    assert _audits(store, desk.copy) == [("start_review", desk.spread)]
    done = review.decide_suggestions(
        store, ANALYST, [desk.spread, desk.copy], accept=True, statement_id=desk.fine
    )
    assert [c.id for c in done] == [desk.spread, desk.copy]
    assert [s.state for s in store.claims.suggestions([desk.copy])[desk.copy]] == ["accepted"]
    assert [a for a, _ in _audits(store, desk.copy)].count("accept") == 1  # not twice
    assert [a for a, _ in _audits(store, desk.spread)].count("accept") == 1


def test_a_claim_view_lists_the_articles_carrying_it(store: Store) -> None:
    desk = _desk(store)
    view = review.claim_view(store, ANALYST, desk.copy)
    assert [a.id for a in view.appearances] == [desk.articles[0], desk.articles[1]]
    assert [a.outlet for a in view.appearances] == ["Báo A", "Báo B"]
    assert len(review.claim_view(store, ANALYST, desk.lone).appearances) == 1


def test_the_export_has_one_claimreview_a_sentence(store: Store) -> None:
    from claim_desk import check_claimreview

    desk = _desk(store)
    review.give_verdict(store, ANALYST, desk.spread, "false", statement_id=desk.fine)
    graph = check_claimreview(claim_export.export_claimreview(store, ANALYST))
    [spread] = [g for g in graph if g["claimReviewed"] == SPREAD]
    assert spread["@id"] == f"/claims/{desk.spread}"
    urls = [a["url"] for a in spread["itemReviewed"]["appearance"]]
    assert len(urls) == len(set(urls)) == 2
    rows = claim_export.export_csv(store, ANALYST).splitlines()
    assert len(rows) == 2 and rows[1].startswith(f"{desk.spread},")
