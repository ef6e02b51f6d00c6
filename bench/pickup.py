"""Statement pickup over many articles in SQLite.

    python bench/pickup.py --articles 1000000

Builds (once; cached under bench/out/) a store of N articles over a year, written with
``executemany`` in batches, a few published statements and their ``statement_pickups``
rows: the busiest statement is carried by 5% of the articles (50,000 of a million), the
others by fewer; one pickup in fifty states a figure otherwise. Measured in one run:

* the pickup summary of the busiest statement (``services.pickup.summary``: articles,
  outlets, time to first pickup, top outlets, the articles with differing figures, the
  first pickups): p50 and max of several runs;
* the baseline: a plain indexed ``COUNT(*)`` of that statement's rows;
  ``ratio`` = summary p50 / baseline p50;
* the pickup step of the pipeline on new articles of four paragraphs (one in ten has a
  statement's text as a paragraph; the others are other news), one article per call as
  a worker's task, the statements' index built once: milliseconds per article;
* a scan of those stored articles (``statements pickup --scan``): milliseconds per article.

Target: a statement's pickup over 1,000,000 articles < 2 s. The last line holds the figures
as key=value pairs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from sqlalchemy import func, insert, select

from bulk_articles import insert_articles
from toancanh.access import Actor
from toancanh.analyze.dedupe import fingerprint
from toancanh.claims.pickup import PickupIndex, record_pickups
from toancanh.domain.ingest import ArticleDraft
from toancanh.services import pickup
from toancanh.store import Store
from toancanh.store.schema import statement_pickups

OUT = Path(__file__).parent / "out"
NOW = datetime(2026, 11, 30, 4, tzinfo=UTC)  # fixed: the cached store stays valid
DAYS = 365
OUTLETS = 60
BATCH = 10_000
SHARES = (0.05, 0.01, 0.003, 0.001, 0.0002)  # of the articles, per statement
STATEMENT_TEXTS = (
    "Bộ Công an thông báo: theo Nghị định 168/2024/NĐ-CP, từ ngày 1/1/2025 người điều khiển "
    "xe máy vượt đèn đỏ bị phạt từ 4 đến 6 triệu đồng và bị trừ 4 điểm giấy phép lái xe.",
    "Bộ Giáo dục và Đào tạo cho biết học phí đại học công lập năm học 2025-2026 tăng không "
    "quá 10% so với năm trước.",
    "Tập đoàn Điện lực Việt Nam điều chỉnh giá bán lẻ điện bình quân tăng 4,8%, lên 2.204 "
    "đồng/kWh, áp dụng từ ngày 10/5/2025.",
    "Bộ Y tế thông báo chiến dịch tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi tại các tỉnh phía "
    "Nam bắt đầu từ ngày 15/9/2025.",
    "Bộ Tài chính cho biết thuế giá trị gia tăng giảm 2% đến hết ngày 31/12/2025 theo Nghị "
    "quyết 174/2024/QH15.",
)
# A paragraph of a story around the statement: four sentences of other news.
FILLER = (
    "Sáng nay, nhiều người dân đã đến trụ sở để hỏi về thủ tục. Theo ghi nhận của phóng "
    "viên, lượng người đến làm thủ tục tăng so với tuần trước. Cán bộ tiếp dân cho biết sẽ "
    "bố trí thêm bàn hướng dẫn vào cuối tuần. Một số ý kiến đề nghị kéo dài giờ làm việc."
)
OTHER_NEWS = (
    "Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm nay, "
    "biểu dương 25 tập thể và 40 cá nhân có thành tích xuất sắc trong cứu hộ cứu nạn."
)
DIFFERENCE = json.dumps(
    [{"kind": "amount", "article": "10 triệu đồng", "statement": "từ 4 đến 6 triệu đồng"}],
    ensure_ascii=False,
)


def build(path: Path, n_articles: int, seed: int) -> None:
    """Articles, statements and pickups written directly: a minute or two, once."""
    rng = np.random.default_rng(seed)
    store = Store.open(f"sqlite:///{path}")
    start = NOW - timedelta(days=DAYS)
    offsets, outlet_of = insert_articles(
        store, rng, n_articles, now=NOW, days=DAYS, outlets=OUTLETS, batch=BATCH
    )
    issued = start + timedelta(days=1)
    for k, text in enumerate(STATEMENT_TEXTS):
        statement = store.statements.add(
            {
                "title": f"Thông cáo {k + 1}",
                "text": text,
                "issuer": "Bộ Y tế",
                "issuer_written": "Bộ Y tế",
                "kind": "press_release",
                "issued_at": issued,
                "legal_refs": (),
                "status": "published",
                "unit": None,
            },
            watch_ids=[],
            actor="bench",
        )
        count = max(1, int(n_articles * SHARES[k]))
        chosen = np.sort(rng.choice(np.arange(n_articles // 100, n_articles), count, False))
        for first in range(0, count, BATCH):
            rows = [
                {
                    "statement_id": statement.id,
                    "article_id": int(i) + 1,
                    "score": 0.8,
                    "differences": DIFFERENCE if rng.random() < 0.02 else "[]",
                    "outlet": f"Báo {int(outlet_of[i]):02d}",
                    "published_at": start + timedelta(seconds=int(offsets[i])),
                }
                for i in chosen[first : first + BATCH]
            ]
            with store.write() as conn:
                conn.execute(insert(statement_pickups), rows)
    store.close()


def plain_count(store: Store, statement_id: int) -> int:
    """The baseline: one indexed count of the statement's rows."""
    with store.read() as conn:
        query = select(func.count()).where(statement_pickups.c.statement_id == statement_id)
        return int(conn.execute(query).scalar_one())


