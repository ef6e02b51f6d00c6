"""Statements: write, review and publish what an agency says officially.

The list (status and issuer filters), a form for a new statement, and one statement with
its earlier versions, its legal references and the public feeds that carry it; its
unit's analysts edit a draft, publish it, correct a published one (with a note) or
withdraw it (with a reason). Who sees what and who may change what is
``services.statements``' decision, the same as ``toancanh statements``' and the API's; a
refused input comes back on its form, in the visitor's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.access import Actor
from toancanh.domain.statements import STATEMENT_KINDS, STATEMENT_STATUSES, StatementSpec
from toancanh.errors import Conflict, Invalid
from toancanh.services import directory, pickup, watchlists
from toancanh.services import statements as service
from toancanh.store import Store
from toancanh.text.dates import VIETNAM, to_local
from toancanh.web.deps import get_store, page_actor, page_actor_at_least
from toancanh.web.problems import status_of
from toancanh.web.templating import render

router = APIRouter()
ANALYST = page_actor_at_least("analyst")
REFUSED = (Invalid, Conflict)  # shown on the form; NotFound and Forbidden: the error page
# The kinds as words (the templates translate them; the ids stay in the forms and the API).
KIND_NAMES = {
    "press_release": "press release",
    "briefing": "briefing",
    "press_answer": "answer to the press",
    "correction_request": "correction request",
    "explainer": "explainer",
}
FIELDS = ("title", "text", "issuer", "kind", "spokesperson", "issued_at", "url", "embargo_until")


def form_time(value: str, name: str) -> datetime | None:
    """A ``datetime-local`` field ("2026-11-02T09:00"), as Vietnam time; empty: none."""
    typed = value.strip()
    if not typed:
        return None
    try:
        found = datetime.fromisoformat(typed)
    except ValueError:
        raise Invalid(
            "{name}: give a date and an hour, e.g. 2026-11-02 09:00", field=name, name=name
        ) from None
    return found if found.tzinfo else found.replace(tzinfo=VIETNAM)


def time_field(value: datetime | None) -> str:
    """A time as a ``datetime-local`` field shows it (Vietnam time)."""
    return to_local(value).strftime("%Y-%m-%dT%H:%M") if value else ""


def watch_choice(values: list[str]) -> tuple[int, ...]:
    """The watchlists chosen in the form's multi-select (the service checks each is one
    the user sees)."""
    try:
        return tuple(dict.fromkeys(int(v) for v in values if v.strip()))
    except ValueError:
        raise Invalid("choose watchlists from the list", field="watch_ids") from None


def _spec(form: dict[str, str], watch_ids: tuple[int, ...] = ()) -> StatementSpec:
    issued_at = form_time(form["issued_at"], "issued_at")
    if issued_at is None:
        raise Invalid("a statement needs the time it was issued", field="issued_at")
    return StatementSpec(
        title=form["title"],
        text=form["text"],
        issuer=form["issuer"],
        issued_at=issued_at,
        kind=form["kind"] or "press_release",
        spokesperson=form["spokesperson"] or None,
        url=form["url"] or None,
        embargo_until=form_time(form["embargo_until"], "embargo_until"),
        watch_ids=watch_ids,
    )


@router.get("/statements", response_class=HTMLResponse)
def statement_list(
    request: Request, status: str = "", issuer: str = "", actor: Actor = Depends(page_actor)
) -> HTMLResponse:
    wanted = status if status in STATEMENT_STATUSES else None
    error = None
    try:
        found = service.list_statements(
            get_store(request), actor, status=wanted, issuer=issuer.strip() or None, limit=100
        )
    except Invalid as refused:  # an issuer the gazetteer does not know
        found, error = [], refused
    return render(
        request,
        "statements.html",
        status_code=status_of(error) if error else 200,
        statements=found,
        status=wanted or "",
        statuses=STATEMENT_STATUSES,
        issuer=issuer,
        error=error,
        can_write=actor.at_least("analyst"),
        kind_names=KIND_NAMES,
    )


def _new_page(
    request: Request,
    actor: Actor,
    form: dict[str, str],
    error: Exception | None = None,
    chosen: tuple[int, ...] = (),
) -> HTMLResponse:
    return render(
        request,
        "statement_new.html",
        status_code=status_of(error) if error else 200,
        form=form,
        kinds=STATEMENT_KINDS,
        kind_names=KIND_NAMES,
        error=error,
        watches=watchlists.list_watches(get_store(request), actor, counted=False),
        chosen=chosen,
        spokespersons=directory.spokesperson_choices(get_store(request)),
    )


@router.get("/statements/new", response_class=HTMLResponse)
def new_statement(request: Request, actor: Actor = Depends(ANALYST)) -> HTMLResponse:
    return _new_page(request, actor, dict.fromkeys(FIELDS, "") | {"kind": "press_release"})


@router.post("/statements/new", response_class=HTMLResponse)
def add_statement(
    request: Request,
    title: str = Form(""),
    text: str = Form(""),
    issuer: str = Form(""),
    kind: str = Form(""),
    spokesperson: str = Form(""),
    issued_at: str = Form(""),
    url: str = Form(""),
    embargo_until: str = Form(""),
    watch_ids: list[str] = Form([]),
    actor: Actor = Depends(ANALYST),
) -> Response:
    form = {
        "title": title,
        "text": text,
        "issuer": issuer,
        "kind": kind,
        "spokesperson": spokesperson,
        "issued_at": issued_at,
        "url": url,
        "embargo_until": embargo_until,
    }
    chosen: tuple[int, ...] = ()
    try:
        chosen = watch_choice(watch_ids)
        added = service.add_statement(get_store(request), actor, _spec(form, chosen))
    except REFUSED as error:
        return _new_page(request, actor, form, error, chosen)
    return _done(added.id, "statement_added")


@router.get("/statements/{statement_id}", response_class=HTMLResponse)
def statement_page(
    request: Request, statement_id: int, done: str = "", actor: Actor = Depends(page_actor)
) -> HTMLResponse:
    return _page(request, actor, statement_id, done=done)


def _page(
    request: Request,
    actor: Actor,
    statement_id: int,
    *,
    done: str = "",
    error: tuple[str, Exception] | None = None,
    form: dict[str, str] | None = None,
    chosen: tuple[int, ...] | None = None,
) -> HTMLResponse:
    store = get_store(request)
    statement = service.get_statement(store, actor, statement_id)
    visible = watchlists.visible_ids(store, actor)
    summary = pickup.summary(store, actor, statement.id) if statement.status != "draft" else None
    first = summary.time_to_first if summary else None
    shown = {
        "title": statement.title,
        "text": statement.text,
        "issuer": statement.issuer_written,
        "kind": statement.kind,
        "spokesperson": statement.spokesperson or "",
        "issued_at": time_field(statement.issued_at),
        "url": statement.url or "",
        "embargo_until": time_field(statement.embargo_until),
    }
    return render(
        request,
        "statement.html",
        status_code=status_of(error[1]) if error else 200,
        statement=statement,
        can_change=service.can_change(actor, statement),
        forms=forms_of(statement.status),
        form=shown | (form or {}),
        kinds=STATEMENT_KINDS,
        kind_names=KIND_NAMES,
        feeds=_feed_links(statement.issuer),
        done=done,
        error=error,
        watches=list(visible.values()),
        chosen=chosen if chosen is not None else statement.watch_ids,
        spokespersons=directory.spokesperson_choices(get_store(request)),
        linked=[visible[w] for w in statement.watch_ids if w in visible],
        pickup=summary,
        first_hours=None if first is None else first.total_seconds() / 3600,
    )


def forms_of(status: str) -> tuple[str, ...]:
    """The forms a statement's page shows its writers, by its status."""
    return {
        "draft": ("publish", "edit", "withdraw"),
        "published": ("correct", "withdraw"),
        "corrected": ("correct", "withdraw"),
    }.get(status, ())


