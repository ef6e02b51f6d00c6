"""Property tests of the whole API from its OpenAPI document (schemathesis): for every
operation, generated requests with an admin token never get a server error, and every
answer conforms to the documented status codes, content types and schemas.

Semantic refusals are allowed: a schema-valid value may name no known outlet or body and
get a 400 answer that says so. Bounded: ``EXAMPLES`` per operation, derandomized (the
same cases every run), no deadline. ``POST /sources`` is left out: it would resolve the
generated host names (network). Operations that create or delete run like the others, on
the test's own database.

(schemathesis' pytest loader ``from_fixture`` does not run under pytest 9, so each
operation's strategy is driven by hypothesis here directly.)
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from web_helpers import Web

EXAMPLES = 12
LEFT_OUT = {("POST", "/sources")}


def test_the_api_keeps_to_its_schema(web: Web) -> None:
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", web.app)
    headers = {"Authorization": f"Bearer {web.token('admin')}"}
    checked = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if (operation.method.upper(), operation.path) in LEFT_OUT:
            continue

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            derandomize=True,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: schemathesis.Case) -> None:
            # A schema-valid value can still name nothing known (an outlet, a body): 400.
            # The first forecast compiles the model (numba): slow once, on a busy machine.
            case.call_and_validate(
                headers=headers, excluded_checks=[positive_data_acceptance], timeout=120
            )

        check()
        checked.append(f"{operation.method.upper()} {operation.path}")
    assert len(checked) >= 29, checked
