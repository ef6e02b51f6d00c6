"""The whole analysis of one text, and what it does with bad input."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toancanh.analyze.document import MAX_ANALYSED_CHARS
from toancanh.analyze.pipeline import AnalysisError, analyze_text, load_analyzer

ARTICLE_TITLE = "Bộ GD&ĐT lấy ý kiến dự thảo thông tư về dạy thêm, học thêm"
ARTICLE_BODY = (
    "Bộ Giáo dục và Đào tạo vừa công bố dự thảo Thông tư sửa đổi Thông tư 29/2024/TT-BGDĐT "
    "quy định về dạy thêm, học thêm để lấy ý kiến rộng rãi. Theo dự thảo, giáo viên không "
    "được dạy thêm có thu tiền đối với học sinh mình đang dạy chính khóa. Nhiều phụ huynh ở "
    "TP.HCM và Hà Nội bày tỏ lo ngại chi phí học thêm tăng cao, gây áp lực cho gia đình. "
    "Bộ trưởng Bộ GD&ĐT Nguyễn Kim Sơn cho biết sẽ tiếp thu ý kiến trước khi ban hành."
)


@pytest.fixture(scope="module")
def analyzer():
    return load_analyzer()


def test_a_policy_article_is_read_the_way_an_officer_reads_it(analyzer) -> None:
    result = analyze_text(ARTICLE_BODY, ARTICLE_TITLE, analyzer)
    assert result.language == "vi"
    assert result.topics and result.topics[0].label.startswith("giao duc")
    assert result.policy_areas[0].label == "education"
    assert result.policy_areas[0].ministry == "Bộ Giáo dục và Đào tạo"
    assert {a.name for a in result.agencies} == {"Bộ Giáo dục và Đào tạo"}
    assert {p.name for p in result.places} == {"Thành phố Hồ Chí Minh", "Thành phố Hà Nội"}
    assert [r.number for r in result.legal_refs] == ["29/2024/TT-BGDĐT"]
    assert [p.name for p in result.people] == ["Nguyễn Kim Sơn"]
    assert result.stage == "drafting"
    assert result.sentiment is not None and result.sentiment.label in ("negative", "neutral")
    assert result.model_version.startswith("topics:")


def test_the_json_object_has_the_documented_fields(analyzer) -> None:
    data = json.loads(json.dumps(analyze_text(ARTICLE_BODY, ARTICLE_TITLE, analyzer).as_json()))
    for key in (
        "topics",
        "policy_areas",
        "sentiment",
        "agencies",
        "places",
        "legal_refs",
        "people",
        "stage",
        "language",
    ):
        assert key in data
    assert set(data["topics"][0]) >= {"label", "score"}
    assert set(data["policy_areas"][0]) >= {"label", "ministry"}
    assert set(data["sentiment"]) >= {"label", "score", "evidence"}
    assert set(data["agencies"][0]) >= {"mention", "name", "current"}
    assert set(data["places"][0]) >= {"mention", "name", "current", "level"}
    assert set(data["legal_refs"][0]) >= {"mention", "type", "number", "issuer", "year"}


def test_old_bodies_map_to_their_successors(analyzer) -> None:
    result = analyze_text(
        "Năm 2023, Bộ TT&TT và Sở LĐ-TB&XH tỉnh Bình Dương phối hợp triển khai chương trình.",
        analyzer=analyzer,
    )
    current = {a.mention: a.current for a in result.agencies}
    assert current["Bộ TT&TT"] == "Bộ Khoa học và Công nghệ"
    assert {p.mention: p.current for p in result.places}["Bình Dương"] == "Thành phố Hồ Chí Minh"


def test_text_without_diacritics_still_gets_references_and_places(analyzer) -> None:
    result = analyze_text(
        "Theo nghi dinh 15/2020/ND-CP, UBND TP Ha Noi se xu phat cac truong hop vi pham.",
        analyzer=analyzer,
    )
    assert [r.number for r in result.legal_refs] == ["15/2020/NĐ-CP"]
    assert "Thành phố Hà Nội" in {p.name for p in result.places}
    assert result.sentiment is not None


def test_empty_text_is_a_clear_error(analyzer) -> None:
    with pytest.raises(AnalysisError, match="empty"):
        analyze_text("  \n ", "", analyzer)


def test_another_language_is_flagged_not_labelled(analyzer) -> None:
    result = analyze_text(
        "The Ministry of Health announced new rules for hospitals on Monday. Officials said "
        "the changes would take effect next year after a public consultation period.",
        analyzer=analyzer,
    )
    assert result.language == "en"
    assert result.topics == () and result.sentiment is None and result.stage is None
    assert any("not Vietnamese" in note for note in result.notes)


def test_a_huge_text_is_cut_and_says_so_in_bounded_time(analyzer) -> None:
    started = time.perf_counter()
    result = analyze_text(ARTICLE_BODY * 2000, ARTICLE_TITLE, analyzer)  # about 1 MB
    assert time.perf_counter() - started < 30
    assert any(str(MAX_ANALYSED_CHARS) in note for note in result.notes)
    assert result.policy_areas[0].label == "education"


def test_emoji_and_mixed_scripts_do_not_break_it(analyzer) -> None:
    result = analyze_text(
        "🔥🔥 Người dân 😡 bức xúc vì tham nhũng ở dự án!!! 中文 русский ‏עברית‏ \u200b\x00",
        analyzer=analyzer,
    )
    assert result.sentiment is not None and result.sentiment.label == "negative"


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.text(max_size=500), title=st.text(max_size=80))
def test_any_unicode_gives_an_analysis_or_the_empty_text_error(body: str, title: str) -> None:
    analyzer = load_analyzer()
    try:
        result = analyze_text(body, title, analyzer)
    except AnalysisError:
        assert not (body.strip() or title.strip())
        return
    json.dumps(result.as_json())  # always serialisable
    if result.sentiment is not None:
        assert 0.0 <= result.sentiment.score <= 1.0
    assert all(0.0 <= t.score <= 1.0 for t in result.topics)