def _feed_links(issuer: str) -> list[tuple[str, str]]:
    """The public feeds that carry the statement: all statements, and its issuer's."""
    body = quote(issuer)
    return [
        ("Atom", "/feeds/statements.atom"),
        ("JSON Feed", "/feeds/statements.json"),
        ("Atom · " + issuer, f"/feeds/statements.atom?issuer={body}"),
        ("JSON Feed · " + issuer, f"/feeds/statements.json?issuer={body}"),
    ]


def _done(statement_id: int, what: str) -> RedirectResponse:
    return RedirectResponse(f"/statements/{statement_id}?done={what}", status_code=303)


def _act(
    request: Request,
    actor: Actor,
    statement_id: int,
    form: str,
    step: Callable[[Store], object],
    done: str,
    typed: dict[str, str] | None = None,
    chosen: tuple[int, ...] | None = None,
) -> Response:
    """Run ``step``; back to the statement (``done``), or the page with the refusal on
    ``form`` (and what was typed in it)."""
    try:
        step(get_store(request))
    except REFUSED as error:
        return _page(request, actor, statement_id, error=(form, error), form=typed, chosen=chosen)
    return _done(statement_id, done)


@router.post("/statements/{statement_id}/edit", response_class=HTMLResponse)
def edit_statement(
    request: Request,
    statement_id: int,
    title: str | None = Form(None),
    text: str | None = Form(None),
    issuer: str | None = Form(None),
    kind: str | None = Form(None),
    spokesperson: str | None = Form(None),
    issued_at: str | None = Form(None),
    url: str | None = Form(None),
    embargo_until: str | None = Form(None),
    watch_ids: list[str] = Form([]),
    watch_ids_sent: str = Form(""),
    actor: Actor = Depends(ANALYST),
) -> Response:
    """A field not sent keeps its value; one sent empty is cleared (or refused, when the
    statement needs it). An empty time keeps the time. The watchlists are replaced when
    the form's list was sent (``watch_ids_sent``: a multi-select with nothing chosen
    sends nothing)."""
    sent = {
        "title": title,
        "text": text,
        "issuer": issuer,
        "kind": kind,
        "spokesperson": spokesperson,
        "issued_at": issued_at,
        "url": url,
        "embargo_until": embargo_until,
    }
    typed = {k: v for k, v in sent.items() if v is not None}
    try:
        chosen = watch_choice(watch_ids) if watch_ids_sent else None
    except Invalid as error:
        return _page(request, actor, statement_id, error=("edit", error), form=typed)

    def step(store: Store) -> object:
        edit = service.StatementEdit(
            title=title,
            text=text,
            issuer=issuer,
            kind=kind or None,
            spokesperson=spokesperson,
            issued_at=form_time(issued_at or "", "issued_at"),
            url=url,
            embargo_until=form_time(embargo_until or "", "embargo_until"),
            watch_ids=chosen,
        )
        return service.edit_statement(store, actor, statement_id, edit)

    return _act(request, actor, statement_id, "edit", step, "statement_saved", typed, chosen)


