"""Rewrite references to the modules that issue 11's layout moved or split.

    python scripts/refactor_moves.py [PATH ...]          (default: src tests bench scripts docs
                                                           README.md)
    python scripts/refactor_moves.py --check [PATH ...]  (only list the files it would change)

What it rewrites, in .py, .md, .rst, .txt, .toml, .cfg, .po, .html, .sh and .yml files:

* ``from OLD import a, b as c``, on one line, parenthesised over several lines or inline
  (after ``;`` or a quote, as in ``python -c "..."``), becomes one import per new module,
  sorted, keeping aliases, indentation and comments; ``from toancanh.trends import
  incidents as flow`` follows the moved module;
* dotted references anywhere (code, ``mock.patch``/``monkeypatch``/``importlib`` strings,
  docs): ``toancanh.trends.live`` → ``toancanh.alerts.live``, ``toancanh.domain.Watch`` →
  ``toancanh.domain.watches.Watch``, and the short forms of docstrings
  (``trends.alerts.check_rule`` → ``alerts.rules.check_rule``);
* paths: ``trends/live.py`` → ``alerts/live.py``; ``python -m toancanh.analyze.topics`` →
  ``python -m toancanh.analyze.topics_train``.

It prints ``path:line: reason`` for what it cannot map (a name it does not know, a split
module imported whole, a path to a split file): fix those by hand. A second run changes
nothing. Then run ``ruff check --fix`` and ``ruff format``: they merge the imports this
splits and wrap the long ones.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

# Whole modules that moved.
MOVED = {
    "toancanh.trends.delivery": "toancanh.alerts.delivery",
    "toancanh.trends.live": "toancanh.alerts.live",
    "toancanh.trends.notify_text": "toancanh.alerts.texts",
    "toancanh.trends.incidents": "toancanh.incidents.workflow",
}

# Modules split by concern: "old > new: names" (defined there, or imported from there by
# the old module: ``from toancanh.trends.alerts import Watch`` goes to the real home).
# Private names are listed too, for patch strings.
SPLIT_TABLE = """
domain > domain.accounts: AuditEntry ROLES User
domain > domain.alerts: Alert AlertRule Channel Delivery
domain > domain.articles: Article ArticleFilters ArticleSummary SearchHit Story
domain > domain.incidents: Incident IncidentEvent IncidentMember
domain > domain.ingest: ArticleDraft Extracted Failure FeedItem FetchedPage Fingerprint
    RunSummary Stage StageError StoreOutcome StoreResult
domain > domain.sources: NewSource Outlet SOURCE_KINDS Source SourceKind
domain > domain.watches: MatchCandidate Watch WatchSpec
domain > domain.work: DeadLetter
trends.alerts > alerts.evaluate: AlertEvent AlertStore CheckResult MATERIAL_GROWTH _daily
    _dedup_window _escalate _is_material _stories_today _subject check_alerts
    contradiction_events forecast_event negative_event rule_events story_outlets_events
    volume_event
trends.alerts > alerts.rules: DEFAULTS DEFAULT_COOLDOWN_MINUTES LIVE_KINDS RULE_KINDS RuleError
    SEVERITIES check_rule
trends.alerts > alerts.status: ALERT_STATUSES AlertStatusError check_alert_status
trends.alerts > domain.alerts: Alert AlertRule Channel
trends.alerts > domain.watches: Watch
trends.alerts > store.trends: BucketCount Subject
trends.alerts > trends.forecast: first_breach forecast_series
trends.alerts > trends.series: bucket_keys build_points day_start local_day
trends.alerts > trends.spikes: SHARE_THRESHOLD VOLUME_THRESHOLD negative_share_score
    volume_score
trends.notify > alerts.channels: CHANNEL_KINDS check_channel_config send
trends.notify > alerts.channels.base: DeliveryError Notification NotifySettings
trends.notify > alerts.channels.email: _EMAIL_ADDRESS _LIST_SEPARATORS _login _quit _refused
    _smtp_session _smtp_text email_message
