"""A scheduled report through each kind of channel, to real servers on 127.0.0.1: an
``aiosmtpd`` inbox (the file attached, its Vietnamese name RFC 2231-encoded), the
Telegram Bot API's ``sendDocument`` (multipart), a signed webhook (base64 in JSON)."""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import hmac
import json
import re
import socket
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import Envelope, Session

from post_server import PostServer
from report_schedule_cases import tiny_docx
from toancanh.alerts.channels import send_document
from toancanh.alerts.channels.base import DeliveryError, Document, NotifySettings
from toancanh.alerts.channels.webhook import MAX_FILE_BYTES
from toancanh.domain.alerts import Channel
from toancanh.reports.model import MEDIA_TYPES

SECRET = "s3cret-for-tests-0123456789"
TOKEN = "123456789:AAEhBOweik9ai2o4Ffsw8Tl4SgvWjMY5abc"
NAME = "Điểm tin báo chí ngày 07-12-2026.docx"
CONTENT = tiny_docx("Điểm tin báo chí: nhà ở xã hội")
DOCUMENT = Document(
    key="report-3.2026-12-07",
    title="Điểm tin báo chí ngày 07/12/2026",
    filename=NAME,
    media_type=MEDIA_TYPES["docx"],
    content=CONTENT,
    text="Điểm tin báo chí ngày 07/12/2026\n\nBáo cáo đính kèm.",
    html="<p>Điểm tin báo chí ngày 07/12/2026 &lt;b&gt;</p>",
    meta={"schedule_id": 3, "kind": "digest", "due_for": "2026-12-07"},
)


def channel(kind: str, config: dict[str, object]) -> Channel:
    return Channel(1, f"test {kind}", kind, config, True, datetime(2025, 1, 1, tzinfo=UTC))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Envelope] = []

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        self.messages.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    box = Inbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield box, controller.port
    controller.stop()


def test_email_attaches_the_report(inbox: tuple[Inbox, int]) -> None:
    box, port = inbox
    notify = NotifySettings(smtp_port=port, smtp_from="bao-cao@toancanh.vn", timeout=5.0)
    send_document(channel("email", {"to": "lanh-dao@so-tt.example.vn"}), DOCUMENT, notify)

    [envelope] = box.messages
    assert envelope.rcpt_tos == ["lanh-dao@so-tt.example.vn"]
    raw = envelope.content if isinstance(envelope.content, bytes) else b""
    # RFC 2231 (percent-encoded UTF-8, continued over lines), never raw UTF-8 bytes.
    assert re.search(rb"filename\*(0\*)?=utf-8''%C4%90i%E1%BB%83m%20tin", raw)
    assert NAME.encode() not in raw
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert message["Subject"] == DOCUMENT.title
    assert message["Message-ID"] == "<report-3.2026-12-07@toancanh.vn>"
    body = message.get_body(("html",))
    assert body is not None and "&lt;b&gt;" in body.get_content()
    plain = message.get_body(("plain",))
    assert plain is not None and "Báo cáo đính kèm." in plain.get_content()
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == NAME
    assert attachment.get_content_type() == MEDIA_TYPES["docx"]
    assert attachment.get_content() == CONTENT


def test_telegram_uploads_the_document(hooks: PostServer) -> None:
    hooks.reply(200, {"ok": True, "result": {}})
    notify = NotifySettings(telegram_api_base=hooks.url(), telegram_token=TOKEN, timeout=5.0)
    send_document(channel("telegram", {"chat_id": "-1001234567890"}), DOCUMENT, notify)

    [got] = hooks.received
    assert got.path == f"/bot{TOKEN}/sendDocument"
    content_type = got.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    wrapped = f"Content-Type: {content_type}\r\n\r\n".encode() + got.body
    form = email.message_from_bytes(wrapped, policy=email.policy.HTTP)
    parts = {
        part.get_param("name", header="content-disposition"): part for part in form.iter_parts()
    }
    assert parts["chat_id"].get_content().strip() == "-1001234567890"
    assert parts["caption"].get_content().startswith(DOCUMENT.title)
    document = parts["document"]
    assert document.get_filename() == NAME
    assert document.get_content_type() == MEDIA_TYPES["docx"]
    assert document.get_payload(decode=True) == CONTENT


def test_telegram_refusal_keeps_the_token_out(hooks: PostServer) -> None:
    hooks.reply(400, {"ok": False, "error_code": 400, "description": f"bad {TOKEN}"})
    notify = NotifySettings(telegram_api_base=hooks.url(), telegram_token=TOKEN, timeout=5.0)
    with pytest.raises(DeliveryError) as caught:
        send_document(channel("telegram", {"chat_id": "@kenh_bao_cao"}), DOCUMENT, notify)
    assert caught.value.permanent and TOKEN not in str(caught.value)


def webhook(url: str) -> Channel:
    return channel("webhook", {"url": url, "secret": SECRET, "allow_private": True})


def test_webhook_posts_the_file_base64_signed(hooks: PostServer) -> None:
    send_document(webhook(hooks.url("/nhan")), DOCUMENT, NotifySettings(timeout=5.0))

    [got] = hooks.received
    assert got.headers["x-toancanh-event"] == "report.sent"
    assert got.headers["x-toancanh-delivery"] == "report-3.2026-12-07"
    timestamp = got.headers["x-toancanh-timestamp"]
    expected = hmac.new(SECRET.encode(), timestamp.encode() + b"." + got.body, hashlib.sha256)
    assert got.headers["x-toancanh-signature"] == "sha256=" + expected.hexdigest()
    report = json.loads(got.body)["report"]
    assert (report["file_name"], report["media_type"], report["size"]) == (
        NAME,
        MEDIA_TYPES["docx"],
        len(CONTENT),
    )
    assert base64.b64decode(report["content_base64"]) == CONTENT
    assert (report["kind"], report["due_for"], report["title"]) == (
        "digest",
        "2026-12-07",
        DOCUMENT.title,
    )


def test_webhook_refuses_a_file_over_its_limit(hooks: PostServer) -> None:
    big = replace(DOCUMENT, content=b"0" * (MAX_FILE_BYTES + 1))
    with pytest.raises(DeliveryError) as caught:
        send_document(webhook(hooks.url()), big, NotifySettings(timeout=5.0))
    assert (caught.value.reason, caught.value.permanent) == ("too_large", True)
    assert hooks.received == []


def test_webhook_server_error_is_transient(hooks: PostServer) -> None:
    hooks.reply(502)
    with pytest.raises(DeliveryError) as caught:
        send_document(webhook(hooks.url()), DOCUMENT, NotifySettings(timeout=5.0))
    assert (caught.value.reason, caught.value.permanent) == ("http_502", False)
