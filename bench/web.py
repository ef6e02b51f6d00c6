"""Dashboard and API under load: 200,000 articles in SQLite, 20 concurrent clients.

    python bench/web.py --articles 200000 --clients 20

Builds (once; cached under bench/out/) a store of N articles recombined from the demo
corpus's paragraphs (bench/search.py's builder, with the full-text index), gives each an
analysis (tone, topic) and adds five watchlists. Then serves the app with uvicorn in a
separate process and, with ``--clients`` requests in flight, measures:

* the overview page (``/``) and a watchlist page (``/watches/ID``), signed in;
* the search API (``/api/v1/search``) with an API token, on a mix of queries;
* the baseline, in the same run and at the same concurrency: ``/healthz`` (one count
  query and a tiny JSON), i.e. the cost of the HTTP stack itself.

The load comes from ``wrk`` when it is installed (``apt-get install wrk``: a C program
that takes little of the CPU the server needs on a small machine), else from an async
httpx client in this process (``--load httpx`` forces it).

Targets: overview and watchlist pages p95 < 300 ms, search API p95 < 150 ms, no error.
The last line holds the figures as key=value pairs; ``ratio`` = the worst p95 of the
three over the baseline's p95.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import random
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import insert, select

from toancanh.access import Actor
from toancanh.domain.watches import WatchSpec
from toancanh.services import accounts
from toancanh.services.passwords import hash_password
from toancanh.store import Store
from toancanh.store.schema import article_analysis, article_facets, articles
from toancanh.watch.watchlists import backfill, check_spec

OUT = Path(__file__).parent / "out"
PASSWORD = "bench-password-2026"
ADMIN = "bench@toancanh.local"
WATCHES = {
    "Nhà ở xã hội": '"nha o xa hoi"',
    "Học phí": '"hoc phi"',
    "Bảo hiểm y tế": '"bao hiem y te" OR bhyt',
    "Phạt nguội": '"phat nguoi" OR camera',
    "Chuyển đổi số": '"chuyen doi so" OR vneid',
}
QUERIES = [
    "chinh sach",
    '"nhà ở xã hội"',
    "hoc phi AND (tang OR giam)",
    "title:giao thong",
    "bao hiem y te",
    '"dịch vụ công" NEAR/5 "trực tuyến"',
    "khieu nai",
    "168/2024/ND-CP",
]


def search_bench() -> object:
    spec = importlib.util.spec_from_file_location(
        "bench_search", Path(__file__).parent / "search.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def prepare(path: Path, count: int, seed: int) -> None:
    """The cached store: articles (with their full-text index), analyses, watches, a user."""
    store = Store.open(f"sqlite:///{path}")
    if store.articles.count() < count:
        started = time.perf_counter()
        search_bench().build(store, count - store.articles.count(), seed)  # type: ignore[attr-defined]
        print(f"built {count} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    rng = random.Random(seed)
    with store.write() as conn:
        analysed = set(conn.execute(select(article_analysis.c.article_id)).scalars())
        rows = conn.execute(select(articles.c.id, articles.c.published_at)).all()
        missing = [(i, when) for i, when in rows if i not in analysed]
        now = datetime.now(UTC)
        for first in range(0, len(missing), 5000):
            chunk = missing[first : first + 5000]
            tones = [rng.choice(("positive", "neutral", "negative")) for _ in chunk]
            topics = [f"chu de {rng.randrange(29)}" for _ in chunk]
            conn.execute(
                insert(article_analysis),
                [
                    {
                        "article_id": i,
                        "language": "vi",
                        "topic": topic,
                        "topic_score": 0.8,
                        "sentiment": tone,
                        "sentiment_score": 0.8,
                        "stage": None,
                        "model_version": "bench",
                        "analyzed_at": now,
                        "data": "{}",
                    }
                    for (i, _), tone, topic in zip(chunk, tones, topics, strict=True)
                ],
            )
            conn.execute(
                insert(article_facets),
                [
                    {"kind": "topic", "value": topic, "article_id": i}
                    for (i, _), topic in zip(chunk, topics, strict=True)
                ],
            )
    for name, query in WATCHES.items():
        if store.watches.find(name) is None:
            backfill(store, store.watches.add(check_spec(WatchSpec(name, query=query)), "bench"))
    if store.accounts.find_user(ADMIN) is None:
        store.accounts.add_user(
            email=ADMIN,
            password_hash=hash_password(PASSWORD),
            role="admin",
            unit=None,
            actor="bench",
        )
    store.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(path: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    toancanh = Path(sys.executable).with_name("toancanh")
    command = [str(toancanh), "--db", f"sqlite:///{path}", "serve", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--workers", str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "TOANCANH_WATCH_LIVE": "false"},
    )
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


@dataclass(frozen=True)
class Result:
    requests: int
    p50_ms: float
    p95_ms: float
    max_ms: float
    errors: int
    per_second: float


async def load(client: httpx.AsyncClient, paths: list[str], clients: int, rounds: int) -> Result:
    """``rounds`` passes over ``paths`` with ``clients`` requests in flight."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for _ in range(rounds):
        for path in paths:
            queue.put_nowait(path)
    timings: list[float] = []
    errors = 0

    async def worker() -> None:
        nonlocal errors
        while not queue.empty():
            path = queue.get_nowait()
            started = time.perf_counter()
            try:
                response = await client.get(path)
                if response.status_code != 200:
                    errors += 1
            except httpx.HTTPError:
                errors += 1
            timings.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    elapsed = time.perf_counter() - started
    return Result(
        len(timings),
        p(timings, 0.5),
        p(timings, 0.95),
        max(timings) * 1000,
        errors,
        len(timings) / elapsed,
    )


