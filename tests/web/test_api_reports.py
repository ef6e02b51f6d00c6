"""``/api/v1/reports/...``: the report as an attachment, as the reader's unit may see it."""

from __future__ import annotations

import pytest

from report_files import check_file, needs_renderer
from toancanh.reports.style import day
from toancanh.services.directory import today_in_vietnam
from web_helpers import Web, api_client

TODAY = today_in_vietnam()


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_the_digest_comes_back_as_a_named_attachment(web: Web, fmt: str) -> None:
    needs_renderer(fmt)
    answer = api_client(web, "analyst").get("/reports/digest", params={"format": fmt})
    assert answer.status_code == 200, answer.text
    filename = f"digest-{TODAY.isoformat()}.{fmt}"
    assert answer.headers["content-disposition"] == f'attachment; filename="{filename}"'
    check_file(fmt, answer.content, f"Điểm tin báo chí ngày {day(TODAY)}")


def test_a_briefing_of_a_shared_watchlist(web: Web) -> None:
    needs_renderer("html")
    answer = api_client(web, "other").get(
        "/reports/briefing", params={"watch": "Học phí", "format": "html"}
    )
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/html")
    assert "Tình hình thông tin về “Học phí”" in answer.text
    assert "Riêng của Vụ" not in answer.text
    # The seeded story whose title is markup is shown as text, never as markup.
    assert "&lt;script&gt;" in answer.text and "<script>alert" not in answer.text


def test_another_units_private_watchlist_is_not_found(web: Web) -> None:
    answer = api_client(web, "other").get(
        "/reports/briefing", params={"watch": "Riêng của Vụ", "format": "html"}
    )
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "application/problem+json"
    # The refusal lists the watchlists the reader could have meant: not the private one.
    assert answer.json()["detail"].count("Riêng của Vụ") == 1


def test_refusals_are_problems(web: Web) -> None:
    analyst = api_client(web, "analyst")
    crossed = analyst.get(
        "/reports/briefing",
        params={"watch": "Học phí", "since": "2026-12-07", "until": "2026-12-01"},
    )
    assert crossed.status_code == 400 and crossed.json()["field"] == "since"
    assert analyst.get("/reports/digest", params={"format": "odt"}).status_code in (400, 422)
    assert api_client(web, None).get("/reports/digest").status_code == 401


def test_an_incident_or_plan_not_found_is_a_problem(web: Web) -> None:
    analyst = api_client(web, "analyst")
    for path in ("/reports/incident/999", "/reports/plan/999"):
        answer = analyst.get(path, params={"format": "pdf"})
        assert answer.status_code == 404, path
        assert answer.headers["content-type"] == "application/problem+json"
