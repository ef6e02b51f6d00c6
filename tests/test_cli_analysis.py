"""analyze, label, reanalyze, train and eval as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fixture_site import FixtureSite

EVAL = Path(__file__).parents[1] / "eval"
TEXT = (
    "Dự án cao tốc Bắc - Nam đoạn qua tỉnh Quảng Ngãi chậm tiến độ nhiều tháng, người dân "
    "bức xúc vì chưa nhận được tiền đền bù. Bộ GTVT yêu cầu nhà thầu khắc phục trước quý IV "
    "theo Nghị định 06/2021/NĐ-CP về quản lý chất lượng công trình."
)


def as_json(result: Any) -> Any:
    return json.loads(result.stdout)


def test_analyze_a_file_stdin_and_jsonl(cli, tmp_path: Path) -> None:
    path = tmp_path / "bai.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = as_json(cli("analyze", str(path), "--json"))
    assert result["sentiment"]["label"] == "negative"
    assert result["sentiment"]["evidence"][0]["phrase"]
    agency = result["agencies"][0]
    assert (agency["mention"], agency["name"], agency["current"]) == (
        "Bộ GTVT",
        "Bộ Giao thông vận tải",
        "Bộ Xây dựng",
    )
    assert result["legal_refs"][0]["number"] == "06/2021/NĐ-CP"
    assert result["places"][0]["name"] == "Tỉnh Quảng Ngãi"

    from typer.testing import CliRunner  # stdin is only reachable through the runner

    from toancanh.cli import app

    piped = CliRunner().invoke(app, ["analyze", "-"], input=TEXT)
    assert piped.exit_code == 0 and "Sentiment: negative" in piped.output

    lines = tmp_path / "in.jsonl"
    lines.write_text(
        json.dumps({"id": "a1", "text": TEXT}, ensure_ascii=False)
        + "\n{not json\n"
        + json.dumps({"id": 7, "text": ""})
        + "\n",
        encoding="utf-8",
    )
    out = cli("analyze", "--jsonl", str(lines), code=1)  # two bad lines: exit 1
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a1", None, 7]
    assert rows[0]["sentiment"]["label"] == "negative"
    assert "invalid JSON" in rows[1]["error"] and rows[1]["line"] == 2
    assert "empty" in rows[2]["error"]

    cli("analyze", str(tmp_path / "missing.txt"), code=2)
    empty = tmp_path / "empty.txt"
    empty.write_text("   ")
    assert "empty" in cli("analyze", str(empty), code=2).output


def test_ingested_articles_carry_their_analysis_and_can_be_filtered(cli, site: FixtureSite) -> None:
    cli("sources", "add", site.url("/pipeline/all.rss"), "--allow-private", "--outlet", "An Hòa")
    cli("ingest", "--once", code=1)  # some fixture pages fail on purpose
    listed = as_json(cli("articles", "list", "--json", "--limit", "50"))
    shown = as_json(cli("articles", "show", str(listed[0]["id"]), "--json"))
    assert shown["analysis"]["language"] == "vi"
    assert shown["analysis"]["topics"] and shown["analysis"]["sentiment"]

    def ids(*args: str) -> set[int]:
        return {a["id"] for a in as_json(cli(*args, "--json", "--limit", "50"))}

    every = {a["id"] for a in listed}
    topic = shown["analysis"]["topics"][0]["label"]
    by_topic = ids("articles", "list", "--topic", topic)
    assert listed[0]["id"] in by_topic and by_topic < every
    by_topic_typed = ids("articles", "list", "--topic", topic.upper())  # case and accents free
    assert by_topic_typed == by_topic
    by_ref = ids("search", "dat dai", "--legal-ref", "Luật Đất đai")
    assert by_ref and by_ref < every
    by_number = ids("articles", "list", "--legal-ref", "06/QĐ-TTg")
    assert by_number == ids("articles", "list", "--legal-ref", "06/QD-TTg") != set()
    assert ids("articles", "list", "--agency", "Quốc hội") < every
    assert ids("articles", "list", "--place", "Hà Nội") == set()
    negative = as_json(
        cli("articles", "list", "--sentiment", "negative", "--json", "--limit", "50")
    )
    positive = as_json(
        cli("articles", "list", "--sentiment", "positive", "--json", "--limit", "50")
    )
    assert not {a["id"] for a in negative} & {a["id"] for a in positive}
    cli("articles", "list", "--sentiment", "angry", code=2)

    # An analyst corrects one label: it shows from then on, and feeds training.
    target = listed[0]["id"]
    cli("label", str(target), "--sentiment", "negative", "--by", "chuyenvien@bo.gov.vn")
    shown = as_json(cli("articles", "show", str(target), "--json"))
    assert shown["analysis"]["sentiment"]["label"] == "negative"
    assert target in {
        a["id"]
        for a in as_json(
            cli("articles", "list", "--sentiment", "negative", "--json", "--limit", "50")
        )
    }
    trained = cli("train", "sentiment", "--with-corrections", "--out", "s.npz")
    assert "1 corrections" in trained.output and Path("s.npz").is_file()

    # Reanalysis over a process pool; the correction stays.
    again = cli("reanalyze", "--all", "--workers", "2")
    assert f"Analysed {len(listed)} articles" in again.output
    shown = as_json(cli("articles", "show", str(target), "--json"))
    assert shown["analysis"]["sentiment"]["label"] == "negative"


def test_train_and_eval_sentiment_on_files(cli, tmp_path: Path) -> None:
    train = EVAL / "data" / "news_sentiment_train.jsonl"
    test = EVAL / "data" / "news_sentiment_test.jsonl"
    out = cli("train", "sentiment", "--data", str(train), "--out", str(tmp_path / "m.npz"))
    assert "735 examples" in out.output
    report = as_json(
        cli(
            "eval",
            "sentiment",
            "--data",
            str(test),
            "--model",
            str(tmp_path / "m.npz"),
            "--floors",
            str(EVAL / "floors.toml"),
            "--json",
        )
    )
    assert report["floor_section"] == "sentiment_news"
    assert report["macro_f1"] >= 0.85 and report["floor_violations"] == []
    assert len(report["confusion"]) == 3

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "tốt lắm", "label": "great"}\n', encoding="utf-8")
    assert "bad.jsonl:1" in cli("train", "sentiment", "--data", str(bad), code=2).output
    cli("train", "sentiment", code=2)  # nothing to learn from


def test_train_and_eval_topics_on_a_small_file(cli, tmp_path: Path) -> None:
    rows = [
        ("giao duc", "Học sinh tựu trường, giáo viên chuẩn bị bài giảng cho năm học mới."),
        ("giao duc", "Bộ công bố lịch thi tốt nghiệp và tuyển sinh đại học năm nay."),
        ("giao duc", "Nhà trường tăng học phí, phụ huynh lo lắng về chi phí học tập."),
        ("the thao", "Đội tuyển bóng đá thắng 2-0 trong trận giao hữu tối qua."),
        ("the thao", "Vận động viên điền kinh giành huy chương vàng tại giải châu Á."),
        ("the thao", "Câu lạc bộ bóng đá công bố tân huấn luyện viên trưởng."),
    ]
    data = tmp_path / "topics.jsonl"
    data.write_text(
        "".join(json.dumps({"label": y, "text": t}, ensure_ascii=False) + "\n" for y, t in rows),
        encoding="utf-8",
    )
    cli("train", "topics", "--data", str(data), "--out", str(tmp_path / "t.npz"))
    report = as_json(
        cli("eval", "topics", "--data", str(data), "--model", str(tmp_path / "t.npz"), "--json")
    )
    assert report["accuracy"] == 1.0 and report["labels"] == ["giao duc", "the thao"]
    assert report["floor_section"] is None  # no floors for an unknown set

    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"label": "x"}\n', encoding="utf-8")
    assert "broken.jsonl:1" in cli("train", "topics", "--data", str(broken), code=2).output
