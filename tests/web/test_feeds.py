"""The public feeds of statements (Atom and JSON Feed 1.1): no sign-in, never a draft or
an embargoed statement, corrections as updated entries, withdrawals saying so, hostile
text inert; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import feedparser
import pytest
from fastapi.testclient import TestClient

from toancanh.access import Actor
from toancanh.config import Settings
from toancanh.domain.statements import StatementSpec
from toancanh.domain.watches import WatchSpec
from toancanh.services import statements
from toancanh.store import Store
from toancanh.web.app import create_app

HOSTILE = '<script>alert("x")</script> & "ngoặc" <img src=x onerror=alert(1)>'
PRESS = Actor("bao-chi@bo.gov.vn", "analyst", "Vụ Báo chí", 2)
ISSUED = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    url = store.engine.url.render_as_string(hide_password=False)
    with TestClient(create_app(Settings(database_url=url), store)) as anonymous:
        yield anonymous


def _add(store: Store, title: str, *, status: str = "published", **more: object) -> int:
    values: dict[str, object] = {
        "title": title,
        "text": f"Nội dung của {title}",
        "issuer": "Bộ Y tế",
        "issued_at": ISSUED,
    }
    spec = StatementSpec(**(values | more))  # type: ignore[arg-type]
    return statements.add_statement(store, PRESS, spec, status=status).id


def _registry(store: Store) -> dict[str, int]:
    shared = store.watches.add(WatchSpec("Giá thuốc", query="thuoc"), actor="t")
    hidden = store.watches.add(
        WatchSpec("Riêng", query="x", unit="Vụ Báo chí", shared=False), actor="t"
    )
    ids = {
        "hostile": _add(store, HOSTILE, text=HOSTILE, url="https://moh.gov.vn/a?x=1&y=2"),
        "draft": _add(store, "Bản nháp", status="draft"),
        "embargoed": _add(store, "Cấm vận", embargo_until=datetime.now(UTC) + timedelta(days=1)),
        "past_embargo": _add(store, "Hết cấm vận", embargo_until=ISSUED),
        "corrected": _add(store, "Đính chính", watch_ids=(shared.id,)),
        "withdrawn": _add(store, "Thu hồi", issuer="Bộ TT&TT"),
        "shared": shared.id,
        "hidden": hidden.id,
    }
    statements.correct_statement(
        store, PRESS, ids["corrected"], note="sửa số liệu", text="Số liệu đúng là 3"
    )
    statements.withdraw_statement(store, PRESS, ids["withdrawn"], "nhầm đơn vị")
    return ids


def _ids(*keys: str, ids: dict[str, int]) -> set[str]:
    return {f"urn:toancanh:statement:{ids[k]}" for k in keys}


def test_the_atom_feed(store: Store, client: TestClient) -> None:
    ids = _registry(store)
    answer = client.get("/feeds/statements.atom")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/atom+xml")
    assert b"<script" not in answer.content and b"<img" not in answer.content
    feed = feedparser.parse(answer.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    entries = {e.id: e for e in feed.entries}
    shown = ("hostile", "past_embargo", "corrected", "withdrawn")
    assert set(entries) == _ids(*shown, ids=ids)  # no draft, nothing under embargo
    hostile = entries[f"urn:toancanh:statement:{ids['hostile']}"]
    assert hostile.title == HOSTILE  # read back as the text it is
    assert hostile.link == "https://moh.gov.vn/a?x=1&y=2"
    assert hostile.content[0].type == "text/plain"
    corrected = entries[f"urn:toancanh:statement:{ids['corrected']}"]
    assert corrected.title == "[Đính chính] Đính chính"
    assert "sửa số liệu" in corrected.content[0].value
    assert corrected.updated_parsed >= corrected.published_parsed
    withdrawn = entries[f"urn:toancanh:statement:{ids['withdrawn']}"]
    assert withdrawn.title.startswith("[Thu hồi]")
    assert "nhầm đơn vị" in withdrawn.content[0].value
    assert "Nội dung" not in withdrawn.content[0].value  # the withdrawn text is not repeated
    assert withdrawn.author == "Bộ Khoa học và Công nghệ"
    # Last changed first: the withdrawal, then the correction.
    assert [e.id for e in feed.entries[:2]] == [withdrawn.id, corrected.id]


def test_the_json_feed_and_its_filters(store: Store, client: TestClient) -> None:
    ids = _registry(store)
    answer = client.get("/feeds/statements.json")
    assert answer.headers["content-type"].startswith("application/feed+json")
    assert b"<" not in answer.content  # inert even to a reader sniffing it as HTML
    feed = json.loads(answer.content)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] and feed["items"]
    for item in feed["items"]:
        assert isinstance(item["id"], str) and ("content_text" in item or "content_html" in item)
        assert "content_html" not in item
    titles = {item["title"] for item in feed["items"]}
    assert HOSTILE in titles and "Bản nháp" not in titles and "Cấm vận" not in titles
    by_issuer = json.loads(
        client.get("/feeds/statements.json", params={"issuer": "Bộ TT&TT"}).content
    )
    assert [i["id"] for i in by_issuer["items"]] == [f"urn:toancanh:statement:{ids['withdrawn']}"]
    by_watch = feedparser.parse(client.get(f"/feeds/statements.atom?watch={ids['shared']}").content)
    assert [e.id for e in by_watch.entries] == [f"urn:toancanh:statement:{ids['corrected']}"]
    assert client.get(f"/feeds/statements.atom?watch={ids['hidden']}").status_code == 404
    assert client.get("/feeds/statements.json?issuer=Bộ Không Có").status_code == 400
