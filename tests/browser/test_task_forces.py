"""Confirming a task force in Debian's chromium, on a desktop and on a phone: the
proposal from the directory shows why each person is proposed (in Vietnamese), a role is
chosen and confirmed, a bad input comes back on the form, hostile names stay text."""

from __future__ import annotations

import contextlib
from typing import Any

from browser_helpers import SIZES, LiveServer
from toancanh.access import Actor
from toancanh.domain.directory import PersonSpec, UnitSpec
from toancanh.errors import Conflict
from toancanh.services import directory, incidents
from toancanh.services.incidents import NewIncident
from web_helpers import HOSTILE, USERS

UNIT = USERS["analyst"][1]


def test_propose_and_confirm_a_task_force(live: LiveServer, tab: Any) -> None:
    operator = Actor.operator("tests")
    with contextlib.suppress(Conflict):  # another test or size added it
        directory.add_unit(live.store, operator, UnitSpec(UNIT, "other"))
    name = f"Phát ngôn {tab.size_name} {HOSTILE[:59]}"
    person = directory.add_person(live.store, operator, PersonSpec(name, UNIT, "spokesperson"))
    lead = Actor(USERS["analyst"][0], "analyst", UNIT)
    incident = incidents.open_incident(
        live.store, lead, NewIncident(title=f"Sự cố {tab.size_name}", unit=UNIT)
    )
    live.sign_in(tab, "analyst")
    tab.goto(f"{live.url}/incidents/{incident.id}")
    row = f"#taskforce tr[data-person='{person.id}']"
    assert "đơn vị chịu trách nhiệm về sự cố" in tab.locator(f"{row} .tf-reason").inner_text()
    assert name in tab.locator(row).inner_text()  # shown as text
    tab.fill("#taskforce-form input[name=member]", "ai đó")
    tab.click("#taskforce-form button[type=submit]")
    tab.wait_for_selector("#taskforce p.error")
    assert "MÃ_NGƯỜI=VAI_TRÒ" in tab.locator("#taskforce p.error").inner_text()
    tab.select_option(f"{row} select[name=member]", f"{person.id}=spokesperson")
    tab.fill("#taskforce-form input[name=member]", "")
    tab.click("#taskforce-form button[type=submit]")
    tab.wait_for_url("**?done=taskforce*")
    assert tab.locator(f"{row}.tf-member").count() == 1
    assert [m.name for m in incidents.get_incident(live.store, lead, incident.id).members] == [name]
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= SIZES[tab.size_name]["width"] + 1
    live.screenshot(tab, f"task-force-{tab.size_name}")
    assert tab.dialogs == []
