"""A report's charts as PNG images: Word and PDF take raster images, and so do mail readers.

Drawn with matplotlib's Agg backend (no display, no fonts looked up on the system: the
shipped Liberation Serif, so Vietnamese labels render the same everywhere).
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any

from toancanh.reports.model import Chart

FONTS = Path(__file__).resolve().parent.parent / "data" / "fonts"
WIDTH_INCHES = 6.3  # an A4 text column (210 mm - 30 mm - 20 mm = 160 mm)
HEIGHT_INCHES = 2.4
DPI = 150
MAX_TICKS = 8


@cache
def _pyplot() -> object:
    """matplotlib, set up once: the Agg backend and the shipped serif font."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib import font_manager
    from matplotlib import pyplot as plt

    manager = font_manager.fontManager
    # The system may hold an older Liberation Serif without the Vietnamese letters under
    # the same family name: only the shipped files may answer to it.
    manager.ttflist = [f for f in manager.ttflist if f.name != "Liberation Serif"]
    for path in sorted(FONTS.glob("LiberationSerif-*.ttf")):
        manager.addfont(str(path))
    plt.rcParams.update(
        {
            "font.family": "Liberation Serif",
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "grid.alpha": 0.3,
        }
    )
    return plt


def _scale(axes: Any, chart: Chart) -> None:
    """Counts and shares start at zero, counts get whole ticks, and every tick is written
    the Vietnamese way (a comma before decimals)."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    values = [v for series in chart.series for v in series.values if v is not None]
    if values and min(values) >= 0:
        axes.set_ylim(bottom=0, top=None if max(values) > 0 else 1)
    if values and all(float(v).is_integer() for v in values):
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}".replace(".", ",")))


def chart_png(chart: Chart, width: float = WIDTH_INCHES, height: float = HEIGHT_INCHES) -> bytes:
    """The chart as PNG bytes (``width`` × ``height`` inches at 150 dpi)."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(width, height), dpi=DPI)  # type: ignore[attr-defined]
    try:
        positions = list(range(len(chart.labels)))
        count = max(len(chart.series), 1)
        for index, series in enumerate(chart.series):
            values = [float("nan") if v is None else v for v in series.values]
            if chart.kind == "bar":
                bar_width = 0.8 / count
                offsets = [p - 0.4 + bar_width * (index + 0.5) for p in positions]
                axes.bar(offsets, values, width=bar_width, color=series.color, label=series.name)
            else:
                axes.plot(
                    positions,
                    values,
                    color=series.color,
                    linestyle="--" if series.dashed else "-",
                    linewidth=1.6,
                    label=series.name,
                )
        _scale(axes, chart)
        step = max(1, -(-len(positions) // MAX_TICKS))
        axes.set_xticks(positions[::step], [chart.labels[p] for p in positions[::step]])
        axes.set_title(chart.title, fontsize=10, loc="left")
        if chart.y_label:
            axes.set_ylabel(chart.y_label)
        if len(chart.series) > 1:
            axes.legend(fontsize=8, frameon=False)
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(figure)  # type: ignore[attr-defined]
