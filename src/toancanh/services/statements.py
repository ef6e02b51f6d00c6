"""The statements registry: what agencies said officially, written, published, corrected
and withdrawn here, and shown to the press in the public feeds.

A statement belongs to a unit (or to nobody). Its unit's analysts and the admins write it;
a draft is seen by them only, a published one by every signed-in user
(``access.changeable_statement``). A draft is edited; a published statement is corrected
instead, which keeps the earlier wording with a note saying what changed; a withdrawal
keeps the record with its reason. The issuer is resolved through the agency gazetteer to
today's body (the successor after the 2025 reorganisation); the legal references are
those the analysis finds in the text. Every change is audited by the store.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.statements import STATEMENT_KINDS, STATEMENT_STATUSES, Statement, StatementSpec
from toancanh.errors import Conflict, Invalid, check_choice
from toancanh.services import pickup, watchlists
from toancanh.store import Store

MAX_TITLE = 1000
MAX_TEXT = 200_000


@dataclass(frozen=True)
class StatementEdit:
    """What to change in a draft (None: keep); ``watch_ids`` replaces the list."""

    title: str | None = None
    text: str | None = None
    issuer: str | None = None
    spokesperson: str | None = None
    kind: str | None = None
    issued_at: datetime | None = None
    url: str | None = None
    watch_ids: Sequence[int] | None = None
    embargo_until: datetime | None = None


def check_kind(kind: str) -> str:
    return check_choice(
        kind, STATEMENT_KINDS, "unknown kind of statement “{value}”; use {choices}", field="kind"
    )


def check_status(status: str) -> str:
    return check_choice(
        status,
        STATEMENT_STATUSES,
        "unknown statement status “{value}”; use {choices}",
        field="status",
    )


def resolve_issuer(typed: str) -> str:
    """Today's body for a name, alias or abbreviation in the gazetteer ("Bộ TT&TT" →
    "Bộ Khoa học và Công nghệ"); an unknown name is refused."""
    from toancanh.analyze.entities import lookup_agency  # the gazetteer: on first use

    name = typed.strip()
    agency = lookup_agency(name) if name else None
    if agency is None:
        raise Invalid(
            "no body called “{typed}” is known; give its full name, e.g. Bộ Y tế",
            field="issuer",
            typed=typed,
        )
    return agency.current


def legal_refs_of(text: str) -> tuple[str, ...]:
    """The canonical numbers or law titles the analysis finds in a statement's text."""
    from toancanh.analyze.legal_refs import find_legal_refs

    found = (ref.number or ref.title or ref.mention for ref in find_legal_refs(text))
    return tuple(dict.fromkeys(found))


# One message per field: a translation names the field in its own language.
_NEEDED = {"title": "a statement needs a title", "text": "a statement needs a text"}
_TOO_LONG = {
    "title": "the title is longer than {limit} characters",
    "text": "the text is longer than {limit} characters",
}


def _text(value: str, name: str, limit: int) -> str:
    cleaned = unicodedata.normalize("NFC", value).strip()
    if not cleaned:
        raise Invalid(_NEEDED[name], field=name)
    if len(cleaned) > limit:
        raise Invalid(_TOO_LONG[name], field=name, limit=limit)
    return cleaned


def check_url(url: str | None) -> str | None:
    """A link the feeds can carry: http or https only (never ``javascript:``)."""
    cleaned = (url or "").strip()
    if not cleaned:
        return None
    if not cleaned.lower().startswith(("http://", "https://")) or any(c.isspace() for c in cleaned):
        raise Invalid("a statement's URL must start with http:// or https://", field="url")
    return cleaned


# The times a statement may carry: outside them a date is a typo (and the far ends of
# ``datetime`` overflow when converted to UTC).
EARLIEST, LATEST = datetime(1945, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC)


def _aware(value: datetime | None, name: str = "issued_at") -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:  # a time without an offset is taken as UTC
        value = value.replace(tzinfo=UTC)
    try:
        inside = EARLIEST <= value <= LATEST
    except OverflowError:
        inside = False
    if not inside:
        raise Invalid("{name}: a time between 1945 and 2200, please", field=name, name=name)
    return value


