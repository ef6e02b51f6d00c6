"""Watchlists: the list, create, edit, delete, and each watchlist's alert rules.

The pages parse the forms and call ``services.watchlists`` and ``services.rules``, which
decide who may do what; a refusal of the input comes back on the form, in the visitor's
language, with what was typed kept. The page of one watchlist (``/watches/{id}``: its
articles and trends) is another module's.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.access import Actor
from toancanh.alerts.rules import DEFAULT_COOLDOWN_MINUTES, DEFAULTS, RULE_KINDS, SEVERITIES
from toancanh.domain.claims import VERDICTS
from toancanh.domain.watches import Watch, WatchSpec
from toancanh.errors import Conflict, Invalid, NotFound
from toancanh.services import rules as rule_service
from toancanh.services import watchlists as service
from toancanh.services.rules import RuleInput
from toancanh.watch.query import QuerySyntaxError
from toancanh.web.deps import get_store, page_actor, page_actor_at_least
from toancanh.web.templating import render
from toancanh.web.visibility import lines

router = APIRouter()
ANALYST = page_actor_at_least("analyst")
INTEGER_PARAMS = ("min_count", "outlets", "min_articles", "new_articles")
RULE_ACTIONS = ("delete", "enable", "disable")


def _form_values(
    name: str, query: str, legal_refs: str, agencies: str, description: str, private: bool
) -> dict[str, Any]:
    return {
        "name": name,
        "query": query,
        "legal_refs": legal_refs,
        "agencies": agencies,
        "description": description,
        "private": private,
    }


def _posted(
    name: str = Form(""),
    query: str = Form(""),
    legal_refs: str = Form(""),
    agencies: str = Form(""),
    description: str = Form(""),
    private: bool = Form(False),
) -> dict[str, Any]:
    """The watchlist form as posted (a dependency: read after the role is checked)."""
    return _form_values(name, query, legal_refs, agencies, description, private)


def _values_of(watch: Watch) -> dict[str, Any]:
    return _form_values(
        watch.name,
        watch.query or "",
        "\n".join(watch.legal_refs),
        "\n".join(watch.agencies),
        watch.description or "",
        not watch.shared,
    )


def _form_error(error: Exception, typed_query: str) -> dict[str, Any]:
    """A refusal as the form shows it; a query's mistake with the character marked."""
    if isinstance(error, QuerySyntaxError):
        shown = error.query or typed_query
        return {
            "error": error,
            "query": True,
            "position": error.position,
            "before": shown[: error.position],
            "at": shown[error.position : error.position + 1] or " ",
            "after": shown[error.position + 1 :],
        }
    return {"error": error, "query": False}


@router.get("/watches", response_class=HTMLResponse)
def watch_list(request: Request, done: str = "", actor: Actor = Depends(page_actor)) -> Response:
    return _list_page(request, actor, done=done)


def _list_page(
    request: Request,
    actor: Actor,
    *,
    done: str = "",
    values: dict[str, Any] | None = None,
    error: dict[str, Any] | None = None,
) -> HTMLResponse:
    store = get_store(request)
    watches = sorted(service.list_watches(store, actor), key=lambda w: w.name.casefold())
    rules: dict[int, int] = {}
    for rule in rule_service.list_rules(store, actor):
        rules[rule.watch_id] = rules.get(rule.watch_id, 0) + 1
    return render(
        request,
        "watchlists.html",
        status_code=400 if error else 200,
        watches=watches,
        rules=rules,
        editable={w.id for w in watches if service.can_change(actor, w)},
        done=done,
        values=values or _form_values("", "", "", "", "", False),
        error=error,
    )


def _spec(values: dict[str, Any], unit: str | None) -> WatchSpec:
    return WatchSpec(
        name=values["name"],
        query=values["query"],
        legal_refs=tuple(lines(values["legal_refs"])),
        agencies=tuple(lines(values["agencies"])),
        description=values["description"],
        unit=unit,
        shared=not values["private"],
    )


@router.post("/watches", response_class=HTMLResponse)
def create_watch(
    request: Request,
    actor: Actor = Depends(ANALYST),
    values: dict[str, Any] = Depends(_posted),
) -> Response:
    try:
        watch = service.add_watch(get_store(request), actor, _spec(values, actor.unit))
    except (Invalid, Conflict, QuerySyntaxError) as error:
        return _list_page(request, actor, values=values, error=_form_error(error, values["query"]))
    return RedirectResponse(f"/watches?done=created#watch-{watch.id}", status_code=303)


@router.get("/watches/{watch_id}/edit", response_class=HTMLResponse)
def edit_page(
    request: Request, watch_id: int, done: str = "", actor: Actor = Depends(ANALYST)
) -> Response:
    watch = service.changeable_watch(get_store(request), actor, watch_id)
    return _edit_page(request, actor, watch, values=_values_of(watch), done=done)


