"""``toancanh report ...``: the file written where asked, refusals with their exit codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from report_files import check_file, docx_text, needs_renderer


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_the_digest_is_written_where_asked(cli: Any, tmp_path: Path, fmt: str) -> None:
    needs_renderer(fmt)
    target = tmp_path / f"diem-tin.{fmt}"
    result = cli("report", "digest", "--date", "2026-12-07", "--format", fmt, "--out", str(target))
    assert f"Wrote {target}" in result.output and "bytes" in result.output
    check_file(fmt, target.read_bytes(), "Điểm tin báo chí ngày 07/12/2026")


def test_a_briefing_takes_its_own_name_in_this_folder(cli: Any, tmp_path: Path) -> None:
    needs_renderer("html")
    cli("watch", "add", "Học phí", "--query", "hoc phi")
    result = cli(
        "report",
        "briefing",
        "--watch",
        "hoc phi",
        "--since",
        "01/12/2026",
        "--until",
        "07/12/2026",
        "--format",
        "html",
        "--lang",
        "en",
    )
    written = tmp_path / "briefing-2026-12-07.html"
    assert "briefing-2026-12-07.html" in result.output
    check_file("html", written.read_bytes(), "Press coverage of “Học phí” from 01/12/2026")


def test_refusals_say_what_to_fix(cli: Any) -> None:
    missing = cli("report", "briefing", "--watch", "Không có", code=1)
    assert "no watchlist “Không có”" in missing.output
    crossed = cli(
        "report",
        "briefing",
        "--watch",
        "x",
        "--since",
        "2026-12-07",
        "--until",
        "2026-12-01",
        code=2,
    )
    assert "the start date is after the end date" in crossed.output
    fmt = cli("report", "digest", "--format", "odt", code=2)
    assert "unknown format “odt”" in fmt.output
    lang = cli("report", "digest", "--lang", "fr", code=2)
    assert "unknown language “fr”" in lang.output


def test_an_incident_report_and_a_plan_not_found(cli: Any, tmp_path: Path) -> None:
    needs_renderer("docx")
    cli("incident", "open", "--title", "Phản ứng về học phí", "--severity", "high")
    result = cli("report", "incident", "1", "--out", str(tmp_path))
    written = next(tmp_path.glob("incident-*.docx"))
    assert str(written) in result.output
    assert "Phản ứng về học phí" in docx_text(written.read_bytes())
    missing = cli("report", "plan", "99", code=1)
    assert "no plan #99" in missing.output
