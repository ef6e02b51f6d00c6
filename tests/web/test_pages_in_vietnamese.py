"""Every message a Vietnamese user meets on a page is in Vietnamese.

The walk gives each page and form of the dashboard a bad input (a date that is not one, an
id that does not exist or is not a number, an empty name, a query with a mistake, a form
without its CSRF token, a role too low) and reads the message the page shows, as a user
would: a message with English words in it fails the test. The heuristic is a list of
common English words that are not Vietnamese words; what the user typed (between “ ”)
is left out, since it stays as typed.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from fastapi.testclient import TestClient

from web_helpers import Web, add_alert

STATEMENT = {
    "title": "Thông cáo",
    "text": "Nội dung",
    "issuer": "Bộ Y tế",
    "issued_at": "2026-11-02T09:00",
}
ENGLISH = frozenset(
    """the is not no a needs need use give date watchlist name with and of to only this
    cannot unknown already found missing wrong token reload page try again address value
    must be should there are was were has have for from or invalid error article alert
    incident rule source user role please enter type query closed open input field
    characters character method allowed""".split()  # noqa: SIM905 (a word list reads better)
)


class Messages(HTMLParser):
    """The text of the page's messages: elements with role="alert" or class "error"
    (without a ``<pre>``: the query as typed, with a caret under the mistake)."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.pre = False
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.pre = self.pre or tag == "pre"
        found = dict(attrs)
        classes = (found.get("class") or "").split()
        if self.depth:
            self.depth += 1
        elif found.get("role") == "alert" or "error" in classes or "form-error" in classes:
            self.depth = 1
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        self.pre = self.pre and tag != "pre"
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.pre:
            self.texts[-1] += data


def messages(html: str) -> list[str]:
    parser = Messages()
    parser.feed(html)
    return [" ".join(text.split()) for text in parser.texts if text.strip()]


def english_words(message: str) -> set[str]:
    """English words of a message, leaving out what the user typed (“…”) and code (`…`)."""
    kept = re.sub(r"“[^”]*”|`[^`]*`|\"[^\"]*\"", " ", unescape(message))
    return {w for w in re.findall(r"\w+", kept) if w in ENGLISH}  # whole words, as typed


def assert_vietnamese(answer: object, where: str) -> None:
    html = answer.text  # type: ignore[attr-defined]
    assert answer.status_code >= 400 or messages(html), (where, answer.status_code)  # type: ignore[attr-defined]
    assert "application/json" not in answer.headers["content-type"], (where, html[:300])  # type: ignore[attr-defined]
    shown = messages(html)
    assert shown, f"{where}: no message shown ({answer.status_code})"  # type: ignore[attr-defined]
    for message in shown:
        assert not english_words(message), f"{where}: English in “{message}”"


def post(client: TestClient, path: str, data: dict[str, object], *, csrf: bool = True):
    form = {**({"csrf_token": client.csrf} if csrf else {}), **data}  # type: ignore[attr-defined]
    return client.post(path, data=form, follow_redirects=False)  # type: ignore[arg-type]


def test_the_heuristic_catches_english() -> None:
    assert english_words("a watch needs a name")
    assert english_words("'2026-99-99' is not a date: use 2026-11-20")
    assert not english_words("“2026-99-99” không phải là ngày: hãy nhập theo dạng 20/11/2026")
    assert not english_words("thiếu dấu ngoặc kép: sau AND cần có từ, ví dụ `thuế AND xăng`")


GET_PATHS = (
    "/?since=2026-99-99",
    "/?since=2026-11-20&until=2026-11-01",
    "/watches/99999",
    "/watches/abc",
    "/watches/{watch}?since=xx",
    "/articles/99999",
    "/articles/abc",
    "/alerts/99999",
    "/alerts/abc",
    "/alerts?watch=99999",
    "/alerts?watch=abc",
    "/incidents/99999",
    "/incidents/abc",
    "/statements/99999",
    "/statements/abc",
    "/statements?issuer=Bộ Không Có",
    "/stories?since=xx",
    "/audit?until=xx",
    '/search?q="abc',
    "/search?q=a AND",
    "/search?q=a&since=2026-99-99",
    "/search?q=a&sentiment=zzz",
    '/search/export.csv?q="abc',
    "/search/export.csv?q=",
    "/plans/99999",
    "/plans/abc",
    "/no-such-page",
)


def test_error_paths_of_every_page_are_in_vietnamese(web: Web) -> None:
    admin = web.client("admin")
    watch = web.store.watches.find("Học phí")
    assert watch is not None
    for path in GET_PATHS:
        assert_vietnamese(admin.get(path.format(watch=watch.id)), path)


