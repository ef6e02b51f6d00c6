"""Accounts from the command line, and the web server started and stopped as a user would."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from toancanh.cli import app

PASSWORD = "một mật khẩu đủ dài"


def as_json(result: Any) -> Any:
    return json.loads(result.stdout)


def test_users_add_token_set_password(cli, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()

    def run(*args: str, stdin: str | None = None) -> Any:
        return runner.invoke(app, ["--db", db, *args], input=stdin)

    added = run(
        "users",
        "add",
        "An@Bo.gov.vn",
        "--role",
        "analyst",
        "--unit",
        "Vụ Truyền thông",
        "--password-stdin",
        "--json",
        stdin=PASSWORD + "\n",
    )
    assert added.exit_code == 0, added.output
    assert as_json(added)["email"] == "an@bo.gov.vn" and as_json(added)["role"] == "analyst"
    taken = run("users", "add", "an@bo.gov.vn", "--password-stdin", stdin=PASSWORD)
    assert taken.exit_code == 1 and "has an account already" in taken.output  # a Conflict
    short = run("users", "add", "b@bo.gov.vn", "--password-stdin", stdin="ngắn\n")
    assert short.exit_code == 2 and "at least" in short.output
    for weak, why in (
        (" " * 10, "at least"),
        ("aaaaaaaaaa", "different characters"),
        ("password12", "most common"),
    ):
        refused = run("users", "add", "b@bo.gov.vn", "--password-stdin", stdin=weak + "\n")
        assert refused.exit_code == 2 and why in refused.output, (weak, refused.output)
    weak_change = run("users", "password", "an@bo.gov.vn", "--password-stdin", stdin="qwertyuiop\n")
    assert weak_change.exit_code == 2 and "most common" in weak_change.output
    assert run("users", "add", "not-an-email", "--no-password").exit_code == 2
    assert run("users", "add", "c@bo.gov.vn", "--role", "root", "--no-password").exit_code == 2
    token = run("users", "token", "an@bo.gov.vn", "--name", "báo cáo").stdout.strip()
    assert token.startswith("tc_") and len(token) > 30
    assert run("users", "set", "an@bo.gov.vn", "--role", "admin").exit_code == 0
    assert (
        run(
            "users", "password", "an@bo.gov.vn", "--password-stdin", stdin=PASSWORD + "!\n"
        ).exit_code
        == 0
    )
    assert run("users", "set", "an@bo.gov.vn", "--disable").exit_code == 0
    listed = as_json(run("users", "list", "--json"))
    assert listed[0]["disabled"] is True and listed[0]["role"] == "admin"
    assert run("users", "set", "ai@do.vn", "--role", "viewer").exit_code == 1
    assert "1 tokens revoked" in run("users", "revoke-tokens", "an@bo.gov.vn").output


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("command", [["run"], ["serve", "--workers", "2"]], ids=" ".join)
def test_serve_answers_and_stops_on_ctrl_c(tmp_path: Path, command: list[str]) -> None:
    port = _free_port()
    toancanh = Path(sys.executable).with_name("toancanh")
    database = f"sqlite:///{tmp_path / 'x.db'}"
    process = subprocess.Popen(
        [str(toancanh), "--db", database, *command, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "TOANCANH_POLL_INTERVAL": "1"},
    )
    try:
        for _ in range(200):
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise AssertionError("the server did not start")
        assert health.json() == {
            "ok": True,
            "articles": 0,
            "unfinished": 0,
            "unfinished_since": None,
        }
        login = httpx.get(f"http://127.0.0.1:{port}/login")
        assert login.status_code == 200 and "Đăng nhập" in login.text
    finally:
        process.send_signal(signal.SIGINT)
        output = process.communicate(timeout=30)[0].decode()
    assert process.returncode == 0, output
