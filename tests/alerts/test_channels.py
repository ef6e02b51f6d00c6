"""Alert channels: each test talks to a real server it starts on 127.0.0.1.

Webhooks and the Telegram API are a local ``ThreadingHTTPServer`` that records each POST
and answers what the test asks; e-mail goes to an ``aiosmtpd`` server.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import hmac
import json
import logging
import re
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from hypothesis import given, settings
from hypothesis import strategies as st

from post_server import PostServer
from toancanh.alerts.channels import check_channel_config, send
from toancanh.alerts.channels.base import DeliveryError, Notification, NotifySettings
from toancanh.alerts.channels.email import email_message
from toancanh.alerts.channels.webhook import sign
from toancanh.alerts.texts import payload, render_text, subject
from toancanh.domain.alerts import Channel

SECRET = "s3cret-for-tests-0123456789"
TOKEN = "123456789:AAEhBOweik9ai2o4Ffsw8Tl4SgvWjMY5abc"
TITLE = "Tăng đột biến tin về 'Nhà ở xã hội': 42 tin hôm nay (bình thường 6)"
STORIES = [
    {
        "story_id": n,
        "title": f"Câu chuyện số {n}: giá nhà ở xã hội",
        "size": 10 - n,
        "url": f"https://baomoi.example.vn/tin-{n}.html",
    }
    for n in range(1, 8)
]
FAST = NotifySettings(timeout=2.0)


def make_note(**changes: Any) -> Notification:
    note = Notification(
        alert_id=12,
        version=1,
        kind="volume_spike",
        severity="high",
        status="active",
        title=TITLE,
        watch="Nhà ở xã hội",
        first_at=datetime(2025, 12, 2, 1, 15, tzinfo=UTC),
        last_at=datetime(2025, 12, 2, 6, 40, tzinfo=UTC),
        detail={"baseline": 6, "observed": 42, "score": 5.83, "stories": STORIES},
        link="https://toancanh.example.vn/alerts/12",
    )
    return replace(note, **changes)


def make_channel(kind: str, config: dict[str, Any]) -> Channel:
    return Channel(
        id=1,
        name=f"test {kind}",
        kind=kind,
        config=config,
        enabled=True,
        created_at=datetime(2025, 1, 1, tzinfo=UTC),
    )


def failure(channel: Channel, note: Notification, notify: NotifySettings) -> DeliveryError:
    with pytest.raises(DeliveryError) as caught:
        send(channel, note, notify)
    return caught.value


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def webhook(url: str, **config: Any) -> Channel:
    return make_channel("webhook", {"url": url, "secret": SECRET, "allow_private": True} | config)


# --- webhook ---------------------------------------------------------------------------


def test_webhook_delivers_a_signed_json_body(hooks: PostServer) -> None:
    send(webhook(hooks.url("/hook?team=1")), make_note(), FAST)

    [got] = hooks.received
    assert got.path == "/hook?team=1"
    assert got.headers["content-type"].startswith("application/json")
    assert got.headers["user-agent"] == FAST.user_agent
    assert got.headers["x-toancanh-event"] == "alert.created"
    assert got.headers["x-toancanh-delivery"] == "12.1"
    timestamp = got.headers["x-toancanh-timestamp"]
    assert abs(int(timestamp) - time.time()) < 60
    # Verified the way a receiver would, without the module's own sign().
    expected = hmac.new(SECRET.encode(), timestamp.encode() + b"." + got.body, hashlib.sha256)
    assert got.headers["x-toancanh-signature"] == "sha256=" + expected.hexdigest()
    assert "Nhà ở xã hội".encode() in got.body  # UTF-8, not \\u escapes
    document = json.loads(got.body)
    assert document["event"] == "alert.created"
    alert = document["alert"]
    assert alert["title"] == TITLE
    assert alert["watch"] == "Nhà ở xã hội"
    assert alert["first_at"] == "2025-12-02T08:15:00+07:00"
    assert alert["last_at"] == "2025-12-02T13:40:00+07:00"
    assert alert["detail"]["stories"][0]["title"] == STORIES[0]["title"]
    assert (alert["id"], alert["version"], alert["severity"]) == (12, 1, "high")


def test_webhook_update_is_an_updated_event(hooks: PostServer) -> None:
    send(webhook(hooks.url()), make_note(version=3), FAST)

    [got] = hooks.received
    assert got.headers["x-toancanh-event"] == "alert.updated"
    assert got.headers["x-toancanh-delivery"] == "12.3"
    assert json.loads(got.body)["event"] == "alert.updated"


@pytest.mark.parametrize(
    ("status", "permanent"),
    [(500, False), (503, False), (408, False), (429, False), (404, True), (400, True), (410, True)],
)
def test_webhook_error_statuses(hooks: PostServer, status: int, permanent: bool) -> None:
    hooks.reply(status, headers={"Retry-After": "30"})
    error = failure(webhook(hooks.url()), make_note(), FAST)
    assert error.reason == f"http_{status}"
    assert error.permanent is permanent
    assert error.retry_after == 30.0


def test_webhook_redirect_is_not_followed(hooks: PostServer) -> None:
    hooks.reply(302, headers={"Location": hooks.url("/elsewhere")})
    error = failure(webhook(hooks.url()), make_note(), FAST)
    assert (error.reason, error.permanent) == ("http_302", True)
    assert [got.path for got in hooks.received] == ["/"]


def test_webhook_timeout_is_transient(hooks: PostServer) -> None:
    hooks.reply(200, delay=1.0)
    started = time.monotonic()
    error = failure(webhook(hooks.url()), make_note(), NotifySettings(timeout=0.2))
    assert (error.reason, error.permanent) == ("timeout", False)
    assert time.monotonic() - started < 0.9


def test_webhook_nobody_listening_is_a_transient_connect_error() -> None:
    error = failure(webhook(f"http://127.0.0.1:{free_port()}/"), make_note(), FAST)
    assert (error.reason, error.permanent) == ("connect_error", False)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "169.254.169.254"])
def test_webhook_private_address_refused_without_allow_private(
    hooks: PostServer, host: str
) -> None:
    url = f"http://{host}:{hooks.port}/"
    error = failure(webhook(url, allow_private=False), make_note(), FAST)
    assert (error.reason, error.permanent) == ("private_address", True)
    assert "allow_private" in error.detail
    assert hooks.received == []


def test_webhook_without_secret_is_bad_config(hooks: PostServer) -> None:
    channel = make_channel("webhook", {"url": hooks.url()})
    error = failure(channel, make_note(), FAST)
    assert (error.reason, error.permanent) == ("bad_config", True)
    assert hooks.received == []


def test_the_documented_verification_accepts_a_delivery(hooks: PostServer) -> None:
    doc = (Path(__file__).parents[2] / "docs" / "alerts-channels.md").read_text("utf-8")
    [snippet] = re.findall(r"```python\n(.*?)```", doc, flags=re.DOTALL)
    namespace: dict[str, Any] = {}
    exec(snippet, namespace)  # the receiver's code exactly as the docs show it
    verify = namespace["verify"]

    send(webhook(hooks.url()), make_note(), FAST)
    [got] = hooks.received
    headers = {
        "X-Toancanh-Timestamp": got.headers["x-toancanh-timestamp"],
        "X-Toancanh-Signature": got.headers["x-toancanh-signature"],
    }
    assert verify(SECRET.encode(), headers, got.body)
    assert not verify(b"another-secret-0123456789", headers, got.body)
    assert not verify(SECRET.encode(), headers, got.body.replace(b"42", b"43"))


def test_sign_matches_a_plain_hmac() -> None:
    body = json.dumps({"tiêu đề": "Nhà ở"}, ensure_ascii=False).encode()
    expected = hmac.new(b"k" * 16, b"1700000000." + body, hashlib.sha256).hexdigest()
    assert sign("k" * 16, "1700000000", body) == f"sha256={expected}"


# --- Telegram --------------------------------------------------------------------------


def telegram(chat_id: str | int = -1001234567890, **config: Any) -> Channel:
    return make_channel("telegram", {"chat_id": chat_id} | config)


def telegram_settings(api: PostServer, token: str | None = TOKEN) -> NotifySettings:
    return NotifySettings(telegram_api_base=api.url("/tg/"), telegram_token=token, timeout=2.0)


def test_telegram_sends_plain_text(hooks: PostServer) -> None:
    hooks.reply(200, {"ok": True, "result": {"message_id": 7}})
    send(telegram(), make_note(), telegram_settings(hooks))

    [got] = hooks.received
    assert got.path == f"/tg/bot{TOKEN}/sendMessage"
    message = json.loads(got.body)
    assert message["chat_id"] == "-1001234567890"
    assert message["disable_web_page_preview"] is True
    assert "parse_mode" not in message  # plain text: scraped titles cannot inject markup
    assert message["text"].startswith(TITLE)
    assert "02/12/2025 08:15" in message["text"]


def test_telegram_channel_token_wins_over_the_setting(hooks: PostServer) -> None:
    other = "987654321:BBEhBOweik9ai2o4Ffsw8Tl4SgvWjMY5xyz"
    hooks.reply(200, {"ok": True})
    send(telegram(token=other, lang="en"), make_note(), telegram_settings(hooks))
    [got] = hooks.received
    assert got.path == f"/tg/bot{other}/sendMessage"
    assert "Severity: high" in json.loads(got.body)["text"]


def test_telegram_long_text_is_cut_to_the_api_limit(hooks: PostServer) -> None:
    hooks.reply(200, {"ok": True})
    url = "https://baomoi.example.vn/" + "a" * 1900
    stories = [{"title": "𝐀" * 500, "size": 1, "url": url}] * 5  # astral letters count twice
    send(telegram(), make_note(detail={"stories": stories}), telegram_settings(hooks))
    text = json.loads(hooks.received[0].body)["text"]
    assert len(text.encode("utf-16-le")) // 2 <= 4096
    assert text.endswith("…")


@pytest.mark.parametrize(
    ("status", "answer", "permanent"),
    [
        (403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked"}, True),
        (400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}, True),
        (
            429,
            {"ok": False, "error_code": 429, "description": "Too Many Requests"}
            | {"parameters": {"retry_after": 5}},
            False,
        ),
        (502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}, False),
        (200, {"ok": False, "error_code": 403, "description": "odd but possible"}, True),
    ],
)
def test_telegram_errors(
    hooks: PostServer,
    caplog: pytest.LogCaptureFixture,
    status: int,
    answer: dict[str, Any],
    permanent: bool,
) -> None:
    caplog.set_level(logging.DEBUG)
    hooks.reply(status, answer)
    error = failure(telegram(), make_note(), telegram_settings(hooks))
    assert (error.reason, error.permanent) == ("telegram_error", permanent)
    assert answer["description"] in error.detail
    assert TOKEN not in str(error) and TOKEN not in error.detail
    assert TOKEN not in caplog.text  # httpx would log the URL at INFO
    if status == 429:
        assert error.retry_after == 5.0


def test_telegram_server_echoing_the_token_does_not_leak_it(hooks: PostServer) -> None:
    hooks.reply(401, {"ok": False, "error_code": 401, "description": f"bad token {TOKEN}"})
    error = failure(telegram(), make_note(), telegram_settings(hooks))
    assert error.permanent
    assert TOKEN not in str(error)


def test_telegram_non_json_answer(hooks: PostServer) -> None:
    hooks.reply(503, b"<html>maintenance</html>")
    error = failure(telegram(), make_note(), telegram_settings(hooks))
    assert (error.reason, error.permanent) == ("http_503", False)


def test_telegram_unreachable_api_keeps_the_token_out(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    notify = NotifySettings(
        telegram_api_base=f"http://127.0.0.1:{free_port()}", telegram_token=TOKEN, timeout=1.0
    )
    error = failure(telegram(), make_note(), notify)
    assert (error.reason, error.permanent) == ("connect_error", False)
    assert TOKEN not in str(error) and TOKEN not in caplog.text
    assert error.__cause__ is None and error.__suppress_context__


def test_telegram_without_any_token_is_bad_config(hooks: PostServer) -> None:
    error = failure(telegram(), make_note(), telegram_settings(hooks, token=None))
    assert (error.reason, error.permanent) == ("bad_config", True)
    assert hooks.received == []


# --- e-mail ----------------------------------------------------------------------------


class Inbox:
    """An aiosmtpd handler that keeps what it accepts and refuses some recipients."""

    def __init__(self) -> None:
        self.messages: list[Envelope] = []
        self.refusals: dict[str, str] = {}  # address -> SMTP answer

    async def handle_RCPT(
        self,
        server: SMTPServer,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if address in self.refusals:
            return self.refusals[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        self.messages.append(envelope)
        return "250 Message accepted for delivery"


def only_ops_password(
    server: SMTPServer, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data == (b"ops", b"mat-khau-2025")
    # handled=False: aiosmtpd itself answers 535 to a refusal.
    return AuthResult(success=ok, handled=False, auth_data=auth_data)


@dataclass
class MailServer:
    inbox: Inbox
    port: int

    def settings(self) -> NotifySettings:
        return NotifySettings(smtp_port=self.port, smtp_from="canh-bao@toancanh.vn", timeout=2.0)


@pytest.fixture(scope="module")
def _mail_server() -> Iterator[MailServer]:
    inbox = Inbox()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=only_ops_password,
        auth_require_tls=False,  # the test server has no certificate; login over plain TCP
    )
    controller.start()
    yield MailServer(inbox, controller.port)
    controller.stop()


@pytest.fixture
def mail(_mail_server: MailServer) -> MailServer:
    _mail_server.inbox.messages.clear()
    _mail_server.inbox.refusals.clear()
    return _mail_server


def parse(envelope: Envelope) -> EmailMessage:
    raw = envelope.content if isinstance(envelope.content, bytes) else b""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def email_channel(to: Any = "ops@so-tt.example.vn; lanh-dao@so-tt.example.vn", **config: Any):
    return make_channel("email", {"to": to} | config)


def test_email_is_delivered_in_vietnamese(mail: MailServer) -> None:
    send(email_channel(), make_note(), mail.settings())

    [envelope] = mail.inbox.messages
    assert envelope.rcpt_tos == ["ops@so-tt.example.vn", "lanh-dao@so-tt.example.vn"]
    assert envelope.mail_from == "canh-bao@toancanh.vn"
    message = parse(envelope)
    assert message["Subject"] == f"[Toàn Cảnh] CAO: {TITLE}"
    assert message["To"] == "ops@so-tt.example.vn, lanh-dao@so-tt.example.vn"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message.get_content_type() == "text/plain"
    assert not message.is_multipart()  # no HTML part
    body = message.get_content()
    assert body.startswith(TITLE)
    assert "Danh mục theo dõi: Nhà ở xã hội" in body
    assert "02/12/2025 08:15 – 02/12/2025 13:40" in body
    assert "Bình thường: 6 · Ghi nhận: 42" in body


def test_email_in_english_and_an_update_threads(mail: MailServer) -> None:
    send(email_channel(lang="en"), make_note(version=2), mail.settings())
    message = parse(mail.inbox.messages[0])
    assert message["Subject"] == f"[Toan Canh] HIGH: {TITLE}"
    assert message["In-Reply-To"] == "<alert-12.1@toancanh.vn>"
    assert "Update 2" in message.get_content()


def test_email_login_when_a_user_is_set(mail: MailServer) -> None:
    good = replace(mail.settings(), smtp_user="ops", smtp_password="mat-khau-2025")
    send(email_channel(), make_note(), good)
    assert len(mail.inbox.messages) == 1

    wrong = failure(email_channel(), make_note(), replace(good, smtp_password="sai-roi"))
    assert (wrong.reason, wrong.permanent) == ("smtp_error", True)
    assert "sai-roi" not in str(wrong)

    # smtplib can only send ASCII credentials: a clear configuration error, not a crash.
    accented = failure(email_channel(), make_note(), replace(good, smtp_password="mật-khẩu"))
    assert (accented.reason, accented.permanent) == ("bad_config", True)
    assert "mật-khẩu" not in str(accented)


def test_email_title_cannot_inject_headers(mail: MailServer) -> None:
    hostile = "Tin giả\r\nBcc: ke-xau@example.com\r\n\r\n<script>alert(1)</script>"
    send(email_channel(to=["ops@so-tt.example.vn"]), make_note(title=hostile), mail.settings())
    [envelope] = mail.inbox.messages
    assert envelope.rcpt_tos == ["ops@so-tt.example.vn"]
    message = parse(envelope)
    assert message["Bcc"] is None
    assert (
        message["Subject"]
        == "[Toàn Cảnh] CAO: Tin giả Bcc: ke-xau@example.com <script>alert(1)</script>"
    )


def test_email_refused_recipient_is_permanent(mail: MailServer) -> None:
    mail.inbox.refusals["khong-co@so-tt.example.vn"] = "550 5.1.1 No such user"
    error = failure(email_channel(to="khong-co@so-tt.example.vn"), make_note(), mail.settings())
    assert (error.reason, error.permanent) == ("smtp_error", True)
    assert "khong-co@so-tt.example.vn: 550" in error.detail
    assert mail.inbox.messages == []


def test_email_partly_refused_is_permanent_after_the_others_got_it(mail: MailServer) -> None:
    mail.inbox.refusals["khong-co@so-tt.example.vn"] = "550 5.1.1 No such user"
    channel = email_channel(to=["ops@so-tt.example.vn", "khong-co@so-tt.example.vn"])
    error = failure(channel, make_note(), mail.settings())
    assert error.permanent and "1 of 2" in error.detail
    assert mail.inbox.messages[0].rcpt_tos == ["ops@so-tt.example.vn"]


def test_email_temporary_refusal_is_transient(mail: MailServer) -> None:
    mail.inbox.refusals["ops@so-tt.example.vn"] = "450 4.2.1 Mailbox busy, try later"
    error = failure(email_channel(to="ops@so-tt.example.vn"), make_note(), mail.settings())
    assert (error.reason, error.permanent) == ("smtp_error", False)


def test_email_nothing_listening_is_a_transient_connect_error() -> None:
    notify = NotifySettings(smtp_port=free_port(), timeout=1.0)
    error = failure(email_channel(), make_note(), notify)
    assert (error.reason, error.permanent) == ("connect_error", False)


def test_email_starttls_on_a_server_without_it_is_permanent(mail: MailServer) -> None:
    error = failure(email_channel(), make_note(), replace(mail.settings(), smtp_starttls=True))
    assert (error.reason, error.permanent) == ("smtp_error", True)


# --- configuration ---------------------------------------------------------------------


def test_check_channel_config_normalises() -> None:
    assert check_channel_config(
        "email", {"to": " A@Example.VN ; b@so.vn,, A@example.vn", "lang": "en"}
    ) == {"to": ["A@example.vn", "b@so.vn"], "lang": "en"}
    assert check_channel_config("telegram", {"chat_id": -100123}) == {
        "chat_id": "-100123",
        "lang": "vi",
    }
    assert check_channel_config(
        "webhook", {"url": " https://hooks.example.vn/a ", "secret": SECRET}
    ) == {
        "url": "https://hooks.example.vn/a",
        "secret": SECRET,
        "allow_private": False,
    }


@pytest.mark.parametrize(
    ("kind", "config", "message"),
    [
        ("sms", {}, "webhook, email, telegram"),
        ("webhook", {"secret": SECRET}, '"url"'),
        ("webhook", {"url": "ftp://example.vn/x", "secret": SECRET}, "only http and https"),
        ("webhook", {"url": "https://u:p@example.vn/", "secret": SECRET}, "credentials"),
        ("webhook", {"url": "https://example.vn/", "secret": "short"}, "at least 16"),
        ("webhook", {"url": "https://example.vn/", "secret": SECRET, "secert": 1}, "secert"),
        ("webhook", {"url": "https://a.vn/", "secret": SECRET, "allow_private": "yes"}, "true or"),
        ("email", {}, '"to"'),
        ("email", {"to": " ; "}, "at least one"),
        ("email", {"to": ["Ban Tin <ops@so.vn>"]}, "not a plain e-mail address"),
        ("email", {"to": ["ops@so.vn\r\nBcc: x@y.vn"]}, "not a plain e-mail address"),
        ("email", {"to": "ops@so.vn", "lang": "fr"}, "vi, en"),
        ("telegram", {}, "chat_id"),
        ("telegram", {"chat_id": True}, "chat_id"),
        ("telegram", {"chat_id": "@x"}, "chat_id"),
        ("telegram", {"chat_id": 1, "token": "123:short/../../x"}, "malformed"),
        ("webhook", [], "must be an object"),
    ],
)
def test_check_channel_config_errors(kind: str, config: Any, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        check_channel_config(kind, config)
    assert message in str(caught.value)


def test_check_channel_config_never_echoes_a_token() -> None:
    with pytest.raises(ValueError) as caught:
        check_channel_config("telegram", {"chat_id": 1, "token": "123:secret/too-short"})
    assert "secret/too-short" not in str(caught.value)


# --- text and JSON ---------------------------------------------------------------------


def test_render_text_vietnamese() -> None:
    text = render_text(make_note())
    lines = text.splitlines()
    assert lines[0] == TITLE
    assert lines[1] == "Mức độ: cao · Loại: tăng đột biến số tin · Trạng thái: đang diễn ra"
    assert "Thời gian: 02/12/2025 08:15 – 02/12/2025 13:40 (giờ Việt Nam)" in lines
    assert "Bình thường: 6 · Ghi nhận: 42 · Điểm: 5,8" in lines
    assert "1. Câu chuyện số 1: giá nhà ở xã hội (9 tin)" in lines
    assert "   https://baomoi.example.vn/tin-1.html" in lines
    assert "5. Câu chuyện số 5: giá nhà ở xã hội (5 tin)" in lines
    assert not any(line.startswith("6. ") for line in lines)  # at most five stories
    assert lines[-1] == "Xem chi tiết: https://toancanh.example.vn/alerts/12"


def test_render_text_english_and_sparse_detail() -> None:
    note = make_note(detail={"observed": 1234567}, watch=None, link=None, severity="critical")
    text = render_text(note, "en")
    assert "Severity: critical · Kind: volume spike · Status: active" in text
    assert "Observed: 1,234,567" in text and "Baseline" not in text
    assert "Watchlist" not in text and "Details" not in text and "Driving stories" not in text
    assert "Quan sát: 1.234.567" not in render_text(note)
    assert "Ghi nhận: 1.234.567" in render_text(note)


def test_render_text_keeps_hostile_titles_plain() -> None:
    story = {"title": "<b>Tin\u202egiả</b>\nDòng 2", "url": "javascript:alert(1)", "size": 2}
    text = render_text(make_note(title="<i>x</i>\x00y", detail={"stories": [story]}))
    assert text.splitlines()[0] == "<i>x</i> y"  # shown literally, never interpreted
    assert "1. <b>Tin giả</b> Dòng 2 (2 tin)" in text
    assert "javascript:" not in text
    assert "\u202e" not in text


def test_payload_times_and_conversion_of_odd_values() -> None:
    detail = {
        "when": datetime(2025, 7, 1, 17, 0, tzinfo=UTC),
        "ratio": float("nan"),
        "tags": {"b", "a"},
        "pair": (1, 2),
    }
    document = payload(make_note(detail=detail, version=2))
    assert document["event"] == "alert.updated"
    assert document["alert"]["detail"] == {
        "when": "2025-07-02T00:00:00+07:00",
        "ratio": None,
        "tags": ["a", "b"],
        "pair": [1, 2],
    }
    json.dumps(document, allow_nan=False)


def test_subject_in_english() -> None:
    assert subject(make_note(severity="low"), "en") == f"[Toan Canh] LOW: {TITLE}"


# --- property tests --------------------------------------------------------------------

hostile_chars = st.characters() | st.sampled_from(["\ud800", "\u202e", "\r", "\n", "\x00", "<"])
hostile_text = st.text(alphabet=hostile_chars, max_size=60)
moments = st.datetimes(timezones=st.none() | st.just(UTC))
leaves = st.none() | st.booleans() | st.integers() | st.floats() | hostile_text | moments
values = st.recursive(
    leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(hostile_text, inner, max_size=4),
    max_leaves=12,
)
stories = st.lists(
    st.fixed_dictionaries(
        {"title": hostile_text},
        optional={"size": st.integers() | st.none(), "url": hostile_text, "story_id": values},
    )
    | values,
    max_size=8,
)
details = st.fixed_dictionaries(
    {},
    optional={
        "baseline": leaves,
        "observed": leaves,
        "score": leaves,
        "stories": stories | values,
        "extra": values,
    },
)
notes = st.builds(
    Notification,
    alert_id=st.integers(min_value=1, max_value=2**31),
    version=st.integers(min_value=1, max_value=1000),
    kind=st.sampled_from(["volume_spike", "story_outlets", "new_kind"]) | hostile_text,
    severity=st.sampled_from(["low", "medium", "high", "critical"]) | hostile_text,
    status=st.sampled_from(["active", "acknowledged", "resolved"]),
    title=hostile_text,
    watch=st.none() | hostile_text,
    first_at=moments,
    last_at=moments,
    detail=details,
    link=st.none() | hostile_text,
)


@settings(max_examples=100, deadline=None)
@given(note=notes, lang=st.sampled_from(["vi", "en"]))
def test_text_json_and_email_never_crash(note: Notification, lang: str) -> None:
    text = render_text(note, lang)
    text.encode("utf-8")  # no lone surrogates reach a mail body or a chat
    headline = subject(note, lang)
    assert "\n" not in headline and "\r" not in headline
    document = payload(note)
    json.dumps(document, ensure_ascii=False, allow_nan=False).encode("utf-8")
    email_message(note, ["ops@so.vn"], "canh-bao@toancanh.vn", lang).as_bytes()
