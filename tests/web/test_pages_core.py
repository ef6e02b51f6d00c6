"""The watchlist page, search (with its exports) and the article page, on a real store."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from toancanh.analyze.dedupe import fingerprint
from toancanh.analyze.types import (
    AgencyMention,
    Analysis,
    LegalRef,
    PersonMention,
    PlaceMention,
    PolicyArea,
    Sentiment,
    SentimentEvidence,
    TopicScore,
)
from toancanh.domain.ingest import ArticleDraft
from toancanh.store.schema import label_corrections
from web_helpers import HOSTILE, NOW, USERS, Web, chart_option, shared_web  # noqa: F401 (a fixture)

_CLIENTS: dict[tuple[int, str], TestClient] = {}


@pytest.fixture(scope="module")
def site(shared_web: Web) -> Web:  # noqa: F811 (the fixture imported above)
    """The seeded app shared by the tests that only read."""
    return shared_web


def signed_in(web: Web, who: str) -> TestClient:
    """A signed-in client, one per app and role (signing in takes a while)."""
    key = (id(web), who)
    if key not in _CLIENTS:
        _CLIENTS[key] = web.client(who)
    return _CLIENTS[key]


class Inert(HTMLParser):
    """Every script, event-handler attribute and javascript: URL of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []
        self.handlers: list[str] = []
        self.js_urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts.append(dict(attrs))
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"{tag} {name}")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.js_urls.append(value or "")


def assert_inert(html: str) -> None:
    assert "<script>alert" not in html
    assert 'href="javascript:' not in html and 'onerror="' not in html
    found = Inert()
    found.feed(html)
    assert found.handlers == [] and found.js_urls == []
    for script in found.scripts:  # only our own files, or JSON data
        assert script.get("src") or script.get("type") == "application/json", script


def hostile_id(web: Web) -> int:
    hits = [a for a in web.store.articles.list(limit=200) if a.title == HOSTILE]
    assert hits
    return hits[0].id


def article_id(web: Web, title: str = "Học phí tin 1-0") -> int:
    return next(a.id for a in web.store.articles.list(limit=200) if a.title == title)


# -- the watchlist page -----------------------------------------------------------------


def test_watch_page_shows_the_trend_the_forecast_and_the_articles(site: Web) -> None:
    watch = site.store.watches.find("Học phí")
    assert watch is not None
    page = signed_in(site, "viewer").get(f"/watches/{watch.id}")
    assert page.status_code == 200
    html = page.text
    assert "<h1>Học phí</h1>" in html and "<code>hoc phi</code>" in html
    names = [s["name"] for s in chart_option(html, "timeline")["series"]]
    assert any("Dự báo" in n for n in names) and chart_option(html, "voice")["series"]
    assert 'id="net-sentiment"' in html and 'id="share-of-voice">33%' in html
    assert "Cổng Bộ" in html  # top outlets
    assert '<mark class="hit">Học</mark> <mark class="hit">phí</mark> tin 1-0' in html
    assert "Xem thêm tin bài" in html  # 61 articles: a second page
    assert_inert(html)


def test_watch_articles_are_paged_newest_first(site: Web) -> None:
    watch = site.store.watches.find("Học phí")
    assert watch is not None
    client = signed_in(site, "viewer")
    first = client.get(f"/watches/{watch.id}").text
    more = client.get(f"/watches/{watch.id}/articles?page=2", headers={"HX-Request": "true"})
    assert more.status_code == 200 and "<html" not in more.text
    titles = re.findall(r'class="hit-title" href="/articles/(\d+)"', first)
    next_titles = re.findall(r'class="hit-title" href="/articles/(\d+)"', more.text)
    assert len(titles) == 20 and len(next_titles) == 20 and not set(titles) & set(next_titles)
    assert "page=3" in more.text
    last = client.get(f"/watches/{watch.id}/articles?page=4").text
    assert "page=5" not in last and len(re.findall('class="hit-title"', last)) == 1


