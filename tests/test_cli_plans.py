"""``toancanh plans``: a plan built and measured from the command line, as documented in
docs/plans.md; the spreadsheet template written and imported back, bad rows rejected
with their line and reason (CSV and XLSX)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from plan_fixtures import build
from toancanh.services.plan_files import COLUMNS, EXAMPLE
from toancanh.store import Store


def as_json(result: Any) -> Any:
    return json.loads(result.stdout)


def corpus(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'cli.db'}")
    build(store)
    store.close()


def test_a_plan_from_the_command_line(cli: Any, tmp_path: Path) -> None:
    corpus(tmp_path)
    plan = as_json(
        cli("plans", "add", "--unit", "BYT", "--year", "2026", "--title", "KH 2026", "--json")
    )
    assert (plan["unit"], plan["year"], plan["title"]) == ("Bộ Y tế", 2026, "KH 2026")
    pid = str(plan["id"])
    assert "KH 2026" in cli("plans", "list", "--year", "2026").output
    cli("plans", "policy", "add", pid, "--name", "Luật Dược", "--watch", "Luật Dược")
    act = as_json(
        cli("plans", "activity", "add", pid, "--kind", "briefing", "--on", "05/03/2026", "--json")
    )
    cli("plans", "activity", "done", str(act["id"]))
    cli(
        "plans", "budget", "add", pid, "--item", "Họp báo", "--planned", "5000000", "--spent", "100"
    )
    kpi = ("--since", "2026-03-02", "--until", "2026-03-15", "--watch", "Luật Dược")
    cli(
        "plans", "kpi", "add", pid, "--name", "Tin bài", "--metric", "volume", "--target", "5", *kpi
    )
    cli("plans", "kpi", "add", pid, "--name", "Tiêu cực", "--metric", "negative_share",
        "--target", "0.3", *kpi)  # fmt: skip
    status = as_json(cli("plans", "status", pid, "--json"))
    assert [(k["name"], k["value"], k["target"]) for k in status["kpis"]] == [
        ("Tin bài", 6.0, 5.0),
        ("Tiêu cực", 0.5, 0.3),
    ]
    assert status["budget"]["planned"] == 5_000_000 and status["budget"]["spent"] == 100
    assert status["commissions"] == []
    assert [a["kind"] for a in status["activities"]["done"]] == ["briefing"]
    assert "Tin bài: 6.0 / 5.0" in cli("plans", "status", pid).output
    shown = as_json(cli("plans", "show", pid, "--json"))
    assert shown["policies"][0]["legal_refs"] == ["44/2024/QH15"]
    refused = cli("plans", "kpi", "add", pid, "--name", "x", "--metric", "reach", "--target", "1",
                  "--since", "2026-01-01", "--until", "2026-02-01", code=None)  # fmt: skip
    assert refused.exit_code != 0 and "unknown metric" in refused.output


def _sheet_rows() -> list[list[str]]:
    good = [EXAMPLE[k] for k in COLUMNS]
    bad_kind = dict(EXAMPLE, activity="tiệc")
    bad_amount = dict(EXAMPLE, planned="mười triệu")
    no_unit = dict(EXAMPLE, unit="Bộ Không Có", watch="Không có")
    second = dict(EXAMPLE, activity="thông cáo", title="Thông cáo", stage="triển khai",
                  responsible="Nguyễn Văn An", planned="2,000,000")  # fmt: skip
    return [
        list(COLUMNS.values()),
        good,
        [bad_kind[k] for k in COLUMNS],
        [bad_amount[k] for k in COLUMNS],
        [no_unit[k] for k in COLUMNS],
        [second[k] for k in COLUMNS],
    ]


def _check_import(cli: Any, path: Path) -> None:
    done = as_json(cli("plans", "import", str(path), "--json"))
    assert done["imported"] == 2
    assert [r["line"] for r in done["rejected"]] == [3, 4, 5]
    reasons = " | ".join(r["reason"] for r in done["rejected"])
    assert "tiệc" in reasons and "mười triệu" in reasons and "Không có" in reasons
    pid = str(done["plans"][0])
    assert len(as_json(cli("plans", "list", "--json"))) == 1  # the bad rows left nothing
    status = as_json(cli("plans", "status", pid, "--json"))
    assert status["budget"]["planned"] == 17_000_000
    planned = status["activities"]["planned"]
    assert [(a["kind"], a["person"]) for a in planned] == [
        ("press_conference", None),
        ("statement", "Nguyễn Văn An"),
    ]
    shown = as_json(cli("plans", "show", pid, "--json"))
    stages = [s["stage"] for s in shown["policies"][0]["stages"]]
    assert sorted(stages) == ["consultation", "implementation"]


def test_import_a_csv_sheet_with_bad_rows(cli: Any, tmp_path: Path) -> None:
    corpus(tmp_path)
    template = tmp_path / "mau.csv"
    cli("plans", "template", "--out", str(template))
    header = next(csv.reader(template.read_text(encoding="utf-8-sig").splitlines()))
    assert header == list(COLUMNS.values())
    sheet = tmp_path / "ke-hoach.csv"
    with sheet.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(_sheet_rows())
    _check_import(cli, sheet)


def test_import_an_xlsx_sheet(cli: Any, tmp_path: Path) -> None:
    corpus(tmp_path)
    cli("plans", "template", "--out", str(tmp_path / "mau.xlsx"))
    assert (tmp_path / "mau.xlsx").stat().st_size > 0
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in _sheet_rows():
        sheet.append(row)
    book.save(tmp_path / "ke-hoach.xlsx")
    _check_import(cli, tmp_path / "ke-hoach.xlsx")
