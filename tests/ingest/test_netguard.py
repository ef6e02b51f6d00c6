"""SSRF guard: which URLs may be fetched, and that it fails only with FetchError."""

from __future__ import annotations

import contextlib
import socket

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fixture_site import FixtureSite
from toancanh.ingest.fetch import FetchError
from toancanh.ingest.netguard import check_url, ip_literal


def public(host: str, port: int) -> list[str]:
    return ["93.184.216.34", "2606:2800:220:1::1"]


def reason(url: str, **kwargs: object) -> str | None:
    try:
        check_url(url, **kwargs)  # type: ignore[arg-type]
    except FetchError as exc:
        return exc.reason
    return None


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.vn/file",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "gopher://example.vn/",
        "",
        "example.vn/no-scheme",
        "http:///path-only",
        "http://user:pass@example.vn/",
        "http://user@example.vn/",
        "http://[::1/",
        "http://example.vn:99999/",
        "http://exa mple.vn/",
        "http://example.vn\x00.evil/",
        "http://a..b.vn/",
        "http://%31%32%37.0.0.1/",
    ],
)
def test_bad_urls(url: str) -> None:
    assert reason(url, allow_private=False, resolve=public) == "bad_url"
    assert reason(url, allow_private=True) == "bad_url"  # allow_private never excuses these


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.1.2.3:8080/x",
        "http://10.0.0.1/",
        "http://172.16.5.4/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/",  # carrier-grade NAT
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://255.255.255.255/",
        "http://[::1]/",
        "http://[::]/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://[ff02::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://[64:ff9b::a00:1]/",  # NAT64 of 10.0.0.1
        "http://[2002:c0a8:101::1]/",  # 6to4 of 192.168.1.1
        "http://2130706433/",  # decimal 127.0.0.1
        "http://0177.0.0.1/",  # octal
        "http://0x7f.1/",  # hex, short form
        "http://127.1/",
        "HTTP://LOCALHOST:8000/",
    ],
)
def test_private_addresses_are_refused(url: str) -> None:
    assert reason(url, allow_private=False) == "private_address"
    assert reason(url, allow_private=True) is None


def test_refusal_tells_how_to_allow_it() -> None:
    with pytest.raises(FetchError) as info:
        check_url("http://10.1.2.3/portal", allow_private=False)
    assert "--allow-private" in str(info.value) and "10.1.2.3" in info.value.detail
    assert info.value.permanent


def test_public_hosts_pass() -> None:
    assert reason("https://vnexpress.net/thoi-su", allow_private=False, resolve=public) is None
    assert reason("http://93.184.216.34:8080/", allow_private=False) is None
    assert reason("http://[2606:4700::1111]/", allow_private=False) is None
    assert reason("https://bộ-tư-pháp.vn/", allow_private=False, resolve=public) is None


def test_any_private_answer_of_the_resolver_is_refused() -> None:
    def mixed(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.7"]

    assert reason("http://news.example.vn/", allow_private=False, resolve=mixed) == (
        "private_address"
    )


def test_unresolvable_host_is_a_transient_connect_error() -> None:
    def nxdomain(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(FetchError) as info:
        check_url("http://khong-ton-tai.example.vn/", allow_private=False, resolve=nxdomain)
    assert (info.value.reason, info.value.permanent) == ("connect_error", False)


def test_fixture_site_is_private_unless_allowed(site: FixtureSite) -> None:
    assert reason(site.url("/"), allow_private=False) == "private_address"
    assert reason(site.url("/", host="localhost"), allow_private=False) == "private_address"
    assert reason(site.url("/"), allow_private=True) is None


def test_ip_literal_spellings() -> None:
    assert str(ip_literal("2130706433")) == "127.0.0.1"
    assert str(ip_literal("0x7f.0.0.1")) == "127.0.0.1"
    assert str(ip_literal("fe80::1%eth0")) == "fe80::1"
    assert ip_literal("cafe.vn") is None and ip_literal("08.1.1.1") is None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_only_ever_raises_fetch_error(text: str) -> None:
    for url in (text, "http://" + text, "https://" + text + "/path"):
        for allow_private in (False, True):
            with contextlib.suppress(FetchError):
                check_url(url, allow_private=allow_private, resolve=public)


@settings(max_examples=100, deadline=None)
@given(
    st.from_regex(r"https?://[a-z0-9.:\[\]@%-]{0,30}(/[ -~]{0,10})?", fullmatch=True),
    st.sampled_from([["10.0.0.1"], ["not an ip"], [], ["93.184.216.34"]]),
)
def test_url_like_text_with_any_resolver_answer(url: str, answer: list[str]) -> None:
    try:
        check_url(url, allow_private=False, resolve=lambda host, port: answer)
    except FetchError as exc:
        assert exc.reason in ("bad_url", "private_address", "connect_error")
