"""The CLI's mapping of the services' errors, written once: a message on stderr and an
exit code a script can test.

    Invalid   2  (like a bad option: fix the input and run again)
    NotFound  1
    Conflict  1
    Forbidden 1

A query with a mistake is printed with a caret under the character at fault.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from toancanh.errors import Conflict, Forbidden, Invalid, NotFound, ToanCanhError
from toancanh.watch.query import QuerySyntaxError

EXIT_CODES: dict[type[ToanCanhError], int] = {
    Invalid: 2,
    NotFound: 1,
    Conflict: 1,
    Forbidden: 1,
}


def exit_code(error: ToanCanhError) -> int:
    for kind, code in EXIT_CODES.items():
        if isinstance(error, kind):
            return code
    return 1


def message(error: ToanCanhError | QuerySyntaxError) -> str:
    if isinstance(error, QuerySyntaxError):
        return f"Invalid query:\n{error.render()}"
    return error.message


class ErrorMappingGroup(TyperGroup):
    """The root command group: a service's refusal ends the command with its message."""

    def invoke(self, ctx: Any) -> Any:
        from toancanh.cli.output import console

        try:
            return super().invoke(ctx)
        except (ToanCanhError, QuerySyntaxError) as error:
            console(stderr=True).print(message(error), markup=False)
            code = 2 if isinstance(error, QuerySyntaxError) else exit_code(error)
            raise typer.Exit(code) from error