trends.notify > alerts.channels.http: MAX_ANSWER_BYTES
trends.notify > alerts.channels.telegram: TELEGRAM_MAX_CHARS _TELEGRAM_CHAT _TELEGRAM_TOKEN
    _telegram_send_message
trends.notify > alerts.channels.webhook: MIN_SECRET_LENGTH WEBHOOK_PRIVATE_HINT _guard_address
    sign
trends.notify > alerts.texts: LANGS clip_utf16 event_name one_line payload render_text subject
trends.notify > domain.alerts: Channel
trends.notify > ingest.fetch: FetchError
trends.notify > ingest.netguard: ALLOW_HINT check_url
analyze.topics > analyze.document: Document make_document
analyze.topics > analyze.metrics: ClassificationReport classification_report
analyze.topics > analyze.topics: BLOCKS CHAR_N CHAR_TEXT FORMAT Features MAX_TITLE_CHARS
    TERM_BLOCKS TopicModel _FIXED_TIME _HASH_MULT _MIX_MULT _SHARED_SLOT _SYLLABLE _WORDLIKE
    _display_names _pack _slot _unpack char_ngram_keys doc_features load_topic_model
    read_topic_model topic_display_name topic_features
analyze.topics > analyze.topics_train: KEEP_FEATURES NB_ALPHA NB_WEIGHT SVM_C TopicDataError
    _char_tfidf _fit_linear _fit_temperature _identity _model_from_arrays _row _split_by_block
    _vectorize evaluate_topic_model fit_topic_model main read_labelled train_topic_model
analyze.topics > analyze.types: TopicScore
analyze.topics > text.normalize: unify_tone_placement
analyze.sentiment_train > analyze.metrics: ClassificationReport classification_report
analyze.sentiment_train > analyze.sentiment: load_sentiment_analyzer
analyze.sentiment_train > analyze.sentiment_data: normalize_label read_labelled
analyze.sentiment_train > analyze.sentiment_eval: _Predictor _predictor evaluate_sentiment
analyze.sentiment_train > analyze.sentiment_model: FeatureOptions Featurized LEXICON_FEATURES
    SentimentModel featurize_texts
analyze.sentiment_train > analyze.sentiment_train: CORRECTION_WEIGHT NEWS_FEATURES PRESETS
    TrainOptions _BIAS_GRID _NEVER _PRESET_HELP _TEMPERATURE_GRID _balance _fit_linear _matrix
    _nb_scale _vocabulary fit fit_temperature main out_of_fold_logits train_sentiment_model
    tune_neutral_bias
analyze.sentiment_train > analyze.types: SENTIMENT_LABELS
analyze.legal_types > analyze.legal_numbers: MAX_YEAR MIN_YEAR ParsedNumber TOKEN _CODE_SIZE
    _MAX_CODES _Token _chain _code_shaped _department _is_party _issuer _joint_issuer _normative
    _plain _type_code _variant parse_number tokens
analyze.legal_types > analyze.legal_types: ASSEMBLY DISPATCH_TYPE DocType GENERIC_TYPE Issuer
    LAW_TAIL LAW_YEAR LEXICON_FILE LEXICON_PACKAGE LegalLexicon Patterns WellKnown YEAR _ALIAS
    _AMEND _AMEND_WORDS _LAW_YEAR _LETTER_CLASS _VI_LETTERS _key _roman _vi_char alternation
    fold issuer_info lexicon parse_lexicon patterns phrase title_key vi_pattern word_start
analyze.legal_types > text.normalize: fold_letters
watch.query > text.normalize: search_tokens
watch.query > watch.query: And DEFAULT_NEAR FIELDS FieldName MAX_DEPTH MAX_NEAR MAX_NEAR_TOKENS
    MAX_PHRASE_TOKENS MAX_QUERY_CHARS MAX_TERMS MAX_TOKEN_CHARS Near Node Not Or Query
    QuerySyntaxError Term _render_term render
