"""Article extraction on the fixture news site and on small hand-made pages."""

from __future__ import annotations

import html
import json
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fixture_site import FixtureSite  # tests/ is on sys.path (conftest.py)
from toancanh.domain.ingest import FeedItem, FetchedPage, Stage
from toancanh.ingest.extract import REASONS, ExtractError, extract_html, extract_page

FIXTURES = Path(__file__).parents[1] / "fixtures"
SITE = FIXTURES / "site"
BASE = "http://127.0.0.1:8000"
GOLD = [
    json.loads(line.replace("{{BASE}}", BASE))
    for line in (FIXTURES / "extraction_gold.jsonl").read_text(encoding="utf-8").splitlines()
]
ICT = timezone(timedelta(hours=7))
BODY = " ".join(
    f"Câu thứ {n} của bài viết nói về chính sách nhà ở xã hội cho công nhân và người lao động."
    for n in range(1, 8)
)


def page_for(gold: dict[str, Any]) -> FetchedPage:
    body = (SITE / gold["file"]).read_bytes().replace(b"{{BASE}}", BASE.encode())
    ctype = gold["content_type"]
    charset = ctype.partition("charset=")[2] or None
    return FetchedPage(gold["url"], gold["url"], 200, ctype, charset, body, datetime.now(UTC))


def html_page(head: str = "", body: str = "", *, lang: str = "vi") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    )


def article(head: str = "", before: str = "", after_title: str = "", text: str = BODY) -> str:
    return html_page(
        head,
        f"{before}<main><article><h1>Khởi công nhà ở xã hội</h1>{after_title}"
        f"<div class='content'><p>{text}</p><p>{text}</p></div></article></main>",
    )


# --- the gold set: every field of every fixture page ----------------------------------


@pytest.mark.parametrize("gold", GOLD, ids=[g["file"].removeprefix("news/") for g in GOLD])
def test_fixture_page_matches_gold(gold: dict[str, Any]) -> None:
    page = page_for(gold)
    if gold["expected"] != "ok":
        with pytest.raises(ExtractError) as caught:
            extract_page(page)
        assert caught.value.reason == gold["expected"]
        if "detail" in gold:
            assert caught.value.detail == gold["detail"]
        return
    got = extract_page(page)
    assert got.title == gold["title"]
    assert got.author == gold["author"]
    assert got.published_at == datetime.fromisoformat(gold["published_at"])
    assert got.published_at is not None and got.published_at.tzinfo == UTC
    assert got.canonical_url == gold["canonical_url"]
    assert got.language == "vi"
    flat = " ".join(got.text.split())
    for snippet in gold["must_keep"]:
        assert snippet in flat
    for snippet in gold["must_drop"]:
        assert snippet not in flat


def test_gold_covers_every_fixture_page_and_the_served_headers() -> None:
    pages = {str(p.relative_to(SITE)) for p in (SITE / "news").rglob("*.htm*")}
    assert pages == {g["file"] for g in GOLD}
    headers = json.loads((SITE / "_headers.json").read_text(encoding="utf-8"))
    for gold in GOLD:
        served = headers.get("/" + gold["file"], {}).get("Content-Type")
        assert gold["content_type"] == (served or "text/html; charset=utf-8"), gold["file"]


def gold_for(fragment: str) -> dict[str, Any]:
    return next(g for g in GOLD if fragment in g["file"])


def test_text_is_paragraphs_without_headline_byline_or_outlet_prefix() -> None:
    got = extract_page(page_for(gold_for("nhipsong/xa-hoi/tu-1-4")))
    paragraphs = got.text.split("\n\n")
    assert len(paragraphs) >= 8
    assert all(p.strip() == p and p for p in paragraphs)
    assert paragraphs[0].startswith("Người dân, doanh nghiệp tỉnh An Hòa")  # no "(Nhịp Sống Số) - "
    assert got.title not in paragraphs
    amp = extract_page(page_for(gold_for("amp/")))
    assert "22/3/2023" not in amp.text  # the byline date line is metadata


