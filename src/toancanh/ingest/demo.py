"""The shipped demo corpus, laid out so that it ends on the day it is loaded.

The corpus (``data/demo``) was written for 2026-08-24 to 2026-11-21, but every default
view counts back from today: loaded as written, a demo looks dead a few days later (empty
charts, alerts about "hôm nay" weeks ago, nothing emerging, forecasts after empty weeks).
So every ``published_at`` moves by the same whole number of days, keeping the time of day
and the shape of the 90 days (the spike, the slowly rising story, the syndicated copies),
until the newest article falls on today (Vietnam time). Only if its hour has not come yet
(the last articles were written for 15:45) does the corpus end the day before: an article
dated later today would be news from the future. The article texts are not rewritten, so a
date written inside one ("ngày 15/10") keeps its original day.

Loading is idempotent: a store that already holds the demo keeps the layout it was given
(read back from the stored first article), so a second run on a later day adds nothing
and moves nothing. Delete the database to lay the demo out again for today.
"""

from __future__ import annotations

import gzip
import json
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from toancanh.config import Settings
from toancanh.ingest.importers import ImportReport, import_file
from toancanh.ingest.urls import normalize_url
from toancanh.store import Store
from toancanh.text.dates import VIETNAM

DEMO_PACKAGE = "toancanh.data.demo"
CORPUS_FILE = "articles.jsonl.gz"


@dataclass(frozen=True)
class DemoLayout:
    shift_days: int  # whole days added to every publication time of the shipped corpus
    first_day: date  # the laid-out corpus's first and last day, Vietnam time
    last_day: date
    kept: bool  # True when an earlier load's layout was kept rather than today's

    def moved(self, day: date) -> date:
        """Where a day of the shipped corpus (a date in its README) lies in this layout."""
        return day + timedelta(days=self.shift_days)


def corpus_rows() -> list[dict[str, Any]]:
    """The shipped articles as written (sorted by ``published_at``)."""
    data = resources.files(DEMO_PACKAGE).joinpath(CORPUS_FILE).read_bytes()
    return [json.loads(line) for line in gzip.decompress(data).decode("utf-8").splitlines()]


def _published(row: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(row["published_at"])


def _local_day(moment: datetime) -> date:
    return moment.astimezone(VIETNAM).date()


def layout_for(store: Store, rows: list[dict[str, Any]], now: datetime) -> DemoLayout:
    """The layout as of ``now`` (the newest article on today, or yesterday if its hour has
    not come), or the one the store already has.

    The first row is imported first, so it is the one an interrupted load has stored.
    """
    newest = _published(rows[-1])
    first, last = _local_day(_published(rows[0])), _local_day(newest)
    stored = store.articles.find_by_url(normalize_url(rows[0]["url"]))
    if stored is not None and stored.published_at is not None:
        shift = (_local_day(stored.published_at) - first).days
        kept = True
    else:
        shift, kept = (_local_day(now) - last).days, False
        if newest + timedelta(days=shift) > now:
            shift -= 1
    step = timedelta(days=shift)
    return DemoLayout(shift, first + step, last + step, kept)


def shifted(rows: list[dict[str, Any]], days: int) -> list[dict[str, Any]]:
    """The rows with ``published_at`` moved by ``days`` whole days (same local time)."""
    step = timedelta(days=days)
    return [{**row, "published_at": (_published(row) + step).isoformat()} for row in rows]


def load_demo_corpus(
    store: Store, settings: Settings, now: datetime
) -> tuple[ImportReport, DemoLayout]:
    """Import the demo corpus laid out to end by ``now`` (see ``layout_for``), or as an
    earlier load laid it out; articles already stored are skipped as usual."""
    rows = corpus_rows()
    layout = layout_for(store, rows, now)
    with tempfile.TemporaryDirectory(prefix="toancanh-demo-") as folder:
        path = Path(folder) / "articles.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for row in shifted(rows, layout.shift_days):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        report = import_file(store, path, settings)
    report.file = f"{DEMO_PACKAGE}/{CORPUS_FILE}"
    return report, layout
