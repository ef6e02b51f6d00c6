"""Importing JSONL and CSV exports: good rows stored, bad rows reported by line."""

from __future__ import annotations

import csv
import gzip
import json
import unicodedata
from pathlib import Path

from toancanh.config import Settings
from toancanh.ingest.importers import import_file
from toancanh.store import Store

# Analysis has its own tests; here it would only slow the importer's down.
SETTINGS = Settings(analyze=False)

POST_A = (
    "Người dân phường Bến Thành phản ánh việc cấp căn cước cho trẻ em vẫn phải chờ lâu, "
    "dù thủ tục đã được đơn giản hóa theo Đề án 06. Công an phường cho biết sẽ bố trí "
    "thêm cán bộ tiếp nhận hồ sơ vào cuối tuần để giảm tải."
)
POST_B = (
    "Bộ Tài chính đề xuất giảm 50% lệ phí trước bạ đối với ô tô sản xuất trong nước đến "
    "hết năm 2026 nhằm kích cầu tiêu dùng. Dự thảo nghị định đang được lấy ý kiến rộng rãi."
)
ENGLISH = (
    "The ministry announced new measures to support small businesses affected by the "
    "storm, including tax deferrals and cheaper loans for the next twelve months."
)


def to_cp1258(text: str) -> bytes:
    """Encode like a windows-1258 editor: base letters precomposed, tone marks combining."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out.append(base + "".join(c for c in decomposed if c in tones))
    return "".join(out).encode("cp1258")


def write_jsonl(path: Path, rows: list[object]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_report_counts_imports_duplicates_and_rejections(
    sqlite_store: Store, tmp_path: Path
) -> None:
    path = write_jsonl(
        tmp_path / "posts.jsonl",
        [
            {"url": "https://mxh.example/p/1", "text": POST_A, "published_at": "16/3/2026 10:20"},
            {"title": "Lệ phí trước bạ", "text": POST_B, "outlet": "Diễn đàn", "author": "An"},
            {"url": "https://mxh.example/p/1", "text": POST_A},  # same URL again
            {"url": "https://khac.example/x", "text": POST_A},  # same text, other URL
            '{"url": "https://mxh.example/p/2", "text": ',  # broken JSON
            {"text": POST_B + " Thêm."},  # neither url nor title
            {"url": "ftp://x/y", "title": "t", "text": POST_A + " khác"},
            {"url": "https://mxh.example/p/3", "text": "  "},
            {"url": "https://mxh.example/p/4", "text": POST_A + "!", "published_at": "hôm qua"},
            {"url": "https://mxh.example/p/5", "text": ENGLISH},
            ["not", "an", "object"],
            "",
        ],
    )
    report = import_file(sqlite_store, path, SETTINGS)
    assert (report.summary.new, report.summary.unchanged, report.summary.duplicates) == (2, 1, 1)
    rejected = {(r.line, r.reason) for r in report.rejected}
    assert rejected == {
        (5, "invalid_json"),
        (6, "missing_url_and_title"),
        (7, "bad_url"),
        (8, "missing_text"),
        (9, "bad_published_at"),
        (10, "not_vietnamese"),
        (11, "not_an_object"),
    }
    assert all(r.detail for r in report.rejected)  # every rejection says what to fix
    logged = {(f.line, f.reason) for f in sqlite_store.failures.list(stage="import")}
    assert logged == rejected

    by_url = {a.url: a for a in sqlite_store.articles.list()}
    first = sqlite_store.articles.get(by_url["https://mxh.example/p/1"].id)
    assert first is not None and "https://khac.example/x" in first.urls
    assert first.published_at is not None and first.published_at.hour == 3  # 10:20 +07:00
    titled = next(a for a in by_url.values() if a.title == "Lệ phí trước bạ")
    assert titled.url.startswith("urn:toancanh:text:") and titled.outlet == "Diễn đàn"


def test_reimporting_the_same_file_changes_nothing(sqlite_store: Store, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl",
        [{"title": "Không có URL", "text": POST_B}, {"url": "https://a.example/1", "text": POST_A}],
    )
    first = import_file(sqlite_store, path, SETTINGS)
    second = import_file(sqlite_store, path, SETTINGS)
    assert first.summary.new == 2 and second.summary.new == 0
    assert second.summary.unchanged == 2
    assert sqlite_store.articles.count() == 2


def test_csv_with_bom_quotes_and_newlines(sqlite_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["URL", "Title", "Text", "published_at", "outlet", "author"])
        writer.writerow(
            ["https://a.example/1", "Căn cước", POST_A.replace(". ", ".\n"), "", "", ""]
        )
        writer.writerow(["", "", "", "", "", ""])
        writer.writerow(["", "Lệ phí", POST_B, "2026-03-21T08:15:00+07:00", "Báo B", ""])
    report = import_file(sqlite_store, path, SETTINGS)
    assert report.summary.new == 2
    assert [(r.line, r.reason) for r in report.rejected] == [
        (4, "missing_text")
    ]  # row 1: lines 2-3
    stored = sqlite_store.articles.list()
    assert {a.outlet for a in stored} == {"a.example", "Báo B"}


def test_csv_without_text_column_is_refused_clearly(sqlite_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("url,title,body\nhttps://a/1,t,b\n", encoding="utf-8")
    report = import_file(sqlite_store, path, SETTINGS)
    assert [(r.reason) for r in report.rejected] == ["missing_column"]
    assert "text" in report.rejected[0].detail


def test_gzip_and_windows_1258_csv(sqlite_store: Store, tmp_path: Path) -> None:
    gz = tmp_path / "rows.jsonl.gz"
    gz.write_bytes(gzip.compress(json.dumps({"title": "A", "text": POST_A}).encode() + b"\n"))
    assert import_file(sqlite_store, gz, SETTINGS).summary.new == 1

    legacy = tmp_path / "legacy.csv"
    legacy.write_bytes(to_cp1258(f"title,text\nLệ phí,{POST_B}\n"))
    import_file(sqlite_store, legacy, SETTINGS)
    titles = {a.title for a in sqlite_store.articles.list()}
    assert "Lệ phí" in titles
