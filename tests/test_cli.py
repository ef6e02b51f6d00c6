"""The command line as a user runs it: exit codes, stable JSON, readable errors."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from fixture_site import FixtureSite

ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+07:00$")


def as_json(result: Any) -> Any:
    return json.loads(result.stdout)


def test_sources_add_refuses_private_addresses_unless_allowed(cli, site: FixtureSite) -> None:
    refused = cli("sources", "add", site.url("/pipeline/all.rss"), code=2)
    assert "--allow-private" in refused.output
    added = as_json(
        cli(
            "sources",
            "add",
            site.url("/pipeline/all.rss"),
            "--allow-private",
            "--outlet",
            "An Hòa",
            "--official",
            "--json",
        )
    )
    assert added["official"] is True and added["error_streak"] == 0
    cli("sources", "add", site.url("/pipeline/all.rss"), "--allow-private", code=1)
    cli("sources", "add", "https://example.vn/rss", "--kind", "podcast", code=2)


def test_ingest_then_read_everything_back_as_json(cli, site: FixtureSite) -> None:
    cli("sources", "add", site.url("/pipeline/all.rss"), "--allow-private", "--outlet", "An Hòa")
    ingested = cli("ingest", "--once", code=1)  # some fixture pages fail on purpose
    assert "new" in ingested.output and "http_404" in ingested.output

    listed = as_json(cli("articles", "list", "--json", "--limit", "50"))
    assert len(listed) == 10
    assert set(listed[0]) >= {"id", "url", "title", "outlet", "published_at", "story_id"}
    assert all(ISO_WITH_OFFSET.match(a["published_at"]) for a in listed)
    assert [a["published_at"] for a in listed] == sorted(
        (a["published_at"] for a in listed), reverse=True
    )

    shown = as_json(cli("articles", "show", str(listed[0]["id"]), "--json"))
    assert set(shown) >= {"id", "url", "title", "text", "author", "urls", "story_id"}
    assert shown["urls"][0] == shown["url"] and len(shown["text"]) > 200

    hits = as_json(cli("search", "nha o xa hoi", "--json"))
    assert hits and set(hits[0]) >= {"id", "url", "title", "score", "snippet"}
    assert "nhà ở xã hội" in hits[0]["snippet"].lower()

    stories = as_json(cli("stories", "--json"))
    assert stories[0]["size"] == 3 and len(stories[0]["article_ids"]) == 3
    assert set(stories[0]) >= {"story_id", "size", "title", "article_ids"}

    failures = as_json(cli("failures", "--json"))
    assert {"url", "stage", "reason", "at"} <= set(failures[0])
    assert {f["reason"] for f in failures} >= {"http_404", "not_vietnamese", "robots_disallowed"}

    by_outlet = as_json(cli("articles", "list", "--outlet", "an hoa", "--json", "--limit", "50"))
    assert len(by_outlet) == 10
    unknown = cli("articles", "list", "--outlet", "Báo Không Có", code=2).output
    assert "An Hòa" in unknown  # the error lists the known outlets

    health = as_json(cli("sources", "health", "--json"))
    assert health[0]["last_success"] and health[0]["error_streak"] == 0
    assert {"id", "url", "last_success", "last_error", "error_streak"} <= set(health[0])

    second = cli("ingest", "--once", code=0)  # the feed answers 304: nothing new, no failure
    assert "0" in second.output


def test_invalid_query_points_at_the_mistake(cli) -> None:
    result = cli("search", '"nhà ở xã hội', code=2)
    assert "^" in result.output and "quote" in result.output.lower()


def test_unknown_ids_and_bad_dates_are_clear(cli) -> None:
    assert "No article #99" in cli("articles", "show", "99", code=1).output
    assert "not a date" in cli("articles", "list", "--since", "hôm kia", code=2).output
    assert cli("articles", "list", "--since", "7d", "--json").stdout.strip() == "[]"
    assert "No sources yet" in cli("ingest", "--once", code=2).output


def test_import_reports_rejected_lines_and_exit_code(cli, tmp_path: Path) -> None:
    rows = tmp_path / "posts.jsonl"
    text = (
        "Người dân phản ánh thủ tục cấp căn cước cho trẻ em vẫn phải chờ lâu dù đã đơn giản "
        "hóa theo Đề án 06; công an phường hứa bố trí thêm cán bộ tiếp nhận vào cuối tuần."
    )
    rows.write_text(
        json.dumps({"url": "https://mxh.example/1", "text": text}, ensure_ascii=False)
        + "\n{broken\n"
        + json.dumps({"text": text + " Lần hai."}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    report = as_json(cli("import", str(rows), "--json", code=1))
    assert report["imported"] == 1 and report["duplicates"] == 0
    assert [(r["line"], r["reason"]) for r in report["rejected"]] == [
        (2, "invalid_json"),
        (3, "missing_url_and_title"),
    ]
    again = as_json(cli("import", str(rows), "--json", code=1))
    assert again["imported"] == 0 and again["duplicates"] == 1
    failures = as_json(cli("failures", "--stage", "import", "--json"))
    # Rejected rows are logged once, however often the file is imported.
    assert sorted((f["line"], f["file"]) for f in failures) == [(2, str(rows)), (3, str(rows))]
    cli("failures", "--stage", "bogus", code=2)


def test_catalog_adds_real_feeds_once(cli) -> None:
    added = as_json(cli("sources", "add-catalog", "--outlet", "vnexpress", "--json"))
    assert added["added"] and all("vnexpress.net" in s["url"] for s in added["added"])
    again = as_json(cli("sources", "add-catalog", "--outlet", "vnexpress", "--json"))
    assert again == {"added": [], "skipped": len(added["added"])}
    unknown = cli("sources", "add-catalog", "--outlet", "Báo Không Có", code=2).output
    assert "unknown outlet" in unknown and "VnExpress" in unknown  # it lists the known ones


def test_eval_extraction_on_the_fixture_gold_set(cli) -> None:
    root = Path(__file__).parent / "fixtures"
    result = cli(
        "eval",
        "extraction",
        "--data",
        str(root / "site"),
        "--index",
        str(root / "extraction_gold.jsonl"),
        "--floors",
        str(Path(__file__).parents[1] / "eval" / "floors.toml"),
        "--json",
    )
    report = as_json(result)
    assert report["keep_recall"] == 1.0 and report["floor_violations"] == []


def test_a_costly_search_is_refused_with_what_to_fix(cli, monkeypatch) -> None:
    hostile = " OR ".join(f"{c}*" for c in "abcdeghiklmnopqrstuvxy" * 6)[:764]
    refused = cli("search", hostile, code=2).output
    assert "^" in refused and "at least 3 letters before the *" in refused
    from toancanh.store.sql import search

    monkeypatch.setattr(search, "SEARCH_TIME_LIMIT", 0.0)
    monkeypatch.setattr(search, "_SQLITE_STEPS", 1)
    slow = cli("search", "hoc OR phi", code=2).output
    assert "took more than 0 seconds and was stopped" in slow
