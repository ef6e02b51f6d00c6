"""The ``web`` fixture (see tests/web_helpers.py)."""

from web_helpers import web  # noqa: F401  (a fixture, used by name)
