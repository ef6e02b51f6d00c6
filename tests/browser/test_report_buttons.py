"""The "Tải báo cáo: Word | PDF" links on the incident, plan and watchlist pages in Debian's
chromium, on a desktop and on a phone: each points at the report's fixed API address
in Vietnamese and in English, the page no wider than the screen; and following them
downloads the files."""

from __future__ import annotations

import unicodedata
from typing import Any

import docx
import pypdf

from browser_helpers import SIZES, LiveServer
from plan_fixtures import build, seed_plan
from toancanh.access import Actor
from toancanh.services import incidents
from toancanh.services.incidents import NewIncident
from web_helpers import USERS

UNIT = USERS["analyst"][1]


def _links(tab: Any) -> dict[str, str]:
    found = tab.locator("#report-download")
    assert found.is_visible()
    return {
        "text": " ".join(found.inner_text().split()),
        "docx": found.locator("#report-docx").get_attribute("href"),
        "pdf": found.locator("#report-pdf").get_attribute("href"),
    }


def _fits(tab: Any) -> None:
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= SIZES[tab.size_name]["width"] + 1


def _plan(live: LiveServer) -> int:
    found = live.store.plans.list_plans()
    if found:
        return found[0].id
    return seed_plan(live.store, "Bộ Y tế", build(live.store).watch)


def test_the_download_links_point_at_the_reports(live: LiveServer, tab: Any) -> None:
    lead = Actor(USERS["analyst"][0], "analyst", UNIT)
    incident = incidents.open_incident(
        live.store, lead, NewIncident(title=f"Sự cố {tab.size_name}", unit=UNIT)
    )
    plan_id = _plan(live)
    watch = live.store.watches.find("Học phí")
    assert watch is not None
    live.sign_in(tab, "analyst")

    tab.goto(f"{live.url}/incidents/{incident.id}")
    links = _links(tab)
    assert links["text"] == "Tải báo cáo: Word | PDF"
    assert links["docx"] == f"/api/v1/reports/incident/{incident.id}?format=docx"
    assert links["pdf"] == f"/api/v1/reports/incident/{incident.id}?format=pdf"
    _fits(tab)

    tab.goto(f"{live.url}/plans/{plan_id}")
    links = _links(tab)
    assert links["docx"] == f"/api/v1/reports/plan/{plan_id}?format=docx"
    assert links["pdf"] == f"/api/v1/reports/plan/{plan_id}?format=pdf"
    _fits(tab)

    tab.goto(f"{live.url}/watches/{watch.id}?since=2026-03-02&until=2026-03-15")
    links = _links(tab)
    query = f"watch={watch.id}&since=2026-03-02&until=2026-03-15"
    assert links["docx"] == f"/api/v1/reports/briefing?{query}&format=docx"
    assert links["pdf"] == f"/api/v1/reports/briefing?{query}&format=pdf"
    _fits(tab)
    live.screenshot(tab, f"report-links-{tab.size_name}")

    tab.goto(f"{live.url}/lang/en?next=/incidents/{incident.id}")
    assert _links(tab)["text"] == "Download report: Word | PDF"
    tab.goto(f"{live.url}/lang/vi?next=/incidents/{incident.id}")
    assert tab.dialogs == []


def test_the_buttons_download_the_reports(live: LiveServer, tab: Any) -> None:
    """Following the links gives the files: the incident's Word report opens with its
    title, the home page's digest is a PDF whose text is Vietnamese (NFC)."""
    lead = Actor(USERS["analyst"][0], "analyst", UNIT)
    title = f"Sự cố tải về {tab.size_name}"
    incident = incidents.open_incident(live.store, lead, NewIncident(title=title, unit=UNIT))
    live.sign_in(tab, "analyst")

    tab.goto(f"{live.url}/incidents/{incident.id}")
    with tab.expect_download() as word:
        tab.locator("#report-docx").click()
    assert word.value.suggested_filename.startswith(f"incident-{incident.id}-")
    document = docx.Document(word.value.path())
    assert any(title in p.text for p in document.paragraphs)

    tab.goto(f"{live.url}/")
    with tab.expect_download() as pdf:
        tab.locator("#digest-pdf").click()
    assert pdf.value.suggested_filename.endswith(".pdf")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(pdf.value.path()).pages)
    assert "Điểm tin báo chí" in unicodedata.normalize("NFC", text)
    assert tab.dialogs == []