def test_error_paths_of_every_form_are_in_vietnamese(web: Web) -> None:
    admin, viewer = web.client("admin"), web.client("viewer")
    watch = web.store.watches.find("Học phí")
    assert watch is not None
    alert_id = add_alert(web.store, "Học phí", "Học phí tăng")
    opened = post(admin, f"/alerts/{alert_id}/incident", {"title": "Sự cố thử"})
    incident = opened.headers["location"].split("/")[2].split("?")[0]
    forms: list[tuple[TestClient, str, dict[str, object]]] = [
        (admin, "/watches", {"name": "", "query": "hoc phi"}),
        (admin, "/watches", {"name": "Mới", "query": '"hoc phi'}),
        (admin, "/watches", {"name": "Mới", "query": ""}),
        (admin, "/watches", {"name": "Mới", "query": "a", "agencies": "Bộ Không Có"}),
        (admin, "/watches", {"name": "Học phí", "query": "hoc phi"}),
        (admin, f"/watches/{watch.id}/edit", {"name": "", "query": "hoc phi"}),
        (admin, f"/watches/{watch.id}/rules", {"kind": "volume_spike", "threshold": "abc"}),
        (admin, f"/watches/{watch.id}/rules", {"kind": "nothing"}),
        (admin, f"/watches/{watch.id}/rules", {}),
        (admin, f"/watches/{watch.id}/rules/99999/delete", {}),
        (admin, f"/incidents/{incident}/link", {"article_id": "99999"}),
        (admin, f"/incidents/{incident}/link", {"article_id": "abc"}),
        (admin, f"/incidents/{incident}/note", {"text": " "}),
        (admin, f"/incidents/{incident}/status", {"status": "zzz"}),
        (admin, f"/incidents/{incident}/close", {"summary": ""}),
        (admin, "/alerts/99999/status", {"status": "acknowledged"}),
        (admin, "/statements/new", {"title": "", "text": "x", "issuer": "Bộ Y tế"}),
        (admin, "/statements/new", {"title": "x", "text": "x", "issuer": "Bộ Y tế"}),
        (admin, "/statements/new", {"title": "x", "text": "x", "issuer": "Bộ Không Có"}),
        (admin, "/statements/new", STATEMENT | {"issued_at": "hôm qua"}),
        (admin, "/statements/new", STATEMENT | {"url": "ftp://x"}),
        (admin, "/statements/new", STATEMENT | {"kind": "zzz"}),
        (admin, "/statements/99999/publish", {}),
        (viewer, "/statements/new", STATEMENT),
        (admin, "/sources", {"url": "ftp://x", "kind": "feed"}),
        (admin, "/sources", {"url": "http://127.0.0.1/feed", "kind": "feed"}),
        (admin, "/users", {"email": "khong-phai-email", "role": "viewer"}),
        (admin, "/articles/99999/correct", {"task": "sentiment", "label": "positive"}),
        (viewer, "/watches", {"name": "Của người xem", "query": "hoc phi"}),
        (viewer, "/sources", {"url": "https://example.org/rss", "kind": "feed"}),
    ]
    for client, path, data in forms:
        answer = post(client, path, data)
        assert answer.status_code != 303, (path, data)
        assert_vietnamese(answer, f"POST {path} {data}")
    assert_vietnamese(post(admin, "/watches", {"name": "x"}, csrf=False), "no CSRF token")
    # A closed incident refuses a linked article: a conflict, in Vietnamese.
    closed = post(admin, f"/incidents/{incident}/close", {"summary": "Đã trả lời báo chí."})
    assert closed.status_code == 303
    article = web.store.articles.list(limit=1)[0]
    refused = post(admin, f"/incidents/{incident}/link", {"article_id": str(article.id)})
    assert refused.status_code == 409
    assert_vietnamese(refused, "link to a closed incident")
    assert "đã đóng" in " ".join(messages(refused.text))


def test_a_query_error_shows_the_query_and_a_caret_but_no_english_box(web: Web) -> None:
    html = web.client("viewer").get("/search", params={"q": '"hoc phi'}).text
    caret = re.search(r'<pre class="caret">(.*?)</pre>', html, re.S)
    assert caret, "the query is shown with a caret under the mistake"
    assert unescape(caret.group(1)).splitlines() == ['"hoc phi', "^"]
    assert "unterminated" not in html


def test_an_alert_says_how_often_it_was_updated_in_words(web: Web) -> None:
    alert_id = add_alert(web.store, "Học phí", "Học phí tăng")
    html = web.client("viewer").get(f"/alerts/{alert_id}").text
    figure = re.search(r'<div class="figure" id="updates"><strong>(.*?)</strong>', html)
    assert figure and figure.group(1) == "chưa cập nhật"
    assert " · v1" not in html