def test_a_private_watch_is_not_found_for_another_unit(site: Web) -> None:
    private = site.store.watches.find("Riêng của Vụ")
    assert private is not None
    assert signed_in(site, "other").get(f"/watches/{private.id}").status_code == 404
    assert signed_in(site, "other").get(f"/watches/{private.id}/articles").status_code == 404
    assert signed_in(site, "viewer").get(f"/watches/{private.id}").status_code == 200
    assert signed_in(site, "admin").get(f"/watches/{private.id}").status_code == 200
    assert signed_in(site, "viewer").get("/watches/999").status_code == 404


def test_watch_page_period_filter(site: Web) -> None:
    watch = site.store.watches.find("Học phí")
    assert watch is not None
    day = (NOW.date()).isoformat()
    page = signed_in(site, "viewer").get(f"/watches/{watch.id}?since=2000-01-01&until=2000-01-31")
    assert page.status_code == 200 and "Không có tin bài nào trong giai đoạn này" in page.text
    assert "Không dự báo" in page.text and "đã qua" in page.text  # no forecast of the past
    bad = signed_in(site, "viewer").get(f"/watches/{watch.id}?since=hôm-qua&until={day}")
    assert bad.status_code == 400


# -- search -----------------------------------------------------------------------------


def result_ids(html: str) -> list[str]:
    return re.findall(r'class="hit-title" href="/articles/(\d+)"', html)


def test_search_with_and_without_diacritics_finds_the_same(site: Web) -> None:
    client = signed_in(site, "viewer")
    plain = client.get("/search", params={"q": "hoc phi tin"})
    marked = client.get("/search", params={"q": "học phí tin"})
    assert plain.status_code == marked.status_code == 200
    assert result_ids(plain.text) and result_ids(plain.text) == result_ids(marked.text)
    assert len(result_ids(plain.text)) == 20 and "page=2" in plain.text
    assert '<mark class="hit">Học</mark>' in plain.text  # the title is highlighted
    assert '<mark class="hit">học</mark>' in plain.text  # and the snippet
    second = client.get("/search", params={"q": "hoc phi tin", "page": 2})
    assert set(result_ids(second.text)).isdisjoint(result_ids(plain.text))
    assert_inert(client.get("/search", params={"q": "alert onerror javascript"}).text)


def test_search_with_htmx_returns_the_search_area_only(site: Web) -> None:
    page = signed_in(site, "viewer").get(
        "/search", params={"q": "hoc phi"}, headers={"HX-Request": "true"}
    )
    assert page.status_code == 200
    assert page.text.lstrip().startswith('<div id="search-area">') and "<html" not in page.text
    assert 'hx-push-url="true"' in page.text


def test_a_costly_search_is_refused_next_to_the_query_in_vietnamese(
    site: Web, monkeypatch: pytest.MonkeyPatch
) -> None:
    from toancanh.store.sql import search

    client = signed_in(site, "viewer")
    short = client.get("/search", params={"q": "a* OR b*"})
    assert short.status_code == 200 and "ít nhất 3 chữ cái trước dấu *" in short.text
    monkeypatch.setattr(search, "SEARCH_TIME_LIMIT", 0.0)
    monkeypatch.setattr(search, "_SQLITE_STEPS", 1)
    slow = client.get("/search", params={"q": "hoc phi"})
    assert slow.status_code == 200 and not result_ids(slow.text)
    assert "tìm kiếm mất hơn 0 giây nên đã bị dừng" in slow.text
    assert 'id="query-error"' in slow.text and 'aria-invalid="true"' in slow.text


def test_search_filters(site: Web) -> None:
    client = signed_in(site, "viewer")
    by_outlet = client.get("/search", params={"q": "hoc phi", "outlet": "cong bo"}).text
    ids = result_ids(by_outlet)
    assert ids and all(site.store.articles.get(int(i)).outlet == "Cổng Bộ" for i in ids)  # type: ignore[union-attr]
    negative = client.get("/search", params={"q": "hoc phi", "sentiment": "negative"}).text
    analyses = [site.store.analysis.get(int(i)) for i in result_ids(negative)]
    assert analyses and all(a and a["sentiment"]["label"] == "negative" for a in analyses)
    today = NOW.date().isoformat()
    dated = client.get("/search", params={"q": "hoc phi", "since": today, "until": today}).text
    for i in result_ids(dated):
        published = site.store.articles.get(int(i)).published_at  # type: ignore[union-attr]
        assert published is not None and (NOW - published).days < 2
    assert client.get("/search", params={"q": "hoc phi", "agency": "Bộ Y tế"}).status_code == 200
    topic = client.get("/search", params={"q": "hoc phi", "topic": "Chính trị và pháp luật"})
    assert len(result_ids(topic.text)) == 20
    other = client.get("/search", params={"q": "hoc phi", "topic": "bong da"})
    assert result_ids(other.text) == [] and "Không có tin bài nào phù hợp" in other.text


