"""``toancanh statements pickup``: articles imported after the statements are picked up by
the import's pipeline step; the summary as text and JSON; ``--scan [--since]``."""

from __future__ import annotations

import json
from pathlib import Path

from pickup_cases import ARTICLES, STATEMENTS


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_pickup_from_the_command_line(cli, tmp_path: Path) -> None:
    statements = [
        {
            "title": f"Thông cáo {key}",
            "text": text,
            "issuer": "Bộ Y tế",
            "issued_at": "2026-11-02T09:00+07:00",
        }
        for key, text in STATEMENTS.items()
    ]
    cli("statements", "import", str(write_jsonl(tmp_path / "s.jsonl", statements)))
    listed = json.loads(cli("statements", "list", "--json").stdout)
    fines = next(s["id"] for s in listed if s["title"] == "Thông cáo fines")
    chosen = [a for a in ARTICLES if a[1] == "fines" or a[0] == "same topic"][:5]
    rows = [
        {
            "url": f"https://bao.example/{i}",
            "title": title,
            "text": text,
            "outlet": f"Báo {i % 2}",
            "published_at": f"2026-11-02T1{i}:00+07:00",
        }
        for i, (_, _, title, text) in enumerate(chosen)
    ]
    cli("import", str(write_jsonl(tmp_path / "a.jsonl", rows)))
    found = json.loads(cli("statements", "pickup", str(fines), "--json").stdout)
    assert (found["articles"], found["outlets"]) == (3, 2)
    assert found["time_to_first_pickup_seconds"] == 3600
    [wrong] = found["differing"]
    assert wrong["differences"][0] == {
        "kind": "amount",
        "article": "10 triệu đồng",
        "statement": "từ 4 đến 6 triệu đồng",
    }
    text = cli("statements", "pickup", str(fines)).stdout
    assert "3 articles, 2 outlets" in text and "10 triệu đồng (statement: từ 4 đến 6" in text
    scanned = json.loads(
        cli("statements", "pickup", "--scan", "--since", "2026-11-02T11:30+07:00", "--json").stdout
    )
    assert scanned["scan"] == {"articles": 3, "pickups": 1, "capped": False}
    again = json.loads(cli("statements", "pickup", str(fines), "--scan", "--json").stdout)
    assert (again["articles"], again["scan"]["pickups"]) == (3, 3)
    # The watchlist trend: "official information carried".
    cli("watch", "add", "Đèn đỏ", "--query", '"đèn đỏ" OR "đèn giao thông"')
    period = ("--since", "2026-11-02", "--until", "2026-11-03")
    trend = json.loads(cli("trends", "Đèn đỏ", *period, "--json").stdout)
    assert (trend["totals"]["total"], trend["totals"]["carried"]) == (4, 3)
    assert (
        "Official information carried: 3 articles (75%)" in cli("trends", "Đèn đỏ", *period).stdout
    )
    assert cli("statements", "pickup", code=None).exit_code == 2
    assert cli("statements", "pickup", "999", code=None).exit_code != 0
