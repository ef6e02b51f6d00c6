"""Two embedded processes writing one SQLite file at once (issue 11): two imports, two
ingests. Nothing is lost, nothing is stored twice, and a lock is no failure at all.

The contention is made certain, not hoped for: the test holds the file's write lock
(as a long transaction of a third process would) until both processes have logged that
they wait for it, then lets them go. The processes give up on a lock after 0.1 s
(``?timeout=0.1``) so that they meet the lock often, and retry with backoff as the
pipeline's policy says. Every wait is on an event, never on a clock.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from corpus_site import demo_articles, serve_corpus
from scale_cluster import TOANCANH
from toancanh.domain.sources import NewSource
from toancanh.store import Store
from toancanh.store.schema import articles

pytestmark = pytest.mark.slow

WAITING = "trying again"  # what the pipeline logs when it waits out a lock
PATIENCE = 300.0  # seconds a test waits for a process before it calls it hung


@dataclass
class Writer:
    """A ``toancanh`` process; its output is read as it comes, to see it wait."""

    process: subprocess.Popen[str]
    out: list[str] = field(default_factory=list)
    err: list[str] = field(default_factory=list)
    waiting: threading.Event = field(default_factory=threading.Event)
    readers: list[threading.Thread] = field(default_factory=list)

    def start_reading(self) -> None:
        for read in (self._read_stderr, self._read_stdout):
            self.readers.append(threading.Thread(target=read, daemon=True))
            self.readers[-1].start()

    def wait(self) -> None:
        self.process.wait(timeout=PATIENCE)
        for reader in self.readers:
            reader.join(timeout=PATIENCE)

    def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.err.append(line)
            if WAITING in line:
                self.waiting.set()
        self.waiting.set()  # ended: nobody should wait for it any more

    def _read_stdout(self) -> None:
        assert self.process.stdout is not None
        self.out.extend(self.process.stdout)

    @property
    def stdout(self) -> str:
        return "".join(self.out)

    def log(self) -> str:
        return f"exit {self.process.returncode}\n{self.stdout}\n{''.join(self.err)}"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "shared.db"
    Store.open(f"sqlite:///{path}").close()
    return path


@pytest.fixture
def env(database: Path) -> dict[str, str]:
    return {
        **os.environ,
        "TOANCANH_DATABASE_URL": f"sqlite:///{database}?timeout=0.1",
        "TOANCANH_TASK_RETRIES": "10",  # 0.2 + 0.4 + ... + 102 s: far more than needed
        "TOANCANH_TASK_BACKOFF": "0.2",
        "TOANCANH_ANALYZE": "false",  # analysis is not what is tested: it only slows
        "TOANCANH_HOST_DELAY": "0",
    }


def run_together(database: Path, commands: list[list[str]], env: dict[str, str]) -> list[Writer]:
    """Start the commands while holding the write lock; release it once each of them
    has met it; wait for them to end."""
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    writers = []
    try:
        for command in commands:
            process = subprocess.Popen(
                [*TOANCANH, *command],
                env=env,
                cwd=database.parent,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            writer = Writer(process)
            writer.start_reading()
            writers.append(writer)
        for writer in writers:
            assert writer.waiting.wait(PATIENCE), "a process never met the lock"
            assert writer.process.poll() is None, writer.log()  # it waits, it did not end
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    for writer in writers:
        writer.wait()
    return writers


def stored_urls(database: Path) -> list[str]:
    store = Store.open(f"sqlite:///{database}", migrate=False)
    try:
        with store.read() as conn:
            return list(conn.execute(select(articles.c.url)).scalars())
    finally:
        store.close()


def failures(database: Path) -> list[object]:
    store = Store.open(f"sqlite:///{database}", migrate=False)
    try:
        return list(store.failures.list())
    finally:
        store.close()


def write_rows(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_two_imports_into_one_sqlite_file_at_once_lose_nothing(
    database: Path, env: dict[str, str], tmp_path: Path
) -> None:
    rows = [
        {"url": f"https://tin.example/{n}", "title": row["title"], "text": row["text"]}
        for n, row in enumerate(demo_articles(90))
    ]
    # 30 rows in both files; 90 distinct articles; more than one batch (50) per file.
    first = write_rows(tmp_path / "first.jsonl", rows[:60])
    second = write_rows(tmp_path / "second.jsonl", rows[30:])
    writers = run_together(
        database,
        [["import", str(first), "--json"], ["import", str(second), "--json"]],
        env,
    )
    for writer in writers:
        assert writer.process.returncode == 0, writer.log()
    reports = [json.loads(writer.stdout) for writer in writers]
    assert [r["rejected"] for r in reports] == [[], []]
    assert sum(r["imported"] for r in reports) == 90
    assert sum(r["duplicates"] for r in reports) == 30
    assert sorted(stored_urls(database)) == sorted(row["url"] for row in rows)
    assert failures(database) == []


def test_two_ingests_into_one_sqlite_file_at_once_lose_nothing(
    database: Path, env: dict[str, str]
) -> None:
    with serve_corpus(count=12) as site:
        store = Store.open(f"sqlite:///{database}", migrate=False)
        store.sources.add(NewSource(site.feed_url, allow_private=True, outlet="Tin thử"))
        store.close()
        command = ["ingest", "--once"]
        writers = run_together(database, [command, command], env)
    for writer in writers:
        assert writer.process.returncode == 0, writer.log()
    assert sorted(stored_urls(database)) == sorted(site.article_urls)
    assert failures(database) == []
