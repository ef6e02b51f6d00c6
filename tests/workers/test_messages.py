"""Records survive the trip through the broker's JSON unchanged."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toancanh.domain.ingest import ArticleDraft, FeedItem, FetchedPage
from toancanh.workers.messages import from_message, to_message

text = st.text(max_size=200)
moments = st.datetimes(
    min_value=datetime(1990, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from(
        [UTC, timezone(timedelta(hours=7)), timezone(timedelta(hours=-3, minutes=-30))]
    ),
)
pages = st.builds(
    FetchedPage,
    url=text,
    final_url=text,
    status=st.integers(100, 599),
    content_type=text,
    charset=st.none() | text,
    body=st.binary(max_size=2000),
    fetched_at=moments,
    etag=st.none() | text,
    last_modified=st.none() | text,
    not_modified=st.booleans(),
)
drafts = st.builds(
    ArticleDraft,
    url=text,
    title=text,
    text=text,
    canonical_url=st.none() | text,
    author=st.none() | text,
    outlet=st.none() | text,
    published_at=st.none() | moments,
    fetched_at=st.none() | moments,
    source_id=st.none() | st.integers(1, 2**31),
    origin=st.sampled_from(["fetch", "import"]),
)
items = st.builds(
    FeedItem, url=text, title=st.none() | text, published_at=st.none() | moments,
    author=st.none() | text, summary=st.none() | text,
)  # fmt: skip


@given(st.one_of(pages, drafts, items))
def test_records_round_trip_through_json(record: object) -> None:
    message = json.loads(json.dumps(to_message(record)))
    back = from_message(type(record), message)
    assert back == record
    for name in ("published_at", "fetched_at"):
        if getattr(record, name, None) is not None:
            assert getattr(back, name).utcoffset() == getattr(record, name).utcoffset()


def test_a_message_with_a_field_the_record_lacks_is_refused() -> None:
    message = to_message(FeedItem("https://a.example/1"))
    with pytest.raises(ValueError, match="FeedItem has no field colour"):
        from_message(FeedItem, {**message, "colour": "red"})
