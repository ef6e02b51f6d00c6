"""Any text a statement holds comes out of the feeds as the same text, never as markup:
the Atom feed stays well-formed (feedparser reads it without complaint) and the JSON Feed
stays valid JSON with no ``<`` in it."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import feedparser
from hypothesis import given, settings
from hypothesis import strategies as st

from toancanh.domain.statements import Statement
from toancanh.web.feeds import _clean, _inert_json, atom, json_feed

WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
texts = st.text(min_size=1, max_size=200)


def _as_xml_reads(text: str) -> str:
    """What an XML reader gives back: line ends normalised, unusable characters dropped."""
    return _clean(text).replace("\r\n", "\n").replace("\r", "\n").strip()


def _statement(title: str, text: str, status: str = "published") -> Statement:
    return Statement(
        id=7,
        title=title,
        text=text,
        issuer="Bộ Y tế",
        issuer_written="Bộ Y tế",
        spokesperson=title,
        kind="press_release",
        issued_at=WHEN,
        url="https://moh.gov.vn/a?b=1&c=<2>",
        legal_refs=(),
        status=status,
        embargo_until=None,
        withdrawn_reason=text,
        unit=None,
        version=1,
        created_by="t",
        created_at=WHEN,
        updated_at=WHEN,
        published_at=WHEN,
    )


@settings(max_examples=60, deadline=None, derandomize=True)
@given(title=texts, text=st.text(max_size=300))
def test_any_text_is_carried_as_text(title: str, text: str) -> None:
    found = [_statement(title, text)]
    body = atom(found, title="t", self_url="http://x/feeds/statements.atom", home="http://x/")
    feed = feedparser.parse(body)
    assert feed.bozo == 0, feed.get("bozo_exception")
    [entry] = feed.entries
    assert entry.title.strip() == _as_xml_reads(title)
    assert "<script" not in body.decode("utf-8").lower()
    raw = _inert_json(json_feed(found, title="t", self_url="u", home="h"))
    assert b"<" not in raw
    assert json.loads(raw)["items"][0]["title"] == title