def _columns(store: Store, actor: Actor, spec: StatementSpec) -> dict[str, Any]:
    text = _text(spec.text, "text", MAX_TEXT)
    spokesperson = (spec.spokesperson or "").strip() or None
    return {
        "title": _text(spec.title, "title", MAX_TITLE),
        "text": text,
        "issuer": resolve_issuer(spec.issuer),
        "issuer_written": spec.issuer.strip(),
        "spokesperson": spokesperson,
        "kind": check_kind(spec.kind),
        "issued_at": _aware(spec.issued_at),
        "url": check_url(spec.url),
        "legal_refs": legal_refs_of(text),
        "embargo_until": _aware(spec.embargo_until, "embargo_until"),
    }


def _watch_ids(store: Store, actor: Actor, watch_ids: Sequence[int]) -> list[int]:
    """The watchlists to link: each must be one the actor sees."""
    return [
        watchlists.get_watch(store, actor, w, counted=False).id for w in dict.fromkeys(watch_ids)
    ]


def add_statement(
    store: Store, actor: Actor, spec: StatementSpec, *, status: str = "draft", scan: bool = True
) -> Statement:
    """Register a statement, as a draft or published at once (then, with ``scan``, its
    pickup among the articles already stored: ``services.pickup``)."""
    access.require_role(actor, "analyst")
    if status not in ("draft", "published"):
        raise Invalid(
            "a new statement is a draft or published, not “{value}”", field="status", value=status
        )
    values = _columns(store, actor, spec) | {
        "status": status,
        "unit": access.statement_unit(actor, spec.unit or None),
    }
    added = store.statements.add(
        values, watch_ids=_watch_ids(store, actor, spec.watch_ids), actor=actor.name
    )
    if scan and added.status == "published":
        pickup.after_publish(store, [added.id])
    return added


def duplicate_of(store: Store, spec: StatementSpec) -> int | None:
    """The statement already registered with the same URL, or the same title, issuer and
    time."""
    return store.statements.find_duplicate(
        url=check_url(spec.url),
        title=_text(spec.title, "title", MAX_TITLE),
        issuer=resolve_issuer(spec.issuer),
        issued_at=_aware(spec.issued_at) or spec.issued_at,
    )


