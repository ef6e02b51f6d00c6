"""The Telegram channel: a plain-text message sent by a bot to a chat or channel.

No ``parse_mode``: scraped titles go as plain text, never as HTML or Markdown. The bot
token is a secret: it is never echoed in an error, whatever the server answered.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable, Mapping
from typing import Any

from toancanh.alerts.channels.base import (
    ChannelConfigError,
    ChannelKind,
    DeliveryError,
    Document,
    Notification,
    NotifySettings,
    check_lang,
    refuse_unknown_keys,
    safe_filename,
)
from toancanh.alerts.channels.http import json_bytes, post, status_is_transient
from toancanh.alerts.texts import clip_utf16, one_line, render_text

TELEGRAM_MAX_CHARS = 4096  # Telegram's limit for one message, in UTF-16 code units
TELEGRAM_MAX_CAPTION = 1024  # and for a document's caption
TELEGRAM_MAX_FILE_BYTES = 50 * 1024 * 1024  # what a bot may upload

_TELEGRAM_TOKEN = re.compile(r"[0-9]{1,20}:[A-Za-z0-9_-]{20,100}")
_TELEGRAM_CHAT = re.compile(r"-?[0-9]{1,20}|@[A-Za-z][A-Za-z0-9_]{3,31}")


def check_config(config: Mapping[str, Any]) -> dict[str, Any]:
    refuse_unknown_keys("telegram", config, ("chat_id", "token", "lang"))
    chat_id = config.get("chat_id")
    if isinstance(chat_id, int) and not isinstance(chat_id, bool):
        chat_id = str(chat_id)
    if not isinstance(chat_id, str) or not _TELEGRAM_CHAT.fullmatch(chat_id.strip()):
        raise ChannelConfigError(
            'a telegram channel needs "chat_id": a numeric chat id (e.g. -1001234567890) '
            "or a public channel name such as @ten_kenh",
            field="chat_id",
        )
    checked: dict[str, Any] = {"chat_id": chat_id.strip(), "lang": check_lang(config)}
    token = config.get("token")
    if token is not None:
        if not isinstance(token, str) or not _TELEGRAM_TOKEN.fullmatch(token.strip()):
            # The value is a secret: describe the expected shape, never echo it.
            raise ChannelConfigError(
                'the telegram "token" is malformed; it looks like 123456789:AAE... as '
                "given by @BotFather (or leave it out to use the configured bot token)",
                field="token",
            )
        checked["token"] = token.strip()
    return checked


def send(config: dict[str, Any], note: Notification, settings: NotifySettings) -> None:
    _with_token(
        config, settings, lambda token: _telegram_send_message(token, config, note, settings)
    )


def send_document(config: dict[str, Any], document: Document, settings: NotifySettings) -> None:
    """``sendDocument``: the file as a multipart upload, the caption in plain text."""
    if len(document.content) > TELEGRAM_MAX_FILE_BYTES:
        raise DeliveryError(
            "too_large",
            f"{len(document.content)} bytes; a bot uploads at most {TELEGRAM_MAX_FILE_BYTES}",
            permanent=True,
        )
    _with_token(
        config, settings, lambda token: _telegram_send_document(token, config, document, settings)
    )


def _with_token(
    config: dict[str, Any], settings: NotifySettings, call: Callable[[str], None]
) -> None:
    token = config.get("token") or settings.telegram_token
    if not token:
        raise DeliveryError(
            "bad_config",
            'no Telegram bot token: set "token" in the channel or the telegram_token setting',
            permanent=True,
        )
    if not _TELEGRAM_TOKEN.fullmatch(token.strip()):
        raise DeliveryError("bad_config", "the Telegram bot token is malformed", permanent=True)
    token = token.strip()
    try:
        call(token)
    except DeliveryError as exc:
        # Belt and braces: whatever a server or library echoed, the token does not leave.
        detail = exc.detail.replace(token, "<token>")
        raise DeliveryError(
            exc.reason, detail, permanent=exc.permanent, retry_after=exc.retry_after
        ) from None


def _telegram_send_message(
    token: str, config: dict[str, Any], note: Notification, settings: NotifySettings
) -> None:
    url = f"{settings.telegram_api_base.rstrip('/')}/bot{token}/sendMessage"
    message = {
        "chat_id": config["chat_id"],
        "text": clip_utf16(render_text(note, config["lang"]), TELEGRAM_MAX_CHARS),
        "disable_web_page_preview": True,
    }
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": settings.user_agent,
    }
    status, _, answer = post(url, json_bytes(message), headers, settings.timeout)
    _check_answer(status, answer)


def _telegram_send_document(
    token: str, config: dict[str, Any], document: Document, settings: NotifySettings
) -> None:
    url = f"{settings.telegram_api_base.rstrip('/')}/bot{token}/sendDocument"
    boundary = f"toancanh-{secrets.token_hex(12)}"
    fields = {
        "chat_id": config["chat_id"],
        "caption": clip_utf16(document.text, TELEGRAM_MAX_CAPTION),
    }
    body = multipart(boundary, fields, "document", document)
    headers = {
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "User-Agent": settings.user_agent,
    }
    # An upload takes longer than a message: a few seconds per megabyte at worst.
    timeout = settings.timeout + len(body) / 250_000
    status, _, answer = post(url, body, headers, timeout)
    _check_answer(status, answer)


def multipart(boundary: str, fields: dict[str, str], name: str, document: Document) -> bytes:
    """A multipart/form-data body: the text fields, then the file. The file name goes as
    UTF-8 in ``filename`` (as browsers send it, which the Bot API reads)."""
    parts: list[bytes] = []
    for key, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n'
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{value}\r\n".encode()
        )
    filename = safe_filename(document.filename)
    media_type = document.media_type.partition(";")[0].strip() or "application/octet-stream"
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
        f'filename="{filename}"\r\nContent-Type: {media_type}\r\n\r\n'.encode()
        + document.content
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts)


def _check_answer(status: int, answer: bytes) -> None:
    """Return when the Bot API says ok; else the ``DeliveryError`` its answer means."""
    try:
        result = json.loads(answer)
    except ValueError:
        result = None
    if not isinstance(result, dict):
        raise DeliveryError(
            f"http_{status}" if status >= 400 else "telegram_error",
            f"the Telegram API answered {status} without a JSON result",
            permanent=400 <= status < 500 and not status_is_transient(status),
        )
    if result.get("ok") is True and 200 <= status < 300:
        return
    code = result.get("error_code")
    code = code if isinstance(code, int) and not isinstance(code, bool) else status
    description = result.get("description")
    parameters = result.get("parameters")
    retry_after = parameters.get("retry_after") if isinstance(parameters, dict) else None
    raise DeliveryError(
        "telegram_error",
        f"error {code}: {one_line(str(description or 'no description'), 300)}",
        permanent=400 <= code < 500 and not status_is_transient(code),
        retry_after=float(retry_after) if isinstance(retry_after, int | float) else None,
    )


KIND = ChannelKind("telegram", check_config, send, send_document)