watch.query > watch.query_parser: _ENDS_AND _FIELD_RE _Lex _MESSAGES _NEAR_RE _Parser _QUOTES
    _STOP _add_term _fail _flat _is_field _lex _lex_phrase _lex_word parse_query
"""
# Names that changed on the way (private helpers now shared): "old name > new new_name".
RENAMED_TABLE = """
trends.notify _check_email > alerts.channels.email check_config
trends.notify _check_lang > alerts.channels.base check_lang
trends.notify _check_telegram > alerts.channels.telegram check_config
trends.notify _check_webhook > alerts.channels.webhook check_config
trends.notify _json_bytes > alerts.channels.http json_bytes
trends.notify _post > alerts.channels.http post
trends.notify _read_at_most > alerts.channels.http read_at_most
trends.notify _refuse_unknown_keys > alerts.channels.base refuse_unknown_keys
trends.notify _retry_after > alerts.channels.http retry_after
trends.notify _send_email > alerts.channels.email send
trends.notify _send_telegram > alerts.channels.telegram send
trends.notify _send_webhook > alerts.channels.webhook send
trends.notify _status_is_transient > alerts.channels.http status_is_transient
analyze.legal_types _ASSEMBLY > analyze.legal_types ASSEMBLY
"""


# Split modules that no longer exist under their old name (a bare mention is an error).
GONE = {"toancanh.trends.alerts", "toancanh.trends.notify"}
# Paths (in docs, comments, tests) of moved files; paths of split files are reported.
PATHS = {
    "trends/delivery.py": "alerts/delivery.py",
    "trends/live.py": "alerts/live.py",
    "trends/notify_text.py": "alerts/texts.py",
    "trends/incidents.py": "incidents/workflow.py",
    "tests/trends/test_alerts.py": "tests/alerts/test_alerts.py",
    "tests/trends/test_notify.py": "tests/alerts/test_channels.py",
}
SPLIT_PATHS = ("toancanh/domain.py", "trends/alerts.py", "trends/notify.py")
# ``python -m`` entry points that went with the training code.
MAINS = {"toancanh.analyze.topics": "toancanh.analyze.topics_train"}

SUFFIXES = {".py", ".md", ".rst", ".txt", ".toml", ".cfg", ".po", ".html", ".sh", ".yml", ".yaml"}
DEFAULT_PATHS = ("src", "tests", "bench", "scripts", "docs", "README.md")

# old module -> {name: (new module, new name)}
SYMBOLS: dict[str, dict[str, tuple[str, str]]] = {}
for _entry in re.sub(r"\n\s+", " ", SPLIT_TABLE.strip()).splitlines():
    _old, _, _rest = _entry.partition(" > ")
    _new, _, _names = _rest.partition(":")
    for _name in _names.split():
        SYMBOLS.setdefault("toancanh." + _old, {})[_name] = ("toancanh." + _new, _name)
for _old, _name, _, _new, _new_name in map(str.split, RENAMED_TABLE.strip().splitlines()):
    SYMBOLS["toancanh." + _old][_name] = ("toancanh." + _new, _new_name)
# Submodules of packages that replaced a module: ``from toancanh.domain import watches``.
SUBMODULES = {
    "toancanh.domain": {n.rpartition(".")[2] for n, _ in SYMBOLS["toancanh.domain"].values()}
}


@dataclass
class Result:
    text: str
    problems: list[tuple[int, str]] = field(default_factory=list)


def resolve(module: str, name: str) -> tuple[str, str] | None:
    """Where ``name`` imported from ``module`` lives now; None when it did not move.

    Raises ``KeyError`` when ``module`` was split and ``name`` is not in the table.
    """
    if module in MOVED:
        return MOVED[module], name
    if module in SYMBOLS:
        if name in SUBMODULES.get(module, ()):
            return None
        target = SYMBOLS[module].get(name)
        if target is None:
            raise KeyError(name)
        return None if target == (module, name) else target
    child = f"{module}.{name}"
    if child in MOVED:
        parent, _, last = MOVED[child].rpartition(".")
        return parent, last
    if child in SYMBOLS:
        raise KeyError(name)  # a split module imported whole: its users need a look
    return None


_NAME = r"\w+(?:[ \t]+as[ \t]+\w+)?"
FROM_IMPORT = re.compile(
    r"(?P<lead>(?:^|(?<=[;\"'`])|(?<=>>> ))[ \t]*)"
    r"from[ \t]+(?P<module>toancanh(?:\.\w+)*)[ \t]+import[ \t]+"
    rf"(?:\((?P<group>[^()]*)\)|(?P<names>{_NAME}(?:[ \t]*,[ \t]*{_NAME})*|\*))"
    r"(?P<comment>[ \t]*#[^\n]*)?",
    re.MULTILINE,
)
IMPORT = re.compile(r"^[ \t]*import[ \t]+(?P<module>toancanh(?:\.\w+)*)", re.MULTILINE)
_MODULES = "|".join(
    re.escape(m.removeprefix("toancanh."))
    for m in sorted({*MOVED, *SYMBOLS}, key=len, reverse=True)
)
DOTTED = re.compile(
    rf"(?<![\w.])(?P<prefix>toancanh\.)?(?P<module>{_MODULES})(?!\w)(?:\.(?P<name>\w+))?"
    r"(?P<import>[ \t]+import\b)?"
)
PATH = re.compile(
    r"(?<![\w])(?P<path>"
    + "|".join(re.escape(p) for p in sorted([*PATHS, *SPLIT_PATHS], key=len, reverse=True))
    + r")"
)


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def parse_names(raw: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    """(name, alias) pairs and the comments of an import's name list."""
    comments = re.findall(r"#[^\n]*", raw)
    names: list[tuple[str, str | None]] = []
    for part in re.sub(r"#[^\n]*", "", raw).replace("\\\n", " ").split(","):
        words = part.split()
        if not words:
            continue
        alias = words[2] if len(words) == 3 and words[1] == "as" else None
        names.append((words[0], alias))
    return names, comments


