"""Search, an article and its correction, a watchlist's chart — in Debian's chromium."""

from __future__ import annotations

from typing import Any

from browser_helpers import LiveServer

RESULT = "#results .hit-title"
# True once the address bar's q= is the given query (htmx pushes it without a reload).
query_is = "q => new URLSearchParams(location.search).get('q') === q"


def result_ids(page: Any) -> list[str]:
    return [a.get_attribute("href") for a in page.locator(RESULT).all()]


def test_search_with_and_without_diacritics_then_open_an_article(
    live: LiveServer, page: Any
) -> None:
    live.sign_in(page, "viewer")
    page.goto(f"{live.url}/search")
    page.fill("#q", "hoc phi tin")
    page.press("#q", "Enter")  # htmx: the results replace the search area in place
    page.wait_for_selector(RESULT)
    page.wait_for_function(query_is, arg="hoc phi tin")  # the URL is pushed
    plain = result_ids(page)
    assert len(plain) == 20
    assert page.locator("#results mark.hit").count() > 0
    live.screenshot(page, "search-vi")
    page.fill("#q", "học phí tin")
    page.press("#q", "Enter")
    page.wait_for_function(query_is, arg="học phí tin")
    page.wait_for_selector(RESULT)
    assert result_ids(page) == plain
    page.click("a[rel=next]")
    page.wait_for_selector("a[rel=prev]")
    assert set(result_ids(page)).isdisjoint(plain)
    page.fill("#q", "học phí AND (tăng")
    page.press("#q", "Enter")
    page.wait_for_selector("#query-error")
    assert "ký tự thứ 13" in page.inner_text("#query-error")
    live.screenshot(page, "search-error")
    page.fill("#q", "bấm")  # only the hostile article's title has it
    page.press("#q", "Enter")
    page.wait_for_selector(RESULT)
    page.click(RESULT)
    page.wait_for_selector("#analysis")
    assert "<script>" in page.inner_text("h1")  # shown as text, never run
    assert page.dialogs == []
    live.screenshot(page, "article-hostile")


def test_an_analyst_corrects_the_sentiment(live: LiveServer, page: Any) -> None:
    live.sign_in(page, "analyst")
    target = next(a.id for a in live.store.articles.list(limit=100) if a.title.endswith("5-1"))
    page.goto(f"{live.url}/articles/{target}")
    assert page.inner_text("#sentiment-label .tone-badge") == "Trung tính"
    page.select_option("#correct-sentiment select[name=label]", "negative")
    page.click("#correct-sentiment button[type=submit]")
    page.wait_for_selector("#sentiment-corrected")
    assert page.inner_text("#sentiment-label .tone-badge") == "Tiêu cực"
    assert "analyst@bo.gov.vn" in page.inner_text("#sentiment-corrected")
    page.select_option("#correct-topic select[name=label]", "giao duc va viec lam - giao duc")
    page.click("#correct-topic button[type=submit]")
    page.wait_for_selector("#topic-corrected")
    assert "Giáo dục" in page.inner_text("#topic-main")
    assert page.dialogs == []
    live.screenshot(page, "article-corrected")


def test_a_viewer_sees_no_correction_form(live: LiveServer, page: Any) -> None:
    live.sign_in(page, "viewer")
    target = live.store.articles.list(limit=1)[0].id
    page.goto(f"{live.url}/articles/{target}")
    page.wait_for_selector("#analysis")
    assert page.locator("#correct-sentiment").count() == 0


def test_the_watch_page_draws_its_chart_and_loads_more(live: LiveServer, page: Any) -> None:
    live.sign_in(page, "viewer")
    watch = live.store.watches.find("Học phí")
    assert watch is not None
    page.goto(f"{live.url}/watches/{watch.id}")
    page.wait_for_selector("#timeline[data-drawn=true] svg")
    assert page.locator("#timeline svg path").count() > 10
    assert page.locator("#voice[data-drawn=true] svg path").count() > 0
    assert page.locator("#watch-articles > li.hit").count() == 20
    page.click("#watch-articles li.more a")  # htmx: the next 20 come in place
    page.locator("#watch-articles > li.hit").nth(39).wait_for()
    assert page.url.endswith(f"/watches/{watch.id}")  # no navigation
    assert page.dialogs == []
    live.screenshot(page, "watch-vi")
