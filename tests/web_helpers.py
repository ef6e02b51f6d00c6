"""Helpers of the web tests: the web app on a real SQLite store, with users.

``web`` is a ``Web`` bundle: the app, its store, and ``client(role)`` giving a signed-in
``TestClient`` (httpx under the hood, the real ASGI app, no mocks) whose ``csrf`` attribute
holds the session's CSRF token, read from the page like a browser would.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from monitoring_fixtures import Spec, store_specs
from toancanh.access import Actor
from toancanh.config import Settings
from toancanh.domain.alerts import Alert
from toancanh.domain.watches import Watch, WatchSpec
from toancanh.services import accounts
from toancanh.services.passwords import hash_password
from toancanh.store import Store
from toancanh.watch.watchlists import backfill, check_spec
from toancanh.web.app import create_app

PASSWORD = "mật khẩu thử nghiệm 2026"
USERS = {
    "admin": ("admin@bo.gov.vn", "Văn phòng Bộ"),
    "analyst": ("analyst@bo.gov.vn", "Vụ Truyền thông"),
    "viewer": ("viewer@bo.gov.vn", "Vụ Truyền thông"),
    "other": ("analyst@tinh.gov.vn", "Sở Văn hóa tỉnh"),  # an analyst of another unit
}
NOW = datetime.now(UTC).replace(microsecond=0)
HOSTILE = (
    '<script>alert("x")</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)">bấm</a>'
)


def login_token(client: TestClient) -> str:
    """The sign-in form's token, read from the form as a browser would (it also sets the
    form's cookie in the client)."""
    found = re.search(r'name="login_token" value="([^"]+)"', client.get("/login").text)
    assert found, "the sign-in form carries its token"
    return found.group(1)


def sign_in(client: TestClient, email: str, password: str, **form: str) -> Any:
    """Post the sign-in form as a browser would, with its token."""
    data = {"email": email, "password": password, "next": "/", "login_token": login_token(client)}
    return client.post("/login", data=data | form)


@dataclass
class Web:
    store: Store
    app: object
    clients: list[TestClient] = field(default_factory=list)

    def client(self, who: str | None = None) -> TestClient:
        client = TestClient(self.app, base_url="http://testserver")  # type: ignore[arg-type]
        self.clients.append(client)
        client.csrf = ""  # type: ignore[attr-defined]
        if who is not None:
            email = USERS[who][0]
            page = sign_in(client, email, PASSWORD)
            assert page.status_code == 200, page.text[:500]
            found = re.search(r'"X-CSRF-Token": "([^"]+)"', page.text)
            assert found, "the page carries the CSRF token for htmx"
            client.csrf = found.group(1)  # type: ignore[attr-defined]
        return client

    def token(self, who: str) -> str:
        user = self.store.accounts.find_user(USERS[who][0])
        assert user is not None
        return accounts.issue_token(self.store, Actor.operator("tests"), user.id, "tests").token


def seed(store: Store) -> None:
    hashed = hash_password(PASSWORD)
    for role, (email, unit) in USERS.items():
        store.accounts.add_user(
            email=email,
            password_hash=hashed,
            role="analyst" if role == "other" else role,
            unit=unit,
            actor="tests",
        )
    specs = [
        Spec(
            NOW - timedelta(days=back, hours=k + 1),
            f"Học phí tin {back}-{k}",
            body="học phí",
            outlet=("Cổng Bộ" if k == 0 else f"Báo {k}"),
            sentiment=("positive", "neutral", "negative")[k % 3],
        )
        for back in range(20, 0, -1)
        for k in range(3)
    ]
    specs.append(
        Spec(NOW - timedelta(hours=2), HOSTILE, body=HOSTILE + " học phí", sentiment="negative")
    )
    store_specs(store, specs, official=("Cổng Bộ",))
    shared = store.watches.add(check_spec(WatchSpec("Học phí", query="hoc phi")), "tests")
    backfill(store, shared)
    private = store.watches.add(
        check_spec(
            WatchSpec("Riêng của Vụ", query="hoc phi", unit="Vụ Truyền thông", shared=False)
        ),
        "tests",
    )
    backfill(store, private)


@pytest.fixture
def web(tmp_path: Path) -> Iterator[Web]:
    store = Store.open(f"sqlite:///{tmp_path / 'web.db'}")
    seed(store)
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'web.db'}"), store)
    bundle = Web(store, app)
    yield bundle
    for client in bundle.clients:
        client.close()
    store.close()


