"""Press commissioning ("đặt hàng, giao nhiệm vụ"): a unit orders content from a press
agency (8 articles, 2 in-depth reports, 1 talk show on a policy, for a period and a
value), and the monitoring finds what the agency delivered: the articles of that outlet,
published in the period, that one of the order's watchlists matched. The analyst accepts
or rejects each; the acceptance record (biên bản nghiệm thu) lists the decisions.

Every signed-in user reads the orders; an order is changed (edited, its deliveries
accepted or rejected) by the analysts of the ordering unit and by the admins
(``access.can_change_commission``). Amounts are whole đồng. Every change is audited by the
store.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.commissions import (
    DECISIONS,
    DELIVERABLE_KINDS,
    Commission,
    CommissionSpec,
    Deliverable,
    Delivery,
)
from toancanh.errors import Invalid, NotFound, check_choice
from toancanh.services import watchlists
from toancanh.store import Store

MAX_OUTLET = 200
MAX_CONTRACT = 100
MAX_CRITERIA = 5000
MAX_COUNT = 100_000
MAX_AMOUNT = 10**15  # a million billion đồng: more is a typing mistake
# A whole number of đồng: plain digits, or digits grouped by three with dots, commas or
# spaces as Vietnamese spreadsheets write them (150.000.000).
_AMOUNT = re.compile(r"\d+|\d{1,3}(?:([.,\s])\d{3})(?:\1\d{3})*")


@dataclass(frozen=True)
class CommissionEdit:
    """What to change in an order (None: keep; "" empties an optional text)."""

    outlet: str | None = None
    watches: Sequence[str] | None = None
    since: date | None = None
    until: date | None = None
    value: str | int | None = None
    deliverables: Sequence[Deliverable] | None = None
    contract_number: str | None = None
    contract_date: date | None = None
    criteria: str | None = None


@dataclass(frozen=True)
class Progress:
    """Ordered (the deliverables' counts), delivered (articles found and not rejected),
    accepted."""

    ordered: int
    delivered: int
    accepted: int


# -- input ------------------------------------------------------------------------------


def parse_amount(value: str | int) -> int:
    """A value in whole đồng; refuses fractions, negatives and other text."""
    if isinstance(value, bool):
        raise Invalid("an amount is a whole number of đồng", field="value")
    if isinstance(value, int):
        amount = value
    else:
        text = value.strip()
        if not _AMOUNT.fullmatch(text):
            raise Invalid(
                "“{value}” is not an amount: give whole đồng, e.g. 150000000 or 150.000.000",
                field="value",
                value=text,
            )
        amount = int(re.sub(r"\D", "", text))
    if amount > MAX_AMOUNT:
        raise Invalid("an amount is at most {most} đồng", field="value", most=f"{MAX_AMOUNT:,}")
    if amount < 0:
        raise Invalid(
            "“{value}” is not an amount: give whole đồng, e.g. 150000000 or 150.000.000",
            field="value",
            value=str(value),
        )
    return amount


def parse_deliverable(text: str) -> Deliverable:
    """``KIND=N`` (``in_depth=2``) as the CLI and forms write it."""
    kind, sep, count = text.partition("=")
    if not sep or not count.strip().isdigit():
        raise Invalid(
            "“{value}” is not a deliverable: write KIND=N, e.g. article=8 or talk_show=1",
            field="deliverables",
            value=text,
        )
    return Deliverable(kind.strip(), int(count.strip()))


def _deliverables(wanted: Sequence[Deliverable]) -> tuple[Deliverable, ...]:
    counts: dict[str, int] = {}
    for d in wanted:
        check_choice(
            d.kind,
            DELIVERABLE_KINDS,
            "unknown kind of deliverable “{value}”; use {choices}",
            field="deliverables",
        )
        if not 0 < d.count <= MAX_COUNT:
            raise Invalid(
                "a deliverable's count is a whole number from 1 to {most}",
                field="deliverables",
                most=MAX_COUNT,
            )
        counts[d.kind] = counts.get(d.kind, 0) + d.count
    if not counts:
        raise Invalid(
            "an order needs at least one deliverable (e.g. 8 articles)", field="deliverables"
        )
    return tuple(Deliverable(k, n) for k, n in counts.items())


def _text(value: str | None, field: str, most: int) -> str | None:
    text = " ".join((value or "").split()) if field != "criteria" else (value or "").strip()
    if len(text) > most:
        raise Invalid("{field} is longer than {most} characters", field=field, most=most)
    return text or None


def _period(since: date, until: date) -> None:
    if until < since:
        raise Invalid("the period ends before it starts", field="until")


def find_outlet(store: Store, typed: str) -> str:
    """The outlet's name as the stored articles carry it: a known outlet (case aside), or
    a press agency of the directory (its name or an alias)."""
    text = " ".join(typed.split())
    if not text:
        raise Invalid("name the outlet", field="outlet")
    folded = text.casefold()
    known = {o.name for o in store.sources.list_outlets()}
    known |= {o.name for o in store.sources.outlet_articles()}
    for name in sorted(known):
        if name.casefold() == folded:
            return name
    for unit in store.directory.list_units(kind="press", limit=1_000_000):
        names = (unit.name, *unit.aliases)
        if folded in {n.casefold() for n in names}:
            # The articles carry the outlet's name; a directory unit may be known by an alias.
            return next((n for n in sorted(known) if n in names), unit.name)
    raise NotFound(
        "no outlet “{typed}”: name an outlet of the monitored sources or a press agency of "
        "the directory",
        field="outlet",
        typed=text,
    )


def _watch_ids(store: Store, actor: Actor, names: Sequence[str]) -> list[int]:
    if not names:
        raise Invalid("an order covers at least one policy: give its watchlist", field="watch")
    return [access.visible_watch(actor, store.watches.find(n), n).id for n in names]


def _check_plan(store: Store, plan_id: int | None) -> None:
    if plan_id is not None and store.plans.get("plan", plan_id) is None:
        raise NotFound("no plan #{plan_id}", field="plan", plan_id=plan_id)


# -- orders ------------------------------------------------------------------------------


def add_commission(
    store: Store, actor: Actor, spec: CommissionSpec, *, unit: str | None = None
) -> Commission:
    """A new order of the actor's unit (an admin may order for another unit, or none)."""
    access.require_role(actor, "analyst")
    owner = access.commission_unit(actor, unit)
    _period(spec.since, spec.until)
    _check_plan(store, spec.plan_id)
    values: dict[str, Any] = {
        "plan_id": spec.plan_id,
        "unit": owner,
        "outlet": find_outlet(store, spec.outlet),
        "contract_number": _text(spec.contract_number, "contract", MAX_CONTRACT),
        "contract_date": spec.contract_date,
        "value": parse_amount(spec.value),
        "since": spec.since,
        "until": spec.until,
        "criteria": _text(spec.criteria, "criteria", MAX_CRITERIA),
    }
    return store.commissions.add(
        values,
        watch_ids=_watch_ids(store, actor, spec.watches),
        deliverables=_deliverables(spec.deliverables),
        actor=actor.name,
    )


def get_commission(store: Store, actor: Actor, commission_id: int) -> Commission:
    access.require_role(actor, "viewer")
    found = store.commissions.get(commission_id)
    if found is None:
        raise NotFound("no order #{commission_id}", commission_id=commission_id)
    return _without_hidden(store, actor, [found])[0]


def _without_hidden(store: Store, actor: Actor, found: list[Commission]) -> list[Commission]:
    """The orders as the actor may see them: another unit's private watchlist is not named
    (its articles, press content, are still counted)."""
    hidden = set(watchlists.hidden_ids(store, actor))
    if not hidden:
        return found
    return [
        replace(
            c,
            watches=tuple(
                n for i, n in zip(c.watch_ids, c.watches, strict=True) if i not in hidden
            ),
        )
        for c in found
    ]


def changeable(store: Store, actor: Actor, commission_id: int) -> Commission:
    """The order, if the actor may change it (its unit's analysts, the admins)."""
    found = get_commission(store, actor, commission_id)
    access.require_commission_change(actor, found)
    return found


def edit_commission(
    store: Store, actor: Actor, commission_id: int, edit: CommissionEdit
) -> Commission:
    found = changeable(store, actor, commission_id)
    values: dict[str, Any] = {}
    if edit.outlet is not None:
        values["outlet"] = find_outlet(store, edit.outlet)
    if edit.value is not None:
        values["value"] = parse_amount(edit.value)
    if edit.since is not None:
        values["since"] = edit.since
    if edit.until is not None:
        values["until"] = edit.until
    _period(values.get("since", found.since), values.get("until", found.until))
    if edit.contract_number is not None:
        values["contract_number"] = _text(edit.contract_number, "contract", MAX_CONTRACT)
    if edit.contract_date is not None:
        values["contract_date"] = edit.contract_date
    if edit.criteria is not None:
        values["criteria"] = _text(edit.criteria, "criteria", MAX_CRITERIA)
    watch_ids = _watch_ids(store, actor, edit.watches) if edit.watches is not None else None
    asked = _deliverables(edit.deliverables) if edit.deliverables is not None else None
    if not values and watch_ids is None and asked is None:
        return found
    return store.commissions.change(
        found.id, values, actor=actor.name, watch_ids=watch_ids, deliverables=asked
    )


def list_commissions(
    store: Store, actor: Actor, *, plan_id: int | None = None, limit: int = 1000, offset: int = 0
) -> list[Commission]:
    access.require_role(actor, "viewer")
    found = store.commissions.list(plan_id=plan_id, limit=limit, offset=offset)
    return _without_hidden(store, actor, found)


# -- deliveries ----------------------------------------------------------------------------


def deliveries(
    store: Store, actor: Actor, commission_id: int, *, state: str | None = None
) -> list[Delivery]:
    """The articles found for the order, with the decisions on them, oldest first."""
    found = get_commission(store, actor, commission_id)
    items = store.commissions.deliveries(found)
    return [d for d in items if state is None or d.state == state]


def progress_of(commission: Commission, items: Sequence[Delivery]) -> Progress:
    return Progress(
        commission.ordered,
        sum(1 for d in items if d.state != "rejected"),
        sum(1 for d in items if d.state == "accepted"),
    )


def progress(store: Store, actor: Actor, commission_id: int) -> Progress:
    found = get_commission(store, actor, commission_id)
    return progress_of(found, store.commissions.deliveries(found))


def decide(
    store: Store,
    actor: Actor,
    commission_id: int,
    state: str,
    article_ids: Sequence[int] | None,
    *,
    note: str | None = None,
) -> list[Delivery]:
    """Accept or reject delivered articles (``None``: every article still proposed);
    returns the deliveries after the decision. An article not found for the order is
    refused."""
    check_choice(state, DECISIONS, "unknown decision “{value}”; use {choices}", field="state")
    found = changeable(store, actor, commission_id)
    items = store.commissions.deliveries(found)
    if article_ids is None:
        chosen = [d.article_id for d in items if d.state == "proposed"]
    else:
        known = {d.article_id for d in items}
        missing = [a for a in article_ids if a not in known]
        if missing:
            raise NotFound(
                "article #{article_id} was not delivered for order #{commission_id}",
                field="articles",
                article_id=missing[0],
                commission_id=found.id,
            )
        chosen = list(dict.fromkeys(article_ids))
    if chosen:
        store.commissions.decide(
            found.id, chosen, state=state, actor=actor.name, note=_text(note, "note", 2000)
        )
    return store.commissions.deliveries(found)


def for_plan(store: Store, actor: Actor, plan_id: int) -> list[dict[str, Any]]:
    """The orders of a plan and how far each is delivered, for ``plans status``:
    ``[{id, outlet, ordered, delivered, accepted}]``."""
    out = []
    for c in list_commissions(store, actor, plan_id=plan_id):
        done = progress_of(c, store.commissions.deliveries(c))
        out.append(
            {
                "id": c.id,
                "outlet": c.outlet,
                "ordered": done.ordered,
                "delivered": done.delivered,
                "accepted": done.accepted,
            }
        )
    return out
