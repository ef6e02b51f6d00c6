"""The "Tải báo cáo: Word | PDF" links on the incident, plan and watchlist pages in Debian's
chromium, on a desktop and on a phone: each points at the report's fixed API address
(the links are checked, not followed: the API is another piece), in Vietnamese and in
English, and the page stays no wider than the screen."""

from __future__ import annotations

from typing import Any

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
