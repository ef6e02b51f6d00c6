"""scripts/refactor_store_calls.py: old Store calls to repositories, idempotent, cautious."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "refactor_store_calls.py"
spec = importlib.util.spec_from_file_location("refactor_store_calls", SCRIPT)
assert spec is not None and spec.loader is not None
refactor = importlib.util.module_from_spec(spec)
spec.loader.exec_module(refactor)

OLD = """from toancanh.store.sql.search import search_ids
from toancanh.store.trends import Subject
from toancanh.store.sql.watches import local_day_number
from toancanh.store.sql import trends as trend_sql

watch = store.watches.get(7)
sources = app_context(ctx).store().sources.list()
found = (
    app_context(ctx)
    .store()
    .failures.list(limit=3)
)
self.store.sources.record_error(source.id, "boom")
get_store(request).accounts.end_session(digest)
with context.store.work.exclusive("lock"):
    hits = pg_store.articles.search(query)
match = PATTERN.search(text)
model.save(path)
page.failures(3)
report = source.trend_counts(subject)
"""

NEW = """from toancanh.store.sql.search import search_ids
from toancanh.store.trends import Subject
from toancanh.store.sql.watches import local_day_number
from toancanh.store.sql import trends as trend_sql

watch = store.watches.get(7)
sources = app_context(ctx).store().sources.list()
found = (
    app_context(ctx)
    .store()
    .failures.list(limit=3)
)
self.store.sources.record_error(source.id, "boom")
get_store(request).accounts.end_session(digest)
with context.store.work.exclusive("lock"):
    hits = pg_store.articles.search(query)
match = PATTERN.search(text)
model.save(path)
page.failures(3)
report = source.trend_counts(subject)
"""


def rewrite(text: str) -> str:
    done: Counter[str] = Counter()
    return refactor.rewrite_imports(refactor.rewrite_calls(text, done), done)


def test_old_calls_become_repository_calls_and_others_are_left_alone() -> None:
    assert rewrite(OLD) == NEW


def test_converted_code_is_left_as_it_is() -> None:
    assert rewrite(NEW) == NEW


def test_what_it_cannot_map_is_reported() -> None:
    found = refactor.unmapped(Path("x.py"), NEW + "store.add_unit(u)\n")
    assert any("old store method on 'source'" in line for line in found)
    assert any("unknown store attribute: store.add_unit(" in line for line in found)
    assert not any("PATTERN" in line or "model" in line for line in found)
