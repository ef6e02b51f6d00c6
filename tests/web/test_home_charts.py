"""The home page answers without its 30-day section; htmx fetches it from /overview/charts."""

from __future__ import annotations

import re

from web_helpers import Web, add_hostile_story, chart_option

HTMX = {"HX-Request": "true"}


def charts_address(html: str) -> str:
    found = re.search(r'hx-get="(/overview/charts\?[^"]+)" hx-trigger="load"', html)
    assert found, "the page asks for its charts once shown"
    return found.group(1).replace("&amp;", "&")


def test_the_home_page_leaves_the_period_charts_to_a_request_of_their_own(web: Web) -> None:
    client = web.client("viewer")
    page = client.get("/")
    assert page.status_code == 200 and 'id="today"' in page.text
    assert "data-chart=" not in page.text and 'id="net-sentiment"' not in page.text
    assert "Top stories" not in page.text and "Tin nổi bật" not in page.text
    address = charts_address(page.text)
    assert f'<a href="{address.replace("&", "&amp;")}">' in page.text  # without JavaScript
    fragment = client.get(address, headers=HTMX)
    assert fragment.status_code == 200 and fragment.headers["vary"] == "HX-Request"
    html = fragment.text
    assert "<html" not in html and "<script" not in html  # a part, its data in attributes
    assert 'id="net-sentiment"' in html
    assert chart_option(html, "timeline")["series"]
    assert chart_option(html, "voice")["series"] and chart_option(html, "tones")["series"]


def test_the_charts_show_the_days_the_page_was_asked_for(web: Web) -> None:
    client = web.client("viewer")
    page = client.get("/", params={"since": "2026-01-01", "until": "2026-01-03"})
    html = client.get(charts_address(page.text), headers=HTMX).text
    axis = chart_option(html, "timeline")["xAxis"]["data"]
    assert axis == ["01/01/2026", "02/01/2026", "03/01/2026"]
    bad = client.get("/overview/charts", params={"until": "hôm qua"}, headers=HTMX)
    assert bad.status_code == 400


def test_without_javascript_the_charts_are_a_page_with_their_own_date_filter(web: Web) -> None:
    client = web.client("viewer")
    page = client.get("/overview/charts", params={"since": "2026-01-01", "until": "2026-01-03"})
    assert page.status_code == 200
    html = page.text
    assert "<h1>" in html and 'action="/overview/charts"' in html
    assert 'value="2026-01-01"' in html and 'value="2026-01-03"' in html
    assert 'href="/?since=2026-01-01&amp;until=2026-01-03"' in html  # back to the day
    assert chart_option(html, "timeline")["xAxis"]["data"][0] == "01/01/2026"


def test_the_charts_ask_for_a_session_like_the_page(web: Web) -> None:
    stranger = web.client()
    for address in ("/", "/overview/charts?since=2026-01-01&until=2026-01-03"):
        answer = stranger.get(address, headers=HTMX, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login")
        assert "data-chart" not in answer.text


def test_a_scraped_title_in_the_top_stories_stays_text(web: Web) -> None:
    add_hostile_story(web.store)
    html = web.client("analyst").get("/overview/charts", headers=HTMX).text
    assert "<script>alert" not in html and 'onerror="alert' not in html
    assert "&lt;script&gt;alert" in html  # the story's title, as text in the table
