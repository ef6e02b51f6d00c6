"""The fields of the directory's records, checked: names, roles, kinds, contacts, dates.

One message per field (a translation names the field in its own language); the values
typed go into the parameters, never into the template.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date

from toancanh.domain.directory import PERSON_ROLES, UNIT_KINDS
from toancanh.errors import Invalid, check_choice

MAX_UNIT_NAME = 300
MAX_NAME = 200
MAX_ALIASES = 30
_EMAIL = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$")
_PHONE = re.compile(r"^\+?[0-9 .()\-]{6,30}(\s*(ext\.?|máy lẻ)\s*[0-9]{1,6})?$", re.IGNORECASE)


def check_kind(kind: str) -> str:
    return check_choice(
        kind, UNIT_KINDS, "unknown kind of unit “{value}”; use {choices}", field="kind"
    )


def check_role(role: str) -> str:
    return check_choice(role, PERSON_ROLES, "unknown role “{value}”; use {choices}", field="role")


NEEDED = {
    "name": "a name is needed",
    "unit": "a person needs a unit",
    "role": "a person needs a role",
}
TOO_LONG = {
    "name": "the name is longer than {limit} characters",
    "title": "the title is longer than {limit} characters",
}


def clean(value: str | None) -> str:
    """NFC, one line, no control characters, spaces folded."""
    text = unicodedata.normalize("NFC", value or "")
    text = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    return " ".join(text.split())


def required(value: str | None, field: str, limit: int = MAX_NAME) -> str:
    cleaned = clean(value)
    if not cleaned:
        raise Invalid(NEEDED[field], field=field)
    if len(cleaned) > limit:
        raise Invalid(TOO_LONG["name"], field=field, limit=limit)
    return cleaned


def optional(value: str | None, field: str, limit: int = MAX_NAME) -> str | None:
    cleaned = clean(value)
    if len(cleaned) > limit:
        raise Invalid(TOO_LONG["title"], field=field, limit=limit)
    return cleaned or None


def check_email(value: str | None) -> str | None:
    cleaned = clean(value)
    if not cleaned:
        return None
    if len(cleaned) > 320 or not _EMAIL.match(cleaned):
        raise Invalid("“{value}” is not an e-mail address", field="email", value=cleaned)
    return cleaned


def check_phone(value: str | None) -> str | None:
    cleaned = clean(value)
    if not cleaned:
        return None
    if not _PHONE.match(cleaned):
        raise Invalid(
            "“{value}” is not a phone number: digits, spaces, +, -, . and ( ) only",
            field="phone",
            value=cleaned,
        )
    return cleaned


def check_verified(value: date | None, today: date) -> date | None:
    if value is not None and not (date(2000, 1, 1) <= value <= today):
        raise Invalid("the verification date must be between 2000 and today", field="verified_on")
    return value


def aliases(values: Sequence[str], name: str) -> tuple[str, ...]:
    cleaned = [a for a in (clean(v) for v in values) if a and a != name]
    if len(cleaned) > MAX_ALIASES:
        raise Invalid("at most {limit} aliases", field="aliases", limit=MAX_ALIASES)
    if any(len(a) > MAX_UNIT_NAME for a in cleaned):
        raise Invalid(TOO_LONG["name"], field="aliases", limit=MAX_UNIT_NAME)
    return tuple(dict.fromkeys(cleaned))
