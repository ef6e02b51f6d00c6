"""The shipped demo corpus: format, storylines, syndication and reproducibility.

The corpus is read through importlib.resources, as ``make demo`` reads it. Storyline
membership comes from the keywords documented in storylines.json (whole-word match on the
lowercased title and text), so these tests also check that the documented ground truth
matches the data.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import statistics
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from toancanh.text.normalize import match_form

PACKAGE = "toancanh.data.demo"
FIELDS = {"url", "title", "text", "published_at", "outlet", "author"}
START, END = date(2026, 8, 24), date(2026, 11, 21)
GENERATOR = Path(__file__).resolve().parents[1] / "scripts" / "build_demo_corpus.py"
_SYLLABLE = re.compile(r"\w+")

Row = dict[str, str]


@cache
def rows() -> tuple[Row, ...]:
    data = resources.files(PACKAGE).joinpath("articles.jsonl.gz").read_bytes()
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    return tuple(json.loads(line) for line in lines)


@cache
def outlets() -> dict[str, dict[str, object]]:
    text = resources.files(PACKAGE).joinpath("outlets.json").read_text(encoding="utf-8")
    return {outlet["name"]: outlet for outlet in json.loads(text)}


@cache
def storylines() -> dict[str, dict[str, object]]:
    text = resources.files(PACKAGE).joinpath("storylines.json").read_text(encoding="utf-8")
    return {story["id"]: story for story in json.loads(text)["storylines"]}


@cache
def shingles(text: str) -> frozenset[str]:
    words = _SYLLABLE.findall(match_form(text))
    return frozenset(" ".join(words[i : i + 3]) for i in range(len(words) - 2))


def jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


def published(row: Row) -> datetime:
    return datetime.fromisoformat(row["published_at"])


def matches(row: Row, keywords: Iterable[str]) -> bool:
    text = f"{row['title']}\n{row['text']}".lower()
    return any(re.search(rf"(?<!\w){re.escape(k)}(?!\w)", text) for k in keywords)


def in_story(story_id: str) -> list[Row]:
    keywords = storylines()[story_id]["keywords"]
    assert isinstance(keywords, list) and keywords
    return [row for row in rows() if matches(row, keywords)]


def daily(selected: Iterable[Row]) -> list[int]:
    counts = Counter(published(row).date() for row in selected)
    return [counts[START + timedelta(days=d)] for d in range((END - START).days + 1)]


def test_every_row_is_a_complete_article() -> None:
    assert len(rows()) >= 600
    for row in rows():
        assert set(row) == FIELDS, row.get("url")
        assert row["title"].strip() and isinstance(row["author"], str)
        paragraphs = row["text"].split("\n\n")
        assert len(paragraphs) >= 3 and all(p.strip() == p and p for p in paragraphs)
        assert 150 <= len(row["text"].split()) <= 600, row["url"]


def test_text_is_clean_nfc_without_template_leftovers() -> None:
    for row in rows():
        for value in (row["title"], row["text"]):
            assert match_form(value)  # parses
            assert value == value.strip()
            assert not re.search(r"[{}<>@]|\s{3,}| [,.;:]", value), (row["url"], value[:80])
            assert value == unicodedata.normalize("NFC", value)


def test_urls_are_unique_and_on_the_outlets_domain() -> None:
    urls = [row["url"] for row in rows()]
    assert len(set(urls)) == len(urls)
    for row in rows():
        parts = urlsplit(row["url"])
        assert parts.scheme == "https"
        assert parts.hostname == outlets()[row["outlet"]]["domain"]
        assert re.fullmatch(r"/([a-z-]+/)?[a-z0-9-]+-\d+\.html", parts.path), row["url"]


def test_outlets_catalogue_is_fictional_and_mixed() -> None:
    catalogue = outlets()
    used = {row["outlet"] for row in rows()}
    assert used == set(catalogue)
    assert 12 <= len(catalogue) <= 14
    assert all(str(o["domain"]).endswith(".example") for o in catalogue.values())
    assert sum(bool(o["official"]) for o in catalogue.values()) >= 2
    assert len({o["kind"] for o in catalogue.values()}) >= 4


def test_times_carry_the_vietnam_offset_and_span_ninety_days() -> None:
    times = [published(row) for row in rows()]
    assert all(t.utcoffset() == timedelta(hours=7) for t in times)
    assert min(times).date() == START and max(times).date() == END
    assert [row["published_at"] for row in rows()] == sorted(row["published_at"] for row in rows())


def test_fewer_articles_on_weekends_and_at_night() -> None:
    per_day = daily(rows())
    days = [START + timedelta(days=d) for d in range(len(per_day))]
    weekend = [n for n, day in zip(per_day, days, strict=True) if day.weekday() >= 5]
    weekday = [n for n, day in zip(per_day, days, strict=True) if day.weekday() < 5]
    assert statistics.mean(weekend) < 0.7 * statistics.mean(weekday)
    night = sum(1 for row in rows() if 1 <= published(row).hour < 5)
    assert night < 0.02 * len(rows())


def test_syndicated_copies_form_near_duplicate_groups() -> None:
    ordered = sorted(rows(), key=published)
    near, exact = 0, 0
    for i, row in enumerate(ordered):
        for other in ordered[i + 1 :]:
            if published(other) - published(row) > timedelta(hours=8):
                break
            if other["outlet"] == row["outlet"]:
                continue
            if other["text"] == row["text"]:
                exact += 1
            elif jaccard(row["text"], other["text"]) > 0.6:
                near += 1
    assert exact >= 20
    assert near >= 60


def test_independent_articles_share_no_long_passages() -> None:
    """Articles a day or more apart are never copies; sample pairs, mostly same-story ones."""
    rng = random.Random(7)
    pool = list(rows())
    pairs = [tuple(rng.sample(pool, 2)) for _ in range(1500)]
    for story in storylines():
        if storylines()[story]["keywords"]:
            members = in_story(story)
            pairs += [tuple(rng.sample(members, 2)) for _ in range(300)]
    checked = 0
    for a, b in pairs:
        if abs(published(a) - published(b)) >= timedelta(days=1):
            assert jaccard(a["text"], b["text"]) < 0.3, (a["url"], b["url"])
            checked += 1
    assert checked > 2000


def test_traffic_decree_spikes_on_the_day_it_takes_effect() -> None:
    story = storylines()["traffic_camera_fines"]
    per_day = daily(in_story("traffic_camera_fines"))
    spike = (date.fromisoformat(str(story["spike_date"])) - START).days
    assert per_day[spike] == max(per_day)
    assert per_day[spike] >= 5 * max(1.0, statistics.median(per_day))
    assert per_day[spike] >= 25
    # Decay: a week later the story is back to a trickle.
    assert max(per_day[spike + 7 :]) <= per_day[spike] / 5


def test_lam_ha_complaints_rise_week_after_week() -> None:
    per_day = daily(in_story("lamha_riverside"))
    weeks = [sum(per_day[w * 7 : w * 7 + 7]) for w in range(13)]
    first, last = sum(weeks[:3]), sum(weeks[-3:])
    assert first <= 6 and last >= 8 * max(first, 1)
    assert sum(weeks[6:9]) > sum(weeks[3:6])
    outlets_late = {row["outlet"] for row in in_story("lamha_riverside")[-60:]}
    assert len(outlets_late) >= 8  # the story spread from a regional paper to most outlets


def test_storyline_keywords_are_the_documented_ground_truth() -> None:
    """Each storyline's keyword count equals its documented size; children count in parents."""
    documented = {sid: int(str(story["articles"])) for sid, story in storylines().items()}
    children: defaultdict[str, int] = defaultdict(int)
    for sid, story in storylines().items():
        if story["parent"]:
            children[str(story["parent"])] += documented[sid]
    for sid, story in storylines().items():
        if story["keywords"]:
            assert len(in_story(sid)) == documented[sid] + children[sid], sid
    tagged = {
        row["url"] for sid in storylines() if storylines()[sid]["keywords"] for row in in_story(sid)
    }
    background = len(rows()) - len(tagged)
    assert background == documented["background"]
    assert 0.10 <= background / len(rows()) <= 0.15


def test_weekly_ground_truth_adds_up() -> None:
    total = 0
    for story in storylines().values():
        weekly = story["weekly"]
        assert isinstance(weekly, dict) and len(weekly) == 13
        count = sum(sum(week.values()) for week in weekly.values())
        assert count == story["articles"]
        total += count
    assert total == len(rows())


def test_generator_is_deterministic_and_the_shipped_files_are_current(tmp_path: Path) -> None:
    if not GENERATOR.exists():
        pytest.skip("generator script not present in this installation")
    subprocess.run(
        [sys.executable, str(GENERATOR), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    for name in ("articles.jsonl.gz", "outlets.json", "storylines.json"):
        shipped = resources.files(PACKAGE).joinpath(name).read_bytes()
        built = (tmp_path / name).read_bytes()
        if name.endswith(".gz"):
            # The deflate stream depends on the zlib build; the JSONL inside must not.
            shipped, built = gzip.decompress(shipped), gzip.decompress(built)
        assert built == shipped, f"{name} is stale: rerun scripts/build_demo_corpus.py"