def test_syndicated_copies_share_the_body() -> None:
    bodies = [
        extract_page(page_for(gold_for(f))).text.split("\n\n")
        for f in ("thoisu/chinh-sach", "nhipsong/xa-hoi/tu-1-4", "congthongtin/tin-tuc/tinh")
    ]
    common = set(bodies[0]) & set(bodies[1]) & set(bodies[2])
    assert len(common) >= 7  # the eight body paragraphs, whatever the outlet's lead


def test_windows_1258_page_is_composed_nfc() -> None:
    got = extract_page(page_for(gold_for("dongbang/")))
    assert unicodedata.is_normalized("NFC", got.text)
    assert "khởi công ba dự án nhà ở xã hội" in got.text


def test_min_text_chars_turns_a_good_page_into_no_article_text() -> None:
    page = page_for(gold_for("thoisu/giao-duc/"))
    with pytest.raises(ExtractError) as caught:
        extract_page(page, min_text_chars=50_000)
    assert caught.value.reason == "no_article_text"
    assert caught.value.stage == Stage.EXTRACT and caught.value.permanent


# --- publication date: priority and time zones ----------------------------------------

JSON_LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
    '"NewsArticle", "datePublished": "2023-03-20T10:20:00+07:00"}</script>'
)
META = '<meta property="article:published_time" content="2023-03-19T08:00:00+07:00">'
BYLINE = '<div class="date">Thứ Bảy, 18/3/2023, 07:15 (GMT+7)</div>'
TOP_BAR = '<div class="top-bar"><span class="date">Thứ Năm, 23/3/2023</span></div>'


@pytest.mark.parametrize(
    ("head", "after_title", "expected"),
    [
        (JSON_LD + META, BYLINE, datetime(2023, 3, 20, 10, 20, tzinfo=ICT)),
        (META, BYLINE, datetime(2023, 3, 19, 8, 0, tzinfo=ICT)),
        ("", BYLINE, datetime(2023, 3, 18, 7, 15, tzinfo=ICT)),
        (
            '<meta name="pubdate" content="2023-03-17T09:30:00">',
            "",
            datetime(2023, 3, 17, 9, 30, tzinfo=ICT),
        ),
    ],
    ids=["json-ld-first", "meta-before-byline", "byline", "naive-is-vietnam-time"],
)
def test_date_priority(head: str, after_title: str, expected: datetime) -> None:
    got = extract_html(article(head, TOP_BAR, after_title), "https://bao.example.vn/a.html")
    assert got.published_at == expected


def test_todays_date_in_the_top_bar_is_not_the_publication_date() -> None:
    got = extract_html(article(before=TOP_BAR), "https://bao.example.vn/a.html")
    assert got.published_at is None


def test_feed_date_is_the_last_resort() -> None:
    feed = FeedItem(
        "https://bao.example.vn/a.html", published_at=datetime(2023, 3, 16, 1, 2, tzinfo=UTC)
    )
    got = extract_html(article(), "https://bao.example.vn/a.html", feed_item=feed)
    assert got.published_at == feed.published_at


# --- title, author, canonical ------------------------------------------------------------