def p(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] * 1000


# wrk cycles through the paths and reports its own percentiles (in microseconds).
WRK_SCRIPT = """
local paths = {%s}
local next_path = 0
request = function()
  next_path = next_path %% #paths + 1
  return wrk.format("GET", paths[next_path])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %%d %%f %%f %%f %%d %%f\\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout + e.status,
    summary.requests / (summary.duration / 1e6)))
end
"""


def wrk_load(
    base: str, paths: list[str], clients: int, seconds: float, headers: dict[str, str]
) -> Result:
    """``clients`` connections for ``seconds``, from one wrk thread."""
    quoted = ", ".join('"' + path.replace('"', '\\"') + '"' for path in paths)
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(WRK_SCRIPT % quoted)
        script.flush()
        command = ["wrk", "-t1", f"-c{clients}", f"-d{seconds:g}s", "--timeout", "60s"]
        for name, value in headers.items():
            command += ["-H", f"{name}: {value}"]
        output = subprocess.run(
            [*command, "-s", script.name, base], capture_output=True, text=True, check=True
        ).stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    requests, p50, p95, longest, errors, rate = line.split()[1:]
    return Result(int(requests), float(p50), float(p95), float(longest), int(errors), float(rate))


async def sign_in(client: httpx.AsyncClient) -> None:
    # The sign-in form carries a token tied to a cookie (login CSRF): read it as a browser does.
    form = await client.get("/login")
    token = re.search(r'name="login_token" value="([^"]+)"', form.text)
    data = {"email": ADMIN, "password": PASSWORD, "login_token": token.group(1) if token else ""}
    login = await client.post("/login", data=data)
    if login.status_code != 200:
        raise SystemExit(f"sign-in failed: {login.status_code}")
    if not re.search(r'"X-CSRF-Token": "([^"]+)"', login.text):
        raise SystemExit("sign-in did not open a session")


def targets(watch_ids: list[int]) -> dict[str, list[str]]:
    return {
        "baseline": ["/healthz"],
        "overview": ["/"],
        "watch": [f"/watches/{i}" for i in watch_ids],
        "search": [f"/api/v1/search?{httpx.QueryParams(q=query)}" for query in QUERIES],
    }


