"""An article's tone from its title, lead and body (docs/analysis.md, "How an article's
tone is labelled"): the rules as a table, the evidence, the stored tone, the eval."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toancanh.analyze.article_tone import Parts, article_parts, article_tone, decide
from toancanh.analyze.article_tone_eval import evaluate_articles, pooled_tone, read_articles
from toancanh.analyze.dedupe import fingerprint
from toancanh.analyze.document import make_document
from toancanh.analyze.function_words import is_function_phrase
from toancanh.analyze.sentiment import load_sentiment_analyzer
from toancanh.analyze.sentiment_data import LabelledDataError
from toancanh.config import Settings
from toancanh.domain.ingest import ArticleDraft
from toancanh.ingest.pipeline import analyze_draft
from toancanh.store import Store

EVAL = Path(__file__).parents[2] / "eval"
ARTICLES = EVAL / "data" / "news_article_tone_test.jsonl"

# Sentence probabilities (positive, neutral, negative) a model might give.
POS, NEU, NEG = (0.95, 0.04, 0.01), (0.02, 0.96, 0.02), (0.01, 0.04, 0.95)
WEAK_POS = (0.6, 0.3, 0.1)  # polar, but below the bar a body sentence must clear
SENTENCE = {"+": POS, "0": NEU, "-": NEG, "w": WEAK_POS}  # one character a sentence


def parts(title: int, lead: int, body: int) -> Parts:
    """Title, lead and body of the given sizes, numbered in reading order."""
    return Parts(
        tuple(range(title)),
        tuple(range(title, title + lead)),
        tuple(range(title + lead, title + lead + body)),
    )


@pytest.mark.parametrize(
    ("case", "title", "lead", "body", "label", "rule"),
    [
        ("title decides a balanced body", "+", "0", "+-0-+", "positive", "title"),
        ("title decides a body of the other side", "-", "0", "++0+", "negative", "title"),
        ("a strong body outweighs a neutral title", "0", "0", "-0--", "negative", "body"),
        ("two clear body sentences alone decide", "0", "0", "0+0+", "positive", "body"),
        ("one clear sentence in a neutral body does not", "0", "0", "0+00", "neutral", "neutral"),
        ("mixed: the stronger side (three against one)", "0", "0", "+-++", "positive", "body"),
        ("balanced: neutral (two against two)", "0", "0", "+-0+-", "neutral", "balanced"),
        (
            "balanced: neutral (two against one is not enough)",
            "0",
            "0",
            "-+-",
            "neutral",
            "balanced",
        ),
        ("a polar lead decides under a neutral title", "0", "+", "-00", "positive", "lead"),
        ("title and lead apart: the body settles", "+", "-", "--0", "negative", "title-lead-body"),
        (
            "title and lead apart, balanced body: neutral",
            "+",
            "-",
            "+-",
            "neutral",
            "title-lead-body",
        ),
        ("a title agreeing with the lead", "+", "+", "00", "positive", "title"),
        ("weak body sentences do not count", "0", "0", "w0w", "neutral", "neutral"),
        ("nothing polar: neutral", "0", "0", "0000", "neutral", "neutral"),
    ],
)
def test_the_weighting_rules(case, title, lead, body, label, rule) -> None:
    """Title, lead and body written one character a sentence: + positive, - negative,
    0 neutral, w weakly positive."""
    probabilities = [SENTENCE[c] for c in title + lead + body]
    decision = decide(parts(len(title), len(lead), len(body)), probabilities)
    assert (("positive", "neutral", "negative")[decision.label], decision.rule) == (label, rule)


def test_title_lead_and_body_are_found_in_the_document() -> None:
    doc = make_document(
        "Câu sapo thứ nhất. Câu sapo thứ hai.\n\nĐoạn thân bài một. Đoạn hai.\n\nĐoạn ba.",
        "Tiêu đề bài báo",
    )
    found = article_parts(doc)
    texts = doc.sentence_texts()
    assert [texts[i] for i in found.title] == ["Tiêu đề bài báo"]
    assert [texts[i] for i in found.lead] == ["Câu sapo thứ nhất.", "Câu sapo thứ hai."]
    assert len(found.body) == 3
    # A body in one paragraph: its first two sentences are the lead; no title, none taken.
    one = make_document(" ".join(f"Câu số {i}." for i in range(6)))
    assert article_parts(one) == Parts((), (0, 1), (2, 3, 4, 5))


@pytest.fixture(scope="module")
def analyzer():
    return load_sentiment_analyzer("model")


TITLE_VS_BODY = ArticleDraft(
    url="https://bao.vn/cao-toc",
    title="Cao tốc hoàn thành sớm, người dân phấn khởi vì đi lại thuận lợi",
    text=(
        "Tuyến cao tốc dài 65 km đi qua ba tỉnh, do Ban quản lý dự án 85 làm chủ đầu tư.\n\n"
        "Nhiều hạng mục phụ trợ vẫn bị bỏ dở, máy móc nằm phơi mưa nắng. Người dân sống cạnh "
        "công trình khổ sở vì bụi và tiếng ồn suốt nhiều năm. Kiểm toán phát hiện nhiều sai "
        "phạm trong thanh toán khối lượng.\n\nTuyến đường có bốn làn xe."
    ),
    published_at=datetime(2026, 11, 2, tzinfo=UTC),
)


def test_the_stored_tone_is_the_article_tone(analyzer, sqlite_store: Store) -> None:
    """Through ingest's analysis into a real store: the title frames the article, where
    the earlier pooled roll-up followed the body's complaints."""
    analysis = analyze_draft(TITLE_VS_BODY, Settings(analyze=True))
    assert analysis is not None and analysis.sentiment is not None
    doc = make_document(TITLE_VS_BODY.text, TITLE_VS_BODY.title)
    assert analysis.sentiment == article_tone(analyzer, doc)
    assert pooled_tone(analyzer, doc) == "negative"
    (saved,) = sqlite_store.articles.save_many(
        [(TITLE_VS_BODY, fingerprint(TITLE_VS_BODY.text, 0.5))], 0.5, [analysis]
    )
    stored = sqlite_store.analysis.get(saved.article_id)
    assert stored is not None and stored["sentiment"]["label"] == "positive"
    # The title's evidence: its tone word, or the finished work the composition read.
    phrases = [e["phrase"] for e in stored["sentiment"]["evidence"]]
    assert any("phấn khởi" in p or "hoàn thành" in p for p in phrases)
    # The per-sentence results are still there for whoever needs them.
    assert len(analyzer.sentences(doc)) == len(doc.sentences)