@pytest.mark.parametrize(
    ("title_tag", "expected"),
    [
        ("Giá điện tăng 3% từ tháng 5 - Báo Thời Sự", "Giá điện tăng 3% từ tháng 5"),
        ("Giá điện tăng 3% từ tháng 5 | Nhịp Sống Số", "Giá điện tăng 3% từ tháng 5"),
        ("Báo Đồng Bằng - Giá điện tăng 3% từ tháng 5", "Giá điện tăng 3% từ tháng 5"),
        ("Giá điện tăng 3% - VnExpress.net", "Giá điện tăng 3%"),
        (
            "Cao tốc Tuyên Quang - Phú Thọ: cần thêm 4.000 tỷ đồng",
            "Cao tốc Tuyên Quang - Phú Thọ: cần thêm 4.000 tỷ đồng",
        ),
    ],
)
def test_title_loses_the_outlet_name(title_tag: str, expected: str) -> None:
    html = html_page(f"<title>{title_tag}</title>", f"<div><p>{BODY}</p><p>{BODY}</p></div>")
    assert extract_html(html, "https://bao.example.vn/a.html").title == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("NGUYỄN VĂN AN", "Nguyễn Văn An"),
        ("Theo TTXVN", "Theo TTXVN"),
        ("PV", "PV"),
        ("TTXVN", "TTXVN"),
        ("Tác giả: Minh Anh", "Minh Anh"),
        ("toasoan@bao.example.vn", None),
    ],
)
def test_author_from_the_byline(byline: str, expected: str | None) -> None:
    got = extract_html(
        article(after_title=f'<p class="author">{byline}</p>'), "https://b.vn/a.html"
    )
    assert got.author == expected


def test_author_from_json_ld_wins_over_an_outlet_named_in_meta() -> None:
    head = (
        '<meta name="author" content="Báo Thời Sự">'
        '<meta property="og:site_name" content="Báo Thời Sự">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"@type": "Person", "name": "Minh Anh"}, {"@type": "Person", "name": "Thu Hà"}]}</script>'
    )
    assert extract_html(article(head), "https://b.vn/a.html").author == "Minh Anh; Thu Hà"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<link rel="canonical" href="/tin/a.html?utm=1">', "https://b.vn/tin/a.html?utm=1"),
        ('<link rel="canonical" href="https://other.vn/">', None),
        (
            '<link rel="canonical" href="https://other.vn/"><meta property="og:url" content="https://b.vn/x">',
            "https://b.vn/x",
        ),
        ('<link rel="canonical" href="javascript:void(0)">', None),
    ],
    ids=["relative", "foreign-home-page", "og-url-fallback", "not-http"],
)
def test_canonical_url(head: str, expected: str | None) -> None:
    assert extract_html(article(head), "https://b.vn/tin/a-1.html").canonical_url == expected


# --- refusals ------------------------------------------------------------------------------


def fetched(body: bytes, ctype: str = "text/html; charset=utf-8") -> FetchedPage:
    charset = ctype.partition("charset=")[2] or None
    return FetchedPage(
        "https://b.vn/a", "https://b.vn/a", 200, ctype, charset, body, datetime.now(UTC)
    )


MENU = "<ul><li><a href='/a'>Trang chủ</a></li><li><a href='/b'>Thời sự</a></li></ul>"
ENGLISH = "<p>" + "The provincial council approved the housing plan on Monday. " * 10 + "</p>"


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (fetched(b"%PDF-1.7 ...", "application/pdf"), "malformed_html"),
        (fetched(b"   "), "malformed_html"),
        (fetched(bytes(range(256)) * 40), "decode_error"),
        (
            fetched(html_page(body="<ul><li><a href='/a'>Trang chủ</a></li></ul>").encode()),
            "no_article_text",
        ),
        (
            fetched(
                html_page(
                    body=f"<p>{'The council approved the plan. ' * 20}</p>", lang="en"
                ).encode()
            ),
            "not_vietnamese",
        ),
    ],
    ids=["pdf", "empty", "binary", "menu-only", "english"],
)
def test_refusals_carry_a_reason(page: FetchedPage, reason: str) -> None:
    with pytest.raises(ExtractError) as caught:
        extract_page(page)
    assert caught.value.reason == reason
    assert caught.value.reason in REASONS


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_give_an_article_or_an_extract_error(body: bytes) -> None:
    try:
        got = extract_page(fetched(body), min_text_chars=10)
    except ExtractError as err:
        assert err.reason in REASONS
    else:
        assert got.text


TAGS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='related'>",
        "</div>",
        "<h1>",
        "<table><tr><td>",
        "<!--",
        "<script>",
        "&amp;",
        "<html>",
        "<body>",
    ]
)
WORDS = st.sampled_from(
    ["Hà Nội", "chính sách", "đồng.", "Tin liên quan", "20/3/2023", "   ", "\n"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(TAGS, WORDS, st.text(max_size=20)), max_size=60))
