"""Deliver one alert notification to one channel: a signed webhook, an e-mail, a Telegram chat.

``send`` either returns (delivered) or raises ``DeliveryError`` with a short reason and
whether retrying can help; the caller records the delivery and schedules retries. Nothing
here retries, sleeps or keeps state between calls.

Titles and story titles are scraped text and therefore hostile: they leave as JSON (the
webhook) or as plain text (e-mail, Telegram without ``parse_mode``), never as HTML. How
a notification reads lives in ``notify_text``; its public functions are re-exported here.

HTTP goes straight through an ``httpx.HTTPTransport`` rather than an ``httpx.Client``:
the client logs every request URL at INFO level, and a Telegram URL carries the bot token
(webhook URLs often carry a secret too). No proxy from the environment is used, so the
SSRF guard's verdict on a webhook host is the address actually connected to.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import smtplib
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

import httpx

from toancanh.domain import Channel
from toancanh.ingest.fetch import FetchError
from toancanh.ingest.netguard import ALLOW_HINT, check_url
from toancanh.trends.notify_text import (
    LANGS,
    clip_utf16,
    event_name,
    one_line,
    payload,
    render_text,
    subject,
)

__all__ = [
    "CHANNEL_KINDS",
    "LANGS",
    "DeliveryError",
    "Notification",
    "NotifySettings",
    "check_channel_config",
    "email_message",
    "payload",
    "render_text",
    "send",
    "sign",
    "subject",
]

CHANNEL_KINDS = ("webhook", "email", "telegram")
MIN_SECRET_LENGTH = 16
TELEGRAM_MAX_CHARS = 4096  # Telegram's limit for one message, in UTF-16 code units
MAX_ANSWER_BYTES = 64 * 1024  # of a webhook or Telegram answer: only a status or short JSON
WEBHOOK_PRIVATE_HINT = 'set "allow_private": true in the channel if this address is intended'

_TELEGRAM_TOKEN = re.compile(r"[0-9]{1,20}:[A-Za-z0-9_-]{20,100}")
_TELEGRAM_CHAT = re.compile(r"-?[0-9]{1,20}|@[A-Za-z][A-Za-z0-9_]{3,31}")
_EMAIL_ADDRESS = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
)
_LIST_SEPARATORS = re.compile(r"[,;]")


@dataclass(frozen=True)
class Notification:
    """One version of one alert, as every channel receives it."""

    alert_id: int
    version: int  # 1 for a new alert, higher for an update of the same alert
    kind: str  # volume_spike, negative_spike, forecast_breach, official_contradicted, ...
    severity: str  # low, medium, high, critical
    status: str  # active, acknowledged, resolved
    title: str
    watch: str | None  # the watchlist name
    first_at: datetime  # aware UTC
    last_at: datetime
    detail: dict[str, Any]  # baseline, observed, score, stories: [{story_id, title, size, url}]
    link: str | None = None  # a dashboard URL when one is configured


class DeliveryError(Exception):
    """A delivery that failed; ``permanent`` when retrying cannot help.

    ``reason`` is short and machine-like (``timeout``, ``http_500``, ``bad_config`` ...);
    ``retry_after`` carries a server's requested wait in seconds when it gave one.
    """

    def __init__(
        self,
        reason: str,
        detail: str = "",
        *,
        permanent: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.permanent = permanent
        self.retry_after = retry_after


@dataclass(frozen=True)
class NotifySettings:
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    smtp_ssl: bool = False
    smtp_from: str = "toancanh@localhost"
    telegram_api_base: str = "https://api.telegram.org"
    telegram_token: str | None = None
    timeout: float = 10.0
    user_agent: str = "ToanCanh/0.1 (+https://github.com/toancanh)"


# --- channel configuration -------------------------------------------------------------


def check_channel_config(kind: str, config: dict[str, Any]) -> dict[str, Any]:
    """The validated, normalised config of a ``kind`` channel, or ``ValueError`` saying
    what to fix. Secrets and tokens are never repeated in the message."""
    checkers: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
        "webhook": _check_webhook,
        "email": _check_email,
        "telegram": _check_telegram,
    }
    if kind not in checkers:
        raise ValueError(f"unknown channel kind {kind!r}; use one of: {', '.join(CHANNEL_KINDS)}")
    if not isinstance(config, Mapping):
        raise ValueError(f"a {kind} channel's config must be an object (a JSON dictionary)")
    return checkers[kind](config)


def _check_webhook(config: Mapping[str, Any]) -> dict[str, Any]:
    _refuse_unknown_keys("webhook", config, ("url", "secret", "allow_private"))
    url = config.get("url")
    if not isinstance(url, str) or not url.strip():
        raise ValueError('a webhook needs "url": the http(s) address that receives the POST')
    try:  # only the syntax here: addresses are checked at each delivery (DNS changes)
        check_url(url, allow_private=True)
    except FetchError as exc:
        raise ValueError(f'the webhook "url" is not usable: {exc.detail}') from None
    secret = config.get("secret")
    if not isinstance(secret, str) or len(secret) < MIN_SECRET_LENGTH:
        raise ValueError(
            f'a webhook needs "secret": a string of at least {MIN_SECRET_LENGTH} characters '
            "that the receiver uses to verify the signature"
        )
    allow_private = config.get("allow_private", False)
    if not isinstance(allow_private, bool):
        raise ValueError('"allow_private" must be true or false')
    return {"url": url.strip(), "secret": secret, "allow_private": allow_private}


def _check_email(config: Mapping[str, Any]) -> dict[str, Any]:
    _refuse_unknown_keys("email", config, ("to", "lang"))
    raw = config.get("to")
    if isinstance(raw, str):
        raw = _LIST_SEPARATORS.split(raw)
    if not isinstance(raw, list | tuple) or not all(isinstance(item, str) for item in raw):
        raise ValueError('an email channel needs "to": a list of addresses (or one string)')
    addresses: list[str] = []
    for item in (item.strip() for item in raw):
        if not item:
            continue
        if not _EMAIL_ADDRESS.fullmatch(item):
            raise ValueError(
                f"{one_line(item, 80)!r} is not a plain e-mail address such as "
                "ban-tin@so-tt.gov.vn (no display names; international domains in "
                "their xn-- form)"
            )
        local, domain = item.rsplit("@", 1)
        address = f"{local}@{domain.lower()}"
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise ValueError('an email channel needs at least one address in "to"')
    return {"to": addresses, "lang": _check_lang(config)}


def _check_telegram(config: Mapping[str, Any]) -> dict[str, Any]:
    _refuse_unknown_keys("telegram", config, ("chat_id", "token", "lang"))
    chat_id = config.get("chat_id")
    if isinstance(chat_id, int) and not isinstance(chat_id, bool):
        chat_id = str(chat_id)
    if not isinstance(chat_id, str) or not _TELEGRAM_CHAT.fullmatch(chat_id.strip()):
        raise ValueError(
            'a telegram channel needs "chat_id": a numeric chat id (e.g. -1001234567890) '
            "or a public channel name such as @ten_kenh"
        )
    checked: dict[str, Any] = {"chat_id": chat_id.strip(), "lang": _check_lang(config)}
    token = config.get("token")
    if token is not None:
        if not isinstance(token, str) or not _TELEGRAM_TOKEN.fullmatch(token.strip()):
            # The value is a secret: describe the expected shape, never echo it.
            raise ValueError(
                'the telegram "token" is malformed; it looks like 123456789:AAE... as '
                "given by @BotFather (or leave it out to use the configured bot token)"
            )
        checked["token"] = token.strip()
    return checked


def _check_lang(config: Mapping[str, Any]) -> str:
    lang = config.get("lang", "vi")
    if lang not in LANGS:
        raise ValueError(f'"lang" must be one of: {", ".join(LANGS)}')
    return str(lang)


def _refuse_unknown_keys(kind: str, config: Mapping[str, Any], known: tuple[str, ...]) -> None:
    # A misspelt key ("secert") would otherwise be ignored silently.
    unknown = sorted(str(key) for key in config if key not in known)
    if unknown:
        raise ValueError(
            f"unknown {kind} setting(s) {', '.join(unknown)}; the known ones are {', '.join(known)}"
        )


# --- what is sent ----------------------------------------------------------------------


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The ``X-Toancanh-Signature`` of a webhook body: HMAC-SHA256 over "timestamp." + body.

    The timestamp is signed too so that a captured request cannot be replayed later.
    """
    digest = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode() + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