@router.post("/statements/{statement_id}/publish", response_class=HTMLResponse)
def publish_statement(
    request: Request, statement_id: int, actor: Actor = Depends(ANALYST)
) -> Response:
    def step(store: Store) -> object:
        return service.publish_statement(store, actor, statement_id)

    return _act(request, actor, statement_id, "publish", step, "statement_published")


@router.post("/statements/{statement_id}/correct", response_class=HTMLResponse)
def correct_statement(
    request: Request,
    statement_id: int,
    note: str = Form(""),
    title: str = Form(""),
    text: str = Form(""),
    actor: Actor = Depends(ANALYST),
) -> Response:
    def step(store: Store) -> object:
        current = service.get_statement(store, actor, statement_id)
        # Only what differs is a correction (the form shows the current wording).
        new_title = title if title.strip() and title.strip() != current.title else None
        new_text = text if text.strip() and text.strip() != current.text else None
        return service.correct_statement(
            store, actor, statement_id, note=note, title=new_title, text=new_text
        )

    typed = {"title": title, "text": text, "note": note}
    return _act(request, actor, statement_id, "correct", step, "statement_corrected", typed)


@router.post("/statements/{statement_id}/withdraw", response_class=HTMLResponse)
def withdraw_statement(
    request: Request, statement_id: int, reason: str = Form(""), actor: Actor = Depends(ANALYST)
) -> Response:
    def step(store: Store) -> object:
        return service.withdraw_statement(store, actor, statement_id, reason)

    return _act(request, actor, statement_id, "withdraw", step, "statement_withdrawn")
