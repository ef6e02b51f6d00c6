"""The API's reading side: articles, search, stories; the same JSON as the CLI's ``--json``,
paging, filters, bad input, and scraped text kept as data."""

from __future__ import annotations

from toancanh.resolve import topic_label
from web_helpers import HOSTILE, Web, api_client, cli_json


def test_articles_are_the_cli_s_in_a_paging_envelope(web: Web) -> None:
    api = api_client(web, "viewer")
    first = api.get("/articles", params={"limit": 5}).json()
    assert first["items"] == cli_json(web, "articles", "list", "--limit", "5")
    assert (first["limit"], first["offset"], first["next_offset"]) == (5, 0, 5)
    second = api.get("/articles", params={"limit": 5, "offset": 5}).json()
    assert second["items"] == cli_json(web, "articles", "list", "--limit", "5", "--offset", "5")
    assert {a["id"] for a in first["items"]}.isdisjoint(a["id"] for a in second["items"])
    assert first["items"][0]["published_at"].endswith("+07:00")


def test_walking_the_pages_gives_every_article_once(web: Web) -> None:
    api = api_client(web, "viewer")
    seen: list[int] = []
    offset: int | None = 0
    while offset is not None:
        body = api.get("/articles", params={"limit": 7, "offset": offset}).json()
        seen += [a["id"] for a in body["items"]]
        offset = body["next_offset"]
    assert len(seen) == len(set(seen)) == web.store.articles.count() == 61
    last = api.get("/articles", params={"limit": 7, "offset": 61}).json()
    assert last == {"items": [], "limit": 7, "offset": 61, "next_offset": None}


def test_filters_resolve_like_the_cli(web: Web) -> None:
    api = api_client(web, "viewer")
    official = api.get("/articles", params={"outlet": "cong bo", "limit": 200}).json()["items"]
    assert len(official) == 20 and {a["outlet"] for a in official} == {"Cổng Bộ"}
    negative = api.get("/articles", params={"sentiment": "NEGATIVE", "limit": 200}).json()
    assert len(negative["items"]) == 21
    recent = api.get("/articles", params={"since": "3d", "limit": 200}).json()["items"]
    assert recent == cli_json(web, "articles", "list", "--since", "3d", "--limit", "200")


def test_bad_filters_and_paging_are_refused_with_what_to_fix(web: Web) -> None:
    api = api_client(web, "viewer")
    unknown = api.get("/articles", params={"outlet": "Báo Không Có"})
    assert unknown.status_code == 400
    assert "no outlet matches" in unknown.json()["detail"] and "Cổng Bộ" in unknown.json()["detail"]
    date = api.get("/articles", params={"since": "hôm qua"})
    assert date.status_code == 400 and "is not a date" in date.json()["detail"]
    topic = api.get("/articles", params={"topic": "không có"})
    assert topic.status_code == 400 and "topics:" in topic.json()["detail"]
    assert api.get("/articles", params={"limit": 201}).status_code == 422
    assert api.get("/articles", params={"limit": 0}).status_code == 422
    assert api.get("/articles", params={"offset": -1}).status_code == 422
    assert api.get("/articles/abc").status_code == 422
    missing = api.get("/articles/99999")
    assert missing.status_code == 404 and missing.json()["detail"] == "no article #99999"


def test_one_article_with_its_analysis_as_the_cli_shows_it(web: Web) -> None:
    api = api_client(web, "viewer")
    article = api.get("/articles/3").json()
    assert article == cli_json(web, "articles", "show", "3")
    assert article["analysis"]["sentiment"]["label"] == "negative"


def test_search_matches_the_cli_and_points_at_a_query_mistake(web: Web) -> None:
    api = api_client(web, "viewer")
    found = api.get("/search", params={"q": "hoc phi", "limit": 10, "outlet": "Cổng Bộ"}).json()
    assert found["items"] == cli_json(
        web, "search", "hoc phi", "--limit", "10", "--outlet", "Cổng Bộ"
    )
    assert found["next_offset"] == 10 and all(h["outlet"] == "Cổng Bộ" for h in found["items"])
    query = 'hoc AND ("phi'
    bad = api.get("/search", params={"q": query})
    assert bad.status_code == 400
    body = bad.json()
    at = query.index('"')  # the phrase that is never closed
    assert body["position"] == at and body["message"] and f"(at character {at})" in body["detail"]
    assert api.get("/search").status_code == 422  # q is required


def test_stories_match_the_cli(web: Web) -> None:
    api = api_client(web, "viewer")
    body = api.get("/stories", params={"min_size": 1, "limit": 3}).json()
    assert body["items"] == cli_json(web, "stories", "--min-size", "1", "--limit", "3")
    assert body["next_offset"] == 3
    assert (
        api.get("/stories", params={"min_size": 1, "limit": 3, "offset": 3}).json()["items"]
        != body["items"]
    )


def test_scraped_text_comes_back_as_plain_json_strings(web: Web) -> None:
    api = api_client(web, "viewer")
    response = api.get("/articles", params={"limit": 1})
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["items"][0]["title"] == HOSTILE  # data, unchanged, not markup
    hit = api.get("/search", params={"q": "onerror", "limit": 1}).json()["items"][0]
    assert hit["title"] == HOSTILE and isinstance(hit["snippet"], str)
    assert response.headers["x-content-type-options"] == "nosniff"


def test_a_label_is_recorded_with_the_user_as_author(web: Web) -> None:
    analyst = api_client(web, "analyst")
    answer = analyst.post("/articles/3/labels", json={"task": "sentiment", "value": "Neutral"})
    assert answer.status_code == 200, answer.text
    assert answer.json() == {
        "article_id": 3,
        "task": "sentiment",
        "value": "neutral",
        "previous": "negative",
        "author": "analyst@bo.gov.vn",
    }
    assert analyst.get("/articles/3").json()["analysis"]["corrected"]["sentiment"] == "neutral"
    topic = analyst.post("/articles/3/labels", json={"task": "topic", "value": "giao duc"})
    assert topic.status_code == 200 and topic.json()["value"] == topic_label("giao duc")
    wrong = analyst.post("/articles/3/labels", json={"task": "sentiment", "value": "tốt"})
    assert wrong.status_code == 400 and "positive" in wrong.json()["detail"]
    assert (
        analyst.post("/articles/3/labels", json={"task": "tone", "value": "x"}).status_code == 422
    )
    assert (
        analyst.post("/articles/999/labels", json={"task": "topic", "value": "x"}).status_code
        == 404
    )
    assert web.store.analysis.corrections("sentiment")


def test_a_costly_search_is_refused_with_what_to_fix(web: Web, monkeypatch) -> None:
    # 128 one-letter prefixes held a worker 20 s: refused before running, with the place.
    api = api_client(web, "viewer")
    hostile = " OR ".join(f"{c}*" for c in "abcdeghiklmnopqrstuvxy" * 6)[:764]
    refused = api.get("/search", params={"q": hostile})
    assert refused.status_code == 400 and refused.json()["position"] == 0
    assert "at least 3 letters before the *" in refused.json()["message"]
    # Whatever cost is left is bounded in time: the search stops, and says what to change.
    from toancanh.store.sql import search

    monkeypatch.setattr(search, "SEARCH_TIME_LIMIT", 0.0)
    monkeypatch.setattr(search, "_SQLITE_STEPS", 1)
    slow = api.get("/search", params={"q": "hoc OR phi"})
    assert slow.status_code == 400 and slow.json()["field"] == "q"
    assert "was stopped: use fewer words joined by OR" in slow.json()["detail"]
