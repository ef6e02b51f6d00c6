"""Watchlists: the list, create, edit, delete, and each watchlist's alert rules.

Analysts (and admins) change watchlists; the owner unit's analysts and the admins change a
unit's watchlist. A unit's private watchlists are invisible to the other units (404).
Every change goes to the audit log with the signed-in user as the actor. The page of one
watchlist (``/watches/{id}``: its articles and trends) is another module's.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.domain import User, Watch, WatchSpec
from toancanh.store import Store
from toancanh.trends.alerts import (
    DEFAULT_COOLDOWN_MINUTES,
    DEFAULTS,
    RULE_KINDS,
    SEVERITIES,
    RuleError,
    check_rule,
)
from toancanh.watch.query import QuerySyntaxError
from toancanh.watch.watchlists import WatchSpecError, backfill, check_spec
from toancanh.web.deps import get_store, page_role, page_user
from toancanh.web.templating import render
from toancanh.web.visibility import lines, visible_watches, watch_or_404

router = APIRouter()
INTEGER_PARAMS = ("min_count", "outlets", "min_articles")


def can_change(user: User, watch: Watch) -> bool:
    """The owner unit's analysts and the admins change a watchlist."""
    return user.role == "admin" or (
        user.at_least("analyst") and (watch.unit is None or watch.unit == user.unit)
    )


def _changeable(store: Store, user: User, watch_id: int) -> Watch:
    watch = watch_or_404(store, user, watch_id)
    if not can_change(user, watch):
        raise HTTPException(403, "only the owner unit's analysts and the admins change it")
    return watch


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


def _values_of(watch: Watch) -> dict[str, Any]:
    return _form_values(
        watch.name,
        watch.query or "",
        "\n".join(watch.legal_refs),
        "\n".join(watch.agencies),
        watch.description or "",
        not watch.shared,
    )


def _checked_spec(
    store: Store, values: dict[str, Any], unit: str | None, current: int | None
) -> tuple[WatchSpec | None, dict[str, Any] | None]:
    """The checked spec, or an error for the form: ``{"message", "query_at", ...}``."""
    if values["private"] and not unit:
        return None, {"code": "no_unit"}
    try:
        spec = check_spec(
            WatchSpec(
                name=values["name"],
                query=values["query"],
                legal_refs=tuple(lines(values["legal_refs"])),
                agencies=tuple(lines(values["agencies"])),
                description=values["description"],
                unit=unit,
                shared=not values["private"],
            )
        )
    except QuerySyntaxError as error:
        shown = error.query or values["query"]
        return None, {
            "code": "query",
            "message": error.message,
            "position": error.position,
            "before": shown[: error.position],
            "at": shown[error.position : error.position + 1] or " ",
            "after": shown[error.position + 1 :],
        }
    except WatchSpecError as error:
        return None, {"code": "spec", "message": str(error)}
    other = store.watches.find(spec.name)
    if other is not None and other.id != current:
        return None, {"code": "exists", "name": spec.name}
    return spec, None


@router.get("/watches", response_class=HTMLResponse)
def watch_list(request: Request, done: str = "", user: User = Depends(page_user)) -> Response:
    return _list_page(request, user, done=done)


def _list_page(
    request: Request,
    user: User,
    *,
    done: str = "",
    values: dict[str, Any] | None = None,
    error: dict[str, Any] | None = None,
) -> HTMLResponse:
    store = get_store(request)
    watches = sorted(visible_watches(store, user).values(), key=lambda w: w.name.casefold())
    rules: dict[int, int] = {}
    for rule in store.rules.list():
        rules[rule.watch_id] = rules.get(rule.watch_id, 0) + 1
    return render(
        request,
        "watchlists.html",
        status_code=400 if error else 200,
        watches=watches,
        rules=rules,
        editable={w.id for w in watches if can_change(user, w)},
        done=done,
        values=values or _form_values("", "", "", "", "", False),
        error=error,
    )


@router.post("/watches", response_class=HTMLResponse)
def create_watch(
    request: Request,
    name: str = Form(""),
    query: str = Form(""),
    legal_refs: str = Form(""),
    agencies: str = Form(""),
    description: str = Form(""),
    private: bool = Form(False),
    user: User = Depends(page_role("analyst")),
) -> Response:
    store = get_store(request)
    values = _form_values(name, query, legal_refs, agencies, description, private)
    spec, error = _checked_spec(store, values, user.unit, None)
    if spec is None:
        return _list_page(request, user, values=values, error=error)
    watch = store.watches.add(spec, user.email)
    backfill(store, watch)
    return RedirectResponse(f"/watches?done=created#watch-{watch.id}", status_code=303)


