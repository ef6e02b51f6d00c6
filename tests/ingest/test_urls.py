"""One spelling per page URL."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from toancanh.ingest.urls import host_of, normalize_url


def test_tracking_parameters_fragments_and_default_ports_are_dropped() -> None:
    url = "HTTPS://VnExpress.net:443/chinh-sach-moi-123.html?utm_source=fb&id=5&fbclid=x#binh-luan"
    assert normalize_url(url) == "https://vnexpress.net/chinh-sach-moi-123.html?id=5"


def test_relative_links_resolve_against_the_page() -> None:
    assert (
        normalize_url("../xa-hoi/bai-2.html", base="https://baomoi.example/thoi-su/bai-1.html")
        == "https://baomoi.example/xa-hoi/bai-2.html"
    )


def test_vietnamese_path_is_percent_encoded_once() -> None:
    once = normalize_url("https://example.vn/tin/chính-sách")
    assert once == "https://example.vn/tin/ch%C3%ADnh-s%C3%A1ch"
    assert normalize_url(once) == once


def test_non_http_strings_are_left_alone() -> None:
    assert normalize_url("  urn:toancanh:text:abc ") == "urn:toancanh:text:abc"
    assert normalize_url("javascript:alert(1)") == "javascript:alert(1)"


def test_host_of() -> None:
    assert host_of("https://WWW.Tuoitre.vn/a") == "www.tuoitre.vn"
    assert host_of("not a url") == ""


@given(st.text(max_size=80), st.sampled_from(["http://", "https://", "", "ftp://"]))
def test_normalize_is_idempotent(tail: str, scheme: str) -> None:
    once = normalize_url(scheme + "example.vn/" + tail)
    assert normalize_url(once) == once
