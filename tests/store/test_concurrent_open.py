"""Processes that open a new SQLite file at the same moment (two imports started
together, say) all get the schema: one migrates, the others wait for its lock and find
the schema done. A deferred migration used to fail one of them with "database is
locked"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from toancanh.store import Store

OPEN = """
import sys
from toancanh.store import Store
print("ready", flush=True)
sys.stdin.readline()
Store.open(sys.argv[1]).close()
"""


def test_processes_opening_a_new_file_at_once_all_get_the_schema(tmp_path: Path) -> None:
    for attempt in range(3):
        url = f"sqlite:///{tmp_path / f'new-{attempt}.db'}"
        processes = [
            subprocess.Popen(
                [sys.executable, "-c", OPEN, url],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(3)
        ]
        for process in processes:  # every one has imported everything it needs
            assert process.stdout is not None and process.stdout.readline() == "ready\n"
        for process in processes:  # then all go at once
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        for process in processes:
            _, errors = process.communicate(timeout=120)
            assert process.returncode == 0, errors
        store = Store.open(url, migrate=False)
        current, head = store.schema_revision()
        store.close()
        assert current == head
