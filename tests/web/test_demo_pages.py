"""The dashboard on the demo a new user loads first (``toancanh demo``): the counts, the
outlets the data came from, the catalog added from the page, the summary in words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from toancanh.cli import app as cli_app
from toancanh.config import Settings
from toancanh.services.sources import catalog_size
from toancanh.store import Store
from toancanh.web.app import create_app
from web_helpers import sign_in

DEMO_USER, DEMO_PASSWORD = "demo@toancanh.local", "toancanh-demo"


class Demo:
    def __init__(self, url: str, summary: str) -> None:
        self.url = url
        self.summary = summary
        self.store = Store.open(url)
        self.app = create_app(Settings(database_url=url), self.store)
        self.clients: list[TestClient] = []

    def client(self) -> TestClient:
        client = TestClient(self.app, base_url="http://testserver")
        self.clients.append(client)
        page = sign_in(client, DEMO_USER, DEMO_PASSWORD)
        found = re.search(r'"X-CSRF-Token": "([^"]+)"', page.text)
        assert found, page.text[:300]
        client.csrf = found.group(1)  # type: ignore[attr-defined]
        return client

    def cli(self, *args: str) -> str:
        result = CliRunner().invoke(cli_app, ["--db", self.url, *args])
        assert result.exit_code == 0, result.output
        return result.output


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    url = f"sqlite:///{Path(tmp_path_factory.mktemp('demo')) / 'demo.db'}"
    result = CliRunner().invoke(cli_app, ["--db", url, "demo"])
    assert result.exit_code == 0, result.output
    bundle = Demo(url, result.output)
    yield bundle
    for client in bundle.clients:
        client.close()
    bundle.store.close()


def test_the_demo_summary_names_policy_areas_not_keys(demo: Demo) -> None:
    areas = re.search(r"main policy areas: (.*?)\.\s+Watchlists", demo.summary.replace("\n", " "))
    assert areas, demo.summary
    assert not re.search(r"\b[a-z]+_[a-z_]+ \(\d+\)", areas.group(1)), areas.group(1)
    assert re.search(r"[À-ỹ]", areas.group(1)), "the areas' Vietnamese names"


def test_the_watchlists_page_counts_what_the_cli_counts_on_the_demo(demo: Demo) -> None:
    html = demo.client().get("/watches").text
    shown = {
        int(m.group(1)): int(m.group(2).replace(".", ""))
        for m in re.finditer(r'<tr id="watch-(\d+)">.*?<td class="num">([\d.]+)</td>', html, re.S)
    }
    import json

    cli = {w["id"]: w["matches"] for w in json.loads(demo.cli("watch", "list", "--json"))}
    assert len(shown) == len(cli) >= 5 and all(n > 0 for n in cli.values())
    assert shown == cli


def test_the_sources_page_shows_the_demo_outlets_with_their_articles(demo: Demo) -> None:
    html = demo.client().get("/sources").text
    listing = html.split('id="outlet-list"')[1].split("</table>")[0]
    counts = [
        int(n.replace(".", "")) for n in re.findall(r'<td class="num">([\d.]+)</td>', listing)
    ]
    assert len(counts) == 14, "the demo's 14 outlets"
    assert sum(counts) == demo.store.articles.count()
    assert counts == sorted(counts, reverse=True)
    assert "Chưa có nguồn nào" not in html.split('id="outlet-list"')[0]
    assert "các bài ở trên được nhập từ tệp" in html  # why no source is polled


def test_an_admin_adds_the_feed_catalog_from_the_page(demo: Demo) -> None:
    admin = demo.client()
    before = len(demo.store.audit.entries(entity="source", limit=10_000))
    refused = admin.post("/sources/catalog", follow_redirects=False)
    assert refused.status_code == 403  # no CSRF token
    done = admin.post(
        "/sources/catalog",
        data={"csrf_token": admin.csrf},
        follow_redirects=False,  # type: ignore[attr-defined]
    )
    assert done.status_code == 303
    assert len(demo.store.sources.list()) == catalog_size() > 50
    entries = demo.store.audit.entries(entity="source", limit=10_000)
    assert len(entries) - before == catalog_size()
    assert {e.actor for e in entries[: catalog_size()]} == {DEMO_USER}
    page = admin.get(done.headers["location"]).text
    assert "Đã thêm các kênh trong danh mục nguồn tin" in page
    again = admin.post("/sources/catalog", data={"csrf_token": admin.csrf}, follow_redirects=False)  # type: ignore[attr-defined]
    assert again.status_code == 303 and len(demo.store.sources.list()) == catalog_size()
