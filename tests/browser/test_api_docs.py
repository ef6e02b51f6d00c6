"""The API's documentation page in a real browser, under the app's own CSP."""

from __future__ import annotations

from typing import Any

from browser_helpers import LiveServer


def test_api_docs_show_the_operations_with_no_csp_error(live: LiveServer, page: Any) -> None:
    console: list[str] = []
    page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    page.on("pageerror", lambda error: console.append(f"pageerror: {error}"))

    def refused(response: Any) -> None:  # a missing asset, say
        if response.status >= 400:
            console.append(f"error: {response.status} {response.url}")

    page.on("response", refused)
    outside: list[str] = []
    page.on(
        "request",
        lambda request: None if request.url.startswith(live.url) else outside.append(request.url),
    )
    page.goto(f"{live.url}/api/v1/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=30_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/search" in p for p in paths) and len(paths) > 10
    assert page.locator(".info .title").inner_text().startswith("Toàn Cảnh API")
    assert not [m for m in console if "Content Security Policy" in m or m.startswith("error")]
    assert not outside  # nothing from a CDN or a validator
    live.screenshot(page, "api-docs")