# --- sending ---------------------------------------------------------------------------


def send(channel: Channel, note: Notification, settings: NotifySettings) -> None:
    """Deliver ``note`` to ``channel`` or raise ``DeliveryError``.

    Whether the channel is enabled is the caller's business (a "send a test" button may
    use a disabled one).
    """
    try:
        config = check_channel_config(channel.kind, channel.config)
    except ValueError as exc:
        raise DeliveryError("bad_config", str(exc), permanent=True) from None
    senders: dict[str, Callable[[dict[str, Any], Notification, NotifySettings], None]] = {
        "webhook": _send_webhook,
        "email": _send_email,
        "telegram": _send_telegram,
    }
    senders[channel.kind](config, note, settings)


def _send_webhook(config: dict[str, Any], note: Notification, settings: NotifySettings) -> None:
    url = config["url"]
    _guard_address(url, allow_private=config["allow_private"])
    body = _json_bytes(payload(note))
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": settings.user_agent,
        "X-Toancanh-Event": event_name(note),
        "X-Toancanh-Delivery": f"{note.alert_id}.{note.version}",
        "X-Toancanh-Timestamp": timestamp,
        "X-Toancanh-Signature": sign(config["secret"], timestamp, body),
    }
    status, answer_headers, _ = _post(url, body, headers, settings.timeout)
    if 200 <= status < 300:
        return
    retry_after = _retry_after(answer_headers.get("retry-after"))
    if 300 <= status < 400:
        where = one_line(answer_headers.get("location", "?"), 300)
        raise DeliveryError(
            f"http_{status}",
            f"the webhook redirects to {where}; redirects are not followed, use the final URL",
            permanent=True,
        )
    raise DeliveryError(
        f"http_{status}",
        f"the webhook answered {status}",
        permanent=not _status_is_transient(status),
        retry_after=retry_after,
    )


