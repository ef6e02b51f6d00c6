"""Fixtures of the browser tests (see tests/browser_helpers.py)."""

from browser_helpers import browser, live, page, tab  # noqa: F401  (fixtures, used by name)
