"""``toancanh directory``: seed, units and people through the CLI, as documented in
docs/directory.md: JSON shapes, the import report in the user's language, refusals with
their exit codes, the vCard and CSV exports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def as_json(result: Any) -> Any:
    return json.loads(result.stdout)


def test_the_directory_from_the_command_line(cli: Any, tmp_path: Path) -> None:
    assert "units added to the directory" in cli("directory", "seed").output
    assert as_json(cli("directory", "seed", "--json")) == {"added": []}
    unit = as_json(
        cli(
            "directory",
            "units",
            "add",
            "Vụ Truyền thông",
            "--kind",
            "other",
            "--parent",
            "Bộ Y tế",
            "--alias",
            "Vụ TT",
            "--json",
        )
    )
    assert (unit["parent"], unit["aliases"], unit["origin"]) == ("Bộ Y tế", ["Vụ TT"], "manual")
    refused = cli("directory", "units", "add", "X", "--kind", "party", code=2)
    assert "unknown kind of unit" in refused.output
    person = as_json(
        cli(
            "directory",
            "people",
            "add",
            "Nguyễn Văn An",
            "--unit",
            "Vụ TT",
            "--role",
            "spokesperson",
            "--phone",
            "024 3846 4416",
            "--verified-on",
            "2024-05-01",
            "--json",
        )
    )
    assert (person["unit"], person["stale"], person["verified_on"]) == (
        "Vụ Truyền thông",
        True,
        "2024-05-01",
    )
    listed = as_json(cli("directory", "people", "list", "--stale", "--json"))
    assert [p["id"] for p in listed] == [person["id"]]
    assert "Stale: not verified" in cli("directory", "people", "show", str(person["id"])).output
    fresh = as_json(cli("directory", "people", "edit", str(person["id"]), "--verified", "--json"))
    assert fresh["stale"] is False
    under = as_json(cli("directory", "units", "list", "--unit", "Bộ Y tế", "--json"))
    assert "Vụ Truyền thông" in [u["name"] for u in under] and all(
        u["parent"] == "Bộ Y tế" for u in under
    )
    ministries = as_json(cli("directory", "units", "list", "--kind", "ministry", "--json"))
    assert len(ministries) == 14 and all(u["kind"] == "ministry" for u in ministries)
    shown = as_json(cli("directory", "units", "show", "Vụ Truyền thông", "--json"))
    assert [p["name"] for p in shown["people"]] == ["Nguyễn Văn An"]
    busy = cli("directory", "units", "remove", "Vụ Truyền thông", code=1)
    assert "still has people (1)" in busy.output
    gone = cli("directory", "units", "remove", "Tỉnh Cà Mau")
    assert "removed" in gone.output
    cli("directory", "units", "show", "Tỉnh Cà Mau", code=1)

    rows = tmp_path / "people.csv"
    rows.write_text(
        "name,unit,role,email\nLê Thị Bình,Vụ TT,đầu mối,binh@moh.gov.vn\n"
        "Lê Văn C,Bộ Không Có,head,\nNguyễn Văn An,Vụ TT,spokesperson,\n",
        encoding="utf-8",
    )
    vi = cli("directory", "people", "import", str(rows), "--lang", "vi")
    assert "Đã nhập 1, bỏ qua 1, từ chối 1." in vi.output
    assert "dòng 3 bị từ chối: danh bạ không có đơn vị “Bộ Không Có”" in vi.output
    en = as_json(cli("directory", "people", "import", str(rows), "--lang", "en", "--json"))
    assert en["imported"] == 0 and en["rejected"] == [
        {"line": 3, "reason": "no unit “Bộ Không Có” in the directory"}
    ]

    vcf, table = tmp_path / "people.vcf", tmp_path / "people.csv.out"
    cli(
        "directory",
        "people",
        "export",
        "--format",
        "vcard",
        "--out",
        str(vcf),
        "--unit",
        "Vụ Truyền thông",
    )
    cards = vcf.read_bytes().decode()
    assert cards.count("BEGIN:VCARD\r\nVERSION:4.0\r\n") == 2
    assert "FN:Lê Thị Bình\r\n" in cards and "ROLE:Đầu mối truyền thông\r\n" in cards
    cli("directory", "people", "export", "--format", "csv", "--out", str(table))
    assert (
        table.read_bytes()
        .decode()
        .startswith("name,title,unit,role,phone,email,verified_on,stale\r\n")
    )
    cli("directory", "people", "export", "--format", "xml", "--out", str(table), code=2)
    cli("directory", "people", "remove", str(person["id"]))
    cli("directory", "people", "show", str(person["id"]), code=1)