def _guard_address(url: str, *, allow_private: bool) -> None:
    """The ingest SSRF guard, its ``FetchError`` turned into a ``DeliveryError``."""
    try:
        check_url(url, allow_private=allow_private)
    except FetchError as exc:
        if exc.reason == "private_address":
            detail = exc.detail.replace(ALLOW_HINT, WEBHOOK_PRIVATE_HINT)
            raise DeliveryError("private_address", detail, permanent=True) from None
        if exc.reason == "bad_url":
            raise DeliveryError("bad_config", exc.detail, permanent=True) from None
        raise DeliveryError(exc.reason, exc.detail, permanent=exc.permanent) from None


def _status_is_transient(status: int) -> bool:
    return status in (408, 429) or status >= 500


def _retry_after(value: str | None) -> float | None:
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None  # an HTTP date: rare enough to let the caller's backoff decide
    return seconds if seconds is not None and 0 <= seconds < 86_400 else None


def _json_bytes(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, allow_nan=False).encode("utf-8")


def _post(
    url: str, body: bytes, headers: dict[str, str], timeout: float
) -> tuple[int, httpx.Headers, bytes]:
    """POST without following redirects or logging the URL; (status, headers, answer).

    Only the first ``MAX_ANSWER_BYTES`` of the answer are read. Errors carry no URL.
    """
    request = httpx.Request(
        "POST",
        url,
        content=body,
        headers=headers,
        extensions={"timeout": httpx.Timeout(timeout).as_dict()},
    )
    try:
        # Loading the CA bundle takes ~0.1 s; a plain http URL never uses TLS at all.
        verify = url.lower().startswith("https:")
        with httpx.HTTPTransport(retries=0, verify=verify) as transport:
            response = transport.handle_request(request)
            try:
                answer = _read_at_most(response, MAX_ANSWER_BYTES)
            finally:
                response.close()
    except httpx.TimeoutException as exc:
        detail = f"no answer within {timeout:g} s ({type(exc).__name__})"
        raise DeliveryError("timeout", detail) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise DeliveryError("bad_config", type(exc).__name__, permanent=True) from None
    except httpx.TransportError as exc:
        raise DeliveryError("connect_error", type(exc).__name__) from None
    return response.status_code, response.headers, answer


