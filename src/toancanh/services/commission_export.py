"""The acceptance record (biên bản nghiệm thu) of a press order: the order, the counts and
every delivered article with the decision on it, as CSV. A cell a spreadsheet would run as
a formula (a title starting with ``=``) is quoted."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from toancanh.access import Actor
from toancanh.domain.commissions import Commission, Delivery
from toancanh.services import commissions
from toancanh.services.commissions import Progress
from toancanh.store import Store
from toancanh.text.dates import isoformat_local

CSV_FIELDS = (
    "order",
    "outlet",
    "contract",
    "article_id",
    "published_at",
    "title",
    "url",
    "state",
    "decided_by",
    "decided_at",
    "note",
)


@dataclass(frozen=True)
class AcceptanceRecord:
    commission: Commission
    progress: Progress
    items: list[Delivery]


def acceptance_record(store: Store, actor: Actor, commission_id: int) -> AcceptanceRecord:
    found = commissions.get_commission(store, actor, commission_id)
    items = store.commissions.deliveries(found)
    return AcceptanceRecord(found, commissions.progress_of(found, items), items)


def acceptance_csv(store: Store, actor: Actor, commission_id: int) -> str:
    record = acceptance_record(store, actor, commission_id)
    c = record.commission
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for d in record.items:
        cells = (
            c.id,
            c.outlet,
            c.contract_number,
            d.article_id,
            isoformat_local(d.published_at) if d.published_at else None,
            d.title,
            d.url,
            d.state,
            d.decided_by,
            isoformat_local(d.decided_at) if d.decided_at else None,
            d.note,
        )
        writer.writerow([_cell(v) for v in cells])
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
