"""Claims: the review queue and one claim's review.

``/claims`` lists the claims waiting for a person, most spread first, with filters (status,
watchlist) and a form to accept or reject suggestions of many claims at once.
``/claims/{id}`` shows the claim highlighted in its article's text (by its stored offsets,
escaped like every scraped text), the suggested statements with where claim and
statement differ side by side, the verdict form (the labels Vietnamese fact-checkers
use) and the review's history. Who may do what is ``services.claim_review``'s decision,
the same as ``toancanh claims``' and the API's; a refused input comes back on its page.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.access import Actor
from toancanh.domain.claims import CLAIM_STATUSES, VERDICTS
from toancanh.errors import Conflict, Invalid, NotFound
from toancanh.services import claim_review as service
from toancanh.services import watchlists
from toancanh.store import Store
from toancanh.web.deps import get_store, page_actor, page_actor_at_least
from toancanh.web.problems import status_of
from toancanh.web.templating import render

router = APIRouter()
ANALYST = page_actor_at_least("analyst")
REFUSED = (Invalid, Conflict)  # shown on the page; NotFound and Forbidden: the error page
# The verdicts as the form shows them (the templates translate them to the labels
# Vietnamese fact-checkers use; the ids stay in the form and the API).
VERDICT_NAMES = {
    "true": "True (xác thực)",
    "false": "False (sai sự thật)",
    "misleading": "Misleading (gây hiểu lầm)",
    "unproven": "Unproven (chưa đủ căn cứ)",
}
STATUS_NAMES = {"new": "new claim", "in_review": "in review", "verdict": "verdict given"}
BACK = re.compile(r"^/claims(/[0-9]{1,10})?$")


def _queue_page(
    request: Request,
    actor: Actor,
    *,
    status: str = "",
    watch: str = "",
    done: str = "",
    error: Exception | None = None,
) -> HTMLResponse:
    store = get_store(request)
    wanted = status if status in CLAIM_STATUSES else None
    try:
        found = service.review_queue(store, actor, status=wanted, watch=watch or None, limit=200)
    except NotFound as refused:  # a watchlist the reader does not see, or none
        found, error = [], error or refused
    return render(
        request,
        "claims.html",
        status_code=status_of(error) if error else 200,
        queue=found,
        status=wanted or "",
        statuses=CLAIM_STATUSES,
        status_names=STATUS_NAMES,
        watch=watch,
        watches=watchlists.list_watches(store, actor, counted=False),
        verdicts=VERDICTS,
        can_review=service.can_review(actor),
        done=done,
        error=error,
    )


@router.get("/claims", response_class=HTMLResponse)
def claim_queue(
    request: Request,
    status: str = "",
    watch: str = "",
    done: str = "",
    actor: Actor = Depends(page_actor),
) -> HTMLResponse:
    return _queue_page(request, actor, status=status, watch=watch, done=done)


def _ids(values: list[str]) -> list[int]:
    try:
        return [int(v) for v in values]
    except ValueError:
        raise Invalid("choose at least one claim", field="claim_ids") from None


def _statement_id(*typed: str) -> int | None:
    """The first statement id given (a form may offer a list and a field)."""
    for value in typed:
        if value.strip():
            if not value.strip().isdigit():
                raise Invalid(
                    "no statement #{statement_id}", field="statement_id", statement_id=value
                )
            return int(value.strip())
    return None


@router.post("/claims/suggestions", response_class=HTMLResponse)
def decide_suggestions(
    request: Request,
    claim_ids: list[str] = Form([]),
    decision: str = Form(""),
    statement_id: str = Form(""),
    back: str = Form("/claims"),
    actor: Actor = Depends(ANALYST),
) -> Response:
    """The queue's bulk form (checkboxes) and a claim page's accept or reject buttons."""
    target = back if BACK.match(back) else "/claims"
    try:
        service.decide_suggestions(
            get_store(request),
            actor,
            _ids(claim_ids),
            accept=decision == "accept",
            statement_id=_statement_id(statement_id),
        )
    except REFUSED as error:
        if target != "/claims":
            return _claim_page(request, actor, int(target.rsplit("/", 1)[1]), error=error)
        return _queue_page(request, actor, error=error)
    done = "accepted" if decision == "accept" else "rejected"
    return RedirectResponse(f"{target}?done={done}", status_code=303)


def highlighted(text: str, start: int, end: int, claim: str) -> tuple[str, str, str] | None:
    """The article's text around the claim, by its offsets (None when they no longer fit
    the text: the claim is then shown on its own)."""
    if 0 <= start < end <= len(text) and text[start:end] == claim:
        return text[:start], text[start:end], text[end:]
    found = text.find(claim)
    if found < 0:
        return None
    return text[:found], claim, text[found + len(claim) :]


def _claim_page(
    request: Request,
    actor: Actor,
    claim_id: int,
    *,
    done: str = "",
    error: Exception | None = None,
) -> HTMLResponse:
    view = service.claim_view(get_store(request), actor, claim_id)
    claim = view.claim
    return render(
        request,
        "claim.html",
        status_code=status_of(error) if error else 200,
        view=view,
        claim=claim,
        parts=highlighted(view.article.text, claim.start, claim.end, claim.text),
        verdicts=VERDICTS,
        verdict_names=VERDICT_NAMES,
        status_names=STATUS_NAMES,
        can_review=service.can_review(actor) and claim.status != "verdict",
        can_reopen=service.can_reopen(actor, claim),
        done=done,
        error=error,
    )


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(
    request: Request, claim_id: int, done: str = "", actor: Actor = Depends(page_actor)
) -> HTMLResponse:
    return _claim_page(request, actor, claim_id, done=done)


def _act(
    request: Request, actor: Actor, claim_id: int, step: Callable[[Store], object], done: str
) -> Response:
    try:
        step(get_store(request))
    except REFUSED as error:
        return _claim_page(request, actor, claim_id, error=error)
    return RedirectResponse(f"/claims/{claim_id}?done={done}", status_code=303)


@router.post("/claims/{claim_id}/start", response_class=HTMLResponse)
def start_review(request: Request, claim_id: int, actor: Actor = Depends(ANALYST)) -> Response:
    def step(store: Store) -> object:
        return service.start_review(store, actor, claim_id)

    return _act(request, actor, claim_id, step, "started")


@router.post("/claims/{claim_id}/review", response_class=HTMLResponse)
def give_verdict(
    request: Request,
    claim_id: int,
    verdict: str = Form(""),
    statement_id: str = Form(""),
    other_statement: str = Form(""),
    note: str = Form(""),
    actor: Actor = Depends(ANALYST),
) -> Response:
    def step(store: Store) -> object:
        cited = _statement_id(other_statement, statement_id)
        return service.give_verdict(store, actor, claim_id, verdict, statement_id=cited, note=note)

    return _act(request, actor, claim_id, step, "judged")


@router.post("/claims/{claim_id}/reopen", response_class=HTMLResponse)
def reopen(
    request: Request, claim_id: int, note: str = Form(""), actor: Actor = Depends(ANALYST)
) -> Response:
    def step(store: Store) -> object:
        return service.reopen(store, actor, claim_id, note)

    return _act(request, actor, claim_id, step, "reopened")
