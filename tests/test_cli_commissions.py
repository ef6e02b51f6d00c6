"""``toancanh commissions``: an order added, listed and shown with what it delivered, its
deliveries accepted and rejected, the acceptance record exported, and bad amounts refused,
as documented in docs/commissions.md."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from commission_cases import FOUND, HOSTILE, OUTLET, build, plan_for
from toancanh.store import Store


def as_json(result: Any) -> Any:
    return json.loads(result.stdout)


ADD = (
    "commissions", "add", "--outlet", OUTLET, "--watch", "Tiêm chủng",
    "--watch", "Bảo hiểm", "--items", "8", "--deliverable", "in_depth=2",
    "--deliverable", "talk_show=1", "--since", "2026-10-01", "--until", "31/10/2026",
    "--value", "150.000.000", "--contract", "12/2026/HĐ", "--contract-date", "2026-09-20",
)  # fmt: skip


def test_an_order_from_the_command_line(cli: Any, tmp_path: Path) -> None:
    cli("commissions", "list")  # creates the database
    store = Store.open(f"sqlite:///{tmp_path / 'cli.db'}")
    corpus = build(store)
    plan = plan_for(store, "Bộ Y tế")
    store.close()
    order = as_json(cli(*ADD, "--plan", str(plan), "--json"))
    assert (order["ordered"], order["value"], order["plan_id"], order["contract_date"]) == (
        11,
        150_000_000,
        plan,
        "2026-09-20",
    )
    assert order["deliverables"] == [
        {"kind": "article", "count": 8},
        {"kind": "in_depth", "count": 2},
        {"kind": "talk_show", "count": 1},
    ]
    oid = str(order["id"])
    found = as_json(cli("commissions", "deliveries", oid, "--json"))
    assert [d["article_id"] for d in found] == [corpus.ids[k] for k in FOUND]
    assert found[1]["title"] == HOSTILE and found[0]["url"].startswith("https://")
    assert {d["state"] for d in found} == {"proposed"}

    cli("commissions", "accept", oid, str(corpus.ids["found"]), "--note", "Đạt")
    done = as_json(cli("commissions", "reject", oid, str(corpus.ids["hostile"]), "--json"))
    assert (done["delivered"], done["accepted"]) == (2, 1)
    assert as_json(cli("commissions", "accept", oid, "--all", "--json"))["accepted"] == 2
    shown = as_json(cli("commissions", "show", oid, "--json"))
    assert (shown["ordered"], shown["delivered"], shown["accepted"]) == (11, 2, 2)
    assert "11 / 2 / 2" in cli("commissions", "show", oid).output
    listed = as_json(cli("commissions", "list", "--plan", str(plan), "--json"))
    assert [o["id"] for o in listed] == [order["id"]]
    assert as_json(cli("commissions", "list", "--plan", str(plan + 1), "--json")) == []

    out = tmp_path / "nghiem-thu.csv"
    cli("commissions", "export", oid, "--out", str(out))
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [(int(r["article_id"]), r["state"]) for r in rows] == [
        (corpus.ids["found"], "accepted"),
        (corpus.ids["hostile"], "rejected"),
        (corpus.ids["last_day"], "accepted"),
    ]
    assert rows[0]["note"] == "Đạt" and rows[1]["title"] == HOSTILE


def test_bad_input_is_refused_with_a_message(cli: Any, tmp_path: Path) -> None:
    cli("commissions", "list")
    store = Store.open(f"sqlite:///{tmp_path / 'cli.db'}")
    build(store)
    store.close()
    base = [a for a in ADD if a not in ("150.000.000",)]
    at = base.index("--value") + 1
    for amount in ("1.5", "-5"):
        refused = cli(*base[:at], amount, *base[at:], code=2)
        assert "is not an amount: give whole đồng" in refused.output
    refused = cli(*ADD[:-4], "--deliverable", "podcast=1", code=2)
    assert "unknown kind of deliverable" in refused.output
    refused = cli(*[("Báo Lạ" if a == OUTLET else a) for a in ADD], code=1)
    assert "no outlet “Báo Lạ”" in refused.output
    assert "no order #9" in cli("commissions", "show", "9", code=1).output
    order = as_json(cli(*ADD, "--json"))
    refused = cli("commissions", "accept", str(order["id"]), code=2)
    assert "--all" in refused.output


def test_the_commands_on_both_engines(store: Store, tmp_path: Path) -> None:
    """The same commands on the ``store`` fixture's database (SQLite, then PostgreSQL)."""
    from typer.testing import CliRunner

    from toancanh.cli import app

    corpus = build(store)
    db = store.engine.url.render_as_string(hide_password=False)
    runner = CliRunner()

    def run(*args: str) -> Any:
        result = runner.invoke(app, ["--db", db, *args])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    order = run(*ADD, "--json")
    found = run("commissions", "deliveries", str(order["id"]), "--json")
    assert [d["article_id"] for d in found] == [corpus.ids[k] for k in FOUND]
    assert run("commissions", "accept", str(order["id"]), "--all", "--json")["accepted"] == 3
    shown = run("commissions", "show", str(order["id"]), "--json")
    assert (shown["ordered"], shown["delivered"], shown["accepted"]) == (11, 3, 3)
