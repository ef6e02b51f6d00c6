"""Labels: an analyst corrects an article's sentiment or main topic.

A correction is stored with its author and time, shown from then on in place of the
model's label (the article's page, the filters, the trends), written in the audit log,
and feeds the training of the next models (``toancanh train ... --with-corrections``).
Any analyst corrects any article: articles belong to no unit. The label is resolved as
the filters resolve it (``toancanh.resolve``): a tone in any case, a topic by its label
or its Vietnamese name, diacritics optional.
"""

from __future__ import annotations

from typing import Any

from toancanh import access, resolve
from toancanh.access import Actor
from toancanh.domain.articles import Correction
from toancanh.errors import Invalid, NotFound
from toancanh.store import Store

TASKS = ("sentiment", "topic")


def canonical_label(task: str, value: str) -> str:
    """The label as stored; ``Invalid`` for an unknown task or label (a ``FilterError``
    that names the task, as the filters of the same name do)."""
    if task not in TASKS:
        raise Invalid("correct the sentiment or the topic", field="task")
    typed = value.strip()
    label = resolve.sentiment_label(typed) if task == "sentiment" else resolve.topic_label(typed)
    assert label is not None  # None only for no value
    return label


def _existing_article(store: Store, article_id: int) -> None:
    if store.articles.get(article_id) is None:
        raise NotFound("no article #{article_id}", article_id=article_id)


def correct_label(store: Store, actor: Actor, article_id: int, task: str, value: str) -> Correction:
    """Record the actor's label for the article; it shows from now on."""
    access.require_right(actor, "label")
    _existing_article(store, article_id)
    label = canonical_label(task, value)
    previous = store.analysis.correct(article_id, task, label, actor.name)
    return Correction(article_id, task, label, previous, actor.name)


def correction_log(store: Store, actor: Actor, article_id: int) -> list[Correction]:
    """Who corrected what on the article, and when, oldest first (none for an article
    that does not exist: the caller has found the article already)."""
    access.require_role(actor, "viewer")
    return [_correction(article_id, row) for row in store.analysis.correction_log(article_id)]


def latest_corrections(log: list[Correction]) -> dict[str, Correction]:
    """The last correction of each task."""
    return {entry.task: entry for entry in log}


def can_correct(actor: Actor) -> bool:
    """Whether to offer the actor the correction forms."""
    return access.can_change(actor, "label")


def _correction(article_id: int, row: dict[str, Any]) -> Correction:
    return Correction(
        article_id, row["task"], row["label"], row["previous"], row["author"], row["at"]
    )
