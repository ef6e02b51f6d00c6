"""Browser tests: the real app served by uvicorn on 127.0.0.1, driven by Debian's chromium.

Playwright drives ``/usr/bin/chromium`` (never a downloaded browser), headless, with the
flags a closed network needs. Screenshots go to ``test-artifacts/`` (kept by CI). Without
chromium or Playwright the tests skip, except under ``CI=true``, where that fails.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from toancanh.config import Settings
from toancanh.store import Store
from toancanh.web.app import create_app
from web_helpers import PASSWORD, USERS, seed

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests need it in CI: {reason}")
    pytest.skip(reason)


@dataclass
class LiveServer:
    url: str
    store: Store

    def screenshot(self, page: Any, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    def sign_in(self, page: Any, who: str = "analyst", lang: str | None = None) -> None:
        page.goto(f"{self.url}/login")
        if lang:
            page.goto(f"{self.url}/lang/{lang}?next=/login")
        page.fill("input[name=email]", USERS[who][0])
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{self.url}/")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    import uvicorn

    folder = tmp_path_factory.mktemp("live")
    url = f"sqlite:///{folder / 'live.db'}"
    store = Store.open(url)
    seed(store)
    app = create_app(Settings(database_url=url), store)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield LiveServer(f"http://127.0.0.1:{port}", store)
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        _missing("no chromium: apt-get install -y chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("no playwright: pip install -e '.[dev]'")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs  # a scraped script that ran would show up here
    yield page
    context.close()


SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(params=list(SIZES))
def tab(request: pytest.FixtureRequest, browser: Any) -> Iterator[Any]:
    """A page at each of a desktop's and a phone's width (``tab.size_name``), Vietnamese,
    that dismisses dialogs and keeps their messages (a hostile script that ran shows)."""
    context = browser.new_context(locale="vi-VN", viewport=SIZES[request.param])
    page = context.new_page()
    page.size_name = request.param
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()
