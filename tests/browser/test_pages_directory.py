"""Adding a person to one's unit in Debian's chromium, on a desktop and on a phone: a
refused input comes back in Vietnamese with what was typed, the person is added, and the
public page shows the spokesperson without sign-in, hostile text as text (no dialog)."""

from __future__ import annotations

import contextlib
from typing import Any

from browser_helpers import SIZES, LiveServer
from toancanh.access import Actor
from toancanh.domain.directory import UnitSpec
from toancanh.errors import Conflict
from toancanh.services import directory
from web_helpers import HOSTILE


def own_unit(live: LiveServer) -> int:
    """The analyst's unit ("Vụ Truyền thông") in the directory, once per server."""
    with contextlib.suppress(Conflict):  # the other size's run added it
        directory.add_unit(
            live.store, Actor.operator("tests"), UnitSpec("Vụ Truyền thông", "other")
        )
    return directory.find_unit(live.store, "Vụ Truyền thông").id


def test_add_a_spokesperson_and_see_the_public_page(live: LiveServer, tab: Any) -> None:
    unit_id = own_unit(live)
    name = f"Người phát ngôn ({tab.size_name}) {HOSTILE[:59]}"
    live.sign_in(tab, "analyst")
    tab.goto(f"{live.url}/directory?q=truy%E1%BB%81n+th%C3%B4ng")
    tab.click(f"a[href='/directory/units/{unit_id}']")
    form = "#add-person-form"
    tab.fill(f"{form} input[name=name]", name)
    tab.select_option(f"{form} select[name=role]", "spokesperson")
    tab.fill(f"{form} input[name=title]", "Vụ trưởng")
    tab.fill(f"{form} input[name=phone]", "số điện thoại")
    tab.fill(f"{form} input[name=email]", "phatngon@moh.gov.vn")
    tab.click(f"{form} button[type=submit]")
    tab.wait_for_selector("#add-person p.error")
    assert "không phải là số điện thoại" in tab.locator("#add-person p.error").inner_text()
    assert tab.input_value(f"{form} input[name=name]") == name  # what was typed stays
    tab.fill(f"{form} input[name=phone]", "024 3846 4416")
    tab.click(f"{form} button[type=submit]")
    tab.wait_for_url("**?done=person_added")
    assert name in tab.locator("#people").inner_text()  # shown as text
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= SIZES[tab.size_name]["width"] + 1
    live.screenshot(tab, f"directory-unit-{tab.size_name}")

    # Signed out: the public page lists the spokesperson with the official contact.
    tab.context.clear_cookies()
    tab.goto(f"{live.url}/public/spokespersons")
    shown = tab.locator(f"#unit-{unit_id}").inner_text()
    assert name in shown and "024 3846 4416" in shown
    assert tab.locator("nav.main").count() == 0  # no sign-in, no dashboard
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= SIZES[tab.size_name]["width"] + 1
    live.screenshot(tab, f"public-spokespersons-{tab.size_name}")
    assert tab.dialogs == []
