"""The speed-ups of claim matching change no result: the article's vectors are sklearn's,
and a suggestion is the same whether names were read early or late."""

from __future__ import annotations

import numpy as np

from toancanh.claims.match import _vectors, build_index, rank, suggest_many, with_synonyms

STATEMENTS = [
    ("1", "Bộ Tài chính: từ ngày 1/7/2025 lương cơ sở tăng lên 2,34 triệu đồng."),
    ("2", "Bộ Giáo dục và Đào tạo: học phí đại học công lập năm học 2025 tăng 10%."),
    ("3", "Người đi xe máy vượt đèn đỏ bị phạt từ 4 đến 6 triệu đồng theo Nghị định 168."),
    ("4", "UBND TP Hà Nội: giá nước sạch sinh hoạt giữ nguyên trong năm 2025."),
]
CLAIMS = [
    "Từ tháng 7, lương cơ sở tăng lên 2,5 triệu đồng.",
    "Vượt đèn đỏ khi đi xe máy bị phạt 10 triệu đồng.",
    "Hà Nội tăng giá nước sạch sinh hoạt từ năm 2025.",
    "Trời hôm nay nắng đẹp.",
    "",
]


def test_vectors_are_sklearns() -> None:
    index = build_index(STATEMENTS)
    docs = [with_synonyms(c) for c in CLAIMS]
    ours = _vectors(index, docs).toarray()
    theirs = index.vectorizer.transform(docs).toarray()
    assert ours.shape == theirs.shape
    assert np.allclose(ours, theirs, atol=1e-6)


def test_suggestions_agree_with_ranking() -> None:
    """``suggest_many`` (names read only for candidates in reach) gives what ``rank``
    (every feature read) gives at or above the threshold."""
    index = build_index(STATEMENTS)
    for claim, found in zip(CLAIMS, suggest_many(CLAIMS, index, threshold=0.3), strict=True):
        ranked = [s for s in rank(claim, index) if s.score >= 0.3]
        assert found == ranked


def test_the_fit_is_sklearns() -> None:
    """The vocabulary, idf and vectors of ``vectors.fit`` are those of sklearn's fit, with
    n-grams pruned (over half the texts) and without."""
    from toancanh.claims.vectors import fit, new_vectorizer

    texts = [with_synonyms(t) for _, t in STATEMENTS] * 3 + [
        with_synonyms(f"Thông báo số {i}: phí {i}.000 đồng từ ngày {i}/7") for i in range(30)
    ]
    for max_df in (0.5, 1.0):
        made = fit(texts, max_df)
        assert made is not None
        ours, matrix = made
        theirs = new_vectorizer(max_df)
        expected = theirs.fit_transform(texts)
        assert ours.vocabulary_ == theirs.vocabulary_
        assert np.allclose(ours.idf_, theirs.idf_, rtol=1e-6)
        assert np.allclose(matrix.toarray(), expected.toarray(), atol=1e-6)
    assert fit(["", " "], 1.0) is None  # sklearn decides: no n-gram at all
    assert build_index([("1", ""), ("2", " ")]).ids == ["1", "2"]


def test_what_detection_read_gives_the_same_suggestions() -> None:
    """Matching with the figures and references detection read of each sentence
    (``shared_of_found``) suggests what matching the bare texts suggests."""
    from toancanh.claims.detect import check_worthy
    from toancanh.claims.match import shared_of, shared_of_found

    index = build_index(STATEMENTS)
    found = check_worthy(" ".join(CLAIMS[:3]) + " Phạt theo Nghị định 168/2024/NĐ-CP từ 1/1/2025.")
    assert found
    texts = [c.text for c in found]
    for c in found:
        assert shared_of_found(c).legal == shared_of(c.text).legal
        assert shared_of_found(c).values == shared_of(c.text).values
    shared = [shared_of_found(c) for c in found]
    for threshold in (0.3, 0.44):
        assert suggest_many(texts, index, threshold, shared=shared) == suggest_many(
            texts, index, threshold
        )