@router.get("/watches/{watch_id}/edit", response_class=HTMLResponse)
def edit_page(
    request: Request, watch_id: int, done: str = "", user: User = Depends(page_role("analyst"))
) -> Response:
    watch = _changeable(get_store(request), user, watch_id)
    return _edit_page(request, watch, values=_values_of(watch), done=done)


def _edit_page(
    request: Request,
    watch: Watch,
    *,
    values: dict[str, Any],
    error: dict[str, Any] | None = None,
    rule_error: str | None = None,
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
        rules=store.rules.list(watch.id),
        channels=store.channels.list(),
        kinds=RULE_KINDS,
        defaults=DEFAULTS,
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
    name: str = Form(""),
    query: str = Form(""),
    legal_refs: str = Form(""),
    agencies: str = Form(""),
    description: str = Form(""),
    private: bool = Form(False),
    user: User = Depends(page_role("analyst")),
) -> Response:
    store = get_store(request)
    watch = _changeable(store, user, watch_id)
    values = _form_values(name, query, legal_refs, agencies, description, private)
    spec, error = _checked_spec(store, values, watch.unit or user.unit, watch.id)
    if spec is None:
        return _edit_page(request, watch, values=values, error=error)
    changed = store.watches.update(watch.id, spec, user.email)
    backfill(store, changed)
    return RedirectResponse(f"/watches/{watch.id}/edit?done=saved", status_code=303)


@router.post("/watches/{watch_id}/delete")
def delete_watch(
    request: Request, watch_id: int, user: User = Depends(page_role("analyst"))
) -> Response:
    store = get_store(request)
    watch = _changeable(store, user, watch_id)
    store.watches.remove(watch.id, user.email)
    return RedirectResponse("/watches?done=deleted", status_code=303)


# -- alert rules ---------------------------------------------------------------------------


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
    cooldown: str = Form(""),
    channels: list[str] = Form([]),
    user: User = Depends(page_role("analyst")),
) -> Response:
    store = get_store(request)
    watch = _changeable(store, user, watch_id)
    typed = {
        "threshold": threshold.strip(),
        "min_count": min_count.strip(),
        "outlets": outlets.strip(),
        "min_articles": min_articles.strip(),
        "hours": hours.strip(),
    }
    chosen = [c for c in channels if c]
    rule_values: dict[str, Any] = {
        "kind": kind,
        "severity": severity,
        "cooldown": cooldown,
        "channels": chosen,
        **typed,
    }

    def refuse(message: str) -> HTMLResponse:
        return _edit_page(
            request,
            watch,
            values=_values_of(watch),
            rule_error=message,
            rule_values=rule_values,
        )

    try:
        params: dict[str, Any] = {
            key: (int(value) if key in INTEGER_PARAMS else float(value.replace(",", ".")))
            for key, value in typed.items()
            if value
        }
        minutes = int(cooldown) if cooldown.strip() else DEFAULT_COOLDOWN_MINUTES
    except ValueError:
        return refuse("number")
    if minutes < 0:
        return refuse("number")
    try:
        params = check_rule(kind, severity, params)
    except RuleError as error:
        return refuse(str(error))
    known = {c.name for c in store.channels.list()}
    if any(name not in known for name in chosen):
        return refuse("channel")
    store.rules.add(
        watch_id=watch.id,
        kind=kind,
        severity=severity,
        params=params,
        cooldown_minutes=minutes,
        channel_names=chosen,
        actor=user.email,
    )
    return RedirectResponse(f"/watches/{watch.id}/edit?done=rule_added#rules", status_code=303)


@router.post("/watches/{watch_id}/rules/{rule_id}/{action}")
def change_rule(
    request: Request,
    watch_id: int,
    rule_id: int,
    action: str,
    user: User = Depends(page_role("analyst")),
) -> Response:
    store = get_store(request)
    watch = _changeable(store, user, watch_id)
    rule = store.rules.get(rule_id)
    if rule is None or rule.watch_id != watch.id:
        raise HTTPException(404, f"no rule #{rule_id} on this watchlist")
    if action == "delete":
        store.rules.remove(rule.id, user.email)
    elif action in ("enable", "disable"):
        store.rules.set_enabled(rule.id, action == "enable", user.email)
    else:
        raise HTTPException(404, f"no action {action!r}")
    return RedirectResponse(f"/watches/{watch.id}/edit?done=rule_{action}#rules", status_code=303)