def test_any_markup_gives_an_article_or_an_extract_error(parts: list[str]) -> None:
    try:
        extract_html("".join(parts), "https://b.vn/a", min_text_chars=10)
    except ExtractError as err:
        assert err.reason in REASONS


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=40))
def test_any_date_value_in_markup_gives_an_aware_date_or_none(value: str) -> None:
    head = f'<meta property="article:published_time" content="{html.escape(value)}">'
    got = extract_html(article(head), "https://b.vn/a.html")
    assert got.published_at is None or got.published_at.tzinfo == UTC


def test_pages_served_by_the_fixture_site_extract_as_the_gold_says(site: FixtureSite) -> None:
    """The same pages over HTTP: the served charset headers and {{BASE}} links included."""
    for line in (FIXTURES / "extraction_gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line.replace("{{BASE}}", site.base))
        answer = httpx.get(gold["url"])
        ctype = answer.headers.get("content-type", "")
        page = FetchedPage(
            gold["url"],
            gold["url"],
            answer.status_code,
            ctype,
            ctype.partition("charset=")[2] or None,
            answer.content,
            datetime.now(UTC),
        )
        try:
            got = extract_page(page)
        except ExtractError as err:
            assert err.reason == gold["expected"], gold["file"]
            continue
        assert gold["expected"] == "ok", gold["file"]
        assert (got.title, got.author, got.canonical_url) == (
            gold["title"],
            gold["author"],
            gold["canonical_url"],
        )


def _header_lead_page(lead_in_body: bool) -> str:
    lead = (
        "Bộ Xây dựng đề xuất rút ngắn thời gian thẩm định hồ sơ mua nhà ở xã hội từ 30 "
        "ngày xuống còn 15 ngày để người lao động sớm được nhận nhà."
    )
    body = "".join(
        f"<p>Đoạn {i}: theo dự thảo nghị định sửa đổi, chủ đầu tư phải công khai danh sách "
        "người mua trên cổng thông tin điện tử của địa phương và cập nhật tiến độ hằng tháng.</p>"
        for i in range(6)
    )
    if lead_in_body:
        body = f"<p>{lead}</p>{body}"
    return (
        "<html><head><title>Rút ngắn thẩm định nhà ở xã hội</title></head><body>"
        "<div class='sidebar'><p class='description'>Chuyên mục bất động sản</p></div>"
        "<section class='header-article'><h1>Rút ngắn thẩm định nhà ở xã hội</h1>"
        f"<h2 class='description'>{lead}</h2></section>"
        f"<article class='fck_detail'>{body}</article></body></html>"
    )


def test_lead_in_the_article_header_is_kept_first_and_once() -> None:
    """VnExpress and Znews put the sapo next to the headline, outside the body block."""
    outside = extract_html(_header_lead_page(lead_in_body=False), "https://x.example/a")
    inside = extract_html(_header_lead_page(lead_in_body=True), "https://x.example/a")
    for extracted in (outside, inside):
        first, rest = extracted.text.split("\n\n", 1)
        assert first.startswith("Bộ Xây dựng đề xuất rút ngắn thời gian thẩm định")
        assert "Bộ Xây dựng đề xuất" not in rest  # never twice
        assert "Chuyên mục bất động sản" not in extracted.text


def test_teaser_summaries_after_the_body_are_not_taken_for_the_lead() -> None:
    page = (
        _header_lead_page(lead_in_body=True)
        .replace("<h2 class='description'>", "<h2 class='subtitle'>")
        .replace(
            "</article>",
            "</article><div class='box-category'><p class='sapo'>Giá vàng hôm nay tăng mạnh "
            "trên thị trường thế giới sau quyết định của ngân hàng trung ương.</p></div>",
        )
    )
    extracted = extract_html(page, "https://x.example/a")
    assert "Giá vàng" not in extracted.text.split("\n\n")[0]
