"""An alert rule said in words, in the visitor's language.

A rule is stored as a kind and parameters (``{"threshold": 4.5, "window": 28}``); a
reader wants the sentence: "Alert when the day's articles rise above the usual level of
the previous 28 days by at least 4.5 times the usual day-to-day variation". The
spikes' score is a robust z-score (``trends/spikes.py``), not a ratio to the usual day,
so the sentence says "times the usual variation", never "times the usual day".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from toancanh.alerts.rules import DEFAULTS
from toancanh.domain.claims import VERDICTS
from toancanh.web.i18n import number

SENTENCES = {
    "volume_spike": (
        "Alert when the day's articles rise above the usual level of the previous "
        "%(window)s days by at least %(threshold)s times the usual day-to-day variation "
        "(and number at least %(min_count)s)"
    ),
    "negative_spike": (
        "Alert when the day's share of negative articles rises above its usual share of the "
        "previous %(window)s days by at least %(threshold)s times the usual variation and by "
        "at least %(min_increase)s percentage points (with at least %(min_count)s articles "
        "that day)"
    ),
    "forecast_breach": (
        "Alert when the forecast (%(level)s%% band, from %(history)s days of history) "
        "reaches %(threshold)s articles a day within the next %(horizon)s days"
    ),
    "official_contradicted": (
        "Alert when, within %(hours)s hours, an official source's article in a story is "
        "positive or neutral while at least %(min_articles)s articles of other outlets in "
        "the same story are negative"
    ),
    "story_outlets": (
        "Alert when one story is taken up by at least %(outlets)s outlets within %(hours)s hours"
    ),
    "claim_repeat": (
        "Alert when a claim already given the verdict %(verdicts)s reappears in at least "
        "%(new_articles)s new articles of the watchlist within %(hours)s hours"
    ),
}
# forecast_breach without a threshold: three times a usual day, never below ten articles.
AUTOMATIC_FORECAST = (
    "Alert when the forecast (%(level)s%% band, from %(history)s days of history) reaches "
    "three times a usual day's articles (and at least 10 a day) within the next "
    "%(horizon)s days"
)


def describe(kind: str, params: Mapping[str, Any], gettext: Callable[[str], str], lang: str) -> str:
    """The rule as a sentence; an unknown kind as its parameters ("name: value")."""
    sentence = SENTENCES.get(kind)
    if sentence is None:
        return "; ".join(f"{gettext(k)}: {_figure(v, lang)}" for k, v in params.items())
    values = {**DEFAULTS[kind], **{k: v for k, v in params.items() if v is not None}}
    shown = {k: _figure(v, lang) for k, v in values.items()}
    if "verdicts" in values:
        shown["verdicts"] = _verdicts(values["verdicts"], lang)
    if "min_increase" in values:
        shown["min_increase"] = _figure(float(values["min_increase"]) * 100, lang)
    if kind == "forecast_breach" and values.get("threshold") is None:
        sentence = AUTOMATIC_FORECAST
    return gettext(sentence) % shown


def _verdicts(value: Any, lang: str) -> str:
    """The verdicts as fact-checkers say them: "sai sự thật / gây hiểu lầm" in Vietnamese,
    "false / misleading" in English (the ids are English words)."""
    chosen = value.split(",") if isinstance(value, str) else list(value or [])
    return " / ".join(VERDICTS.get(v, str(v)) if lang == "vi" else str(v) for v in chosen)


def _figure(value: Any, lang: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "–" if value is None else str(value)
    return number(value, lang, 0 if float(value).is_integer() else 1)
