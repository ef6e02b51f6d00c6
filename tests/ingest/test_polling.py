"""``toancanh ingest`` without --once keeps polling until Ctrl-C, then stops cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from fixture_site import FixtureSite
from toancanh.store import Store


def test_ctrl_c_stops_the_polling_loop_cleanly(tmp_path: Path, site: FixtureSite) -> None:
    url = f"sqlite:///{tmp_path / 'poll.db'}"
    env = {
        **os.environ,
        "TOANCANH_DATABASE_URL": url,
        "TOANCANH_HOST_DELAY": "0",
        "TOANCANH_FETCH_RETRIES": "0",
        "TOANCANH_POLL_INTERVAL": "1",
    }
    command = [sys.executable, "-m", "toancanh"]
    subprocess.run(
        [*command, "sources", "add", site.url("/news/feed.rss"), "--allow-private"],
        env=env,
        check=True,
        capture_output=True,
    )
    process = subprocess.Popen(
        [*command, "ingest"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    store = Store.open(url, migrate=False)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and site.count("/news/feed.rss") < 2:
            time.sleep(0.1)  # the second request is the next poll of the loop
        assert site.count("/news/feed.rss") >= 2, "the source was not polled again"
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode in (0, 1), output  # 1: the fixture feed has failing pages
    assert "Stopping after the current article" in output and "Ingest" in output
    assert "Traceback" not in output
    count = store.articles.count()
    assert count >= 8
    with store.read() as conn:  # every stored article is whole: text, URL, search entry
        missing = conn.execute(
            text(
                "SELECT count(*) FROM articles a WHERE NOT EXISTS "
                "(SELECT 1 FROM article_urls u WHERE u.article_id = a.id)"
            )
        ).scalar_one()
        indexed = conn.execute(text("SELECT count(*) FROM article_fts")).scalar_one()
    assert missing == 0 and indexed == count
    store.close()
