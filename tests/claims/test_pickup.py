"""Pickup on the labelled set of ``pickup_cases``: every carrier (verbatim, edited,
paraphrased, with a figure changed, reported in one paragraph) found, every same-topic,
same-body or unrelated article not; the figures a carrier states otherwise are listed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pickup_cases import ARTICLES, STATEMENTS
from toancanh.claims.match import build_index
from toancanh.claims.pickup import MIN_COSINE, PICKUP, carried, eligible, passages
from toancanh.domain.pickups import Carried, PickupArticle, PickupStatement

INDEX = build_index(list(STATEMENTS.items()))


@pytest.mark.parametrize(("label", "statement", "title", "text"), ARTICLES)
def test_the_labelled_set_is_separated(
    label: str, statement: str | None, title: str, text: str
) -> None:
    found = carried(INDEX, title, text)
    assert [c.statement_id for c in found] == ([statement] if statement else []), label


def test_the_thresholds_leave_a_margin_on_both_sides() -> None:
    """Carriers pass both thresholds with room; every other pair misses one of them with
    room (another story of the same body reaches the score through its bonuses, not the
    cosine)."""
    carriers: list[Carried] = []
    others: list[Carried] = []
    for _, statement, title, text in ARTICLES:
        for found in carried(INDEX, title, text, threshold=0.0, min_cosine=0.0):
            (carriers if found.statement_id == statement else others).append(found)
    assert min(c.score for c in carriers) >= PICKUP + 0.1
    assert min(c.cosine for c in carriers) >= MIN_COSINE + 0.05
    assert all(c.score <= PICKUP - 0.1 or c.cosine <= MIN_COSINE - 0.05 for c in others)
    assert max(c.cosine for c in others) <= MIN_COSINE - 0.02


def test_the_figures_stated_otherwise_are_listed() -> None:
    title, text = next((t, x) for label, s, t, x in ARTICLES if s == "fines" and "10 triệu" in t)
    (found,) = carried(INDEX, title, text)
    assert list(found.differences) == [
        {"kind": "amount", "article": "10 triệu đồng", "statement": "từ 4 đến 6 triệu đồng"},
        {"kind": "date", "article": "từ ngày 1/7/2025", "statement": "từ ngày 1/1/2025"},
    ]
    faithful = next((t, x) for label, s, t, x in ARTICLES if s == "power" and label == "verbatim")
    assert carried(INDEX, *faithful)[0].differences == ()


def test_only_the_statements_asked_for_are_scored() -> None:
    _, _, title, text = ARTICLES[0]
    assert carried(INDEX, title, text, only=["fees"]) == []
    assert carried(build_index([]), title, text) == []
    assert carried(INDEX, "", "") == []


def test_passages_are_the_title_and_windows_of_sentences() -> None:
    one, two, three, four = (f"Câu thứ {n} của bài viết về học phí đại học." for n in range(4))
    text = f"{one} {two} {three} {four}\nNgắn."
    assert passages("Tiêu đề của bài viết về học phí đại học công lập", text) == [
        "Tiêu đề của bài viết về học phí đại học công lập",
        f"{one} {two} {three}",
        f"{two} {three} {four}",
    ]  # a short title or paragraph is not a passage


def test_only_an_article_published_after_the_statement_picks_it_up() -> None:
    issued = datetime(2026, 11, 2, 9, tzinfo=UTC)
    statement = PickupStatement(1, "x", issued)
    before = PickupArticle(1, "t", "x", None, datetime(2026, 11, 2, 8, tzinfo=UTC))
    after = PickupArticle(2, "t", "x", None, issued)
    assert not eligible(before, statement) and eligible(after, statement)
    assert not eligible(PickupArticle(3, "t", "x", None, None), statement)
