"""The claims step in `toancanh import`, and `toancanh claims scan`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from toancanh.store import Store

FINE = (
    "Người điều khiển xe ô tô vượt đèn đỏ bị phạt từ 2 đến 3 triệu đồng theo Nghị định "
    "100/2019/NĐ-CP."
)
CLAIM = "Người điều khiển xe ô tô vượt đèn đỏ bị phạt 5 triệu đồng theo Nghị định 100/2019/NĐ-CP."
TEXT = (
    f"Hà Nội — {CLAIM} Tôi cho rằng mức phạt này quá cao. Liệu mức phạt có tăng nữa "
    "không? Bộ Công an dự kiến đề xuất tăng mức phạt lên 10 triệu đồng."
)


def _publish(cli: Any, title: str, text: str) -> int:
    args = ("--title", title, "--text", text, "--issuer", "Bộ Công an")
    added = cli("statements", "add", "--json", *args, "--issued-at", "2026-11-02", "--publish")
    return int(json.loads(added.stdout)["id"])


def _import(cli: Any, tmp_path: Path, name: str, *rows: dict[str, str]) -> Any:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return cli("import", str(path))


def _claims(tmp_path: Path) -> tuple[Store, list[Any]]:
    store = Store.open(f"sqlite:///{tmp_path / 'cli.db'}")
    ids = [int(i) for i, _, _ in store.articles.texts(list(range(1, 200)))]
    return store, [c for i in ids for c in store.claims.of_article(i)]


def test_an_imported_article_gets_its_claims_and_suggestions(cli: Any, tmp_path: Path) -> None:
    fine = _publish(cli, "Mức phạt vượt đèn đỏ", FINE)
    row = {"url": "https://bao.example/1", "title": "Phạt vượt đèn đỏ", "text": TEXT,
           "published_at": "2026-11-20", "outlet": "Báo A"}  # fmt: skip
    shown = _import(cli, tmp_path, "a.jsonl", row).stdout
    assert "Claims: 1 found, 1 with suggested statements" in shown
    store, found = _claims(tmp_path)
    (claim,) = found  # the opinion, the question and the plan are not claims
    ((_, _, text),) = store.articles.texts([claim.article_id])
    assert text[claim.start : claim.end] == claim.text == f"Hà Nội — {CLAIM}"
    (suggestion,) = store.claims.suggestions([claim.id])[claim.id]
    assert suggestion.statement_id == fine and suggestion.differences[0]["kind"] == "amount"
    # Importing the file again stores nothing new, and so finds no claim twice.
    _import(cli, tmp_path, "a.jsonl", row)
    assert len(_claims(tmp_path)[1]) == 1
    scanned = json.loads(cli("claims", "scan", "--json").stdout)
    assert scanned["claims_found"] == 0 and len(_claims(tmp_path)[1]) == 1


def test_scan_rematch_after_a_statement_is_published(cli: Any, tmp_path: Path) -> None:
    row = {"url": "https://bao.example/2", "title": "Phạt", "text": TEXT,
           "published_at": "2026-11-20"}  # fmt: skip
    _import(cli, tmp_path, "b.jsonl", row)  # an empty registry: nothing to suggest
    (claim,) = _claims(tmp_path)[1]
    fine = _publish(cli, "Mức phạt vượt đèn đỏ", FINE)
    shown = cli("claims", "scan", "--rematch").stdout
    assert "0 articles scanned, 0 claims found, 1 claims with suggested statements" in shown
    assert "1 unreviewed claims matched again" in shown
    store = _claims(tmp_path)[0]
    assert [s.statement_id for s in store.claims.suggestions([claim.id])[claim.id]] == [fine]
    found = json.loads(cli("claims", "scan", "--since", "2026-11-01", "--json").stdout)
    assert found == {
        "articles_scanned": 0,
        "claims_found": 0,
        "claims_with_suggestions": 0,
        "claims_rematched": 0,
        "repeats_marked": 0,
    }


def test_scan_refuses_a_date_in_the_future_and_a_bad_date(cli: Any) -> None:
    assert "in the future" in cli("claims", "scan", "--since", "2099-01-01", code=2).output
    assert "--since" in cli("claims", "scan", "--since", "someday", code=2).output


def test_the_embedded_runner_stores_the_claims_of_what_it_ingests(
    cli: Any, site: Any, tmp_path: Path
) -> None:
    cli("sources", "add", site.url("/pipeline/all.rss"), "--allow-private")
    ingested = cli("ingest", "--once", code=1)  # some fixture pages fail on purpose
    store, found = _claims(tmp_path)
    assert found, "the fixture's policy news has check-worthy sentences"
    assert f"Claims: {len(found)} found" in ingested.output
    texts = {i: text for i, _, text in store.articles.texts(list({c.article_id for c in found}))}
    assert all(texts[c.article_id][c.start : c.end] == c.text for c in found)
    again = json.loads(cli("claims", "scan", "--json").stdout)
    assert again["claims_found"] == 0 and len(_claims(tmp_path)[1]) == len(found)
