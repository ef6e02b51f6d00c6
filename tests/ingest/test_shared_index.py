"""One index of the statements registry per process: the claims step and the pickup step
of an ingest run read the same index, built once for both, and both see a statement
published after it was built; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pickup_cases import ARTICLES, STATEMENTS
from toancanh.access import Actor
from toancanh.analyze.dedupe import fingerprint
from toancanh.claims import vectors
from toancanh.cli.ingest import AlertHooks
from toancanh.config import Settings
from toancanh.domain.ingest import ArticleDraft
from toancanh.domain.statements import StatementSpec
from toancanh.services import statements
from toancanh.store import Store

PRESS = Actor("bao-chi@bo.gov.vn", "analyst", "Vụ Báo chí", 2)
ISSUED = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)


def publish(store: Store, key: str) -> int:
    spec = StatementSpec(f"Thông cáo {key}", STATEMENTS[key], "Bộ Y tế", ISSUED)
    return statements.add_statement(store, PRESS, spec, status="published").id


def carrier(store: Store, key: str) -> int:
    """An article that repeats the statement ``key`` word for word, stored after it."""
    title, text = next((t, x) for _, s, t, x in ARTICLES if s == key)
    draft = ArticleDraft(
        url=f"https://bao.example/{key}",
        title=title,
        text=text,
        outlet="VnExpress",
        published_at=ISSUED + timedelta(hours=3),
    )
    saved = store.articles.save(draft, fingerprint(draft.text, 0.5), 0.5)
    assert saved.article_id is not None
    return saved.article_id


def suggested(store: Store, article_id: int) -> set[int]:
    claims = store.claims.of_article(article_id)
    found = store.claims.suggestions([c.id for c in claims])
    return {s.statement_id for c in claims for s in found[c.id]}


def carried(store: Store, statement_id: int) -> set[int]:
    return {row[0].article_id for row in store.pickups.of_statement(statement_id)}


def test_the_claims_and_pickup_steps_share_one_index_and_see_a_new_statement(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    fits: list[int] = []  # the TF-IDF fits of the registry while articles are stored
    fit = vectors.fit

    def counted(docs: list[str], max_df: float) -> object:
        fits.append(len(docs))
        return fit(docs, max_df)

    monkeypatch.setattr(vectors, "fit", counted)
    fines = publish(store, "fines")
    hooks = AlertHooks(store, Settings(task_retries=0))
    first = carrier(store, "fines")
    fits.clear()  # publishing scanned the stored articles with an index of its own
    hooks.stored([first])
    assert suggested(store, first) == {fines}  # the claims step matched it
    assert carried(store, fines) == {first}  # the pickup step found it carried
    assert fits == [1] and hooks.statements_index.builds == 1  # one fit served both steps

    fees = publish(store, "fees")  # the registry changes after the index was built
    second = carrier(store, "fees")
    fits.clear()
    hooks.stored([second])
    assert suggested(store, second) == {fees}
    assert carried(store, fees) == {second}
    assert fits == [2] and hooks.statements_index.builds == 2  # rebuilt once, for both
