"""Who may do what through the API: tokens or sessions, roles, CSRF; sources and audit."""

from __future__ import annotations

import re

from web_helpers import API, Web, api_client


def _mutating_routes(web: Web) -> list[tuple[str, str]]:
    spec = api_client(web, "admin").get("/openapi.json").json()
    routes = []
    for path, operations in spec["paths"].items():
        for method in operations:
            if method in ("post", "patch", "delete"):
                routes.append((method.upper(), re.sub(r"\{[^}]+\}", "1", path)))
    return routes


def test_viewers_cannot_change_anything(web: Web) -> None:
    routes = _mutating_routes(web)
    assert len(routes) >= 15
    viewer = api_client(web, "viewer")
    for method, path in routes:
        response = viewer.request(method, path, json={})
        assert response.status_code == 403, (method, path, response.text)
        assert "role" in response.json()["detail"]


def test_analysts_cannot_manage_sources_or_read_the_audit_log(web: Web) -> None:
    analyst = api_client(web, "analyst")
    assert analyst.post("/sources", json={"url": "https://vnexpress.net/rss"}).status_code == 403
    assert analyst.delete("/sources/1").status_code == 403
    refused = analyst.get("/audit")
    assert refused.status_code == 403 and refused.json()["detail"] == "this needs the admin role"


def test_without_credentials_every_route_answers_401(web: Web) -> None:
    anonymous = api_client(web, None)
    for path in ("/articles", "/watchlists", "/alerts", "/incidents", "/audit", "/me"):
        response = anonymous.get(path)
        assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert anonymous.post("/watchlists", json={"name": "x", "query": "y"}).status_code == 401
    bad = anonymous.get("/articles", headers={"Authorization": "Bearer tc_not-a-token"})
    assert bad.status_code == 401


def test_a_session_needs_the_csrf_token_to_change_anything(web: Web) -> None:
    browser = web.client("analyst")  # signed in with a cookie
    assert browser.get(f"{API}/articles").status_code == 200
    body = {"name": "Qua phiên", "query": "hoc phi"}
    refused = browser.post(f"{API}/watchlists", json=body)
    assert refused.status_code == 403 and "CSRF" in refused.json()["detail"]
    wrong = browser.post(f"{API}/watchlists", json=body, headers={"X-CSRF-Token": "sai"})
    assert wrong.status_code == 403
    accepted = browser.post(
        f"{API}/watchlists",
        json=body,
        headers={"X-CSRF-Token": browser.csrf},  # type: ignore[attr-defined]
    )
    assert accepted.status_code == 201, accepted.text
    token = api_client(web, "analyst")  # a token needs no CSRF token
    assert token.post("/watchlists", json={"name": "Qua token", "query": "x"}).status_code == 201


def test_me_says_who_is_asking(web: Web) -> None:
    assert api_client(web, "other").get("/me").json() == {
        "id": 4,
        "email": "analyst@tinh.gov.vn",
        "role": "analyst",
        "unit": "Sở Văn hóa tỉnh",
    }


def test_admins_manage_sources_with_their_health(web: Web) -> None:
    admin = api_client(web, "admin")
    added = admin.post(
        "/sources",
        json={
            "url": "http://127.0.0.1:9/rss",
            "kind": "feed",
            "outlet": "Cổng nội bộ",
            "official": True,
            "allow_private": True,
        },
    )
    assert added.status_code == 201, added.text
    source = added.json()
    assert source["official"] is True and source["error_streak"] == 0
    private = admin.post("/sources", json={"url": "http://127.0.0.1:9/khac"})
    assert private.status_code == 400 and "refused" in private.json()["detail"]
    twice = admin.post("/sources", json={"url": "http://127.0.0.1:9/rss", "allow_private": True})
    assert twice.status_code == 409
    listed = api_client(web, "viewer").get("/sources").json()
    assert listed["items"] == [source] and listed["next_offset"] is None
    assert {"last_success", "last_error", "last_error_at", "error_streak"} <= set(source)
    assert admin.delete(f"/sources/{source['id']}").status_code == 204
    assert admin.delete(f"/sources/{source['id']}").status_code == 404


def test_the_audit_log_names_each_actor(web: Web) -> None:
    analyst = api_client(web, "analyst")
    made = analyst.post("/watchlists", json={"name": "Kiểm toán", "query": "hoc phi"}).json()
    admin = api_client(web, "admin")
    page = admin.get("/audit", params={"entity": "watch", "limit": 1}).json()
    entry = page["items"][0]
    assert entry["actor"] == "analyst@bo.gov.vn" and entry["entity_id"] == str(made["id"])
    assert entry["action"] == "create" and entry["after"]["name"] == "Kiểm toán"
    assert entry["at"].endswith("+07:00") and page["next_offset"] == 1
    everything = admin.get("/audit", params={"limit": 200}).json()["items"]
    second = admin.get("/audit", params={"limit": 2, "offset": 1}).json()["items"]
    assert second == everything[1:3]
    assert admin.get("/audit", params={"since": "1h"}).json()["items"]