def test_evidence_is_never_a_function_word(analyzer) -> None:
    rows = read_articles(ARTICLES)
    seen = 0
    for row in rows[::3]:
        result = article_tone(analyzer, row.document())
        doc = row.document()
        for evidence in result.evidence:
            assert not is_function_phrase(evidence.phrase), evidence.phrase
            assert doc.text[evidence.start : evidence.end] == evidence.phrase
            if result.label != "neutral":
                assert evidence.polarity == result.label
            seen += 1
    assert seen > 20


BALANCED = (
    "Hà Nội công bố phương án tổ chức giao thông dịp nghỉ lễ",
    "Theo kế hoạch, lực lượng chức năng bố trí 200 cán bộ phân luồng.\n\n"
    "Người dân vui mừng vì không còn cảnh chôn chân hàng giờ. Nhiều đoạn đường mới sửa "
    "đã xuống cấp, ổ gà xuất hiện khắp nơi. Tuyến đường dài 12 km, gồm sáu làn xe.",
)
TITLE_AGAINST_LEAD = (
    "Người dân vui mừng vì cầu vượt được thông xe sớm",
    "Vụ tai nạn xảy ra rạng sáng khiến ba người tử vong, nhiều người bị thương nặng.\n\n"
    "Tuyến đường dài 12 km, gồm sáu làn xe, đi qua ba quận. Quy định mới có hiệu lực từ "
    "ngày 1/1/2025.",
)


@pytest.mark.parametrize(("title", "body"), [BALANCED, TITLE_AGAINST_LEAD])
def test_an_article_neutral_by_balance_shows_both_sides(analyzer, title, body) -> None:
    result = article_tone(analyzer, make_document(body, title))
    assert result.label == "neutral"
    assert {e.polarity for e in result.evidence} == {"positive", "negative"}


def test_the_article_set_meets_its_floors_and_beats_the_pooled_roll_up(analyzer) -> None:
    report = evaluate_articles(analyzer, ARTICLES)
    pooled = evaluate_articles(analyzer, ARTICLES, "pooled")
    assert report.report.size >= 150
    assert report.report.macro_f1 >= 0.89 > pooled.report.macro_f1
    assert set(report.kinds) >= {"clear", "mixed", "balanced", "title-vs-body"}


def test_eval_command_reports_kinds_and_checks_its_floors(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from toancanh.cli import app

    floors = str(EVAL / "floors.toml")
    ran = CliRunner().invoke(
        app, ["eval", "sentiment_articles", "--data", str(ARTICLES), "--floors", floors, "--json"]
    )
    assert ran.exit_code == 0, ran.output
    report = json.loads(ran.stdout)
    assert report["floor_section"] == "sentiment_articles" and report["floor_violations"] == []
    assert report["per_kind"]["title-vs-body"]["size"] == 20

    strict = tmp_path / "floors.toml"
    strict.write_text("[sentiment_articles]\nmacro_f1 = 0.999\n", encoding="utf-8")
    args = ["eval", "sentiment-articles", "--data", str(ARTICLES), "--floors", str(strict)]
    assert CliRunner().invoke(app, args).exit_code == 1  # below a floor: exit 1

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "x", "label": "good"}\n', encoding="utf-8")
    ran = CliRunner().invoke(app, ["eval", "sentiment-articles", "--data", str(bad)])
    assert ran.exit_code == 2 and "bad.jsonl:1" in ran.output
    with pytest.raises(LabelledDataError):
        read_articles(bad)


def test_the_written_sets_are_built_from_their_banks() -> None:
    import subprocess
    import sys

    check = [sys.executable, str(EVAL / "data" / "make_article_tone.py"), "--check"]
    assert subprocess.run(check, capture_output=True, check=False).returncode == 0
