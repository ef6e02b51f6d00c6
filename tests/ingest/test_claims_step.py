"""The claims step and `claims scan`: check-worthy sentences stored with offsets that
slice the article's text, matched against the published statements, never twice, the
reviewed ones kept, repeats of judged claims marked; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from toancanh.access import Actor
from toancanh.alerts.live import LiveReport
from toancanh.analyze.dedupe import fingerprint
from toancanh.config import Settings
from toancanh.domain.ingest import ArticleDraft
from toancanh.domain.statements import StatementSpec
from toancanh.errors import Forbidden, Invalid
from toancanh.ingest.claims import REPEAT_COSINE, claim_key, cosine, find_claims
from toancanh.services import claim_review, statements
from toancanh.services import claims as claim_service
from toancanh.services.claims import MatchCache
from toancanh.store import Store
from toancanh.store.schema import claim_suggestions

PRESS = Actor("bao-chi@bo.gov.vn", "analyst", "Vụ Báo chí", 2)
VIEWER = Actor("xem@bo.gov.vn", "viewer", "Vụ Khác", 4)
FINE = (
    "Người điều khiển xe ô tô vượt đèn đỏ bị phạt từ 2 đến 3 triệu đồng theo Nghị định "
    "100/2019/NĐ-CP."
)
CLAIM = "Người điều khiển xe ô tô vượt đèn đỏ bị phạt 5 triệu đồng theo Nghị định 100/2019/NĐ-CP."
OPINION = "Tôi cho rằng mức phạt 5 triệu đồng này quá cao đối với người lao động."
QUESTION = "Liệu mức phạt vượt đèn đỏ có tăng lên 10 triệu đồng từ năm sau không?"
PLAN = "Bộ Công an dự kiến đề xuất tăng mức phạt vượt đèn đỏ lên 10 triệu đồng."
TET = "Học sinh Hà Nội được nghỉ Tết Nguyên đán 9 ngày từ ngày 25/1/2027."  # no claim
FEES = "Học phí đại học công lập tăng 15% từ ngày 1/9/2026."


def publish(store: Store, title: str, text: str, n: int = 0) -> int:
    spec = StatementSpec(
        title=title,
        text=text,
        issuer="Bộ Công an",
        issued_at=datetime(2026, 11, 2, 9, n, tzinfo=UTC),
    )
    return statements.add_statement(store, PRESS, spec, status="published").id


def article(store: Store, text: str, n: int = 0, published: datetime | None = None) -> int:
    draft = ArticleDraft(
        url=f"https://bao.example/{n}",
        title=f"Bài {n}",
        text=text,
        outlet="Báo A",
        published_at=published or datetime(2026, 11, 20, tzinfo=UTC),
    )
    saved = store.articles.save(draft, fingerprint(draft.text, 0.5), 0.5)
    assert saved.outcome == "new" and saved.article_id is not None
    return saved.article_id


def give_verdict(store: Store, claim_id: int, statement_id: int) -> None:
    claim_review.give_verdict(store, PRESS, claim_id, "false", statement_id=statement_id)


def test_claims_are_stored_with_exact_offsets_and_suggestions(store: Store) -> None:
    fine = publish(store, "Mức phạt vượt đèn đỏ", FINE)
    publish(store, "Lịch nghỉ Tết", TET, n=1)
    text = f"Hà Nội, 20/11 — {CLAIM} {OPINION}\n{QUESTION} {PLAN}"
    article_id = article(store, text)
    report = find_claims(store, [article_id], MatchCache())
    assert (report.articles, report.found, report.suggested) == (1, 1, 1)
    (stored,) = store.claims.of_article(article_id)
    assert text[stored.start : stored.end] == stored.text
    assert stored.text.endswith(CLAIM) and stored.status == "new"
    assert stored.key == claim_key(stored.text) == claim_key(f"  {stored.text.upper()} ")
    assert len(stored.key) == 64 and stored.matched_at is not None
    (suggestion,) = store.claims.suggestions([stored.id])[stored.id]
    assert suggestion.statement_id == fine and suggestion.score >= 0.44
    assert suggestion.differences[0]["kind"] == "amount"
    assert "5 triệu" in suggestion.differences[0]["claim"]


def test_a_claim_matching_nothing_is_stored_without_suggestions(sqlite_store: Store) -> None:
    article_id = article(sqlite_store, FEES)  # an empty registry
    report = find_claims(sqlite_store, [article_id], MatchCache())
    assert (report.found, report.suggested) == (1, 0)
    (stored,) = sqlite_store.claims.of_article(article_id)
    assert sqlite_store.claims.suggestions([stored.id]) == {stored.id: []}


def test_running_again_adds_nothing_and_keeps_reviewed_claims(store: Store) -> None:
    fine = publish(store, "Mức phạt vượt đèn đỏ", FINE)
    article_id = article(store, f"{CLAIM} {TET} {FEES}")
    cache = MatchCache()
    find_claims(store, [article_id], cache)
    first, second = store.claims.of_article(article_id)
    give_verdict(store, first.id, fine)
    find_claims(store, [article_id], cache)  # a redelivered task, say
    again = store.claims.of_article(article_id)
    assert [(c.start, c.end) for c in again] == [
        (first.start, first.end),
        (second.start, second.end),
    ]
    assert again[0].id == first.id and again[0].status == "verdict"
    assert cache.builds == 1, "the index is built once while the registry is unchanged"
    # A scan skips articles that have claims: nothing new, nothing counted twice.
    report = claim_service.scan(store, PRESS, cache=cache)
    assert (report.articles, report.found) == (0, 0)
    assert len(store.claims.of_article(article_id)) == 2


def test_scan_finds_older_articles_and_rematch_picks_up_a_later_statement(store: Store) -> None:
    old = article(store, CLAIM, n=1, published=datetime(2026, 6, 1, tzinfo=UTC))
    recent = article(store, FEES, n=2)
    cache = MatchCache()
    since = datetime(2026, 10, 1, tzinfo=UTC)
    report = claim_service.scan(store, PRESS, since=since, cache=cache)
    assert (report.articles, report.found, report.suggested) == (1, 1, 0)
    assert store.claims.of_article(old) == [] and len(store.claims.of_article(recent)) == 1
    report = claim_service.scan(store, PRESS, cache=cache)
    assert (report.articles, report.found, report.suggested) == (1, 1, 0)
    (claim,) = store.claims.of_article(old)
    assert store.claims.suggestions([claim.id])[claim.id] == []
    fine = publish(store, "Mức phạt vượt đèn đỏ", FINE)  # published after the article
    report = claim_service.scan(store, PRESS, cache=cache)
    assert (report.articles, report.found, report.suggested) == (0, 0, 0)
    report = claim_service.scan(store, PRESS, rematch=True, cache=cache)
    assert (report.rematched, report.suggested, report.found) == (2, 1, 0)
    (suggestion,) = store.claims.suggestions([claim.id])[claim.id]
    assert suggestion.statement_id == fine


def test_a_viewer_may_not_scan_and_a_future_date_is_refused(sqlite_store: Store) -> None:
    with pytest.raises(Forbidden):
        claim_service.scan(sqlite_store, VIEWER)
    with pytest.raises(Invalid, match="in the future"):
        claim_service.scan(sqlite_store, PRESS, since=datetime.now(UTC) + timedelta(days=2))


def test_a_claim_repeating_a_judged_one_is_marked(store: Store) -> None:
    fine = publish(store, "Mức phạt vượt đèn đỏ", FINE)
    cache = MatchCache()
    first = article(store, f"Theo báo A, {CLAIM[0].lower()}{CLAIM[1:]}", n=1)
    find_claims(store, [first], cache)
    (judged,) = store.claims.of_article(first)
    give_verdict(store, judged.id, fine)
    paraphrase = (
        "Tài xế ô tô vượt đèn đỏ sẽ bị phạt tới 5 triệu đồng, theo Nghị định 100/2019/NĐ-CP."
    )
    same = f"Theo báo A, {CLAIM[0].lower()}{CLAIM[1:]}"  # the same sentence: the same key
    ids = [
        article(store, f"{same} Tin từ Hà Nội.", n=2),
        article(store, paraphrase, n=3),
        article(store, FINE, n=4),  # the statement's own words: not a repeat
        article(store, FEES, n=5),
    ]
    report = find_claims(store, ids, cache)
    repeat_of = {i: [c.repeat_of for c in store.claims.of_article(i)] for i in ids}
    assert repeat_of == {ids[0]: [judged.id], ids[1]: [judged.id], ids[2]: [None], ids[3]: [None]}
    assert report.repeats == 2
    assert store.claims.get(judged.id).repeat_of is None  # type: ignore[union-attr]


def test_the_repeat_threshold_separates_paraphrases_from_other_claims() -> None:
    close = [
        f"Từ tháng này, {CLAIM[0].lower()}{CLAIM[1:]}",
        "Tài xế ô tô vượt đèn đỏ sẽ bị phạt tới 5 triệu đồng, theo Nghị định 100/2019/NĐ-CP.",
        "Người lái ô tô vượt đèn đỏ bị phạt 5 triệu đồng theo Nghị định 100/2019/NĐ-CP.",
    ]
    apart = [
        "Ô tô vượt đèn đỏ bị tước bằng lái 2 tháng theo Nghị định 100/2019/NĐ-CP.",
        "Người đi xe máy vượt đèn đỏ được miễn phạt theo Nghị định 100/2019/NĐ-CP.",
        "Xe ô tô vượt đèn đỏ từ nay không bị phạt tiền nữa.",
    ]
    assert all(cosine(text, CLAIM) >= REPEAT_COSINE for text in close)
    assert all(cosine(text, CLAIM) < REPEAT_COSINE for text in apart)
    assert cosine(CLAIM, CLAIM) == pytest.approx(1.0) and cosine("", CLAIM) == 0.0


def test_rematch_keeps_the_suggestions_a_reviewer_decided(store: Store) -> None:
    fine = publish(store, "Mức phạt vượt đèn đỏ", FINE)
    article_id = article(store, CLAIM)
    cache = MatchCache()
    find_claims(store, [article_id], cache)
    (claim,) = store.claims.of_article(article_id)
    with store.db.write() as conn:
        conn.execute(update(claim_suggestions).values(state="rejected"))
    report = claim_service.scan(store, PRESS, rematch=True, cache=cache)
    assert report.rematched == 1
    (kept,) = store.claims.suggestions([claim.id])[claim.id]
    assert (kept.statement_id, kept.state) == (fine, "rejected")


def test_a_failing_claims_step_never_holds_the_other_steps_back(
    sqlite_store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from toancanh.cli import ingest as embedded

    def broken(*_: object) -> None:
        raise RuntimeError("a bug in the claims step")

    after: list[list[int]] = []

    def watch_and_alert(
        _store: Store, _settings: Settings, ids: list[int], **_: object
    ) -> LiveReport:
        after.append(ids)
        return LiveReport()

    monkeypatch.setattr(embedded, "find_claims", broken)
    monkeypatch.setattr(embedded, "after_store", watch_and_alert)
    hooks = embedded.AlertHooks(sqlite_store, Settings(task_retries=0))
    hooks.stored([1, 2])
    assert after == [[1, 2]] and "claims step failed" in caplog.text
