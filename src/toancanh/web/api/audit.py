"""``/audit``: every change made, who made it, when, before and after (admins)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from toancanh.access import Actor
from toancanh.resolve import parse_when
from toancanh.services import audit as service
from toancanh.services.audit import AuditFilter
from toancanh.shapes import audit_json
from toancanh.web.api.common import WRITE_ERRORS, StoreDep
from toancanh.web.api.filters import Since
from toancanh.web.api.models import AuditEntry, Page
from toancanh.web.api.paging import Limit, Offset, page
from toancanh.web.deps import api_actor_at_least

router = APIRouter(prefix="/audit", tags=["accounts"], responses=WRITE_ERRORS)
# The role is checked before the filters are read: a viewer is told 403, whatever they sent.
AdminActor = Annotated[Actor, Depends(api_actor_at_least("admin"))]


@router.get(
    "",
    summary="The audit log, newest first (admin)",
    response_model=Page[AuditEntry],
    description="Changes to watchlists, rules, alerts, incidents, channels and users, each "
    "with its actor (the user's e-mail), and the record before and after.",
)
def audit(
    store: StoreDep,
    actor: AdminActor,
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
    where = AuditFilter(entity=entity, entity_id=entity_id, since=parse_when(since))
    found = service.entries(store, actor, where, limit=limit + 1, offset=offset)
    return page(found, limit, offset, audit_json)
