"""``/commissions``: orders to press agencies and what they delivered, through
``services.commissions``.

Every signed-in user reads them; an order is created, changed, and its deliveries accepted
or rejected by the analysts of the ordering unit and the admins (others: 403). Amounts are
whole đồng: a JSON integer, or a string of digits (``"150.000.000"``); ``1.5`` answers 422.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Query, Response
from pydantic import BaseModel, ConfigDict, Field, StrictInt

from toancanh.domain.commissions import CommissionSpec, Deliverable
from toancanh.services import commission_export as export
from toancanh.services import commissions as service
from toancanh.services.commissions import CommissionEdit
from toancanh.shapes import commission_delivery_json, commission_json
from toancanh.web.api.common import MAX_ID, ActorDep, AnalystActor, Router, StoreDep, id_path
from toancanh.web.api.models import Page, Time
from toancanh.web.api.paging import Limit, Offset, page

router = Router("commissions", "/commissions")
OrderId = Annotated[int, id_path("order")]
Kind = Literal["article", "in_depth", "talk_show", "video", "other"]
State = Literal["proposed", "accepted", "rejected"]
Amount = Annotated[StrictInt | Annotated[str, Field(max_length=40)], Field()]
Text = Annotated[str, Field(max_length=200)]


class DeliverableIO(BaseModel):
    kind: Kind
    count: int = Field(ge=1, le=100_000)


class OrderOut(BaseModel):
    id: int
    plan_id: int | None
    unit: str | None = Field(description="The ordering unit.")
    outlet: str
    contract_number: str | None
    contract_date: date | None
    value: int = Field(description="Whole đồng.")
    since: date
    until: date
    criteria: str | None
    watches: list[str]
    deliverables: list[DeliverableIO]
    ordered: int = Field(description="The deliverables' counts added up.")
    delivered: int | None = Field(
        default=None, description="Articles found for the order and not rejected."
    )
    accepted: int | None = None
    created_by: str
    updated_at: Time


class DeliveryOut(BaseModel):
    article_id: int
    url: str
    title: str
    outlet: str | None
    published_at: Time | None
    state: str = Field(description="proposed, accepted or rejected")
    decided_by: str | None
    decided_at: Time | None
    note: str | None


def _shown(store: Any, actor: Any, order: Any) -> dict[str, Any]:
    return commission_json(order, service.progress(store, actor, order.id))


@router.read("", "Orders, the newest period first", Page[OrderOut])
def list_orders(
    store: StoreDep,
    actor: ActorDep,
    plan: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="Only this plan's orders.")
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = service.list_commissions(store, actor, plan_id=plan, limit=limit + 1, offset=offset)
    return page(found, limit, offset, lambda c: _shown(store, actor, c))


class OrderIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outlet: Text
    watches: list[Text] = Field(min_length=1, max_length=20)
    since: date
    until: date
    value: Amount
    deliverables: list[DeliverableIO] = Field(min_length=1, max_length=10)
    plan_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    contract_number: Annotated[str, Field(max_length=100)] | None = None
    contract_date: date | None = None
    criteria: Annotated[str, Field(max_length=5000)] | None = None
    unit: Text | None = Field(default=None, description="Another unit: admins only.")


@router.write("post", "", "Order from a press agency (analysts)", OrderOut, status_code=201)
def add_order(store: StoreDep, actor: AnalystActor, body: OrderIn) -> dict[str, Any]:
    spec = CommissionSpec(
        outlet=body.outlet,
        watches=tuple(body.watches),
        since=body.since,
        until=body.until,
        value=body.value,
        deliverables=tuple(Deliverable(d.kind, d.count) for d in body.deliverables),
        plan_id=body.plan_id,
        contract_number=body.contract_number,
        contract_date=body.contract_date,
        criteria=body.criteria,
    )
    order = service.add_commission(store, actor, spec, unit=body.unit)
    return _shown(store, actor, order)


@router.read("/{order_id}", "One order: ordered, delivered, accepted", OrderOut)
def show_order(store: StoreDep, actor: ActorDep, order_id: OrderId) -> dict[str, Any]:
    return _shown(store, actor, service.get_commission(store, actor, order_id))


class OrderEditIn(BaseModel):
    """Only the fields given change (null: keep); "" empties the contract number or the
    criteria."""

    model_config = ConfigDict(extra="forbid")

    outlet: Text | None = None
    watches: list[Text] | None = Field(default=None, min_length=1, max_length=20)
    since: date | None = None
    until: date | None = None
    value: Amount | None = None
    deliverables: list[DeliverableIO] | None = Field(default=None, min_length=1, max_length=10)
    contract_number: Annotated[str, Field(max_length=100)] | None = None
    contract_date: date | None = None
    criteria: Annotated[str, Field(max_length=5000)] | None = None


@router.write("patch", "/{order_id}", "Change an order (the unit's analysts, admins)", OrderOut)
def edit_order(
    store: StoreDep, actor: AnalystActor, order_id: OrderId, body: OrderEditIn
) -> dict[str, Any]:
    values = {k: v for k, v in body.model_dump(exclude_unset=True).items() if v is not None}
    if "deliverables" in values:
        values["deliverables"] = [
            Deliverable(d["kind"], d["count"]) for d in values["deliverables"]
        ]
    order = service.edit_commission(store, actor, order_id, CommissionEdit(**values))
    return _shown(store, actor, order)


@router.read("/{order_id}/deliveries", "The articles found for an order", list[DeliveryOut])
def list_deliveries(
    store: StoreDep,
    actor: ActorDep,
    order_id: OrderId,
    state: Annotated[State | None, Query(description="Only this state.")] = None,
) -> list[dict[str, Any]]:
    found = service.deliveries(store, actor, order_id, state=state)
    return [commission_delivery_json(d) for d in found]


class DecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[Annotated[int, Field(ge=1, le=MAX_ID)]] | None = Field(
        default=None, max_length=1000, description="The articles' ids; none: every proposed one."
    )
    note: Annotated[str, Field(max_length=2000)] | None = None


def _decide(
    store: Any, actor: Any, order_id: int, state: str, body: DecisionIn
) -> list[dict[str, Any]]:
    after = service.decide(store, actor, order_id, state, body.articles, note=body.note)
    return [commission_delivery_json(d) for d in after]


@router.write(
    "post",
    "/{order_id}/accept",
    "Accept delivered articles (the unit's analysts, admins)",
    list[DeliveryOut],
)
def accept(
    store: StoreDep, actor: AnalystActor, order_id: OrderId, body: DecisionIn
) -> list[dict[str, Any]]:
    return _decide(store, actor, order_id, "accepted", body)


@router.write(
    "post",
    "/{order_id}/reject",
    "Reject delivered articles (the unit's analysts, admins)",
    list[DeliveryOut],
)
def reject(
    store: StoreDep, actor: AnalystActor, order_id: OrderId, body: DecisionIn
) -> list[dict[str, Any]]:
    return _decide(store, actor, order_id, "rejected", body)


@router.read(
    "/{order_id}/export",
    "The acceptance record (biên bản nghiệm thu) as CSV",
    response_class=Response,
)
def export_order(store: StoreDep, actor: ActorDep, order_id: OrderId) -> Response:
    text = export.acceptance_csv(store, actor, order_id)
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="nghiem-thu-{order_id}.csv"'},
    )
