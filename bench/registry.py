"""The claims and the pickup steps of one process against 10,000 statements: one index or two.

    python bench/registry.py --statements 10000 --articles 100            # one shared index
    python bench/registry.py --statements 10000 --articles 100 --separate # one per step

A fresh SQLite store holds the statements (generated as in ``bench/claims.py``, and the
five of ``bench/pickup.py``, all published) and articles of about 3,000 characters from
the demo corpus, one in ten with one of the five as a paragraph (the generated ones share
most of their n-grams, which the index prunes: an article repeating one is not found to
carry it). The process then does what a worker or an ingest run
does for each article: the claims step (``ingest.claims.find_claims``) and the pickup
step (``claims.pickup.record_pickups``), one article per call. With the default, both
read the process's one ``RegistryIndex``; with ``--separate`` each step has its own (as
before the index was shared). Run each mode in its own process: peak RSS is the
process's.

Measured: the CPU seconds of building the index(es) when first read, ms per article of
each step, the peak RSS of the process (``ru_maxrss``) and its RSS before any index was
built. The last line holds the figures as key=value pairs; ``ratio`` = peak RSS / the RSS
before the index (what the statements' index(es) and the steps add).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from claims import corpus_texts, statements
from pickup import STATEMENT_TEXTS
from toancanh.analyze.dedupe import fingerprint
from toancanh.claims.detect import check_worthy
from toancanh.claims.match import build_index, features_of
from toancanh.claims.pickup import record_pickups
from toancanh.claims.registry import RegistryIndex
from toancanh.domain.ingest import ArticleDraft
from toancanh.ingest.claims import find_claims
from toancanh.store import Store
from toancanh.store.schema import statements as statements_table

ISSUED = datetime(2026, 11, 2, 2, tzinfo=UTC)
BATCH = 1_000


def rss_mb() -> float:
    """The process's peak resident set so far (Linux: kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def held_mb() -> float:
    """The process's resident set now (Linux), 0 where /proc is not there."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return 0.0
    line = next((x for x in status.splitlines() if x.startswith("VmRSS:")), "VmRSS: 0 kB")
    return int(line.split()[1]) / 1024


def add_statements(store: Store, made: list[tuple[str, str]]) -> None:
    """The statements, published, written in batches (the service would audit each)."""
    rows = [
        {
            "title": f"Thông cáo {sid}",
            "text": text,
            "issuer": "Bộ Tài chính",
            "issuer_written": "Bộ Tài chính",
            "kind": "press_release",
            "issued_at": ISSUED,
            "legal_refs": "[]",
            "status": "published",
            "version": 1,
            "created_by": "bench",
            "created_at": ISSUED,
            "updated_at": ISSUED,
            "published_at": ISSUED,
        }
        for sid, text in made
    ]
    for first in range(0, len(rows), BATCH):
        with store.write() as conn:
            conn.execute(insert(statements_table), rows[first : first + BATCH])


def add_articles(store: Store, texts: list[str]) -> list[int]:
    ids = []
    for k, text in enumerate(texts):
        if k % 10 == 0:  # one in ten carries a statement
            text = f"{text}\n{STATEMENT_TEXTS[(k // 10) % len(STATEMENT_TEXTS)]}"
        draft = ArticleDraft(
            url=f"https://bench.example/{k}",
            title=f"Bài {k}",
            text=text,
            outlet="Báo mới",
            published_at=ISSUED + timedelta(days=1),
        )
        saved = store.articles.save(draft, fingerprint(draft.text, 0.5), 0.5)
        assert saved.article_id is not None
        ids.append(saved.article_id)
    return ids


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--separate", action="store_true", help="One index per step.")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as workdir:
        store = Store.open(f"sqlite:///{Path(workdir) / 'registry.db'}")
        made = statements(args.statements - len(STATEMENT_TEXTS))
        made += [(f"P{k}", text) for k, text in enumerate(STATEMENT_TEXTS)]
        add_statements(store, made)
        ids = add_articles(store, corpus_texts(args.articles))
        claims_index = RegistryIndex()
        pickup_index = RegistryIndex() if args.separate else claims_index
        # Load detection, the gazetteers and sklearn first: not the index's share.
        texts = store.articles.texts(ids[:1])
        check_worthy(texts[0][2] or "")
        features_of(texts[0][2] or "")
        build_index(made[:50])
        before_mb = rss_mb()
        started = time.process_time()
        claims_index.of(store)
        pickup_index.of(store)  # the same object, already built, unless --separate
        build_s = time.process_time() - started
        claims_s = pickup_s = 0.0
        found = pickups = 0
        for article_id in ids:  # one article per call, as a worker's tasks
            started = time.process_time()
            found += find_claims(store, [article_id], claims_index).found
            middle = time.process_time()
            pickups += record_pickups(store, [article_id], pickup_index)
            pickup_s += time.process_time() - middle
            claims_s += middle - started
        end_mb = held_mb()  # the index(es) still held
        builds = claims_index.builds + (pickup_index.builds if args.separate else 0)
        store.close()
    peak_mb = rss_mb()
    n = len(ids)
    mode = "separate" if args.separate else "shared"
    print(f"{n} articles, {args.statements} statements, {mode} index: {builds} build(s)")
    print(f"index(es) built in {build_s:.2f} s CPU")
    print(
        f"claims step {claims_s / n * 1000:.1f} ms/article, pickup step "
        f"{pickup_s / n * 1000:.1f} ms/article; {found} claims, {pickups} pickups"
    )
    print(f"RSS before the index {before_mb:.0f} MB, at the end {end_mb:.0f}, peak {peak_mb:.0f}")
    print(
        f"mode={mode} articles={n} statements={args.statements} builds={builds} "
        f"build_s={build_s:.2f} claims_ms={claims_s / n * 1000:.2f} "
        f"pickup_ms={pickup_s / n * 1000:.2f} claims={found} pickups={pickups} "
        f"rss_before_mb={before_mb:.0f} rss_end_mb={end_mb:.0f} peak_rss_mb={peak_mb:.0f} "
        f"ratio={peak_mb / before_mb:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
