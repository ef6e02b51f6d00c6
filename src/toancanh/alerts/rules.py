"""Alert rules: their kinds, severities and default parameters, and checking a rule.

Five kinds of rule (``RULE_KINDS``; parameters and defaults in ``DEFAULTS``):

* ``volume_spike``: today's articles (so far) far above the watch's usual day;
* ``negative_spike``: today's share of negative articles far above its usual share;
* ``forecast_breach``: the forecast's upper bound reaches a threshold in the next days
  (an early warning, before the spike);
* ``official_contradicted``: a story where an official source's article is positive or
  neutral and several other outlets' articles in the same story are negative;
* ``story_outlets``: one story taken up by at least N outlets.

``toancanh.alerts.evaluate`` runs them.
"""

from __future__ import annotations

from typing import Any

from toancanh.errors import Invalid
from toancanh.trends.thresholds import SHARE_THRESHOLD, VOLUME_THRESHOLD

RULE_KINDS = (
    "volume_spike",
    "negative_spike",
    "forecast_breach",
    "official_contradicted",
    "story_outlets",
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
}
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
    for key, value in merged.items():
        if value is not None and (not isinstance(value, int | float) or value < 0):
            raise RuleError(
                "{key} must be a non-negative number, not “{value}”",
                field=key,
                key=key,
                value=value,
            )
    return merged
