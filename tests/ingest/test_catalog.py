"""The shipped outlet catalog: loads, follows the `official` rule, filters, rejects bad data."""

from __future__ import annotations

import contextlib
import copy
import json
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toancanh.ingest.catalog import (
    OUTLET_KINDS,
    CatalogOutlet,
    catalog_sources,
    find_outlets,
    load_catalog,
    parse_catalog,
)

# The rule documented in data/catalog/README.md.
OFFICIAL_KINDS = {
    "government_portal",
    "ministry_portal",
    "party_organ",
    "broadcaster",
    "news_agency",
}
NEVER_OFFICIAL_KINDS = {"national_daily", "business"}
LOCAL_STATE_OWNERS = ("Thành ủy", "Tỉnh ủy", "UBND", "Ủy ban nhân dân")


def official_by_rule(outlet: CatalogOutlet) -> bool:
    if outlet.domain.endswith((".gov.vn", ".chinhphu.vn")) or outlet.kind in OFFICIAL_KINDS:
        return True
    if outlet.kind in NEVER_OFFICIAL_KINDS:
        return False
    return (outlet.owner or "").startswith(LOCAL_STATE_OWNERS)  # regional_daily


def shipped_data() -> dict[str, Any]:
    text = resources.files("toancanh.data.catalog").joinpath("outlets.json").read_text("utf-8")
    return json.loads(text)


def write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "outlets.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# --- the shipped catalog ---------------------------------------------------------------


def test_shipped_catalog_is_large_enough_and_well_formed() -> None:
    catalog = load_catalog()
    feeds = [feed for outlet in catalog for feed in outlet.feeds]
    assert len(catalog) >= 15
    assert len(feeds) >= 40
    assert len({feed.url for feed in feeds}) == len(feeds)
    for outlet in catalog:
        assert 1 <= len(outlet.feeds) <= 6, outlet.name
        assert outlet.kind in OUTLET_KINDS
        for feed in outlet.feeds:
            assert feed.url.startswith("https://")
            assert feed.evidence and feed.section


def test_shipped_catalog_covers_the_main_outlets() -> None:
    wanted = [
        "VnExpress", "Tuổi Trẻ", "Thanh Niên", "Dân Trí", "VietNamNet", "Nhân Dân", "Lao Động",
        "Người Lao Động", "Tiền Phong", "Pháp Luật TP.HCM", "Znews", "VOV", "VTV",
        "Quân đội Nhân dân", "Công an Nhân dân", "vietnamplus.vn", "Sài Gòn Giải Phóng",
        "Hà Nội Mới", "Đại Biểu Nhân Dân", "Kinh tế & Đô thị", "VnEconomy", "baochinhphu.vn",
    ]  # fmt: skip
    assert len(find_outlets(wanted, load_catalog())) == len(wanted)
    assert any(o.kind == "ministry_portal" for o in load_catalog())


def test_official_flags_follow_the_documented_rule() -> None:
    catalog = load_catalog()
    wrong = [o.name for o in catalog if o.official != official_by_rule(o)]
    assert wrong == []
    by_domain = {o.domain: o for o in catalog}
    gov = [o for o in catalog if o.domain.endswith(".gov.vn")]
    assert gov and all(o.official for o in gov)
    assert by_domain["baochinhphu.vn"].official and by_domain["nhandan.vn"].official
    assert not by_domain["vnexpress.net"].official and not by_domain["tuoitre.vn"].official


def test_text_is_nfc_and_checked_dates_are_not_after_the_version() -> None:
    version = shipped_data()["version"]
    for outlet in load_catalog():
        for value in (outlet.name, outlet.owner or "", *(f.section for f in outlet.feeds)):
            assert unicodedata.normalize("NFC", value) == value
        for feed in outlet.feeds:
            assert feed.checked is None or feed.checked[:7] <= version


def test_load_returns_a_fresh_list_each_time() -> None:
    first = load_catalog()
    first.clear()
    assert len(load_catalog()) >= 15


# --- catalog_sources -------------------------------------------------------------------


def test_catalog_sources_gives_one_feed_source_per_feed() -> None:
    catalog = load_catalog()
    sources = catalog_sources()
    assert len(sources) == sum(len(o.feeds) for o in catalog)
    assert all(s.kind == "feed" for s in sources)
    first = catalog[0]
    assert sources[0].url == first.feeds[0].url
    assert sources[0].name == f"{first.name} – {first.feeds[0].section}"
    assert sources[0].outlet == first.name and sources[0].official == first.official


def test_filter_by_name_ignores_case_and_diacritics_and_accepts_domains() -> None:
    sources = catalog_sources(["tuoi tre", "VTV.vn", "NHÂN DÂN", "Tuổi Trẻ"])
    assert {s.outlet for s in sources} == {"Tuổi Trẻ", "VTV", "Nhân Dân"}
    assert len({s.url for s in sources}) == len(sources)  # a repeated name adds nothing twice


