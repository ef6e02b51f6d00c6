"""Scale-out test helpers: the broker services and a cluster of real worker processes.

``redis_url`` is the machine's Redis (127.0.0.1:6379), one database number per xdist
worker, emptied before each test; ``private_redis`` is a redis-server of the test's own
that the test may stop and start. Without Redis these tests skip with the reason, except
under ``CI=true`` where a missing service is a failure.

``Cluster`` starts ``toancanh worker`` and ``toancanh scheduler`` as subprocesses (each in
its own process group, so that a kill reaches a worker's pool processes too), with their
logs in the test's directory.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import redis

TESTS = Path(__file__).parent
TOANCANH = [sys.executable, "-m", "toancanh"]


def service_missing(what: str, reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is required in CI: {reason}")
    pytest.skip(f"{what} not available: {reason}")


# Several test runs on one machine (a developer's and a helper's) keep apart by each
# setting its own TOANCANH_TEST_SLOT (0-3): Redis databases and RabbitMQ vhosts of their own.
SLOT = int(os.environ.get("TOANCANH_TEST_SLOT", "0"))


@pytest.fixture
def redis_url() -> str:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    url = f"redis://127.0.0.1:6379/{(8 + 2 * SLOT + int(worker or 0)) % 16}"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).flushdb()
    except redis.RedisError as error:
        service_missing("Redis on 127.0.0.1:6379", str(error))
    return url


AMQP_URL = os.environ.get("TOANCANH_TEST_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672//")


@dataclass(frozen=True)
class Broker:
    url: str
    env: dict[str, str]  # what workers need besides the URL


@pytest.fixture(scope="session")
def amqp_url() -> str:
    """RabbitMQ with a virtual host of this test process's own (pytest-xdist runs several:
    on one vhost they would take each other's tasks); the default vhost without
    rabbitmqctl, where the RabbitMQ tests must not run in parallel."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    vhost = f"toancanh_test_{SLOT}_{worker}"
    if shutil.which("rabbitmqctl") is None:
        return AMQP_URL
    created = subprocess.run(
        ["rabbitmqctl", "add_vhost", vhost], capture_output=True, text=True, timeout=60
    )
    if created.returncode != 0 and "already exists" not in created.stderr + created.stdout:
        return AMQP_URL
    subprocess.run(
        ["rabbitmqctl", "set_permissions", "-p", vhost, "guest", ".*", ".*", ".*"],
        capture_output=True,
        timeout=60,
        check=True,
    )
    return AMQP_URL.rstrip("/") + "/" + vhost


@pytest.fixture(params=["redis", "rabbitmq"])
def broker(request: pytest.FixtureRequest, redis_url: str) -> Broker:
    """Redis, then RabbitMQ (with Redis for the shared per-host turns)."""
    if request.param == "redis":
        return Broker(redis_url, {})
    from kombu import Connection

    from toancanh.workers.celery_app import work_queue
    from toancanh.workers.routes import QUEUES

    url = request.getfixturevalue("amqp_url")
    try:
        with Connection(url, connect_timeout=3) as connection:
            connection.ensure_connection(max_retries=1)
            channel = connection.default_channel
            for name in QUEUES:  # leftovers of an earlier test must not be consumed
                work_queue(name)(channel).declare()
                channel.queue_purge(name)
    except Exception as error:
        service_missing(f"RabbitMQ at {url}", str(error))
    return Broker(url, {"TOANCANH_REDIS_URL": redis_url})


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PrivateRedis:
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        wait_for(self._answers, 10, "redis-server to start")

    def _answers(self) -> bool:
        try:
            return bool(redis.Redis(port=self.port, socket_connect_timeout=0.5).ping())
        except redis.RedisError:
            return False

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    if shutil.which("redis-server") is None:
        service_missing("redis-server", "not on PATH (apt-get install redis-server)")
    server = PrivateRedis(free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def wait_for(check: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")


# Fast settings for tests: polls every 3 s (a lost task is found again at the next poll),
# retries from 0.5 s, a vanished worker's task handed on after 5 s.
TEST_SETTINGS = {
    "TOANCANH_HOST_DELAY": "0",
    "TOANCANH_SCHEDULE_TICK": "1",
    "TOANCANH_POLL_INTERVAL": "3",
    "TOANCANH_TASK_BACKOFF": "0.5",
    "TOANCANH_TASK_RETRIES": "6",
    "TOANCANH_TASK_VISIBILITY_TIMEOUT": "5",
    "TOANCANH_FETCH_RETRIES": "0",
}


@dataclass
class Cluster:
    database_url: str
    broker_url: str
    logs: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            **TEST_SETTINGS,
            "TOANCANH_DATABASE_URL": self.database_url,
            "TOANCANH_BROKER_URL": self.broker_url,
            # The tests' helpers, then the caller's path (a checkout's src/ must win over
            # an installed copy, or the workers would run other code than the tests).
            "PYTHONPATH": os.pathsep.join(
                p for p in (str(TESTS), os.environ.get("PYTHONPATH", "")) if p
            ),
            **self.extra_env,
        }

    def _start(self, name: str, command: list[str]) -> subprocess.Popen[bytes]:
        assert name not in self.processes, f"{name} is already running"
        log = (self.logs / f"{name}.log").open("ab")
        process = subprocess.Popen(
            command, env=self.env(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.processes[name] = process
        return process

    def worker(self, name: str, *, concurrency: int = 1, poisoned: bool = False) -> None:
        program = (
            [sys.executable, str(TESTS / "workers" / "poisoned_worker.py")]
            if poisoned
            else TOANCANH
        )
        self._start(
            name,
            [*program, "-v", "worker", "--concurrency", str(concurrency), "--name", f"{name}@test"],
        )

    def scheduler(self, name: str = "scheduler") -> None:
        self._start(name, [*TOANCANH, "scheduler"])

    def kill(self, name: str) -> None:
        """SIGKILL the process and its pool processes: no chance to finish or hand back."""
        process = self.processes.pop(name)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        self.processes.clear()

    def log_text(self) -> str:
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')[-3000:]}"
            for path in sorted(self.logs.glob("*.log"))
        )


@pytest.fixture
def cluster_factory(tmp_path: Path) -> Iterator[Callable[..., Cluster]]:
    made: list[Cluster] = []

    def make(
        database_url: str, broker_url: str, extra_env: dict[str, str] | None = None
    ) -> Cluster:
        cluster = Cluster(database_url, broker_url, tmp_path, extra_env or {})
        made.append(cluster)
        return cluster

    yield make
    for cluster in made:
        cluster.stop()