def _edit_page(
    request: Request,
    actor: Actor,
    watch: Watch,
    *,
    values: dict[str, Any],
    error: dict[str, Any] | None = None,
    rule_error: Exception | None = None,
    rule_values: dict[str, Any] | None = None,
    done: str = "",
) -> HTMLResponse:
    store = get_store(request)
    return render(
        request,
        "watchlist_edit.html",
        status_code=400 if error or rule_error else 200,
        watch=watch,
        values=values,
        error=error,
        rules=rule_service.list_rules(store, actor, watch.id),
        channels=store.channels.list(),
        kinds=RULE_KINDS,
        defaults=DEFAULTS,
        verdicts=VERDICTS,
        severities=SEVERITIES,
        rule_error=rule_error,
        rule_values=rule_values or {"kind": RULE_KINDS[0], "severity": "medium"},
        default_cooldown=DEFAULT_COOLDOWN_MINUTES,
        done=done,
    )


@router.post("/watches/{watch_id}/edit", response_class=HTMLResponse)
def edit_watch(
    request: Request,
    watch_id: int,
    actor: Actor = Depends(ANALYST),
    values: dict[str, Any] = Depends(_posted),
) -> Response:
    store = get_store(request)
    spec = _spec(values, None)
    try:
        service.change_watch(
            store,
            actor,
            watch_id,
            **{field: getattr(spec, field) for field in service.CHANGEABLE},
        )
    except (Invalid, Conflict, QuerySyntaxError) as error:
        watch = service.get_watch(store, actor, watch_id, counted=False)
        return _edit_page(
            request, actor, watch, values=values, error=_form_error(error, values["query"])
        )
    return RedirectResponse(f"/watches/{watch_id}/edit?done=saved", status_code=303)


@router.post("/watches/{watch_id}/delete")
def delete_watch(request: Request, watch_id: int, actor: Actor = Depends(ANALYST)) -> Response:
    service.remove_watch(get_store(request), actor, watch_id)
    return RedirectResponse("/watches?done=deleted", status_code=303)


# -- alert rules ---------------------------------------------------------------------------


def _numbers(typed: dict[str, str], cooldown: str) -> tuple[dict[str, Any], int]:
    """The rule's parameters and cool-down as numbers (a comma for decimals is fine)."""
    try:
        params: dict[str, Any] = {
            key: (int(value) if key in INTEGER_PARAMS else float(value.replace(",", ".")))
            for key, value in typed.items()
            if value
        }
        minutes = int(cooldown) if cooldown.strip() else DEFAULT_COOLDOWN_MINUTES
    except ValueError as error:
        raise Invalid(
            "parameters and the cool-down must be numbers (use a dot or a comma for decimals)",
            field="params",
        ) from error
    return params, minutes


@router.post("/watches/{watch_id}/rules", response_class=HTMLResponse)
def add_rule(
    request: Request,
    watch_id: int,
    kind: str = Form(...),
    severity: str = Form("medium"),
    threshold: str = Form(""),
    min_count: str = Form(""),
    outlets: str = Form(""),
    min_articles: str = Form(""),
    hours: str = Form(""),
    new_articles: str = Form(""),
    verdicts: list[str] = Form([]),
    cooldown: str = Form(""),
    channels: list[str] = Form([]),
    actor: Actor = Depends(ANALYST),
) -> Response:
    store = get_store(request)
    typed = {
        "threshold": threshold.strip(),
        "min_count": min_count.strip(),
        "outlets": outlets.strip(),
        "min_articles": min_articles.strip(),
        "hours": hours.strip(),
        "new_articles": new_articles.strip(),
    }
    chosen = [c for c in channels if c]
    try:
        params, minutes = _numbers(typed, cooldown)
        chosen_verdicts = [v for v in verdicts if v]
        if kind == "claim_repeat" and chosen_verdicts:  # none ticked: the default ones
            params["verdicts"] = chosen_verdicts
        rule = RuleInput(kind, severity, params, minutes, tuple(chosen))
        rule_service.add_rule(store, actor, watch_id, rule)
    except Invalid as error:
        watch = service.get_watch(store, actor, watch_id, counted=False)
        rule_values = {
            "kind": kind,
            "severity": severity,
            "cooldown": cooldown,
            "channels": chosen,
            "verdicts": [v for v in verdicts if v],
            **typed,
        }
        return _edit_page(
            request,
            actor,
            watch,
            values=_values_of(watch),
            rule_error=error,
            rule_values=rule_values,
        )
    return RedirectResponse(f"/watches/{watch_id}/edit?done=rule_added#rules", status_code=303)


@router.post("/watches/{watch_id}/rules/{rule_id}/{action}")
def change_rule(
    request: Request,
    watch_id: int,
    rule_id: int,
    action: str,
    actor: Actor = Depends(ANALYST),
) -> Response:
    if action not in RULE_ACTIONS:
        raise NotFound("no action {action}", action=action)
    store = get_store(request)
    if action == "delete":
        rule_service.remove_rule(store, actor, rule_id, watch_id=watch_id)
    else:
        rule_service.set_rule_enabled(store, actor, rule_id, action == "enable", watch_id=watch_id)
    return RedirectResponse(f"/watches/{watch_id}/edit?done=rule_{action}#rules", status_code=303)