@pytest.fixture(scope="module")
def shared_web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    """Like ``web``, but one seeded app for a whole test module: for tests that only read
    (seeding and signing in cost about a second per test). Tests that change the store
    use ``web``."""
    folder = tmp_path_factory.mktemp("shared-web")
    url = f"sqlite:///{folder / 'web.db'}"
    store = Store.open(url)
    seed(store)
    bundle = Web(store, create_app(Settings(database_url=url), store))
    yield bundle
    for client in bundle.clients:
        client.close()
    store.close()


def add_alert(store: Store, watch_name: str, title: str, *, severity: str = "high") -> int:
    """An alert of a ``story_outlets`` rule on a watch, as the rule would raise it: the
    driving story is the newest article's; returns the alert's id."""
    from toancanh.alerts.rules import check_rule

    watch = store.watches.find(watch_name)
    assert watch is not None
    rule = store.rules.add(
        watch_id=watch.id,
        kind="story_outlets",
        severity=severity,
        params=check_rule("story_outlets", severity, {}),
        cooldown_minutes=360,
        channel_names=[],
        actor="tests",
    )
    story = store.articles.list(limit=1)[0]
    alert, _ = store.alerts.raise_alert(
        rule,
        dedup_key=f"story_outlets:{story.story_id}:{title}",
        severity=severity,
        title=title,
        detail={
            "story_id": story.story_id,
            "outlets": 3,
            "articles": 4,
            "watch": watch.name,
            "stories": [
                {
                    "story_id": story.story_id,
                    "title": story.title,
                    "size": 4,
                    "outlets": 3,
                    "negative": 2,
                }
            ],
        },
        cooldown_since=NOW - timedelta(hours=6),
        is_material=lambda _: False,
        channel_ids=[],
    )
    return alert.id


def add_hostile_story(store: Store) -> None:
    """A story of two articles whose title and outlet are hostile markup."""
    outlet = '<img src=x onerror="alert(3)">Báo lạ'
    store_specs(
        store,
        [
            Spec(NOW - timedelta(hours=3), HOSTILE, body="học phí", outlet=outlet),
            Spec(NOW - timedelta(hours=2), HOSTILE, outlet="Báo 1", copy_of=0),
        ],
        seed=77,
    )


# -- the HTTP API ----------------------------------------------------------------------

API = "/api/v1"


def api_client(web: Web, who: str | None) -> TestClient:
    """A client of the API with ``who``'s token (None: no credentials); paths from /api/v1."""
    client = TestClient(web.app, base_url=f"http://testserver{API}")  # type: ignore[arg-type]
    web.clients.append(client)
    if who is not None:
        client.headers["Authorization"] = f"Bearer {web.token(who)}"
    return client


def watch_named(store: Store, name: str) -> Watch:
    found = store.watches.find(name)
    assert found is not None, name
    return found


def raise_test_alert(store: Store, watch: Watch, title: str) -> Alert:
    """An active alert of a volume-spike rule of ``watch``, driven by its newest story."""
    from toancanh.alerts.rules import check_rule

    rule = store.rules.add(
        watch_id=watch.id,
        kind="volume_spike",
        severity="high",
        params=check_rule("volume_spike", "high", {}),
        cooldown_minutes=360,
        channel_names=[],
        actor="tests",
    )
    newest = store.watches.articles(watch.id, limit=1)[0]
    alert, _ = store.alerts.raise_alert(
        rule,
        dedup_key=f"test-{watch.id}",
        severity="high",
        title=title,
        detail={
            "observed": 9,
            "baseline": 2.5,
            "stories": [{"story_id": newest.story_id, "size": 1, "title": newest.title}],
            "_figure": 9,
        },
        cooldown_since=NOW - timedelta(hours=6),
        is_material=lambda _: True,
        channel_ids=[],
    )
    return alert


def cli_json(web: Web, *args: str) -> Any:
    """``toancanh --db (the web app's database) ARGS --json``, parsed: what the API matches."""
    from typer.testing import CliRunner

    from toancanh.cli import app as cli_app

    url = web.store.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(cli_app, ["--db", url, *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def chart_option(html: str, name: str) -> Any:
    """The ECharts option of the chart ``id=name`` on a page: the JSON of its ``data-chart``
    attribute (tojson escapes ' < > &, so it sits whole in the single-quoted attribute)."""
    tag = re.search(rf'<div[^>]*\bid="{name}"[^>]*>', html)
    assert tag, f"no chart {name!r}"
    data = re.search(r"data-chart='([^']*)'", tag.group(0))
    assert data, f"the chart {name!r} carries no option"
    return json.loads(data.group(1))