def rewrite_imports(text: str, problems: list[tuple[int, str]]) -> str:
    """The ``from ... import`` statements rewritten; problems carry lines of the result."""
    out: list[str] = []
    done = 0
    lines_out = 1
    for match in FROM_IMPORT.finditer(text):
        out.append(text[done : match.start()])
        lines_out += text.count("\n", done, match.start())
        new = _rewrite_import(
            text, match, lambda reason, at=lines_out: problems.append((at, reason))
        )
        out.append(new)
        lines_out += new.count("\n")
        done = match.end()
    out.append(text[done:])
    return "".join(out)


def _rewrite_import(text: str, match: re.Match[str], report: Callable[[str], object]) -> str:
    module = match["module"]
    if module in MOVED:
        return match[0]  # the dotted pass renames the module; the names stay
    raw = match["group"] if match["group"] is not None else match["names"]
    if re.match(r"[ \t]*\\", text[match.end() :]):
        report(f"`from {module} import ...` continues with a backslash")
        return match[0]
    if raw == "*":
        if module in SYMBOLS:
            report(f"`from {module} import *`: name the imports")
        return match[0]
    names, comments = parse_names(raw)
    groups: dict[str, list[str]] = {}
    changed = False
    for name, alias in names:
        local = alias or name
        try:
            target = resolve(module, name)
        except KeyError:
            what = "a split module imported whole" if f"{module}.{name}" in SYMBOLS else "unknown"
            report(f"{module}: `{name}` left as is ({what})")
            target = None
        new_module, new_name = target or (module, name)
        changed |= target is not None
        spelled = new_name if new_name == local else f"{new_name} as {local}"
        groups.setdefault(new_module, []).append(spelled)
    if not changed:
        return match[0]
    lead = match["lead"]
    inline = not (match.start() == 0 or text[match.start() - 1] == "\n")
    lines = [f"from {m} import {', '.join(sorted(set(n)))}" for m, n in sorted(groups.items())]
    note = (match["comment"] or "").strip()
    if comments or note:
        kept = " ".join([*(c.lstrip("# ").strip() for c in comments), note.lstrip("# ")])
        lines[0] += f"  # {kept.strip()}"
        if len(lines) > 1:
            report("comments of a split import kept on its first line")
    if inline:
        return lead + "; ".join(lines)
    return lead + ("\n" + lead).join(lines)


