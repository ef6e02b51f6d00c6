"""When each kind of article appears: daily rates per kind, drawn with a seeded RNG.

Day 0 is 2026-08-24 and day 89 is 2026-11-21. The shapes encode the storylines that
README.md documents: a steady base, the Lam Hà story growing about 5% a day, the traffic
decree spike on 2026-10-15 (day 52), a school-fee cluster in September and a drug
shortage episode around early October.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import date, timedelta

START = date(2026, 8, 24)
DAYS = 90
SPIKE_DAY = 52  # 2026-10-15, the day the traffic decree takes effect
HOLIDAYS = {date(2026, 9, 1), date(2026, 9, 2)}  # National Day break

Rate = Callable[[int], float]


def _const(value: float, start: int = 0, end: int = DAYS) -> Rate:
    return lambda d: value if start <= d < end else 0.0


def _bump(peak: float, centre: float, width: float) -> Rate:
    return lambda d: peak * math.exp(-(((d - centre) / width) ** 2))


def _plus(*rates: Rate) -> Rate:
    return lambda d: sum(rate(d) for rate in rates)


def lamha_total(d: int) -> float:
    """About one article a week on day 3, growing ~5.5% a day to ~3 a day by late October."""
    if d < 3:
        return 0.0
    return min(3.2, 0.1 * math.exp(0.055 * (d - 3)))


_LAMHA_SHARES: dict[str, tuple[int, float]] = {  # kind: (first day, weight)
    "lamha_delay": (3, 1.0),
    "lamha_response": (10, 0.8),
    "lamha_selection": (25, 1.0),
    "lamha_price": (45, 1.3),
    "lamha_comment": (50, 0.5),
    "lamha_protest": (55, 0.9),
    "lamha_inspect": (62, 0.8),
    "lamha_ministry": (72, 0.6),
}


def _lamha(kind: str) -> Rate:
    first, weight = _LAMHA_SHARES[kind]

    def rate(d: int) -> float:
        live = {k: w for k, (f, w) in _LAMHA_SHARES.items() if d >= f}
        if d < first or not live:
            return 0.0
        return lamha_total(d) * weight / sum(live.values())

    return rate


# Fixed article counts around the spike, before syndicated copies are added.
_SPIKE_COUNTS = {SPIKE_DAY - 1: 3, SPIKE_DAY: 30, SPIKE_DAY + 1: 13, SPIKE_DAY + 2: 7}
_SPIKE_MIX: dict[int, dict[str, float]] = {
    SPIKE_DAY - 1: {"tg_explainer": 1.0},
    SPIKE_DAY: {
        "tg_explainer": 0.3,
        "tg_firstday": 0.2,
        "tg_praise": 0.15,
        "tg_complaint": 0.25,
        "tg_error": 0.1,
    },
    SPIKE_DAY + 1: {
        "tg_firstday": 0.3,
        "tg_complaint": 0.3,
        "tg_error": 0.2,
        "tg_praise": 0.1,
        "tg_explainer": 0.1,
    },
    SPIKE_DAY + 2: {"tg_complaint": 0.3, "tg_error": 0.3, "tg_praise": 0.2, "tg_review": 0.2},
}


def _traffic_tail(weight: float) -> Rate:
    return lambda d: (
        weight * (2.2 * math.exp(-(d - SPIKE_DAY - 3) / 4) + 0.2) if (d > SPIKE_DAY + 2) else 0.0
    )


RATES: dict[str, Rate] = {
    **{kind: _lamha(kind) for kind in _LAMHA_SHARES},
    "nox_progress": _const(0.14),
    "nox_policy": _const(0.12),
    "nox_credit": _const(0.07),
    "nox_slow": _const(0.09),
    "tg_background": _const(0.18, 4, SPIKE_DAY - 1),
    "tg_prepare": _const(0.25, 30, SPIKE_DAY - 1),
    "tg_complaint": _traffic_tail(0.3),
    "tg_error": _traffic_tail(0.25),
    "tg_praise": _traffic_tail(0.15),
    "tg_review": _traffic_tail(0.3),
    "dx_achieve": _const(0.24),
    "dx_service": _const(0.2),
    "dx_guide": _const(0.16),
    "dx_issue": _const(0.1),
    "edu_tuition": _plus(_const(0.16), _bump(0.3, 10, 6)),
    "edu_schedule": _plus(_const(0.08, 0, 14), _bump(0.5, 8, 4)),
    "edu_plan": _const(0.1, 12),
    "edu_fees": _plus(_const(0.02), _bump(0.9, 17, 5)),
    "edu_teacher": _const(0.05),
    "hi_coverage": _const(0.16),
    "hi_policy": _const(0.15),
    "hi_shortage": _plus(_const(0.05), _bump(1.6, 42, 5)),
    "hi_response": _plus(_const(0.04), _bump(0.7, 46, 6)),
    "adm_review": _const(0.16),
    "adm_procedure": _const(0.16),
    "adm_teething": _const(0.11),
    "adm_success": _const(0.15),
    "bg_storm": _plus(_bump(1.3, 26, 3), _bump(1.1, 65, 3)),
    "bg_weather": _const(0.14, 0, 45),
    "bg_cold": _const(0.14, 38),
    "bg_football": _const(0.15),
    "bg_asiad": _const(0.4, 27, 42),  # ASIAD 2026 in Aichi-Nagoya, 19/9-4/10
    "bg_economy": _const(0.18),
    "bg_culture": _const(0.12),
    "bg_midautumn": _bump(0.7, 31, 3),  # Tết Trung thu falls on 25/9/2026
}


# Steady policy storylines are scaled together; Lam Hà, the spike and background are not.
STEADY_VOLUME = 1.2


def day_factor(day: date) -> float:
    """Fewer articles on weekends and public holidays."""
    if day in HOLIDAYS:
        return 0.55
    return {5: 0.6, 6: 0.5}.get(day.weekday(), 1.0)


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    limit, count, product = math.exp(-lam), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def plan(seed: int) -> list[tuple[date, str]]:
    """(day, kind) of every original article, in day order."""
    items: list[tuple[date, str]] = []
    for d in range(DAYS):
        day = START + timedelta(days=d)
        rng = random.Random(f"{seed}:plan:{d}")
        factor = day_factor(day)
        for kind in sorted(RATES):
            if kind.startswith("tg_") and d in _SPIKE_COUNTS:
                continue
            steady = not kind.startswith(("lamha_", "bg_"))
            scale = factor * STEADY_VOLUME if steady else factor
            items.extend((day, kind) for _ in range(poisson(rng, RATES[kind](d) * scale)))
        if d in _SPIKE_COUNTS:
            mix = _SPIKE_MIX[d]
            kinds = rng.choices(sorted(mix), [mix[k] for k in sorted(mix)], k=_SPIKE_COUNTS[d])
            items.extend((day, kind) for kind in kinds)
        items.extend((day, kind) for kind in _fillers(items, day, rng))
    return items


def _fillers(items: list[tuple[date, str]], day: date, rng: random.Random) -> list[str]:
    """Everyday economy and sport news, so that no day of a 14-outlet corpus is empty."""
    floor = 1 if day.weekday() >= 5 else 3
    missing = floor - sum(1 for item_day, _ in items if item_day == day)
    return [rng.choice(("bg_economy", "bg_football")) for _ in range(max(missing, 0))]
