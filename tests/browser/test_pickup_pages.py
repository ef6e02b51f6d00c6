"""Linking watchlists on the statement form and reading a statement's pickup, in Debian's
chromium on a desktop and a phone: the chosen watchlist is linked, the Pickup section
shows the carrying article and the figure it states otherwise, hostile text stays text."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from browser_helpers import SIZES, LiveServer
from pickup_cases import ARTICLES, STATEMENTS
from toancanh.analyze.dedupe import fingerprint
from toancanh.domain.ingest import ArticleDraft
from web_helpers import HOSTILE


def store_carrier(live: LiveServer, size: str) -> None:
    """An article published after 2 Nov 2026 09:00 that carries the fines statement with
    another fine, under a hostile outlet name."""
    _, _, title, text = next(a for a in ARTICLES if a[0] == "wrong figure" and a[1] == "fines")
    draft = ArticleDraft(
        url=f"https://bao.example/pickup-{size}",
        title=f"{title} ({size})",
        text=text + f" ({size})",
        outlet=f"Báo {HOSTILE}",
        published_at=datetime(2026, 11, 2, 5, tzinfo=UTC),
    )
    live.store.articles.save(draft, fingerprint(draft.text, 0.5), 0.5)


def test_link_a_watchlist_and_read_the_pickup(live: LiveServer, tab: Any) -> None:
    store_carrier(live, tab.size_name)
    live.sign_in(tab, "analyst")
    tab.goto(f"{live.url}/statements/new")
    form = "#statement-form"
    tab.fill(f"{form} input[name=title]", f"Mức phạt vượt đèn đỏ ({tab.size_name}) {HOSTILE}")
    tab.fill(f"{form} textarea[name=text]", STATEMENTS["fines"])
    tab.fill(f"{form} input[name=issuer]", "Bộ Công an")
    tab.fill(f"{form} input[name=issued_at]", "2026-11-02T09:00")
    tab.select_option("#statement-watches", label="Học phí")
    tab.click(f"{form} button[type=submit]")
    tab.wait_for_url("**/statements/*?done=statement_added")
    assert tab.locator("#linked-watches a", has_text="Học phí").count() == 1
    assert tab.locator("#pickup").count() == 0  # a draft is carried by nobody yet
    tab.click("#publish-form button[type=submit]")
    tab.wait_for_url("**?done=statement_published")
    section = tab.locator("#pickup")
    assert int(tab.locator("#pickup-articles").inner_text()) >= 1  # the module's articles
    differing = tab.locator("#pickup-differing").inner_text()
    assert f"({tab.size_name})" in differing  # this run's article
    assert "10 triệu đồng" in differing and "từ 4 đến 6 triệu đồng" in differing
    assert HOSTILE in section.inner_text()  # the outlet's name, shown as text
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= SIZES[tab.size_name]["width"] + 1
    live.screenshot(tab, f"statement-pickup-{tab.size_name}")
    assert tab.dialogs == []
