"""Property tests of the whole API from its OpenAPI document (schemathesis): for every
operation, generated requests with an admin token never get a server error, every answer
conforms to the documented status codes, content types and schemas, a request the schema
allows is accepted, and one it forbids is refused.

Both kinds of data, for every operation: *positive* (schema-valid) requests must not be
refused with a 400 (schemathesis' positive_data_acceptance), except for a semantic refusal
the schema cannot express, named by the ``field`` of the problem (``SEMANTIC``): a name
the store does not know, a query that does not parse, a period whose ends cross. *Negative*
requests (a value outside its schema) must be refused with a 4xx
(negative_data_rejection). Bounded: ``EXAMPLES`` per operation and kind, derandomized (the
same cases every run), no deadline. ``POST /sources`` is left out: it would resolve the
generated host names (network). Operations that create or delete run like the others, on
the test's own database.

(schemathesis' pytest loader ``from_fixture`` does not run under pytest 9, so each
operation's strategy is driven by hypothesis here directly.)
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from web_helpers import Web

EXAMPLES = 10
LEFT_OUT = {("POST", "/sources")}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
# A schema-valid request the server may still refuse (400), by the input at fault and
# what the refusal says: the schema cannot list the names a store knows, parse a query,
# or relate two inputs.
SEMANTIC: dict[str, tuple[str, ...]] = {
    "outlet": ("no outlet matches", "give the outlet", "name the outlet"),
    "topic": ("unknown topic", "give the topic"),
    "agency": ("no body called", "give the"),
    "place": ("no province or city", "give the"),
    "legal_ref": ("",),  # a legal document's number is read by the server
    "agencies": ("no body called",),
    "legal_refs": ("",),
    "query": ("",),  # a watchlist's query: the query language, or nothing to match by
    "value": ("",),
    # the ends cross, the period is too long (reports: "the start date is after the end date")
    "since": ("before", "at most", "too far", "after the end date", "a day between"),
    "until": ("before", "at most", "too far", "after 1900", "a day between"),
    "date": ("a day between",),  # reports: a Word file's dates are ZIP timestamps
    "title": ("give a title", "a statement needs a title"),
    # statements: the issuer is a body the gazetteer knows; blank text is no text
    "issuer": ("no body called",),
    "text": ("a statement needs a text", "give the corrected title or text"),
    "url": ("must start with http",),
    "issued_at": ("a time between",),
    "embargo_until": ("a time between",),
    "note": ("say what the correction changes", "longer than"),
    "reason": ("needs its reason",),
    "article_ids": ("no article",),
    "watch_id": ("",),
    "from_alert": ("",),
    "channels": ("",),
    "params": ("",),
    # directory: an e-mail address and a phone number are read by the server; a name of
    # spaces or control characters is no name; a unit cannot go under its own units
    "email": ("is not an e-mail address",),
    "phone": ("is not a phone number",),
    "name": ("a name is needed",),
    "unit": ("a person needs a unit", "no unit", "a digest needs its unit"),
    "parent": ("under itself",),
    "verified_on": ("between 2000 and today",),
    "aliases": ("at most", "longer than"),
    # commissions: an outlet of spaces is no outlet; texts are cleaned, then measured
    "watch": (
        "at least one policy",
        "needs a watchlist",
        "needs its watchlist",
        "give no watchlist",
    ),
    "contract": ("longer than",),
    "criteria": ("longer than",),
    "articles": ("was not delivered",),
    # plans: a KPI measured from monitoring needs a watchlist; a stage's dates may cross
    "stages": ("ends before",),
    # report schedules: a weekday for weekly only, a digest's unit, a briefing's watchlist
    "weekday": ("a weekly schedule needs", "only a weekly schedule"),
    "channel": ("is disabled",),
}


IMPOSSIBLE_DAY = re.compile(r"(?:^|[-/])(?:29|30|31)(?:$|[-/T])")


def semantic_refusal(answer: Any, query: dict[str, Any] | None = None) -> bool:
    """A 400 whose problem names an input the schema cannot check (or a query's mistake)."""
    try:
        problem = json.loads(answer.text)
    except ValueError:
        return False
    if "position" in problem:  # a search query that does not parse
        return True
    field, detail = problem.get("field") or "", problem.get("detail", "")
    if field in ("since", "until") and "is not a date" in detail:
        # The pattern allows 29-31 in any month; 2026-02-30 is refused. Nothing else is.
        return bool(IMPOSSIBLE_DAY.search(str((query or {}).get(field, ""))))
    return any(reason in detail for reason in SEMANTIC.get(field, ()))


def accepted_if_valid(case: schemathesis.Case, answer: Any) -> None:
    """positive_data_acceptance with the semantic refusals above allowed."""
    if answer.status_code == 400:
        assert semantic_refusal(answer, case.query), (
            f"{case.operation.label}: a schema-valid request was refused: {answer.text[:300]}"
            f"\n  query={case.query} body={str(case.body)[:300]}"
        )


def run(operation: Any, mode: GenerationMode, check: Callable[[schemathesis.Case], None]) -> bool:
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def each(case: schemathesis.Case) -> None:
        check(case)

    try:
        each()
    except Unsatisfiable:  # nothing to get wrong (no parameters, no body): nothing to run
        return False
    return True


def test_the_api_keeps_to_its_schema(web: Web) -> None:
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", web.app)
    headers = {"Authorization": f"Bearer {web.token('admin')}"}

    def positive(case: schemathesis.Case) -> None:
        # The first forecast compiles the model (numba): slow once, on a busy machine.
        answer = case.call(headers=headers, timeout=120)
        case.validate_response(answer, checks=CHECKS, headers=headers)
        accepted_if_valid(case, answer)

    def negative(case: schemathesis.Case) -> None:
        answer = case.call(headers=headers, timeout=120)
        case.validate_response(answer, checks=CHECKS, headers=headers)

    checked, refused = [], []
    for result in schema.get_all_operations():
        operation = result.ok()
        label = f"{operation.method.upper()} {operation.path}"
        if (operation.method.upper(), operation.path) in LEFT_OUT:
            continue
        run(operation, GenerationMode.POSITIVE, positive)
        checked.append(label)
        if run(operation, GenerationMode.NEGATIVE, negative):
            refused.append(label)
    assert len(checked) >= 29, checked
    assert len(refused) >= len(checked) - 2, set(checked) - set(refused)


def test_a_semantic_refusal_is_told_from_a_loose_schema() -> None:
    class Answer:
        def __init__(self, body: dict[str, Any]) -> None:
            self.text = json.dumps(body)

    assert semantic_refusal(Answer({"field": "outlet", "detail": "outlet: no outlet matches “x”"}))
    assert semantic_refusal(Answer({"detail": "unexpected “)”", "position": 4}))
    assert not semantic_refusal(Answer({"field": "sentiment", "detail": "use one of ..."}))
    assert not semantic_refusal(Answer({"field": "since", "detail": "“x” is a word"}))
    not_a_date = Answer({"field": "since", "detail": "since: “…” is not a date"})
    assert semantic_refusal(not_a_date, {"since": "2026-02-30"})
    assert not semantic_refusal(not_a_date, {"since": "hôm qua"})


def test_an_address_the_api_does_not_take_answers_a_problem(web: Web) -> None:
    # A newline in a path escapes the API's mount; the app still answers as the API does.
    answer = web.client().get("/api/v1/watchlists/%0A/rules")
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["status"] == 404