def _read_at_most(response: httpx.Response, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.stream:  # type: ignore[union-attr]  # a sync transport's stream
        chunks.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    return b"".join(chunks)[:limit]


def _send_telegram(config: dict[str, Any], note: Notification, settings: NotifySettings) -> None:
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
        _telegram_send_message(token, config, note, settings)
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
    status, _, answer = _post(url, _json_bytes(message), headers, settings.timeout)
    try:
        result = json.loads(answer)
    except ValueError:
        result = None
    if not isinstance(result, dict):
        raise DeliveryError(
            f"http_{status}" if status >= 400 else "telegram_error",
            f"the Telegram API answered {status} without a JSON result",
            permanent=400 <= status < 500 and not _status_is_transient(status),
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
        permanent=400 <= code < 500 and not _status_is_transient(code),
        retry_after=float(retry_after) if isinstance(retry_after, int | float) else None,
    )


def _send_email(config: dict[str, Any], note: Notification, settings: NotifySettings) -> None:
    message = email_message(note, config["to"], settings.smtp_from, config["lang"])
    try:
        smtp = _smtp_session(settings)
        try:
            refused = smtp.send_message(message)
        finally:
            _quit(smtp)
    except smtplib.SMTPRecipientsRefused as exc:
        raise _refused(exc.recipients, len(config["to"])) from None
    except smtplib.SMTPConnectError as exc:  # the server greeted with a refusal
        detail = f"{exc.smtp_code} {_smtp_text(exc.smtp_error)}"
        raise DeliveryError("connect_error", detail, permanent=exc.smtp_code >= 500) from None
    except smtplib.SMTPServerDisconnected as exc:
        raise DeliveryError("connect_error", f"disconnected: {exc}") from None
    except smtplib.SMTPNotSupportedError as exc:  # STARTTLS or AUTH asked of a server without
        raise DeliveryError("smtp_error", str(exc), permanent=True) from None
    except smtplib.SMTPResponseException as exc:
        detail = f"{exc.smtp_code} {_smtp_text(exc.smtp_error)}"
        raise DeliveryError("smtp_error", detail, permanent=exc.smtp_code >= 500) from None
    except smtplib.SMTPException as exc:
        raise DeliveryError("smtp_error", f"{type(exc).__name__}: {exc}") from None
    except TimeoutError:
        raise DeliveryError("timeout", f"no answer within {settings.timeout:g} s") from None
    except ssl.SSLError as exc:  # before OSError, of which it is a kind
        raise DeliveryError("smtp_error", f"TLS: {exc}") from None
    except OSError as exc:
        raise DeliveryError("connect_error", f"{type(exc).__name__}: {exc}") from None
    if refused:  # some recipients got it: a retry would send them a duplicate
        raise _refused(refused, len(config["to"]))


def _smtp_session(settings: NotifySettings) -> smtplib.SMTP:
    """A connected SMTP session, with TLS and login as configured."""
    host, port, timeout = settings.smtp_host, settings.smtp_port, settings.timeout
    if settings.smtp_ssl:
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(
            host, port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        smtp = smtplib.SMTP(host, port, timeout=timeout)
    try:
        if settings.smtp_starttls and not settings.smtp_ssl:
            smtp.starttls(context=ssl.create_default_context())
        if settings.smtp_user:
            _login(smtp, settings.smtp_user, settings.smtp_password or "")
    except BaseException:
        smtp.close()
        raise
    return smtp


def _quit(smtp: smtplib.SMTP) -> None:
    # Not ``with smtp``: its QUIT raises on an odd answer, and once the message has been
    # accepted a failure here must not turn into a retry (a duplicate e-mail).
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    # smtplib encodes credentials as ASCII and would fail with a bare UnicodeEncodeError.
    if not (user.isascii() and password.isascii()):
        raise DeliveryError(
            "bad_config", "the SMTP user name and password must be ASCII", permanent=True
        )
    smtp.login(user, password)


def _refused(recipients: Mapping[str, tuple[int, bytes]], total: int) -> DeliveryError:
    codes = [code for code, _ in recipients.values()]
    listed = "; ".join(
        f"{address}: {code} {_smtp_text(text)}" for address, (code, text) in recipients.items()
    )
    return DeliveryError(
        "smtp_error",
        f"{len(recipients)} of {total} recipient(s) refused: {listed}",
        # A 4xx refusal (mailbox busy, greylisting) may pass later; a 5xx one will not.
        permanent=any(code >= 500 for code in codes),
    )


def _smtp_text(text: bytes | str) -> str:
    raw = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return one_line(raw, 200)


def email_message(
    note: Notification, recipients: list[str], sender: str, lang: str = "vi"
) -> EmailMessage:
    """The e-mail of one notification: plain text in UTF-8, threaded by alert."""
    domain = sender.rsplit("@", 1)[-1] if "@" in sender else "localhost"
    message = EmailMessage()
    message["Subject"] = subject(note, lang)
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate(localtime=False)
    # One Message-ID per alert version: updates thread under the first e-mail, and a
    # retried delivery is recognisable as the same message.
    message["Message-ID"] = f"<alert-{note.alert_id}.{note.version}@{domain}>"
    if note.version > 1:
        first = f"<alert-{note.alert_id}.1@{domain}>"
        message["In-Reply-To"] = first
        message["References"] = first
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies
    message["X-Toancanh-Delivery"] = f"{note.alert_id}.{note.version}"
    message.set_content(render_text(note, lang), subtype="plain", charset="utf-8")
    return message
