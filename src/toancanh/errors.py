"""The four ways a use case says no, one set for every front-end.

A service (or the store under it) raises one of these; each front-end maps them once:
the CLI to an exit code and a message on stderr (``cli/errors.py``), the API to an HTTP
status and a problem JSON (``web/problems.py``), the dashboard to a message in the
user's language on the page.

A message is written in English with ``{placeholders}``: the template is the gettext
message id, so the dashboard translates the template first and fills it afterwards
(``web/i18n.py``), and a Vietnamese user reads the same message in Vietnamese. Values
typed by a user go into the parameters, never into the template.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class ToanCanhError(Exception):
    """A refusal with a message a user can act on."""

    def __init__(self, template: str, /, *, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.params = params
        self.field = field  # the input at fault, where there is one (a form field, an option)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message, filled."""
        return self.template.format(**self.params) if self.params else self.template

    def translated(self, gettext: Any) -> str:
        """The message in another language: the template translated, then filled."""
        template = gettext(self.template)
        return template.format(**self.params) if self.params else template


class Invalid(ToanCanhError, ValueError):
    """The input cannot be used (a bad date, an empty name, a query with a mistake)."""


class NotFound(ToanCanhError, LookupError):
    """No such record, or one the asker may not know exists (another unit's private one)."""


class Forbidden(ToanCanhError):
    """The asker sees the record but may not do this to it (role, unit)."""


class Conflict(ToanCanhError):
    """It conflicts with what is stored: a name taken, an incident already closed."""


def check_choice(value: str, choices: Sequence[str], template: str, *, field: str) -> str:
    """``value`` if it is one of ``choices``, else ``Invalid(template)``, the template
    naming ``{value}`` and ``{choices}`` ("unknown status “{value}”; use {choices}")."""
    if value not in choices:
        raise Invalid(template, field=field, value=value, choices=", ".join(choices))
    return value