def list_statements(
    store: Store,
    actor: Actor,
    *,
    status: str | None = None,
    issuer: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[Statement]:
    """The statements the actor sees, newest first: drafts only of the units the actor
    writes for (admins: all)."""
    access.require_role(actor, "viewer")
    if status is not None:
        check_status(status)
    body = resolve_issuer(issuer) if issuer else None
    draft_units: list[str | None] | None = None  # an admin's: every draft
    if not actor.admin:
        draft_units = [None, actor.unit] if actor.at_least("analyst") else []
    rows = store.statements.list(
        status=status, issuer=body, limit=limit, offset=offset, draft_units=draft_units
    )
    return [s for s in rows if access.can_see_statement(actor, s)]


def get_statement(store: Store, actor: Actor, statement_id: int) -> Statement:
    """One statement with its earlier versions."""
    return access.visible_statement(actor, store.statements.get(statement_id), statement_id)


def can_change(actor: Actor, statement: Statement) -> bool:
    return actor.at_least("analyst") and access.can_change_unit(actor, statement.unit)


def _changeable(store: Store, actor: Actor, statement_id: int) -> Statement:
    return access.changeable_statement(actor, store.statements.get(statement_id), statement_id)


def edit_statement(store: Store, actor: Actor, statement_id: int, edit: StatementEdit) -> Statement:
    """Change a draft; a published statement is corrected instead (``correct_statement``)."""
    statement = _changeable(store, actor, statement_id)
    if statement.status != "draft":
        raise Conflict(
            "statement #{statement_id} is {status}: correct it instead of editing it",
            statement_id=statement_id,
            status=statement.status,
        )
    spec = StatementSpec(
        title=edit.title if edit.title is not None else statement.title,
        text=edit.text if edit.text is not None else statement.text,
        issuer=edit.issuer if edit.issuer is not None else statement.issuer_written,
        issued_at=edit.issued_at or statement.issued_at,
        kind=edit.kind or statement.kind,
        spokesperson=edit.spokesperson if edit.spokesperson is not None else statement.spokesperson,
        url=edit.url if edit.url is not None else statement.url,
        embargo_until=edit.embargo_until or statement.embargo_until,
    )
    watch_ids = _watch_ids(store, actor, edit.watch_ids) if edit.watch_ids is not None else None
    return store.statements.change(
        statement.id, actor=actor.name, values=_columns(store, actor, spec), watch_ids=watch_ids
    )


def publish_statement(store: Store, actor: Actor, statement_id: int) -> Statement:
    """A draft becomes published (the feeds show it once its embargo has passed)."""
    statement = _changeable(store, actor, statement_id)
    if statement.status != "draft":
        raise Conflict(
            "statement #{statement_id} is {status} already",
            statement_id=statement_id,
            status=statement.status,
        )
    published = store.statements.change(
        statement.id, actor=actor.name, values={"status": "published"}, publish=True
    )
    pickup.after_publish(store, [published.id])  # the articles already stored since its issue
    return published


def correct_statement(
    store: Store,
    actor: Actor,
    statement_id: int,
    *,
    note: str,
    title: str | None = None,
    text: str | None = None,
) -> Statement:
    """Correct a published statement: the earlier wording is kept as a version with
    ``note`` (what changed); the statement becomes ``corrected``."""
    statement = _changeable(store, actor, statement_id)
    if statement.status not in ("published", "corrected"):
        raise Conflict(
            "only a published statement is corrected; #{statement_id} is {status}",
            statement_id=statement_id,
            status=statement.status,
        )
    if not note.strip():
        raise Invalid("say what the correction changes", field="note")
    if title is None and text is None:
        raise Invalid("give the corrected title or text", field="text")
    values: dict[str, Any] = {"status": "corrected"}
    if title is not None:
        values["title"] = _text(title, "title", MAX_TITLE)
    if text is not None:
        values["text"] = _text(text, "text", MAX_TEXT)
        values["legal_refs"] = legal_refs_of(values["text"])
    corrected = store.statements.change(
        statement.id, actor=actor.name, values=values, note=note.strip()
    )
    pickup.after_publish(store, [corrected.id])  # the new wording: its figures, its pickups
    return corrected


def withdraw_statement(store: Store, actor: Actor, statement_id: int, reason: str) -> Statement:
    """Withdraw a statement: the record stays, with its reason."""
    statement = _changeable(store, actor, statement_id)
    if statement.status == "withdrawn":
        raise Conflict("statement #{statement_id} is withdrawn already", statement_id=statement_id)
    if not reason.strip():
        raise Invalid("a withdrawal needs its reason", field="reason")
    return store.statements.change(
        statement.id,
        actor=actor.name,
        values={"status": "withdrawn", "withdrawn_reason": reason.strip()},
    )


def feed(
    store: Store,
    *,
    issuer: str | None = None,
    watch_id: int | None = None,
    limit: int = 50,
    now: datetime | None = None,
) -> list[Statement]:
    """What the public feeds show (no sign-in): published statements past their embargo,
    corrected ones as updated entries, withdrawn ones as entries saying so; never a draft
    or an embargoed one."""
    body = resolve_issuer(issuer) if issuer else None
    if watch_id is not None:
        # Only a watchlist everyone may see has a public feed: a private one's name and
        # existence stay its unit's.
        watch = store.watches.get(watch_id, counted=False)
        access.visible_watch(Actor.anonymous(), watch, watch_id)
    return store.statements.feed(
        now=now or datetime.now(UTC), issuer=body, watch_id=watch_id, limit=limit
    )