async def measure_httpx(
    base: str, clients: int, rounds: int, watch_ids: list[int], token: str
) -> dict[str, Result]:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    results = {}
    async with httpx.AsyncClient(
        base_url=base, limits=limits, timeout=60, follow_redirects=True
    ) as web:
        await sign_in(web)
        async with httpx.AsyncClient(
            base_url=base, limits=limits, timeout=60, headers={"Authorization": f"Bearer {token}"}
        ) as api:
            for name, paths in targets(watch_ids).items():
                client = api if name == "search" else web
                await load(client, paths, clients, 2)  # warm-up: every worker's caches
                repeat = rounds * (4 if len(paths) == 1 else 1)
                results[name] = await load(client, paths, clients, repeat)
    return results


def measure_wrk(
    base: str, clients: int, seconds: float, watch_ids: list[int], token: str
) -> dict[str, Result]:
    async def session_cookie() -> str:
        async with httpx.AsyncClient(base_url=base, follow_redirects=True) as web:
            await sign_in(web)
            return "; ".join(f"{k}={v}" for k, v in web.cookies.items())

    cookie = asyncio.run(session_cookie())
    results = {}
    for name, paths in targets(watch_ids).items():
        headers = {"Authorization": f"Bearer {token}"} if name == "search" else {"Cookie": cookie}
        wrk_load(base, paths, clients, 3, headers)  # warm-up: every worker's caches
        results[name] = wrk_load(base, paths, clients, seconds, headers)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument(
        "--load",
        choices=("auto", "wrk", "httpx"),
        default="auto",
        help="load generator (auto: wrk when installed)",
    )
    parser.add_argument("--seconds", type=float, default=20, help="wrk: seconds per target")
    parser.add_argument("--prepare-only", action="store_true", help="build the store, stop")
    args = parser.parse_args(argv)

    OUT.mkdir(exist_ok=True)
    path = OUT / f"web-{args.articles}-{args.seed}.db"
    prepare(path, args.articles, args.seed)
    if args.prepare_only:
        return 0
    store = Store.open(f"sqlite:///{path}")
    admin = store.accounts.find_user(ADMIN)
    assert admin is not None
    token = accounts.issue_token(store, Actor.operator("bench"), admin.id, "bench").token
    watch_ids = [w.id for w in store.watches.list()]
    count = store.articles.count()
    store.close()
    port = free_port()
    tool = args.load if args.load != "auto" else ("wrk" if shutil.which("wrk") else "httpx")
    base = f"http://127.0.0.1:{port}"
    server = start_server(path, port, args.workers)
    try:
        if tool == "wrk":
            results = measure_wrk(base, args.clients, args.seconds, watch_ids, token)
        else:
            results = asyncio.run(measure_httpx(base, args.clients, args.rounds, watch_ids, token))
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"{count:,} articles, {args.clients} concurrent clients, "
        f"{args.workers} server processes, load from {tool}"
    )
    figures: dict[str, float] = {}
    errors = 0
    for name, result in results.items():
        errors += result.errors
        figures[f"{name}_p50_ms"] = result.p50_ms
        figures[f"{name}_p95_ms"] = result.p95_ms
        print(
            f"{name:<9} {result.requests:>5} requests  p50 {result.p50_ms:7.1f} ms  "
            f"p95 {result.p95_ms:7.1f} ms  max {result.max_ms:7.1f} ms  "
            f"errors {result.errors}  {result.per_second:6.1f} req/s"
        )
    worst = max(figures["overview_p95_ms"], figures["watch_p95_ms"], figures["search_p95_ms"])
    print("targets: overview and watchlist p95 < 300 ms, search API p95 < 150 ms, no error")
    print(
        f"articles={count} clients={args.clients} workers={args.workers} load={tool} "
        + " ".join(f"{k}={v:.1f}" for k, v in figures.items())
        + f" errors={errors} server_rss_mb={rss_mb:.0f}"
        + f" ratio={worst / figures['baseline_p95_ms']:.2f}"
    )
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
