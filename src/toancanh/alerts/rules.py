"""Alert rules: their kinds, severities and default parameters, and checking a rule.

Six kinds of rule (``RULE_KINDS``; parameters and defaults in ``DEFAULTS``):

* ``volume_spike``: today's articles (so far) far above the watch's usual day;
* ``negative_spike``: today's share of negative articles far above its usual share;
* ``forecast_breach``: the forecast's upper bound reaches a threshold in the next days
  (an early warning, before the spike);
* ``official_contradicted``: a story where an official source's article is positive or
  neutral and several other outlets' articles in the same story are negative;
* ``story_outlets``: one story taken up by at least N outlets;
* ``claim_repeat``: a claim already given a verdict (by default false, misleading or
  unproven: ``verdicts``) reappears in new articles of the watch.

Parameters are numbers, except ``verdicts``: a list of verdict ids (``VERDICTS`` of
``domain.claims``), given as a list or as "false,misleading".

``toancanh.alerts.evaluate`` runs them.
"""

from __future__ import annotations

from typing import Any

from toancanh.domain.claims import VERDICTS
from toancanh.errors import Invalid
from toancanh.trends.thresholds import SHARE_THRESHOLD, VOLUME_THRESHOLD

RULE_KINDS = (
    "volume_spike",
    "negative_spike",
    "forecast_breach",
    "official_contradicted",
    "story_outlets",
    "claim_repeat",
)
# Evaluated on every new batch of articles; forecast breaches on the periodic pass only.
LIVE_KINDS = frozenset(RULE_KINDS) - {"forecast_breach"}
SEVERITIES = ("low", "medium", "high", "critical")
DEFAULTS: dict[str, dict[str, Any]] = {
    "volume_spike": {"threshold": VOLUME_THRESHOLD, "min_count": 5, "window": 28},
    "negative_spike": {
        "threshold": SHARE_THRESHOLD,
        "min_count": 5,
        "window": 28,
        "min_increase": 0.15,
    },
    "forecast_breach": {"threshold": None, "level": 95, "horizon": 7, "history": 90},
    "official_contradicted": {"min_articles": 2, "hours": 48},
    "story_outlets": {"outlets": 3, "hours": 48},
    "claim_repeat": {
        "verdicts": ["false", "misleading", "unproven"],
        "new_articles": 1,
        "hours": 48,
    },
}
LIST_PARAMS = frozenset({"verdicts"})
DEFAULT_COOLDOWN_MINUTES = 360


class RuleError(Invalid):
    """A rule that cannot be saved as given; the message says what to change."""


def check_rule(kind: str, severity: str, params: dict[str, Any]) -> dict[str, Any]:
    """The rule's parameters with defaults filled in, or ``RuleError``."""
    # Templates with {placeholders}, not f-strings: the dashboard translates them.
    if kind not in RULE_KINDS:
        raise RuleError(
            "unknown rule kind “{value}”; kinds: {choices}",
            field="kind",
            value=kind,
            choices=", ".join(RULE_KINDS),
        )
    if severity not in SEVERITIES:
        raise RuleError(
            "unknown severity “{value}”; use {choices}",
            field="severity",
            value=severity,
            choices=", ".join(SEVERITIES),
        )
    allowed = DEFAULTS[kind]
    unknown = set(params) - set(allowed)
    if unknown:
        raise RuleError(
            "{kind} takes {allowed}; not {unknown}",
            field="params",
            kind=kind,
            allowed=", ".join(allowed),
            unknown=", ".join(sorted(unknown)),
        )
    merged = {**allowed, **{k: v for k, v in params.items() if v is not None}}
    for key in LIST_PARAMS & set(merged):
        merged[key] = check_verdicts(merged[key])
    for key, value in merged.items():
        if key in LIST_PARAMS:
            continue
        if value is not None and (not isinstance(value, int | float) or value < 0):
            raise RuleError(
                "{key} must be a non-negative number, not “{value}”",
                field=key,
                key=key,
                value=value,
            )
    return merged


def check_verdicts(value: Any) -> list[str]:
    """Verdict ids from a list or a comma-separated text, known and without repeats."""
    given = value.split(",") if isinstance(value, str) else value
    if not isinstance(given, list | tuple) or not all(isinstance(v, str) for v in given):
        raise RuleError(
            "verdicts is a list of verdicts: {choices}",
            field="verdicts",
            choices=", ".join(VERDICTS),
        )
    chosen = list(dict.fromkeys(v.strip() for v in given if v.strip()))
    if not chosen:
        raise RuleError(
            "choose at least one verdict: {choices}", field="verdicts", choices=", ".join(VERDICTS)
        )
    unknown = [v for v in chosen if v not in VERDICTS]
    if unknown:
        raise RuleError(
            "unknown verdict “{value}”; verdicts: {choices}",
            field="verdicts",
            value=", ".join(unknown),
            choices=", ".join(VERDICTS),
        )
    return chosen
