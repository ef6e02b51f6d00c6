"""Press commissioning: the orders (``/commissions``) with the form for a new one, one
order (``/commissions/{id}``) with what it asked for, what was delivered and accepted, the
articles found for it with the buttons to accept or reject them (one by one or ticked
together), and its acceptance record as a printable page and as CSV.

Who may change an order is ``services.commissions``'s decision, the same as the CLI's and
the API's; a refused input comes back on its form, in the visitor's language. Article
titles are scraped text: the templates escape them (no ``|safe``).
"""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.commissions import DELIVERABLE_KINDS, CommissionSpec
from toancanh.errors import Conflict, Invalid, NotFound
from toancanh.services import commission_export as export
from toancanh.services import commissions as service
from toancanh.services import watchlists
from toancanh.web.deps import get_store, page_actor, page_actor_at_least
from toancanh.web.problems import status_of
from toancanh.web.templating import render

router = APIRouter()
ANALYST = page_actor_at_least("analyst")
REFUSED = (Invalid, Conflict, NotFound)  # a typed outlet or watchlist not found: the form
KIND_NAMES = {
    "article": "articles",
    "in_depth": "in-depth reports",
    "talk_show": "talk shows",
    "video": "videos",
    "other": "other items",
}
STATE_NAMES = {"proposed": "proposed", "accepted": "accepted", "rejected": "rejected"}
FIELDS = ("outlet", "since", "until", "value", "contract_number", "contract_date", "criteria")


def _day(value: str, field: str) -> date | None:
    typed = value.strip()
    if not typed:
        return None
    try:
        return date.fromisoformat(typed)
    except ValueError:
        raise Invalid(
            "“{value}” is not a date: use 2026-12-07 or 07/12/2026", field=field, value=typed
        ) from None


def _required_day(value: str, field: str) -> date:
    found = _day(value, field)
    if found is None:
        raise Invalid("give the period", field=field)
    return found


@router.get("/commissions", response_class=HTMLResponse)
def commissions_page(request: Request, actor: Actor = Depends(page_actor)) -> HTMLResponse:
    return _list_page(request, actor)


def _list_page(
    request: Request,
    actor: Actor,
    *,
    error: Exception | None = None,
    form: dict[str, object] | None = None,
) -> HTMLResponse:
    store = get_store(request)
    orders = [
        (c, service.progress(store, actor, c.id)) for c in service.list_commissions(store, actor)
    ]
    return render(
        request,
        "commissions.html",
        status_code=status_of(error) if error else 200,
        orders=orders,
        can_add=actor.at_least("analyst"),
        watches=[w.name for w in watchlists.list_watches(store, actor, counted=False)],
        outlets=sorted({o.name for o in store.sources.list_outlets()}),
        kinds=DELIVERABLE_KINDS,
        kind_names=KIND_NAMES,
        error=error,
        form=form or {"watches": [], "counts": {}},
    )


@router.post("/commissions/new", response_class=HTMLResponse)
async def add_order(request: Request, actor: Actor = Depends(ANALYST)) -> Response:
    data = await request.form()
    typed = {f: str(data.get(f, "")) for f in FIELDS}
    picked = [str(w) for w in data.getlist("watches")]
    counts = {k: str(data.get(f"count_{k}", "")).strip() for k in DELIVERABLE_KINDS}
    form: dict[str, object] = typed | {
        "watches": picked,
        "counts": counts,
        "plan": data.get("plan", ""),
    }
    try:
        asked = tuple(
            service.parse_deliverable(f"{k}={n}") for k, n in counts.items() if n and n != "0"
        )
        plan = str(data.get("plan", "")).strip()
        spec = CommissionSpec(
            outlet=typed["outlet"],
            watches=tuple(picked),
            since=_required_day(typed["since"], "since"),
            until=_required_day(typed["until"], "until"),
            value=typed["value"],
            deliverables=asked,
            plan_id=int(plan) if plan.isdigit() else None,
            contract_number=typed["contract_number"] or None,
            contract_date=_day(typed["contract_date"], "contract_date"),
            criteria=typed["criteria"] or None,
        )
        order = service.add_commission(get_store(request), actor, spec)
    except REFUSED as error:
        return _list_page(request, actor, error=error, form=form)
    return RedirectResponse(f"/commissions/{order.id}?done=order_added", status_code=303)


@router.get("/commissions/{order_id}", response_class=HTMLResponse)
def order_page(
    request: Request, order_id: int, done: str = "", actor: Actor = Depends(page_actor)
) -> HTMLResponse:
    return _order_page(request, actor, order_id, done=done)


def _order_page(
    request: Request,
    actor: Actor,
    order_id: int,
    *,
    done: str = "",
    error: Exception | None = None,
) -> HTMLResponse:
    record = export.acceptance_record(get_store(request), actor, order_id)
    return render(
        request,
        "commission.html",
        status_code=status_of(error) if error else 200,
        order=record.commission,
        progress=record.progress,
        found=record.items,  # not ``items``: base.html names its menu so
        can_change=access.can_change_commission(actor, record.commission),
        kind_names=KIND_NAMES,
        state_names=STATE_NAMES,
        done=done,
        error=error,
    )


@router.post("/commissions/{order_id}/decide", response_class=HTMLResponse)
async def decide(request: Request, order_id: int, actor: Actor = Depends(ANALYST)) -> Response:
    """Accept or reject: ``article_id`` (the row's button, or the ticked boxes), or
    ``all`` (every article still proposed)."""
    data = await request.form()
    state = str(data.get("decision", ""))
    every = data.get("all") == "1"
    ids = [int(str(a)) for a in data.getlist("article_id") if str(a).isdigit()]
    note = str(data.get("note", "")) or None
    try:
        if not every and not ids:
            raise Invalid("tick the articles first, or choose all", field="articles")
        service.decide(
            get_store(request), actor, order_id, state, None if every else ids, note=note
        )
    except (Invalid, Conflict) as error:
        return _order_page(request, actor, order_id, error=error)
    return RedirectResponse(f"/commissions/{order_id}?done={state}#deliveries", status_code=303)


@router.get("/commissions/{order_id}/record", response_class=HTMLResponse)
def record_page(
    request: Request, order_id: int, actor: Actor = Depends(page_actor)
) -> HTMLResponse:
    """The acceptance record, laid out to print."""
    record = export.acceptance_record(get_store(request), actor, order_id)
    return render(
        request,
        "commission_record.html",
        order=record.commission,
        progress=record.progress,
        found=[d for d in record.items if d.state == "accepted"],
        kind_names=KIND_NAMES,
    )


@router.get("/commissions/{order_id}/export.csv")
def export_csv(request: Request, order_id: int, actor: Actor = Depends(page_actor)) -> Response:
    text = export.acceptance_csv(get_store(request), actor, order_id)
    return Response(
        "\ufeff" + text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="nghiem-thu-{order_id}.csv"'},
    )