def timed(function: object, *args: object) -> float:
    started = time.perf_counter()
    function(*args)  # type: ignore[operator]
    return time.perf_counter() - started


def step_per_article(store: Store, n: int) -> float:
    """Seconds per article of the pickup step on ``n`` new statement-like articles, one per
    call with a warm ``PickupIndex`` (as a worker process keeps it)."""
    ids = []
    for k in range(n):
        # One article in ten carries a statement; the others are other news.
        middle = STATEMENT_TEXTS[k % len(STATEMENT_TEXTS)] if k % 10 == 0 else OTHER_NEWS
        text = "\n".join((FILLER, f"{middle} Bài {k}.", FILLER, FILLER))
        draft = ArticleDraft(
            url=f"https://bench.example/new/{k}",
            title=f"Tin mới {k}",
            text=text,
            outlet="Báo mới",
            published_at=NOW,
        )
        ids.append(store.articles.save(draft, fingerprint(draft.text, 0.5), 0.5).article_id)
    index = PickupIndex()
    record_pickups(store, ids[:1], index)  # builds the statements' index once
    started = time.perf_counter()
    for article_id in ids[1:]:  # one article per call, as a worker's task
        record_pickups(store, [article_id], index)
    return (time.perf_counter() - started) / max(1, n - 1)


def scan_per_article(store: Store, actor: Actor, n: int) -> float:
    """Seconds per article of ``statements pickup --scan`` over the ``n`` new articles."""
    started = time.perf_counter()
    done = pickup.scan(store, actor, since=NOW)
    assert done.articles == n, done
    return (time.perf_counter() - started) / n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--new", type=int, default=50, help="Articles for the pickup step.")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)

    OUT.mkdir(exist_ok=True)
    path = OUT / f"pickup-{args.articles}-{args.seed}.db"
    if args.rebuild or not path.exists():
        partial = path.with_suffix(".partial.db")  # renamed when complete: never half a cache
        partial.unlink(missing_ok=True)
        started = time.perf_counter()
        build(partial, args.articles, args.seed)
        partial.rename(path)
        print(f"built {path.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    work = path.with_suffix(".work.db")  # the pickup step writes: keep the cache pristine
    shutil.copyfile(path, work)
    store = Store.open(f"sqlite:///{work}")
    actor = Actor.operator("bench")
    busiest = 1
    pickup.summary(store, actor, busiest)  # warm the page cache and the code paths
    plain_count(store, busiest)
    summary_s = [timed(pickup.summary, store, actor, busiest) for _ in range(args.runs)]
    plain_s = [timed(plain_count, store, busiest) for _ in range(args.runs)]
    found = pickup.summary(store, actor, busiest)
    step_s = step_per_article(store, args.new)
    scan_s = scan_per_article(store, actor, args.new)
    store.close()
    work.unlink()

    summary_p50, plain_p50 = statistics.median(summary_s), statistics.median(plain_s)
    ratio = summary_p50 / plain_p50 if plain_p50 else float("inf")
    print(
        f"{args.articles:,} articles; statement #{busiest} carried by {found.articles:,} "
        f"articles in {found.outlets} outlets, {len(found.differing)} listed with figures "
        "stated otherwise"
    )
    print(f"pickup summary: p50 {summary_p50:.3f} s, max {max(summary_s):.3f} s (target < 2 s)")
    print(f"plain indexed COUNT(*) of its rows: p50 {plain_p50:.3f} s")
    print(f"pickup step on {args.new} new articles: {step_s * 1000:.1f} ms per article")
    print(f"scan of the stored articles (--scan): {scan_s * 1000:.1f} ms per article")
    print(
        f"articles={args.articles} statements={len(STATEMENT_TEXTS)} pickups={found.articles} "
        f"summary_s={summary_p50:.4f} summary_max_s={max(summary_s):.4f} "
        f"baseline_s={plain_p50:.4f} step_ms_per_article={step_s * 1000:.2f} "
        f"scan_ms_per_article={scan_s * 1000:.2f} ratio={ratio:.2f}"
    )
    return 0 if max(summary_s) < 2.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
