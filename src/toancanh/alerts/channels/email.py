"""The e-mail channel: plain text in UTF-8 over SMTP, one thread per alert.

Recipients refused by the server are reported with their codes; a 4xx refusal may pass
later (retried), a 5xx one will not. Once the server has accepted the message nothing
turns into a retry, so that nobody gets the same alert twice.
"""

from __future__ import annotations

import re
import smtplib
import ssl
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import formatdate
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
from toancanh.alerts.texts import one_line, render_text, subject

_EMAIL_ADDRESS = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
)
_LIST_SEPARATORS = re.compile(r"[,;]")
MAX_SUBJECT_CHARS = 200


def check_config(config: Mapping[str, Any]) -> dict[str, Any]:
    refuse_unknown_keys("email", config, ("to", "lang"))
    raw = config.get("to")
    if isinstance(raw, str):
        raw = _LIST_SEPARATORS.split(raw)
    if not isinstance(raw, list | tuple) or not all(isinstance(item, str) for item in raw):
        raise ChannelConfigError(
            'an email channel needs "to": a list of addresses (or one string)', field="to"
        )
    addresses: list[str] = []
    for item in (item.strip() for item in raw):
        if not item:
            continue
        if not _EMAIL_ADDRESS.fullmatch(item):
            raise ChannelConfigError(
                "{typed} is not a plain e-mail address such as ban-tin@so-tt.gov.vn (no "
                "display names; international domains in their xn-- form)",
                field="to",
                typed=repr(one_line(item, 80)),
            )
        local, domain = item.rsplit("@", 1)
        address = f"{local}@{domain.lower()}"
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise ChannelConfigError('an email channel needs at least one address in "to"', field="to")
    return {"to": addresses, "lang": check_lang(config)}


def send(config: dict[str, Any], note: Notification, settings: NotifySettings) -> None:
    _deliver(
        email_message(note, config["to"], settings.smtp_from, config["lang"]), config, settings
    )


def send_document(config: dict[str, Any], document: Document, settings: NotifySettings) -> None:
    _deliver(document_message(document, config["to"], settings.smtp_from), config, settings)


def _deliver(message: EmailMessage, config: dict[str, Any], settings: NotifySettings) -> None:
    """Send one message; SMTP failures as ``DeliveryError`` (permanent or not)."""
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


def document_message(document: Document, recipients: list[str], sender: str) -> EmailMessage:
    """The e-mail of a report: its HTML body (a plain-text alternative too) and the file
    attached; a non-ASCII file name goes RFC 2231-encoded (``filename*=utf-8''...``)."""
    domain = sender.rsplit("@", 1)[-1] if "@" in sender else "localhost"
    message = EmailMessage()
    message["Subject"] = one_line(document.title, MAX_SUBJECT_CHARS)
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = f"<{document.key}@{domain}>"  # a retry is the same message
    message["Auto-Submitted"] = "auto-generated"
    message["X-Toancanh-Delivery"] = document.key
    message.set_content(document.text, subtype="plain", charset="utf-8")
    if document.html is not None:
        message.add_alternative(document.html, subtype="html", charset="utf-8")
        html_part = message.get_body(preferencelist=("html",))
        assert isinstance(html_part, EmailMessage)  # the alternative just added
        for key, png in document.images.items():  # the charts, shown inline as cid:<key>
            html_part.add_related(png, maintype="image", subtype="png", cid=f"<{key}>")
    maintype, _, subtype = document.media_type.partition(";")[0].strip().partition("/")
    message.add_attachment(
        document.content,
        maintype=maintype or "application",
        subtype=subtype or "octet-stream",
        filename=safe_filename(document.filename),
    )
    return message


KIND = ChannelKind("email", check_config, send, send_document)
