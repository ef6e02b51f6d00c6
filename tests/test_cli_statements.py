"""``toancanh statements``: add, import, list, show, edit, publish, correct, withdraw."""

from __future__ import annotations

import json
from pathlib import Path


def _json(result) -> object:
    return json.loads(result.stdout)


def test_the_statement_workflow_from_the_command_line(cli, tmp_path: Path) -> None:
    added = _json(
        cli(
            "statements",
            "add",
            "--json",
            "--title",
            "Thông cáo <script>alert(1)</script>",
            "--text",
            "Theo Nghị định 100/2019/NĐ-CP, mức phạt là 5 triệu đồng.",
            "--issuer",
            "Bộ KH&ĐT",
            "--issued-at",
            "2026-11-02T09:00+07:00",
            "--kind",
            "briefing",
            "--url",
            "https://mof.gov.vn/tc/1",
        )
    )
    assert (added["status"], added["issuer"], added["legal_refs"]) == (
        "draft",
        "Bộ Tài chính",
        ["100/2019/NĐ-CP"],
    )
    sid = str(added["id"])
    cli("statements", "edit", sid, "--spokesperson", "Người phát ngôn A")
    cli("statements", "publish", sid)
    refused = cli("statements", "edit", sid, "--title", "x", code=None)
    assert refused.exit_code != 0 and "correct it instead" in refused.output
    cli("statements", "correct", sid, "--note", "sửa mức phạt", "--text", "Mức phạt 3 triệu đồng.")
    shown = _json(cli("statements", "show", sid, "--json"))
    assert (shown["status"], shown["version"], shown["spokesperson"]) == (
        "corrected",
        2,
        "Người phát ngôn A",
    )
    assert shown["versions"][0]["note"] == "sửa mức phạt"
    assert "Mức phạt 3 triệu đồng." in cli("statements", "show", sid).stdout
    no_reason = cli("statements", "withdraw", sid, "--reason", " ", code=None)
    assert no_reason.exit_code != 0
    cli("statements", "withdraw", sid, "--reason", "trùng lặp")
    listed = _json(cli("statements", "list", "--limit", "5", "--json"))
    assert {"id", "title", "issuer", "issued_at", "status", "url"} <= set(listed[0])
    assert (listed[0]["status"], listed[0]["title"]) == ("withdrawn", added["title"])


def test_import_reports_each_row(cli, tmp_path: Path) -> None:
    path = tmp_path / "thong-cao.csv"
    path.write_text(
        "title,text,issuer,issued_at,url,status\n"
        "A,Nội dung A,Bộ Y tế,2026-11-01T09:00+07:00,https://moh.gov.vn/a,\n"
        "A2,Nội dung,Bộ Y tế,2026-11-01,https://moh.gov.vn/a,\n"
        'B,"Nội dung, có dấu phẩy",Bộ Y tế,02/11/2026,,draft\n'
        "C,x,Bộ Không Tồn Tại,2026-11-01,,\n",
        encoding="utf-8",
    )
    done = _json(cli("statements", "import", str(path), "--json"))
    assert done["imported"] == 2
    assert [r["line"] for r in done["skipped"]] == [3]
    assert [r["line"] for r in done["rejected"]] == [5]
    assert "Bộ Không Tồn Tại" in done["rejected"][0]["reason"]
    text = cli("statements", "import", str(path)).stdout
    assert "0 imported, 3 skipped, 1 rejected." in text
    drafts = _json(cli("statements", "list", "--status", "draft", "--json"))
    assert [d["title"] for d in drafts] == ["B"]


def test_promote_an_official_article(cli, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from monitoring_fixtures import Spec, store_specs
    from toancanh.store import Store

    store = Store.open(f"sqlite:///{tmp_path / 'cli.db'}")
    when = datetime(2026, 11, 2, tzinfo=UTC)
    [article] = store_specs(
        store, [Spec(when, "Giá thuốc", outlet="Bộ Y tế")], official=("Bộ Y tế",)
    ).ids
    store.close()
    draft = _json(cli("statements", "promote", str(article), "--kind", "explainer", "--json"))
    assert (draft["status"], draft["kind"], draft["issuer"]) == ("draft", "explainer", "Bộ Y tế")
    again = cli("statements", "promote", str(article), code=None)
    assert again.exit_code != 0 and "already" in again.output
