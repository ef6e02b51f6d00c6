"""Exact and near-duplicate detection on realistic Vietnamese news text."""

from __future__ import annotations

import unicodedata

from toancanh.analyze.dedupe import (
    Candidate,
    band_layout,
    choose_story,
    content_hash,
    fingerprint,
    similarity,
)

THRESHOLD = 0.5

ORIGINAL = """Sáng 12/10, UBND TP.HCM tổ chức hội nghị triển khai chính sách hỗ trợ người lao động
thuê nhà ở xã hội tại các khu công nghiệp. Theo kế hoạch, thành phố sẽ khởi công thêm
ba dự án với tổng cộng hơn 4.500 căn hộ trong năm nay.

Phó Chủ tịch UBND thành phố cho biết nguồn vốn ưu đãi từ gói tín dụng 120.000 tỷ đồng
đã được giải ngân cho các chủ đầu tư đủ điều kiện. Người lao động có thu nhập thấp được
vay với lãi suất thấp hơn thị trường khoảng hai điểm phần trăm.

Tuy nhiên, nhiều doanh nghiệp phản ánh thủ tục phê duyệt dự án còn kéo dài, có hồ sơ
phải chờ hơn một năm. Sở Xây dựng cam kết rút ngắn thời gian thẩm định xuống còn 30 ngày
và công khai danh sách người mua trên cổng thông tin điện tử của thành phố."""

REWRITE = """Ngày 12/10, UBND TP.HCM đã tổ chức hội nghị triển khai chính sách hỗ trợ người lao động
thuê nhà ở xã hội tại các khu công nghiệp. Theo kế hoạch, thành phố sẽ khởi công thêm
ba dự án với tổng cộng hơn 4.500 căn hộ trong năm nay.

Phó Chủ tịch UBND thành phố cho biết nguồn vốn ưu đãi từ gói tín dụng 120.000 tỷ đồng
đã được giải ngân cho các chủ đầu tư đủ điều kiện. Người lao động có thu nhập thấp được
vay với lãi suất thấp hơn thị trường khoảng hai điểm phần trăm.

Theo Sở Xây dựng, thời gian thẩm định sẽ được rút ngắn xuống còn 30 ngày và danh sách
người mua được công khai trên cổng thông tin điện tử của thành phố."""

UNRELATED = """Bộ Giáo dục và Đào tạo vừa ban hành thông tư hướng dẫn tuyển sinh đại học năm 2027,
trong đó giữ ổn định phương thức xét tuyển dựa trên kết quả thi tốt nghiệp trung học phổ
thông. Các trường được chủ động dành chỉ tiêu cho xét học bạ nhưng phải công bố sớm.

Đại diện Vụ Giáo dục đại học cho biết thí sinh sẽ đăng ký nguyện vọng trực tuyến trên hệ
thống chung và được điều chỉnh không giới hạn số lần trong thời gian quy định."""


def test_identical_text_in_other_encodings_and_spacing_has_one_hash() -> None:
    decomposed = unicodedata.normalize("NFD", ORIGINAL)
    respaced = "  ".join(ORIGINAL.split())
    assert content_hash(ORIGINAL) == content_hash(decomposed) == content_hash(respaced)
    assert content_hash(ORIGINAL) != content_hash(REWRITE)


def test_tone_mark_placement_does_not_change_identity() -> None:
    assert content_hash("Hòa bình và sức khỏe cho Thúy") == content_hash(
        "Hoà bình và sức khoẻ cho Thuý"
    )


def test_light_rewrite_is_near_duplicate_and_shares_a_band() -> None:
    a, b = fingerprint(ORIGINAL, THRESHOLD), fingerprint(REWRITE, THRESHOLD)
    assert similarity(a.signature, b.signature) >= THRESHOLD
    assert set(a.band_keys) & set(b.band_keys)
    chosen = choose_story(b, [Candidate(7, 7, a.signature)], THRESHOLD)
    assert chosen is not None and chosen.story_id == 7


def test_unrelated_article_starts_its_own_story() -> None:
    a, c = fingerprint(ORIGINAL, THRESHOLD), fingerprint(UNRELATED, THRESHOLD)
    assert similarity(a.signature, c.signature) < 0.2
    assert choose_story(c, [Candidate(7, 7, a.signature)], THRESHOLD) is None


def test_most_similar_candidate_wins() -> None:
    target = fingerprint(ORIGINAL, THRESHOLD)
    close = Candidate(1, 1, fingerprint(REWRITE, THRESHOLD).signature)
    exact = Candidate(2, 5, target.signature)
    assert choose_story(target, [close, exact], THRESHOLD) == exact


def test_texts_without_words_get_no_lsh_keys_so_never_join_a_story() -> None:
    # Candidates come only from shared band keys; word-less texts have none.
    assert fingerprint("… — !!!", THRESHOLD).band_keys == ()
    assert fingerprint("🙂🙂", THRESHOLD).band_keys == ()
    assert fingerprint("Chính sách", THRESHOLD).band_keys != ()


def test_band_layout_covers_the_signature() -> None:
    bands, rows = band_layout(THRESHOLD)
    assert bands * rows <= 128 and bands >= 10
