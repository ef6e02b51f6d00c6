"""The secrets of accounts: passwords hashed with argon2, cookies and tokens kept as digests.

* Passwords are hashed with argon2id at OWASP's recommended cost (19 MiB, 2 passes, one
  lane): argon2-cffi's default of 64 MiB per check let 100 concurrent sign-ins take a
  server from 371 MiB to 2.5 GiB. A hash made with other parameters is replaced at the
  next good sign-in (``needs_rehash``).
* A check against no stored hash verifies against a dummy hash made with the same
  parameters: the answer takes as long whether or not the address has an account.
* ``HashingGate`` bounds how many checks run at once, and how many wait; beyond that a
  sign-in is refused at once (``Busy``) rather than queued without end.
* A new password must pass ``check_strength``: long enough, not one character or one
  short part repeated, not a common password (``data/passwords/common.txt``) with digits
  or punctuation around it, not a run of the keyboard or the alphabet.
* Session cookies and API tokens are random; the store keeps only their SHA-256, so a
  copy of the database signs nobody in.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from toancanh.errors import Invalid

T = TypeVar("T")
MIN_PASSWORD = 10
MIN_DISTINCT = 5  # different characters, spaces not counted
TOKEN_PREFIX = "tc_"  # tells an API token from other secrets at a glance (and to scanners)
# OWASP Password Storage Cheat Sheet, argon2id: m=19 MiB, t=2, p=1.
ARGON2_MEMORY_KIB = 19 * 1024
ARGON2_PASSES = 2
ARGON2_LANES = 1
# Runs a password may not be part of, forwards or backwards.
_RUNS = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_AROUND = re.compile(r"^[\W\d_]*(.*?)[\W\d_]*$")


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher(
        time_cost=ARGON2_PASSES, memory_cost=ARGON2_MEMORY_KIB, parallelism=ARGON2_LANES
    )


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher().hash(new_secret())


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    lines = (resources.files("toancanh.data.passwords") / "common.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in lines.splitlines() if line.strip() and not line.startswith("#")
    )


def _letters(password: str) -> str:
    """A password as the common list spells it: lower-case, no spaces or punctuation."""
    return re.sub(r"[\W_]", "", password.lower())


def _is_run(word: str) -> bool:
    return len(word) >= 4 and any(word in run or word in run[::-1] for run in _RUNS)


def _is_repeated(password: str) -> bool:
    """One short part said again and again: "abcabcabcabc", "hehehehehe"."""
    size = len(password)
    return any(
        size % part == 0 and password == password[:part] * (size // part)
        for part in range(1, size // 2 + 1)
    )


def check_strength(password: str) -> None:
    """Refuse a password that is easy to guess, saying why (see the module docstring)."""
    if len(password.strip()) < MIN_PASSWORD:
        raise Invalid(
            "a password needs at least {minimum} characters",
            field="password",
            minimum=MIN_PASSWORD,
        )
    letters = _letters(password)
    if len(set(password.lower()) - {" "}) < MIN_DISTINCT or _is_repeated(password.lower()):
        raise Invalid(
            "a password needs at least {distinct} different characters, not one part repeated",
            field="password",
            distinct=MIN_DISTINCT,
        )
    core = _AROUND.match(password.lower())
    stem = _letters(core.group(1)) if core else letters
    if letters in common_passwords() or stem in common_passwords() or _is_run(letters):
        raise Invalid(
            "this password is among the most common ones: choose one that is hard to guess",
            field="password",
        )


def hash_password(password: str) -> str:
    check_strength(password)
    return _hasher().hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """Whether a password matches its stored hash; with none, the same work is done
    against a dummy hash, so that the time of an answer tells nothing."""
    try:
        return _hasher().verify(stored or _dummy_hash(), password) and bool(stored)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """A hash made with other parameters than today's (replaced at the next sign-in)."""
    try:
        return _hasher().check_needs_rehash(stored)
    except InvalidHashError:
        return False


def rehash(password: str) -> str:
    """Today's hash of a password already accepted (no strength check: it is not new)."""
    return _hasher().hash(password)


class Busy(Exception):
    """Too many password checks running and waiting: try again in ``retry_after`` s."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"busy: try again in {retry_after} s")
        self.retry_after = retry_after


@dataclass
class HashingGate:
    """At most ``concurrent`` password checks at a time, and ``waiting`` more queued for
    up to ``wait_seconds``; any more is refused at once with ``Busy``.

    Each check holds about 19 MiB and a core for tens of milliseconds: without a bound, a
    burst of sign-ins takes the memory and the CPU from everything else the server does.
    The checks themselves run on the gate's own ``concurrent`` threads (``run``): glibc
    keeps a freed 19 MiB block in the arena of the thread that used it, so checks spread
    over a 40-thread server pool would leave up to 40 such blocks resident.
    """

    concurrent: int = 2
    waiting: int = 8
    wait_seconds: float = 5.0
    _slots: threading.Semaphore = field(init=False, repr=False)
    _lock: threading.Lock = field(init=False, repr=False, default_factory=threading.Lock)
    _inside: int = field(init=False, default=0)
    _workers: ThreadPoolExecutor = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._slots = threading.Semaphore(self.concurrent)
        self._workers = ThreadPoolExecutor(self.concurrent, thread_name_prefix="password-check")

    def run(self, work: Callable[[], T]) -> T:
        """Run one check on the gate's threads (call it inside ``slot``)."""
        return self._workers.submit(work).result()

    @property
    def retry_after(self) -> int:
        return max(1, round(self.wait_seconds))

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self._lock:
            if self._inside >= self.concurrent + self.waiting:
                raise Busy(self.retry_after)
            self._inside += 1
        try:
            if not self._slots.acquire(timeout=self.wait_seconds):
                raise Busy(self.retry_after)
            try:
                yield
            finally:
                self._slots.release()
        finally:
            with self._lock:
                self._inside -= 1


def digest(secret: str) -> str:
    """What the store keeps of a session cookie or an API token."""
    return hashlib.sha256(secret.encode()).hexdigest()


def new_secret() -> str:
    """32 random bytes, URL-safe: a session cookie, a CSRF token."""
    return secrets.token_urlsafe(32)


def new_token() -> str:
    """An API token: shown once to whoever asked for it, then only its digest is kept."""
    return TOKEN_PREFIX + new_secret()