def test_short_names_in_brackets_are_accepted() -> None:
    found = find_outlets(["VietnamPlus", "ttxvn", "VAFC"], load_catalog())
    assert [o.domain for o in found] == ["vietnamplus.vn", "tingia.gov.vn"]


def test_official_only_keeps_only_official_outlets() -> None:
    official = catalog_sources(official_only=True)
    assert official and all(s.official for s in official)
    assert "Báo Điện tử Chính phủ" in {s.outlet for s in official}
    assert len(official) < len(catalog_sources())
    assert catalog_sources(["VnExpress"], official_only=True) == []


def test_unknown_outlet_name_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"unknown outlet\(s\): 'Báo Không Có'"):
        catalog_sources(["VnExpress", "Báo Không Có"])


def test_catalog_sources_accepts_another_catalog(tmp_path: Path) -> None:
    data = shipped_data()
    data["outlets"] = data["outlets"][:1]
    sources = catalog_sources(catalog=load_catalog(write(tmp_path, data)))
    assert {s.outlet for s in sources} == {data["outlets"][0]["name"]}


# --- corrupted catalogs ----------------------------------------------------------------


def _set(path: list[Any], value: Any) -> Any:
    def mutate(data: dict[str, Any]) -> None:
        node: Any = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return mutate


def _duplicate_feed(data: dict[str, Any]) -> None:
    data["outlets"][0]["feeds"].append(copy.deepcopy(data["outlets"][0]["feeds"][0]))


CORRUPTIONS = [
    ("http URL", _set(["outlets", 0, "feeds", 0, "url"], "http://vnexpress.net/rss/x.rss"),
     r"outlet #1 'VnExpress': feed #1 'http://vnexpress.net/rss/x\.rss': URL must use https"),
    ("foreign host", _set(["outlets", 0, "feeds", 1, "url"], "https://evil.example/rss.rss"),
     r"feed #2 .*host 'evil\.example' is not 'vnexpress\.net'"),
    ("look-alike host", _set(["outlets", 0, "feeds", 0, "url"], "https://notvnexpress.net/a.rss"),
     r"is not 'vnexpress\.net' or one of its subdomains"),
    ("port", _set(["outlets", 0, "feeds", 0, "url"], "https://vnexpress.net:8443/a.rss"),
     r"plain host name"),
    ("duplicate feed", _duplicate_feed, r"is already listed under 'VnExpress'"),
    ("bad kind", _set(["outlets", 2, "kind"], "tabloid"), r"outlet #3 .*kind 'tabloid' is not"),
    ("official not bool", _set(["outlets", 0, "official"], "yes"), r"'official' must be true"),
    ("no feeds", _set(["outlets", 0, "feeds"], []), r"'feeds' must be a non-empty list"),
    ("empty section", _set(["outlets", 0, "feeds", 0, "section"], " "), r"'section' must be"),
    ("bad domain", _set(["outlets", 0, "domain"], "https://vnexpress.net/"), r"domain .* host"),
    ("bad checked", _set(["outlets", 0, "feeds", 0, "checked"], "14/09/2026"), r"'checked'"),
    ("outlet not object", _set(["outlets", 0], "VnExpress"), r"outlet #1: must be an object"),
    ("no outlets", _set(["outlets"], []), r"'outlets' must be a non-empty list"),
    ("no version", _set(["version"], None), r"'version'"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("label", "mutate", "message"), CORRUPTIONS, ids=[c[0] for c in CORRUPTIONS]
)
def test_corrupted_catalog_gives_a_clear_error(
    tmp_path: Path, label: str, mutate: Any, message: str
) -> None:
    data = shipped_data()
    assert data["outlets"][0]["name"] == "VnExpress"  # the messages below rely on it
    mutate(data)
    path = write(tmp_path, data)
    with pytest.raises(ValueError, match=message) as info:
        load_catalog(path)
    assert str(path) in str(info.value)


def test_invalid_json_and_missing_file_are_clear_errors(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"version": "x", "outlets": [', encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.json: invalid JSON at line 1"):
        load_catalog(path)
    with pytest.raises(ValueError, match=r"missing\.json: cannot read"):
        load_catalog(tmp_path / "missing.json")
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ValueError, match="not UTF-8"):
        load_catalog(path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(
        st.sampled_from(["version", "outlets", "name", "domain", "official", "kind", "feeds",
                         "url", "section", "evidence", "checked", "owner", "x"]),
        children,
        max_size=6,
    ),
    max_leaves=20,
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_any_json_either_parses_or_raises_value_error(value: Any) -> None:
    try:
        outlets = parse_catalog(json.dumps(value))
    except ValueError:
        return
    assert all(o.feeds for o in outlets)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_text_either_parses_or_raises_value_error(text: str) -> None:
    with contextlib.suppress(ValueError):  # anything else (TypeError, KeyError ...) fails
        parse_catalog(text)
