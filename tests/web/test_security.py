"""Every page at once: scraped markup inert, CSRF-less posts refused, viewers read only.

The page list comes from the app's routers, so a page added later is covered without
touching this file.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest

from toancanh.access import Actor
from toancanh.domain.pickups import Carried, PickupArticle
from toancanh.services.incidents import NewIncident, close_incident, open_incident
from toancanh.web.pages import routers
from web_helpers import HOSTILE, Web, add_alert, add_hostile_story

# Open to anyone (signing in and out), or to every signed-in user for their own account.
PUBLIC_POSTS = {"/login", "/logout", "/account/password"}


class Inspector(HTMLParser):
    """What a browser would run: script code, event handlers, javascript: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []
        self._in_code_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if (
                name in ("href", "src", "action", "formaction")
                and value
                and (value.strip().lower().startswith(("javascript:", "data:text/html")))
            ):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            kind = (names.get("type") or "").lower()
            self._in_code_script = not names.get("src") and kind != "application/json"
        if tag == "img":
            self.problems.append("<img> from scraped content")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_code_script = False

    def handle_data(self, data: str) -> None:
        if self._in_code_script and data.strip():
            self.problems.append(f"inline script: {data.strip()[:60]!r}")


def inert(html: str) -> list[str]:
    inspector = Inspector()
    inspector.feed(html)
    return inspector.problems


def page_routes() -> list[tuple[str, str]]:
    found = []
    for router in routers():
        for route in router.routes:
            for method in getattr(route, "methods", ()):
                found.append((method, route.path))  # type: ignore[attr-defined]
    return sorted(set(found))


@pytest.fixture
def hostile(web: Web) -> dict[str, int]:
    """Hostile markup everywhere scraped text can reach: titles, outlets, alerts, incidents,
    statements."""
    add_hostile_story(web.store)
    alert = web.store.alerts.get(add_alert(web.store, "Học phí", HOSTILE))
    assert alert is not None
    incident = open_incident(web.store, Actor.operator("tests"), NewIncident(alert_id=alert.id))
    # Closed with a hostile summary: the after-action review (page section, exports) shows it.
    close_incident(web.store, Actor.operator("tests"), incident.id, HOSTILE)
    hostile_article = next(a.id for a in web.store.articles.list(limit=500) if a.title == HOSTILE)
    watch = web.store.watches.find("Học phí")
    assert watch is not None
    statement = web.store.statements.add(
        {
            "title": HOSTILE,
            "text": HOSTILE,
            "issuer": "Bộ Y tế",
            "issuer_written": HOSTILE,
            "spokesperson": HOSTILE,
            "kind": "press_release",
            "issued_at": datetime(2026, 11, 2, tzinfo=UTC),
            "legal_refs": (),
            "status": "published",
            "unit": None,
        },
        watch_ids=[watch.id],
        actor="tests",
    )
    # Its pickup by the hostile article: title, outlet and figures in the Pickup section.
    carrier = PickupArticle(
        hostile_article, HOSTILE, "", HOSTILE, datetime(2026, 11, 3, tzinfo=UTC)
    )
    figure = {"kind": "amount", "article": HOSTILE, "statement": HOSTILE}
    web.store.pickups.record(carrier, [Carried(str(statement.id), 0.9, (figure,))])
    return {
        "statement": statement.id,
        "article": hostile_article,
        "watch": watch.id,
        "alert": alert.id,
        "incident": incident.id,
        "story": hostile_article,
    }


def fill(path: str, ids: dict[str, int]) -> str | None:
    """The path with its parameters filled with the hostile records' ids (None: skip)."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1).split(":")[0]
        for key, found in ids.items():
            if key in name:
                return str(found)
        if name == "id":
            return str(ids["article"])
        raise KeyError(name)

    try:
        return re.sub(r"\{([^}]+)\}", value, path)
    except KeyError:
        return None


def test_scraped_markup_is_inert_on_every_page(web: Web, hostile: dict[str, int]) -> None:
    client = web.client("admin")
    checked = shown = 0
    for method, path in page_routes():
        if method != "GET" or path.startswith("/lang"):
            continue
        url = fill(path, hostile)
        if url is None:
            continue
        if url.startswith("/search"):
            url += "?q=hoc+phi"  # the results, with the hostile article among them
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        if "text/html" in response.headers.get("content-type", ""):
            assert inert(response.text) == [], url
            checked += 1
            shown += "&lt;script&gt;alert" in response.text
    assert checked >= 12, "the crawl reached the pages"
    assert shown >= 5, "the hostile text is on the pages, as text"


def test_posts_without_the_csrf_token_are_refused(web: Web, hostile: dict[str, int]) -> None:
    client = web.client("admin")
    for method, path in page_routes():
        if method != "POST" or path in PUBLIC_POSTS:
            continue
        url = fill(path, hostile)
        if url is None:
            continue
        assert client.post(url, data={"x": "1"}).status_code == 403, url


def test_a_viewer_cannot_change_anything(web: Web, hostile: dict[str, int]) -> None:
    client = web.client("viewer")
    headers = {"X-CSRF-Token": client.csrf}  # type: ignore[attr-defined]
    for method, path in page_routes():
        if method != "POST" or path in PUBLIC_POSTS:
            continue
        url = fill(path, hostile)
        if url is None:
            continue
        assert client.post(url, data={"x": "1"}, headers=headers).status_code == 403, url
    api = web.client()
    api.headers["Authorization"] = f"Bearer {web.token('viewer')}"
    assert api.post("/api/v1/watchlists", json={"name": "x", "query": "a"}).status_code == 403


def test_every_kind_of_response_forbids_foreign_scripts_and_framing(web: Web) -> None:
    """Pages, API answers, static files, redirects and errors all carry the policy, so
    scraped markup that slipped past escaping still could not load or run a script."""
    client = web.client("admin")
    anonymous = web.client()
    responses = {
        "page": client.get("/"),
        "api": client.get("/api/v1/articles"),
        "static": client.get("/static/app.css"),
        "not found": client.get("/articles/999999"),
        "redirect": anonymous.get("/", follow_redirects=False),
    }
    for kind, response in responses.items():
        policy = response.headers.get("content-security-policy", "")
        assert "script-src 'self'" in policy, kind
        assert "frame-ancestors 'none'" in policy, kind
        assert response.headers.get("x-frame-options") == "DENY", kind
        assert response.headers.get("x-content-type-options") == "nosniff", kind
    assert responses["redirect"].status_code == 303
    assert responses["not found"].status_code == 404
