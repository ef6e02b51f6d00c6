"""Signing in from a real browser: the form works, a cross-site form signs nobody in."""

from __future__ import annotations

from typing import Any

from browser_helpers import LiveServer
from web_helpers import PASSWORD, USERS


def test_a_form_on_another_site_does_not_sign_the_browser_in(live: LiveServer, page: Any) -> None:
    page.goto(f"{live.url}/login")  # the victim has seen the sign-in page: its cookie is set
    attacker = f"""<!doctype html><form id="f" method="post" action="{live.url}/login">
      <input name="email" value="{USERS["viewer"][0]}"><input name="password" value="{PASSWORD}">
      <input name="login_token" value="guessed"></form>
      <script>document.getElementById("f").submit()</script>"""
    page.route(
        "http://attacker.example/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body=attacker),
    )
    page.goto("http://attacker.example/trap")
    page.wait_for_url(f"{live.url}/login")
    assert page.locator("p.error").count() == 1  # "sent from another site"
    assert not [c for c in page.context.cookies() if c["name"] == "tc_session"]
    page.goto(f"{live.url}/")
    assert page.url.startswith(f"{live.url}/login")  # still signed out
    live.sign_in(page, "viewer")  # the real form, from this site, still works
    assert [c for c in page.context.cookies() if c["name"] == "tc_session"]
