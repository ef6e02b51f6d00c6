"""``/audit``: every change made, who made it, when, before and after (admins)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from toancanh.resolve import parse_when
from toancanh.shapes import audit_json
from toancanh.web.api.common import (
    WRITE_ERRORS,
    AdminDep,
    Limit,
    Offset,
    Since,
    StoreDep,
    page,
)
from toancanh.web.api.models import AuditEntry, Page

router = APIRouter(prefix="/audit", tags=["accounts"], responses=WRITE_ERRORS)


@router.get(
    "",
    summary="The audit log, newest first (admin)",
    response_model=Page[AuditEntry],
    description="Changes to watchlists, rules, alerts, incidents, channels and users, each "
    "with its actor (the user's e-mail), and the record before and after.",
)
def audit(
    store: StoreDep,
    _: AdminDep,
    entity: Annotated[
        str | None,
        Query(
            max_length=40,
            description="Only this kind: watch, alert_rule, alert, incident, channel, user.",
        ),
    ] = None,
    entity_id: Annotated[
        str | None, Query(max_length=40, description="Only this record (with `entity`).")
    ] = None,
    since: Since = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = store.audit.entries(
        entity=entity,
        entity_id=entity_id,
        since=parse_when(since),
        limit=limit + 1,
        offset=offset,
    )
    return page(found, limit, offset, audit_json)
