"""Reading the audit log (admins only): who changed what and when, with the record before
and after, newest first.

The store writes the entries, in the same transaction as each change; this module only
reads them, filtered by the kind of record (and one record), the actor and a period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.accounts import AuditEntry
from toancanh.store import Store


@dataclass(frozen=True)
class AuditFilter:
    entity: str | None = None  # watch, alert_rule, alert, incident, channel, source, user ...
    entity_id: str | None = None  # one record (with ``entity``)
    actor: str | None = None  # as the log names them: an e-mail address, a login
    since: datetime | None = None
    until: datetime | None = None  # excluded


def entries(
    store: Store, actor: Actor, where: AuditFilter, *, limit: int = 100, offset: int = 0
) -> list[AuditEntry]:
    access.require_role(actor, "admin")
    return store.audit.entries(
        entity=where.entity,
        entity_id=where.entity_id,
        actor=where.actor,
        since=where.since,
        until=where.until,
        limit=limit,
        offset=offset,
    )
