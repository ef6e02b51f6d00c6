"""Sign-in under a burst: 100 concurrent logins against the served app.

    python bench/login.py --logins 100

Serves the app with ``toancanh serve`` in a separate process on a fresh SQLite store with
one account, then measures, in the same run:

* the baseline: the server's resident memory (``VmRSS``) once idle, and the latency of
  ``/healthz`` (one count query and a tiny JSON) with nothing else in flight;
* the burst: ``--logins`` browsers open the sign-in form, then all post at once, each
  from its own address (``X-Forwarded-For``, trusted from 127.0.0.1), a quarter of them
  with the right password; meanwhile ``/healthz`` is asked every 50 ms.

Printed: the answers by status, the server's peak memory (``VmHWM``) over its idle
memory, and the worst ``/healthz`` latency during the burst over the idle one. The tester
measured, before the hashing was bounded: 371 MiB to 2.5 GiB (ratio 6.9) and 35 s for
``/healthz``. ``--hashing`` and ``--queue`` set ``login_hashing`` and ``login_queue``.
The last line holds the figures as key=value pairs.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from toancanh.services.passwords import hash_password
from toancanh.store import Store

EMAIL = "bench@toancanh.local"
PASSWORD = "bench-password-2026"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def memory_kib(pid: int, field: str) -> int:
    """``VmRSS`` (now) or ``VmHWM`` (peak) of a process, in KiB."""
    status = Path(f"/proc/{pid}/status").read_text()
    found = re.search(rf"^{field}:\s+(\d+) kB", status, re.MULTILINE)
    return int(found.group(1)) if found else 0


def start_server(db: Path, port: int, hashing: int, queue: int) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-m",
        "toancanh",
        "--db",
        f"sqlite:///{db}",
        "serve",
        "--port",
        str(port),
    ]
    env = {
        **os.environ,
        "TOANCANH_WATCH_LIVE": "false",
        "TOANCANH_LOGIN_HASHING": str(hashing),
        "TOANCANH_LOGIN_QUEUE": str(queue),
    }
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    for _ in range(600):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


def healthz_latency(url: str, times: int) -> list[float]:
    with httpx.Client(base_url=url, timeout=120) as client:
        found = []
        for _ in range(times):
            started = time.perf_counter()
            client.get("/healthz")
            found.append(time.perf_counter() - started)
        return found


def burst(url: str, logins: int, pid: int, go: Any) -> tuple[Counter[int], int, float]:
    """``logins`` browsers, each with its own address, open the sign-in form, then post it
    all at once (``go`` is set then); also the server's peak memory once every form is
    open, before any post, and how long the posts took."""
    forms_kib: list[int] = []
    posted: list[float] = []

    def all_forms_open() -> None:
        forms_kib.append(memory_kib(pid, "VmHWM"))
        posted.append(time.perf_counter())
        go.set()

    start = threading.Barrier(logins, action=all_forms_open)

    def one(k: int) -> int:
        headers = {"X-Forwarded-For": f"10.{k // 250}.{k % 250}.1"}
        with httpx.Client(base_url=url, timeout=300, headers=headers) as client:
            form = client.get("/login").text
            token = re.search(r'name="login_token" value="([^"]+)"', form)
            assert token, "the sign-in form carries its token"
            password = PASSWORD if k % 4 == 0 else f"sai mật khẩu {k}"
            data = {"email": EMAIL, "password": password, "login_token": token.group(1)}
            start.wait()
            return client.post("/login", data=data).status_code

    with ThreadPoolExecutor(logins) as pool:
        answers = Counter(pool.map(one, range(logins)))
    return answers, forms_kib[0], time.perf_counter() - posted[0]


def probe(url: str, go: Any, stop: Any, found: Any) -> None:
    """``/healthz`` every 50 ms from ``go`` (the posts) until ``stop`` is set, in its own
    process: the burst's client threads must not slow the probe through this one's GIL."""
    go.wait()
    while not stop.is_set():
        found.put(healthz_latency(url, 1)[0])
        time.sleep(0.05)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--logins", type=int, default=100)
    parser.add_argument("--hashing", type=int, default=2, help="login_hashing")
    parser.add_argument("--queue", type=int, default=8, help="login_queue")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "login.db"
        store = Store.open(f"sqlite:///{db}")
        store.accounts.add_user(
            email=EMAIL, password_hash=hash_password(PASSWORD), role="viewer", unit=None, actor="b"
        )
        store.close()
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = start_server(db, port, args.hashing, args.queue)
        try:
            healthz_latency(url, 20)  # warm
            idle_ms = statistics.median(healthz_latency(url, 50)) * 1000
            time.sleep(1)
            idle_kib = memory_kib(server.pid, "VmRSS")
            go, stop = multiprocessing.Event(), multiprocessing.Event()
            found: multiprocessing.Queue[float] = multiprocessing.Queue()
            prober = multiprocessing.Process(target=probe, args=(url, go, stop, found))
            prober.start()
            answers, forms_kib, burst_s = burst(url, args.logins, server.pid, go)
            stop.set()
            prober.join()
            during = [found.get() for _ in range(found.qsize())]
            peak_kib = memory_kib(server.pid, "VmHWM")
        finally:
            server.terminate()
            server.wait(timeout=30)
    worst_ms = max(during) * 1000
    print(f"{'answers':<22} " + ", ".join(f"{k}: {v}" for k, v in sorted(answers.items())))
    print(f"{'burst':<22} {burst_s:.1f} s for {args.logins} posts of the form")
    print(
        f"{'memory idle/forms/peak':<22} {idle_kib / 1024:.0f} MiB / {forms_kib / 1024:.0f} MiB"
        f" (every form open) / {peak_kib / 1024:.0f} MiB"
    )
    print(f"{'/healthz idle / worst':<22} {idle_ms:.1f} ms / {worst_ms:.0f} ms ({len(during)})")
    print(
        f"logins={args.logins} signed_in={answers.get(303, 0)} refused={answers.get(401, 0)} "
        f"busy={answers.get(503, 0)} idle_rss_mib={idle_kib / 1024:.0f} "
        f"forms_rss_mib={forms_kib / 1024:.0f} "
        f"peak_rss_mib={peak_kib / 1024:.0f} rss_ratio={peak_kib / idle_kib:.2f} "
        f"healthz_idle_ms={idle_ms:.1f} healthz_worst_ms={worst_ms:.0f} "
        f"healthz_ratio={worst_ms / idle_ms:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
