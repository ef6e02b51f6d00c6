"""ECharts options built on the server: plain data (JSON), never code.

The page puts an option into ``<script type="application/json">`` and ``static/app.js``
draws it; no formatter functions, so the JSON cannot carry script. Sparklines (the home
page's tiles) are drawn as inline SVG from numbers computed here: no script at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from toancanh.trends.forecast import Forecast
from toancanh.trends.series import TrendPoint

_BUCKET = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?$")
TONE_COLORS = {"positive": "#2e8b57", "neutral": "#8a939c", "negative": "#c0392b"}


def day_label(bucket: str) -> str:
    """A bucket ("2026-11-20", "2026-11-20T14:00") as Vietnam writes it: "20/11/2026",
    "20/11/2026 14:00" (both languages, like every date of the dashboard)."""
    found = _BUCKET.match(bucket) if isinstance(bucket, str) else None
    if found is None:
        return bucket  # not a day: shown as it is
    year, month, day, time = found.groups()
    return f"{day}/{month}/{year}" + (f" {time}" if time else "")


def timeline(
    points: Sequence[TrendPoint],
    gettext: Callable[[str], str],
    *,
    forecast: Forecast | None = None,
    spikes: Sequence[tuple[str, float]] = (),
) -> dict[str, Any]:
    """Articles per bucket stacked by tone, net sentiment on a second axis, the forecast's
    95% band and mean after the last bucket, and spikes marked on their day.

    A forecast point on or before the last bucket is not drawn: a band over days already
    seen would read as a prediction of the past.
    """
    days = [p.bucket for p in points]
    last = days[-1] if days else ""
    # Buckets are "YYYY-MM-DD" (or "YYYY-MM-DD HH"): their text order is their time order.
    ahead = [p for p in forecast.points if p.date.isoformat() > last] if forecast else []
    axis = days + [p.date.isoformat() for p in ahead]
    padding = [None] * (len(axis) - len(days))

    def tone(name: str, values: list[int]) -> dict[str, Any]:
        return {
            "name": gettext(name.capitalize()),
            "type": "bar",
            "stack": "tone",
            "data": values + padding,
            "itemStyle": {"color": TONE_COLORS[name]},
            "emphasis": {"focus": "series"},
        }

    series: list[dict[str, Any]] = [
        tone("positive", [p.positive for p in points]),
        tone("neutral", [p.neutral + p.unknown for p in points]),
        tone("negative", [p.negative for p in points]),
        {
            "name": gettext("Net sentiment"),
            "type": "line",
            "yAxisIndex": 1,
            "data": [p.net_sentiment for p in points] + padding,
            "connectNulls": False,
            "symbol": "none",
            "lineStyle": {"width": 1.5, "color": "#0b5cad"},
        },
    ]
    if spikes:
        series[2]["markPoint"] = {
            "symbol": "pin",
            "symbolSize": 38,
            "data": [
                {"name": gettext("Spike"), "coord": [day_label(day), value], "value": round(value)}
                for day, value in spikes
                if day in axis
            ],
        }
    if ahead:
        lead = [None] * len(days)
        series += [
            {
                "name": gettext("Forecast, 95% interval"),
                "type": "line",
                "stack": "band",
                "data": lead + [round(p.lo95, 2) for p in ahead],
                "lineStyle": {"opacity": 0},
                "symbol": "none",
            },
            {
                "name": gettext("Forecast, 95% interval"),
                "type": "line",
                "stack": "band",
                "data": lead + [round(p.hi95 - p.lo95, 2) for p in ahead],
                "lineStyle": {"opacity": 0},
                "areaStyle": {"color": "rgba(11,92,173,0.15)"},
                "symbol": "none",
            },
            {
                "name": gettext("Forecast"),
                "type": "line",
                "data": lead + [round(p.mean, 2) for p in ahead],
                "lineStyle": {"type": "dashed", "color": "#0b5cad"},
                "symbol": "none",
            },
        ]
    return {
        "animation": False,
        "tooltip": {"trigger": "axis"},
        "legend": {"top": 0, "type": "scroll"},
        "grid": {"left": 40, "right": 45, "top": 40, "bottom": 30},
        "xAxis": {"type": "category", "data": [day_label(d) for d in axis]},
        "yAxis": [
            {"type": "value", "name": gettext("Articles"), "minInterval": 1},
            {"type": "value", "name": gettext("Net"), "min": -1, "max": 1},
        ],
        "series": series,
    }


def share(parts: Sequence[tuple[str, int]], colors: Sequence[str] = ()) -> dict[str, Any]:
    """A ring of shares: official against other sources, or tones."""
    data = [
        {
            "name": name,
            "value": value,
            **({"itemStyle": {"color": colors[i]}} if i < len(colors) else {}),
        }
        for i, (name, value) in enumerate(parts)
    ]
    return {
        "animation": False,
        "tooltip": {"trigger": "item"},
        "legend": {"bottom": 0},
        "series": [
            {"type": "pie", "radius": ["45%", "70%"], "data": data, "label": {"show": False}}
        ],
    }


@dataclass(frozen=True)
class Sparkline:
    """A small line of values drawn as inline SVG by the page (no script): ``points`` for
    a ``<polyline>``, ``area`` for the shaded ``<polygon>`` under it, ``last`` the dot of
    the newest value."""

    width: int
    height: int
    points: str
    area: str
    last: tuple[float, float]
    peak: int


def sparkline(values: Sequence[int], *, width: int = 140, height: int = 32) -> Sparkline:
    """The values (oldest first) scaled into the box, the highest at the top, zero at
    the bottom; all zeros lie flat on the bottom line."""
    pad = 2.0
    peak = max(values, default=0)
    steps = max(len(values) - 1, 1)
    coords = [
        (
            round(pad + i * (width - 2 * pad) / steps, 1),
            round(height - pad - (v / peak if peak else 0) * (height - 2 * pad), 1),
        )
        for i, v in enumerate(values)
    ]
    line = " ".join(f"{x:g},{y:g}" for x, y in coords)
    bottom = height - pad
    area = f"{coords[0][0]:g},{bottom:g} {line} {coords[-1][0]:g},{bottom:g}" if coords else ""
    return Sparkline(width, height, line, area, coords[-1] if coords else (0.0, 0.0), peak)
