"""Rewrite calls of the old one-class ``Store`` API to the per-area repositories.

    python scripts/refactor_store_calls.py [PATH ...]      (default: src tests bench scripts)
    python scripts/refactor_store_calls.py --check [PATH ...]   (report only, write nothing)

``store.get_watch(7)`` becomes ``store.watches.get(7)``, ``self.store.list_sources()``
becomes ``self.store.sources.list()``, ``app_context(ctx).store().add_source(...)``
becomes ``app_context(ctx).store().sources.add(...)``; imports of the SQL modules move to
``toancanh.store.sql``. Idempotent: converted code is left alone.

Conservative about receivers: a call is rewritten only when its receiver is store-like
(a name ``store`` or ``*_store``, optionally called, after any chain of attributes:
``store``, ``self._store``, ``web.store``, ``get_store(request)``, ``pg_store``...), since
``search``, ``save``, ``read`` or ``failures`` exist on other objects. It prints what it
rewrote, then what it could not map: an old method name on another receiver (a Protocol
parameter, a variable called ``s``), an unknown name on a store-like receiver (a method
added to the old Store on another branch: port it to its repository), a Protocol method
with an old name (type the parameter as ``Store`` instead), ``except KeyError`` in a file
that calls what now raises ``errors.NotFound``. Those are for a person to fix.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

# old Store method -> (repository attribute, new method)
MOVES: dict[str, tuple[str, str]] = {
    # sources and outlets
    "add_source": ("sources", "add"),
    "get_source": ("sources", "get"),
    "list_sources": ("sources", "list"),
    "remove_source": ("sources", "remove"),
    "due_sources": ("sources", "due"),
    "record_source_success": ("sources", "record_success"),
    "record_source_error": ("sources", "record_error"),
    "ensure_outlets": ("sources", "ensure_outlets"),
    "list_outlets": ("sources", "list_outlets"),
    "outlet_names_matching": ("sources", "outlet_names_matching"),
    # articles
    "known_urls": ("articles", "known_urls"),
    "known_hashes": ("articles", "known_hashes"),
    "save": ("articles", "save"),
    "save_many": ("articles", "save_many"),
    "get_article": ("articles", "get"),
    "list_articles": ("articles", "list"),
    "count_articles": ("articles", "count"),
    "stories": ("articles", "stories"),
    "story_articles": ("articles", "story_articles"),
    "search": ("articles", "search"),
    "articles_for_analysis": ("articles", "texts"),
    # analyses and corrections
    "save_analyses": ("analysis", "save_many"),
    "get_analysis": ("analysis", "get"),
    "article_ids_to_analyze": ("analysis", "ids_to_analyze"),
    "record_correction": ("analysis", "correct"),
    "correction_log": ("analysis", "correction_log"),
    "corrections": ("analysis", "corrections"),
    "facet_counts": ("analysis", "facet_counts"),
    "sentiment_counts": ("analysis", "sentiment_counts"),
    "count_analysed": ("analysis", "count"),
    # failures
    "record_failure": ("failures", "record"),
    "permanently_failed": ("failures", "permanently_failed"),
    "failures": ("failures", "list"),  # only as a call: ``store.failures.x`` is new code
    # watches
    "add_watch": ("watches", "add"),
    "update_watch": ("watches", "update"),
    "remove_watch": ("watches", "remove"),
    "get_watch": ("watches", "get"),
    "find_watch": ("watches", "find"),
    "list_watches": ("watches", "list"),
    "match_candidates": ("watches", "match_candidates"),
    "record_matches": ("watches", "record_matches"),
    "replace_matches": ("watches", "replace_matches"),
    "watch_articles": ("watches", "articles"),
    "fulltext_ids": ("watches", "fulltext_ids"),
    "facet_ids": ("watches", "facet_ids"),
    "matched_article_ids": ("watches", "matched_article_ids"),
    # trends
    "trend_counts": ("trends", "counts"),
    "top_outlets": ("trends", "top_outlets"),
    "top_stories": ("trends", "top_stories"),
    "subject_titles": ("trends", "titles"),
    "story_tones": ("trends", "story_tones"),
    "story_outlet_counts": ("trends", "story_outlet_counts"),
    "story_titles": ("trends", "story_titles"),
    "watch_daily_counts": ("trends", "watch_daily_counts"),
    "facet_daily_counts": ("trends", "facet_daily_counts"),
    "recent_stories": ("trends", "recent_stories"),
    # channels, rules, alerts
    "add_channel": ("channels", "add"),
    "list_channels": ("channels", "list"),
    "get_channel": ("channels", "get"),
    "remove_channel": ("channels", "remove"),
    "add_rule": ("rules", "add"),
    "list_rules": ("rules", "list"),
    "get_rule": ("rules", "get"),
    "remove_rule": ("rules", "remove"),
    "set_rule_enabled": ("rules", "set_enabled"),
    "raise_alert": ("alerts", "raise_alert"),
    "get_alert": ("alerts", "get"),
    "list_alerts": ("alerts", "list"),
    "set_alert_status": ("alerts", "set_status"),
    "due_deliveries": ("alerts", "due_deliveries"),
    "record_delivery_attempt": ("alerts", "record_delivery_attempt"),
    "list_deliveries": ("alerts", "deliveries"),
    # incidents
    "open_incident": ("incidents", "open"),
    "change_incident": ("incidents", "change"),
    "get_incident": ("incidents", "get"),
    "list_incidents": ("incidents", "list"),
    # audit
    "audit_entries": ("audit", "entries"),
    "users_version": ("audit", "version"),
    # accounts
    "add_user": ("accounts", "add_user"),
    "get_user": ("accounts", "get_user"),
    "find_user": ("accounts", "find_user"),
    "list_users": ("accounts", "list_users"),
    "password_hash": ("accounts", "password_hash"),
    "change_user": ("accounts", "change_user"),
    "record_login": ("accounts", "record_login"),
    "login_failures_from": ("accounts", "login_failures_from"),
    "add_token": ("accounts", "add_token"),
    "user_for_token": ("accounts", "user_for_token"),
    "revoke_tokens": ("accounts", "revoke_tokens"),
    "add_session": ("accounts", "add_session"),
    "session_user": ("accounts", "session_user"),
    "end_session": ("accounts", "end_session"),
    "purge_accounts": ("accounts", "purge"),
    # scale-out work
    "exclusive": ("work", "exclusive"),
    "claim_due_sources": ("work", "claim_due_sources"),
    "add_dead_letter": ("work", "add_dead_letter"),
    "dead_letters": ("work", "dead_letters"),
    "get_dead_letters": ("work", "get_dead_letters"),
    "count_dead_letters": ("work", "count_dead_letters"),
    "mark_replayed": ("work", "mark_replayed"),
    "mark_discarded": ("work", "mark_discarded"),
    "stored_since": ("work", "stored_since"),
}
REPOSITORIES = {repo for repo, _ in MOVES.values()}
# What stays on Store itself (and the names of the repositories).
KEPT = {"open", "dialect", "upgrade", "schema_revision", "close", "read", "write", "engine", "db"}
# Old names too common to report on other receivers (regex objects, models, files...).
GENERIC = {"save", "search", "stories", "failures", "corrections", "exclusive", "password_hash"}

# A store-like receiver: an optional chain (``self.``, ``app_context(ctx).``, ``web.``)
# ending in a name ``store`` or ``*_store``, itself optionally called (``store()``).
_CALL = r"(?:\([^()\n]*\))?"
RECEIVER = rf"(?<![\w.])(?!toancanh\.)(?:[A-Za-z_]\w*{_CALL}\s*\.)*(?:\w*_)?store{_CALL}"
CALL = re.compile(
    rf"(?P<recv>{RECEIVER})(?P<space>\s*)\.(?P<name>[A-Za-z_]\w*)\b(?P<after>\s*(?:[(.]|=(?!=))?)"
)
OTHER_CALL = re.compile(rf"(?P<recv>[\w)\]]+)\.(?P<name>{'|'.join(MOVES)})\b\s*\(")
PROTOCOL_DEF = re.compile(rf"^\s*def (?P<name>{'|'.join(MOVES)})\(\s*self\b", re.M)

# SQL modules that moved to store/sql/; the names of repository modules that stayed.
SQL_MODULES = [
    *("sources", "articles", "analysis", "failures", "watches", "trends", "alerts"),
    *("incidents", "accounts", "audit", "work", "search", "fulltext", "upsert"),
]
ONLY_SQL = {"search", "fulltext", "upsert"}
REPOSITORY_NAMES = {
    "sources": {"SourceRepository", "SourceExistsError"},
    "articles": {"ArticleRepository"},
    "analysis": {"AnalysisRepository"},
    "failures": {"FailureRepository"},
    "watches": {"WatchRepository"},
    "trends": {"TrendRepository", "Subject", "BucketCount"},
    "alerts": {"AlertRepository", "AlertOutcome"},
    "incidents": {"IncidentRepository"},
    "accounts": {"AccountRepository", "TOKEN_USE_RESOLUTION"},
    "audit": {"AuditRepository"},
    "work": {"WorkRepository"},
}
FROM_MODULE = re.compile(
    rf"from toancanh\.store\.(?P<module>{'|'.join(SQL_MODULES)}) import (?P<names>\([^)]*\)|[^\n]+)"
)
MODULE_ALIAS = re.compile(
    rf"from toancanh\.store import (?P<module>{'|'.join(SQL_MODULES)}) as (?P<alias>\w+)"
)
OLD_STORE_MODULE = re.compile(r"from toancanh\.store\.(?:repo|monitoring|account_repo|work_repo) ")


def rewrite_calls(text: str, done: Counter[str]) -> str:
    def replace(match: re.Match[str]) -> str:
        name, after = match["name"], match["after"]
        if name not in MOVES or (name in REPOSITORIES and not after.lstrip().startswith("(")):
            return match[0]  # new code (``store.failures.list``) or not an old method
        if after.strip() == "=":
            return match[0]  # an assignment to the attribute: leave it to a person
        repo, new = MOVES[name]
        done[f"{name} -> {repo}.{new}"] += 1
        return f"{match['recv']}{match['space']}.{repo}.{new}{after}"

    return CALL.sub(replace, text)


def rewrite_imports(text: str, done: Counter[str]) -> str:
    def from_module(match: re.Match[str]) -> str:
        module = match["module"]
        names = {n.split(" as ")[0].strip() for n in match["names"].strip("()").split(",")}
        names.discard("")
        if module not in ONLY_SQL and names <= REPOSITORY_NAMES[module]:
            return match[0]
        if module not in ONLY_SQL and names & REPOSITORY_NAMES[module]:
            done[f"import from toancanh.store.{module}: split by hand"] += 1
            return match[0]
        done[f"toancanh.store.{module} -> toancanh.store.sql.{module}"] += 1
        return match[0].replace(f"toancanh.store.{module} ", f"toancanh.store.sql.{module} ")

    def module_alias(match: re.Match[str]) -> str:
        done[f"toancanh.store.{match['module']} -> toancanh.store.sql.{match['module']}"] += 1
        return f"from toancanh.store.sql import {match['module']} as {match['alias']}"

    text = FROM_MODULE.sub(from_module, text)
    text = MODULE_ALIAS.sub(module_alias, text)
    if OLD_STORE_MODULE.search(text):
        done["toancanh.store.repo (and mixins) -> toancanh.store"] += 1
        text = OLD_STORE_MODULE.sub("from toancanh.store ", text)
    return text


def unmapped(path: Path, text: str) -> list[str]:
    """Places a person should look at: what the rewrite could not decide."""
    found = []

    def where(match: re.Match[str]) -> str:
        return f"{path}:{text.count(chr(10), 0, match.start()) + 1}: "

    known = MOVES.keys() | KEPT | REPOSITORIES
    for match in CALL.finditer(text):
        if match["name"] not in known and not match["name"].startswith("__"):
            found.append(f"{where(match)}unknown store attribute: {_flat(match[0])}")
    for match in OTHER_CALL.finditer(text):
        recv = match["recv"]
        if match["name"] in GENERIC or re.fullmatch(r"(?:\w*_)?store", recv):
            continue
        if recv.endswith("_sql") or recv in REPOSITORIES | {"self", "cls", "super()"}:
            continue  # a SQL module, a repository, or a method of the class itself
        found.append(f"{where(match)}old store method on {recv!r}: {_flat(match[0])}")
    raising = re.search(r"\.(?:watches\.update|incidents\.change|accounts\.change_user)\(", text)
    for match in re.finditer(r"except \(?[\w, ]*\bKeyError\b", text):
        if raising:  # these raised KeyError for a missing record; now errors.NotFound
            found.append(f"{where(match)}KeyError caught near a call that now raises NotFound")
    for match in PROTOCOL_DEF.finditer(text):
        if match["name"] not in GENERIC:
            found.append(f"{where(match)}a method named like the old Store API: {match['name']}")
    return sorted(found, key=lambda line: int(line.split(":")[1]))


def _flat(code: str) -> str:
    return re.sub(r"\s+", "", code)


def python_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    here = Path(__file__).resolve()  # and the store itself, which is the new API
    return [f for f in files if f.resolve() != here and "toancanh/store/" not in f.as_posix()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    args = parser.parse_args(argv)
    paths = args.paths or [Path(p) for p in ("src", "tests", "bench", "scripts")]
    done: Counter[str] = Counter()
    changed, review = [], []
    for path in python_files([p for p in paths if p.exists()]):
        text = path.read_text(encoding="utf-8")
        new = rewrite_imports(rewrite_calls(text, done), done)
        if new != text:
            changed.append(path)
            if not args.check:
                path.write_text(new, encoding="utf-8")
        review += unmapped(path, new)
    print(f"{'would change' if args.check else 'changed'} {len(changed)} files")
    for name, count in sorted(done.items()):
        print(f"  {count:4d}  {name}")
    print(f"{len(review)} places to check by hand:")
    for line in review:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