def test_bad_filters_are_shown_next_to_their_fields(site: Web) -> None:
    page = signed_in(site, "viewer").get(
        "/search",
        params={"q": "hoc phi", "outlet": "không có", "agency": "Bộ Vũ Trụ", "since": "ngày mai"},
    )
    assert page.status_code == 200
    html = page.text
    assert 'id="outlet-error"' in html and "Không có cơ quan báo chí nào khớp" in html
    assert "Cổng Bộ" in html  # the known outlets are listed
    assert 'id="agency-error"' in html and 'id="since-error"' in html
    assert result_ids(html) == []


def test_an_invalid_query_shows_the_error_and_its_position(site: Web) -> None:
    page = signed_in(site, "viewer").get("/search", params={"q": "học phí AND (tăng"})
    assert page.status_code in (200, 400)
    html = page.text
    assert 'id="query-error"' in html and "ký tự thứ 13" in html
    assert "thiếu ngoặc" in html
    assert "<pre" in html and "\n            ^" in html  # the caret under the (
    bad_field = signed_in(site, "viewer").get("/search", params={"q": "foo:bar"})
    assert bad_field.status_code in (200, 400) and 'id="query-error"' in bad_field.text


def test_csv_export_has_a_bom_and_vietnamese_text(site: Web) -> None:
    client = signed_in(site, "viewer")
    response = client.get("/search/export.csv", params={"q": "hoc phi", "outlet": "Cổng Bộ"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Mã", "Thời gian đăng", "Cơ quan báo chí", "Tiêu đề"]
    assert len(rows) == 21 and all(r[2] == "Cổng Bộ" for r in rows[1:])
    assert any(r[3] == "Học phí tin 1-0" for r in rows[1:])
    everything = client.get("/search/export.csv", params={"q": "hoc phi"}).content
    assert len(list(csv.reader(io.StringIO(everything.decode("utf-8-sig"))))) == 62  # > a page


def test_xlsx_export_opens_in_openpyxl(site: Web) -> None:
    response = signed_in(site, "viewer").get("/search/export.xlsx", params={"q": "học phí"})
    assert response.status_code == 200
    assert "spreadsheetml" in response.headers["content-type"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][3] == "Tiêu đề" and len(rows) == 62
    titles = [r[3] for r in rows[1:]]
    assert "Học phí tin 1-0" in titles and HOSTILE in titles  # kept as plain text
    assert all(isinstance(r[0], int) for r in rows[1:])


def test_exports_refuse_a_bad_query_or_filter(site: Web) -> None:
    client = signed_in(site, "viewer")
    assert client.get("/search/export.csv", params={"q": "(hoc"}).status_code == 400
    assert (
        client.get("/search/export.xlsx", params={"q": "hoc", "outlet": "zzz"}).status_code == 400
    )
    assert client.get("/search/export.csv").status_code == 400


def test_an_export_cell_never_becomes_a_formula(web: Web) -> None:
    draft = ArticleDraft(
        url="https://thu.example/formula",
        title='=HYPERLINK("http://evil.example","bấm") học phí',
        text="@SUM(1+1) học phí công thức",
        outlet="Báo Thử Nghiệm",
    )
    web.store.articles.save(draft, fingerprint(draft.text, 0.5), 0.5)
    client = web.client("viewer")
    text = client.get("/search/export.csv", params={"q": "cong thuc"}).content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    sheet = load_workbook(
        io.BytesIO(client.get("/search/export.xlsx", params={"q": "cong thuc"}).content)
    ).active
    cell = sheet.cell(row=2, column=4)
    assert cell.data_type == "s" and str(cell.value).startswith("=HYPERLINK")


# -- the article page -------------------------------------------------------------------


def test_article_page_shows_text_source_story_and_analysis(web: Web) -> None:
    target = article_id(web)
    web.store.analysis.save_many(
        [
            (
                target,
                Analysis(
                    language="vi",
                    topics=(
                        TopicScore("giao duc va viec lam - giao duc", 0.8),
                        TopicScore("chinh tri va phap luat", 0.1),
                    ),
                    policy_areas=(PolicyArea("education", "Bộ Giáo dục và Đào tạo"),),
                    sentiment=Sentiment(
                        "negative", 0.7, (SentimentEvidence("học phí", "negative", 0, 7),)
                    ),
                    agencies=(
                        AgencyMention(
                            "Bộ TT&TT", "Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"
                        ),
                    ),
                    places=(
                        PlaceMention(
                            "Bình Dương", "Tỉnh Bình Dương", "Thành phố Hồ Chí Minh", "city"
                        ),
                    ),
                    legal_refs=(
                        LegalRef(
                            "Nghị định 81/2021/NĐ-CP", "Nghị định", "81/2021/NĐ-CP", "CP", 2021
                        ),
                    ),
                    people=(PersonMention("Bộ trưởng Nguyễn Văn A", "Nguyễn Văn A", "Bộ trưởng"),),
                    stage="implementing",
                    model_version="test",
                ),
            )
        ]
    )
    page = web.client("viewer").get(f"/articles/{target}")
    assert page.status_code == 200
    html = page.text
    assert "Học phí tin 1-0" in html and "Cổng Bộ" in html
    assert 'href="https://thu.example/1/57" rel="noopener noreferrer nofollow"' in html
    assert '<mark class="tone-negative">học phí</mark>' in html  # the evidence, in the text
    for shown in (
        "Giáo dục",
        "0,80",
        "Giáo dục, đào tạo",
        "Bộ Thông tin và Truyền thông",
        "nay là Bộ Khoa học và Công nghệ",
        "Tỉnh Bình Dương",
        "81/2021/NĐ-CP",
        "Bộ trưởng Nguyễn Văn A",
        "Tổ chức thực hiện",
        "Tiêu cực",
    ):
        assert shown in html, shown
    assert 'id="correct-sentiment"' not in html  # a viewer cannot correct


def test_article_page_lists_the_story_and_other_urls(web: Web) -> None:
    original = ArticleDraft(
        url="https://mot.example/tin",
        title="Tăng học phí đại học từ năm sau",
        text="Bộ Giáo dục đề xuất tăng học phí đại học. " * 20,
        outlet="Báo 1",
    )
    copy = ArticleDraft(
        url="https://hai.example/tin",
        title="Đề xuất tăng học phí đại học",
        text=original.text + " Theo Báo 1.",
        outlet="Báo 2",
    )
    first = web.store.articles.save(original, fingerprint(original.text, 0.5), 0.5)
    second = web.store.articles.save(copy, fingerprint(copy.text, 0.5), 0.5)
    assert first.story_id == second.story_id
    again = ArticleDraft(url="https://ba.example/lai", title=original.title, text=original.text)
    web.store.articles.save(again, fingerprint(again.text, 0.5), 0.5)
    html = web.client("viewer").get(f"/articles/{first.article_id}").text
    assert f'href="/articles/{second.article_id}"' in html and "Đề xuất tăng học phí" in html
    assert 'href="https://ba.example/lai"' in html  # also seen at


def test_a_javascript_url_is_not_a_link(web: Web) -> None:
    draft = ArticleDraft(
        url="javascript:alert(3)", title="Tin có địa chỉ lạ", text="nội dung", outlet="Báo 1"
    )
    saved = web.store.articles.save(draft, fingerprint(draft.text, 0.5), 0.5)
    html = web.client("viewer").get(f"/articles/{saved.article_id}").text
    assert "javascript:alert(3)" in html  # shown as text
    assert_inert(html)


def test_an_analyst_corrects_the_sentiment_and_the_topic(web: Web) -> None:
    target = article_id(web)
    client = web.client("analyst")
    page = client.get(f"/articles/{target}").text
    assert 'id="correct-sentiment"' in page and 'id="correct-topic"' in page
    assert 'name="csrf_token"' in page
    response = client.post(
        f"/articles/{target}/correct",
        data={"task": "sentiment", "label": "negative", "csrf_token": client.csrf},  # type: ignore[attr-defined]
        follow_redirects=False,
    )
    assert response.status_code == 303
    after = client.get(f"/articles/{target}").text
    label = re.search(r'<p id="sentiment-label">(.*?)</p>', after, re.S)
    assert label and "Tiêu cực" in label.group(1)
    assert f"Đã được {USERS['analyst'][0]} hiệu chỉnh lúc" in after
    assert web.store.analysis.get(target)["sentiment"]["label"] == "negative"  # type: ignore[index]
    with web.store.read() as conn:
        rows = conn.execute(label_corrections.select()).mappings().all()
    assert [(r["task"], r["label"], r["author"]) for r in rows] == [
        ("sentiment", "negative", USERS["analyst"][0])
    ]
    topic = client.post(
        f"/articles/{target}/correct",
        data={"task": "topic", "label": "giao duc va viec lam - giao duc"},
        headers={"X-CSRF-Token": client.csrf},  # type: ignore[attr-defined]
    )
    assert topic.status_code == 200 and 'id="topic-corrected"' in topic.text
    main = re.search(r'<tr id="topic-main">(.*?)</tr>', topic.text, re.S)
    assert main and "Giáo dục" in main.group(1)
    entries = web.store.audit.entries(entity="article", entity_id=target)
    assert {e.actor for e in entries} == {USERS["analyst"][0]}


@pytest.mark.parametrize(
    "data", [{"task": "sentiment", "label": "great"}, {"task": "stage", "label": "issued"}]
)
def test_a_bad_correction_is_refused(site: Web, data: dict[str, str]) -> None:
    client = signed_in(site, "analyst")
    target = article_id(site)
    response = client.post(
        f"/articles/{target}/correct",
        data={**data, "csrf_token": client.csrf},  # type: ignore[attr-defined]
    )
    assert response.status_code == 400


def test_a_viewer_cannot_correct(site: Web) -> None:
    client = signed_in(site, "viewer")
    target = article_id(site)
    response = client.post(
        f"/articles/{target}/correct",
        data={"task": "sentiment", "label": "positive", "csrf_token": client.csrf},  # type: ignore[attr-defined]
    )
    assert response.status_code == 403
    with site.store.read() as conn:
        assert conn.execute(label_corrections.select()).first() is None


def test_a_correction_without_the_csrf_token_is_refused(site: Web) -> None:
    client = signed_in(site, "analyst")
    target = article_id(site)
    response = client.post(
        f"/articles/{target}/correct", data={"task": "sentiment", "label": "positive"}
    )
    assert response.status_code == 403
    with site.store.read() as conn:
        assert conn.execute(label_corrections.select()).first() is None


def test_the_hostile_article_is_inert_on_every_page(site: Web) -> None:
    client = signed_in(site, "analyst")
    watch = site.store.watches.find("Học phí")
    assert watch is not None
    target = hostile_id(site)
    pages = [
        f"/watches/{watch.id}",
        f"/watches/{watch.id}/articles?page=1",
        "/search?q=bam",
        "/search?q=script+alert",
        f"/articles/{target}",
    ]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        assert_inert(response.text)
        assert "&lt;" in response.text, path  # the scraped markup is shown as text


def test_pages_need_a_session(site: Web) -> None:
    anonymous = site.client()
    for path in ("/watches/1", "/search?q=x", "/articles/1", "/search/export.csv?q=x"):
        response = anonymous.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_pages_in_english(site: Web) -> None:
    client = site.client("viewer")
    client.get("/lang/en?next=/")
    assert "Matched articles" in client.get("/watches/1").text
    assert "Filters" in client.get("/search?q=(").text
    assert "Analysis" in client.get(f"/articles/{article_id(site)}").text