def check_module_imports(text: str, problems: list[tuple[int, str]]) -> None:
    for match in IMPORT.finditer(text):
        module = match["module"]
        if module in SYMBOLS:
            line = line_of(text, match.start("module"))
            problems.append((line, f"`import {module}`: its names moved; fix attribute uses"))


def rewrite_dotted(text: str, problems: list[tuple[int, str]]) -> str:
    def replace(match: re.Match[str]) -> str:
        prefix = match["prefix"] or ""
        module = "toancanh." + match["module"]
        name = match["name"]
        tail = match["import"] or ""
        line = line_of(text, match.start())
        if module in MOVED:
            new = MOVED[module]
            rest = f".{name}" if name else ""
            return (new if prefix else new.removeprefix("toancanh.")) + rest + tail
        if name is None or tail:
            if tail:
                return match[0]  # an import the import pass reported already
            after_import = re.search(
                r"import[ \t]+$", text[max(0, match.start() - 20) : match.start()]
            )
            if module in GONE and not after_import:  # `import x` was reported already
                problems.append((line, f"`{module}` was split: name the new module"))
            return match[0]
        if name in SUBMODULES.get(module, ()):
            return match[0]
        target = SYMBOLS[module].get(name)
        if target is None:
            if module in GONE and prefix:
                problems.append((line, f"`{module}.{name}`: unknown name"))
            return match[0]
        new_module, new_name = target
        shown = new_module if prefix else new_module.removeprefix("toancanh.")
        return f"{shown}.{new_name}"

    return DOTTED.sub(replace, text)


def rewrite_paths(text: str, problems: list[tuple[int, str]]) -> str:
    def replace(match: re.Match[str]) -> str:
        path = match["path"]
        if path in PATHS:
            return PATHS[path]
        problems.append((line_of(text, match.start()), f"`{path}` was split: name the new file"))
        return path

    return PATH.sub(replace, text)


def rewrite_mains(text: str) -> str:
    for old, new in MAINS.items():
        text = re.sub(rf"(-m[ \t]+){re.escape(old)}(?![\w.])", rf"\g<1>{new}", text)
    return text


def rewrite(text: str) -> Result:
    problems: list[tuple[int, str]] = []
    text = rewrite_mains(text)
    text = rewrite_imports(text, problems)
    check_module_imports(text, problems)
    text = rewrite_dotted(text, problems)
    text = rewrite_paths(text, problems)
    return Result(text, sorted(set(problems)))


def files(paths: list[str]) -> Iterator[Path]:
    me = Path(__file__).resolve()
    for given in map(Path, paths):
        found = [given] if given.is_file() else sorted(given.rglob("*"))
        for path in found:
            if (
                path.is_file()
                and path.suffix in SUFFIXES
                and path.resolve() != me
                and not any(part.startswith(".") or part == "__pycache__" for part in path.parts)
            ):
                yield path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", default=list(DEFAULT_PATHS))
    parser.add_argument("--check", action="store_true", help="change nothing; list the files")
    args = parser.parse_args(argv)
    changed = problems = 0
    for path in files([p for p in args.paths if Path(p).exists()]):
        try:
            before = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        result = rewrite(before)
        for line, reason in result.problems:
            print(f"{path}:{line}: {reason}")
            problems += 1
        if result.text != before:
            changed += 1
            if args.check:
                print(f"{path}: would change")
            else:
                path.write_text(result.text, encoding="utf-8")
    verb = "would change" if args.check else "changed"
    print(f"{verb} {changed} file(s); {problems} place(s) to fix by hand", file=sys.stderr)
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
