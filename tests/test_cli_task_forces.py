"""``toancanh taskforce``: propose, confirm (with a notification to a webhook on
127.0.0.1), show, review after closing only, export; refusals with their exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from post_server import PostServer

SECRET = "một khóa ký đủ dài 2026"


def as_json(result: Any) -> Any:
    return json.loads(result.stdout)


def test_a_task_force_from_the_command_line(cli: Any, hooks: PostServer, tmp_path: Path) -> None:
    cli("directory", "units", "add", "Bộ Y tế", "--kind", "ministry")
    cli("directory", "units", "add", "Vụ Truyền thông", "--kind", "other", "--parent", "Bộ Y tế")
    spokesperson = as_json(
        cli(
            "directory",
            "people",
            "add",
            "Nguyễn Văn An",
            "--unit",
            "Vụ Truyền thông",
            "--role",
            "spokesperson",
            "--json",
        )
    )["id"]
    focal = as_json(
        cli(
            "directory",
            "people",
            "add",
            "Trần Thị Bình",
            "--unit",
            "Bộ Y tế",
            "--role",
            "focal_point",
            "--json",
        )
    )["id"]
    cli(
        "alerts",
        "channel",
        "add",
        "to-cong-tac",
        "--webhook",
        hooks.url("/tf"),
        "--secret",
        SECRET,
        "--allow-private",
    )
    incident = as_json(
        cli("incident", "open", "--title", "Học phí", "--unit", "Vụ Truyền thông", "--json")
    )["id"]
    proposed = as_json(cli("taskforce", "propose", str(incident), "--json"))
    assert [(p["person_id"], p["basis"]) for p in proposed] == [
        (spokesperson, "unit"),
        (focal, "parent"),
    ]
    assert "the parent unit of Vụ Truyền thông" in cli("taskforce", "propose", str(incident)).output
    done = cli(
        "taskforce",
        "confirm",
        str(incident),
        "--member",
        f"{spokesperson}=lead",
        "--member",
        f"{focal}=liaison",
        "--notify",
        "to-cong-tac",
    )
    assert "task force of 2 confirmed; 2 of 2 notified" in done.output
    assert len(hooks.received) == 2
    shown = as_json(cli("taskforce", "show", str(incident), "--json"))
    assert [m["role"] for m in shown["members"]] == ["lead", "liaison"]
    refused = cli("taskforce", "confirm", str(incident), "--member", "An=lead", code=2)
    assert "give a member as PERSON_ID=ROLE" in refused.output
    early = cli("taskforce", "review", str(incident), code=None)
    assert early.exit_code != 0 and "once incident" in early.output
    cli("incident", "close", str(incident), "--summary", "Đã họp báo")
    review = as_json(cli("taskforce", "review", str(incident), "--to-change", "Sớm hơn", "--json"))
    assert (review["saved"], review["what_happened"], review["to_change"]) == (
        True,
        "Đã họp báo",
        "Sớm hơn",
    )
    out = tmp_path / "review.html"
    cli("taskforce", "export", str(incident), "--out", str(out))
    assert "<h2>Cần thay đổi / What to change</h2>" in out.read_text(encoding="utf-8")
