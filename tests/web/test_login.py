"""Signing in under attack: limits under concurrency against the served app on both
engines, one answer for every refusal about an account, login CSRF, a busy server,
``Cache-Control: no-store``."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import uvicorn

from browser_helpers import _free_port
from toancanh.config import Settings
from toancanh.services import sessions
from toancanh.services.passwords import HashingGate, hash_password
from toancanh.store import Store
from toancanh.web.app import create_app
from web_helpers import PASSWORD, USERS, Web, login_token, sign_in

VIEWER = USERS["viewer"][0]


@pytest.fixture(params=["sqlite", "postgresql"])
def served(request: pytest.FixtureRequest) -> Iterator[str]:
    """The app served by uvicorn (its real thread pool) on either engine, with one user."""
    store: Store = request.getfixturevalue(
        "sqlite_store" if request.param == "sqlite" else "pg_store"
    )
    store.accounts.add_user(
        email=VIEWER, password_hash=hash_password(PASSWORD), role="viewer", unit=None, actor="t"
    )
    app = create_app(Settings(database_url="sqlite://"), store)
    # Room for every browser to wait its turn: the limits, not the gate, are tested here.
    app.state.login_gate = HashingGate(concurrent=2, waiting=200, wait_seconds=300)
    port = _free_port()
    # Browsers wait at the barrier between their two requests: keep their connections.
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", timeout_keep_alive=300
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def browsers_posting_together(
    url: str, forms: list[dict[str, str]], *, spread: bool = False
) -> list[httpx.Response]:
    """One browser per form: each opens the sign-in page, then all post at once; with
    ``spread`` each from its own address (behind the proxy uvicorn trusts, 127.0.0.1)."""
    start = threading.Barrier(len(forms))

    def post(form: dict[str, str]) -> httpx.Response:
        address = f"10.1.0.{forms.index(form)}" if spread else "127.0.0.1"
        headers = {"X-Forwarded-For": address}
        with httpx.Client(base_url=url, timeout=120, headers=headers) as client:
            token = re.search(r'name="login_token" value="([^"]+)"', client.get("/login").text)
            assert token
            start.wait()
            return client.post("/login", data=form | {"login_token": token.group(1)})

    with ThreadPoolExecutor(len(forms)) as pool:
        return list(pool.map(post, forms))


def test_parallel_wrong_passwords_then_the_right_one_do_not_sign_in(served: str) -> None:
    wrong = [{"email": VIEWER, "password": f"đoán sai số {k}"} for k in range(25)]
    answers = browsers_posting_together(served, wrong, spread=True)
    assert [a.status_code for a in answers] == [401] * 25
    right = browsers_posting_together(served, [{"email": VIEWER, "password": PASSWORD}])[0]
    assert right.status_code == 401 and "tc_session" not in right.headers.get("set-cookie", "")


def test_parallel_attempts_from_one_address_meet_its_limit(served: str) -> None:
    forms = [{"email": f"x{k}@a.vn", "password": "wrong password!"} for k in range(100)]
    answers = browsers_posting_together(served, forms)
    checked = sum(a.status_code == 401 for a in answers)
    limited = [a for a in answers if a.status_code == 429]
    assert checked == sessions.IP_LIMIT and len(limited) == 100 - sessions.IP_LIMIT
    assert all(int(a.headers["retry-after"]) > 0 for a in limited)


def test_locked_unknown_and_wrong_get_the_same_answer(web: Web) -> None:
    browser = web.client()

    def answer(email: str, password: str) -> tuple[int, str, str | None]:
        page = sign_in(browser, email, password)
        return page.status_code, page.text.replace(email, "EMAIL"), page.headers.get("retry-after")

    wrong = answer(VIEWER, "sai rồi mà sai")
    unknown = answer("khong-co@bo.gov.vn", "sai rồi mà sai")
    for _ in range(sessions.LOCK_AFTER):
        answer(VIEWER, "sai rồi mà sai")
    locked = answer(VIEWER, PASSWORD)  # even the right password
    assert wrong == unknown == locked
    assert wrong[0] == 401 and wrong[2] is None


def test_a_cross_site_post_does_not_sign_the_browser_in(web: Web) -> None:
    form = {"email": VIEWER, "password": PASSWORD, "next": "/"}
    attacker = web.client()  # a page elsewhere: no form token, no form cookie
    forged = attacker.post("/login", data=form, follow_redirects=False)
    assert forged.status_code == 403 and "tc_session" not in forged.headers.get("set-cookie", "")
    victim = web.client()
    token = login_token(victim)
    for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
        refused = victim.post(
            "/login", data=form | {"login_token": token}, headers=headers, follow_redirects=False
        )
        assert refused.status_code == 403 and "tc_session" not in str(refused.cookies)
    assert victim.post("/login", data=form | {"login_token": "x" * 43}).status_code == 403
    good = victim.post(
        "/login",
        data=form | {"login_token": token},
        headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"},
        follow_redirects=False,
    )
    assert good.status_code == 303 and "tc_session" in good.headers["set-cookie"]


def test_a_busy_server_answers_at_once_with_retry_after(web: Web) -> None:
    gate = web.app.state.login_gate  # type: ignore[attr-defined]
    gate.concurrent, gate.waiting = 1, 0
    gate.__post_init__()
    client = web.client()
    with gate.slot():  # one check running, no room to wait
        busy = sign_in(client, VIEWER, PASSWORD)
    assert busy.status_code == 503 and int(busy.headers["retry-after"]) > 0
    assert "quá nhiều lượt đăng nhập" in busy.text
    assert sign_in(client, VIEWER, PASSWORD).status_code == 200  # then it signs in


def test_pages_and_api_answers_are_not_stored(web: Web) -> None:
    client = web.client("analyst")
    for path in ("/", "/login", "/api/v1/me", "/api/v1/articles"):
        assert client.get(path).headers["cache-control"] == "no-store", path
    assert "no-store" not in client.get("/static/app.css").headers.get("cache-control", "")
