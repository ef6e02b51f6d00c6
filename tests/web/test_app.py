"""The frame of the dashboard: sign-in, sessions, CSRF, language, security headers."""

from __future__ import annotations

from toancanh.services import sessions
from toancanh.web.auth import csrf_matches
from web_helpers import PASSWORD, USERS, Web, chart_option, sign_in


def test_pages_need_a_session(web: Web) -> None:
    anonymous = web.client()
    page = anonymous.get("/", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login?next=/"
    assert "Đăng nhập" in anonymous.get("/login").text  # Vietnamese by default


def test_sign_in_sets_a_safe_cookie_and_sign_out_ends_it(web: Web) -> None:
    client = web.client()
    wrong = sign_in(client, USERS["viewer"][0], "sai rồi mà")
    assert wrong.status_code == 401 and "Sai địa chỉ thư điện tử hoặc mật khẩu" in wrong.text
    client.follow_redirects = False
    good = sign_in(client, USERS["viewer"][0], PASSWORD, next="//evil.example/")
    client.follow_redirects = True
    assert good.status_code == 303 and good.headers["location"] == "/"  # no open redirect
    cookie = good.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert client.get("/").status_code == 200
    page = client.get("/")
    csrf = page.text.split('"X-CSRF-Token": "')[1].split('"')[0]
    assert (
        client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False).status_code == 303
    )
    assert client.get("/", follow_redirects=False).status_code == 303


def test_a_post_without_the_csrf_token_is_refused(web: Web) -> None:
    client = web.client("viewer")
    assert client.post("/logout", follow_redirects=False).status_code == 403
    assert client.get("/").status_code == 200  # still signed in


def test_overview_shows_the_figures_and_charts_and_escapes_scraped_text(web: Web) -> None:
    client = web.client("analyst")
    assert client.get("/").status_code == 200
    page = client.get("/overview/charts", headers={"HX-Request": "true"})  # what htmx swaps in
    assert page.status_code == 200
    html = page.text
    assert chart_option(html, "timeline")["series"] and "<script" not in html
    assert "<script>alert" not in html and 'onerror="alert' not in html
    assert 'href="javascript:' not in html
    assert "&lt;script&gt;" in html or "\\u003cscript\\u003e" in html


def test_language_switch(web: Web) -> None:
    client = web.client("viewer")
    assert "Tổng quan" in client.get("/").text
    client.get("/lang/en?next=/")
    english = client.get("/").text
    assert "Overview" in english and "Tổng quan" not in english
    assert 'lang="en"' in english


def test_security_headers(web: Web) -> None:
    response = web.client().get("/login")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response.headers["x-frame-options"] == "DENY"


def test_a_csrf_token_matches_only_itself() -> None:
    assert csrf_matches("abc", "abc")
    assert not csrf_matches("abc", None) and not csrf_matches("abc", "abd")


def test_login_brute_force_is_slowed(web: Web) -> None:
    client = web.client()
    for k in range(sessions.IP_LIMIT):
        sign_in(client, f"x{k}@a.vn", "wrong password!")
    refused = sign_in(client, USERS["viewer"][0], PASSWORD)
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0


def test_api_needs_a_token(web: Web) -> None:
    client = web.client()
    assert client.get("/api/v1/me").status_code == 401
    token = web.token("analyst")
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200 and me.json()["email"] == USERS["analyst"][0]
    spec = client.get("/api/v1/openapi.json").json()
    assert spec["info"]["title"] == "Toàn Cảnh API"


def test_the_date_filter_shows_vietnam_days(web: Web) -> None:
    page = web.client("viewer").get("/?since=2026-11-01&until=2026-11-20").text
    assert 'name="since" value="2026-11-01"' in page
    assert 'name="until" value="2026-11-20"' in page
