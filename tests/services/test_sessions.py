"""Signing in on both engines: passwords, lockout, rate limits, sessions, tokens, audit."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from toancanh.access import Actor
from toancanh.errors import Invalid
from toancanh.services import accounts, passwords, sessions
from toancanh.services.accounts import NewUser
from toancanh.store import Store
from toancanh.store.schema import api_tokens, users

T = TypeVar("T")
PASSWORD = "mật khẩu đủ dài 123"
ADMIN = Actor.operator("admin@bo.gov.vn")


def add(store: Store, email: str = "an@bo.gov.vn", role: str = "analyst") -> None:
    accounts.add_user(store, ADMIN, NewUser(email, role, "Vụ Truyền thông", PASSWORD))


def new_token(store: Store, user_id: int, name: str | None) -> str:
    return accounts.issue_token(store, ADMIN, user_id, name).token


def test_a_good_password_signs_in_and_a_bad_one_does_not(store: Store) -> None:
    add(store)
    good = sessions.sign_in(store, " An@Bo.gov.vn ", PASSWORD, "10.0.0.1")
    assert good.user is not None and good.user.role == "analyst"
    assert store.accounts.find_user("an@bo.gov.vn").last_login_at is not None  # type: ignore[union-attr]
    bad = sessions.sign_in(store, "an@bo.gov.vn", "sai mật khẩu rồi", "10.0.0.1")
    assert bad.user is None and bad.reason == "bad_credentials"
    nobody = sessions.sign_in(store, "ai@do.vn", PASSWORD, "10.0.0.1")
    assert nobody.reason == "bad_credentials"  # no hint that the address is unknown


def test_an_account_locks_after_repeated_failures(store: Store) -> None:
    add(store)
    for _ in range(sessions.LOCK_AFTER):
        assert sessions.sign_in(store, "an@bo.gov.vn", "wrong password!", "10.0.0.2").user is None
    locked = sessions.sign_in(store, "an@bo.gov.vn", PASSWORD, "10.0.0.3")
    assert locked.reason == "locked" and 0 < locked.retry_after <= sessions.LOCK_MINUTES * 60 + 1


def test_one_address_hammering_is_refused(store: Store) -> None:
    add(store)
    for k in range(sessions.IP_LIMIT):
        sessions.sign_in(store, f"x{k}@a.vn", "wrong password!", "10.9.9.9")
    refused = sessions.sign_in(store, "an@bo.gov.vn", PASSWORD, "10.9.9.9")
    assert refused.reason == "rate_limited" and refused.retry_after > 0
    assert sessions.sign_in(store, "an@bo.gov.vn", PASSWORD, "10.0.0.4").user is not None


def test_sessions_and_tokens(store: Store) -> None:
    add(store)
    user = store.accounts.find_user("an@bo.gov.vn")
    assert user is not None
    session = sessions.open_session(store, user)
    found = sessions.session_user(store, session.cookie)
    assert found is not None and found[0].id == user.id and found[1] == session.csrf_token
    assert sessions.session_user(store, "forged") is None
    token = new_token(store, user.id, "bao cao")
    assert token.startswith("tc_") and sessions.token_user(store, token).id == user.id  # type: ignore[union-attr]
    assert sessions.token_user(store, token + "x") is None
    accounts.change_user(store, ADMIN, user.id, disabled=True)
    assert sessions.session_user(store, session.cookie) is None  # sessions end with the account
    assert sessions.token_user(store, token) is None
    actions = [e.action for e in store.audit.entries(entity="user")]
    assert actions == ["update", "token", "create"]
    logged = str([(e.before, e.after) for e in store.audit.entries(entity="user")])
    assert "$argon2" not in logged and token not in logged  # no secret reaches the log


def test_signing_out_ends_the_session(store: Store) -> None:
    add(store)
    user = store.accounts.find_user("an@bo.gov.vn")
    assert user is not None
    session = sessions.open_session(store, user)
    sessions.end_session(store, session.cookie)
    assert sessions.session_user(store, session.cookie) is None
    sessions.end_session(store, None)  # no cookie: nothing to end, no error
    sessions.end_session(store, "unknown")


def test_a_token_records_its_last_use_without_a_write_per_call(store: Store) -> None:
    add(store)
    user = store.accounts.find_user("an@bo.gov.vn")
    assert user is not None
    token = new_token(store, user.id, None)

    def last_used() -> object:
        with store.read() as conn:
            return conn.execute(select(api_tokens.c.last_used_at)).scalar_one()

    assert last_used() is None
    sessions.token_user(store, token)
    first = last_used()
    assert first is not None
    sessions.token_user(store, token)  # within the minute: no second write
    assert last_used() == first


def test_bad_account_input_is_refused_clearly() -> None:
    with pytest.raises(Invalid, match="at least"):
        passwords.hash_password("ngắn")
    with pytest.raises(Invalid, match="e-mail"):
        accounts.check_email("không-phải-email")
    with pytest.raises(Invalid, match="unknown role"):
        accounts.check_role("superuser")


def test_hashes_are_argon2_and_salted() -> None:
    first, second = passwords.hash_password(PASSWORD), passwords.hash_password(PASSWORD)
    assert first.startswith("$argon2") and first != second
    assert passwords.verify_password(first, PASSWORD) and not passwords.verify_password(
        first, "x" * 12
    )


def together(count: int, attempt: Callable[[int], sessions.SignIn]) -> list[sessions.SignIn]:
    """``count`` sign-ins started at the same moment from as many threads."""
    start = threading.Barrier(count)

    def run(k: int) -> sessions.SignIn:
        start.wait()
        return attempt(k)

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(run, range(count)))


def test_parallel_wrong_passwords_check_no_more_than_the_lockout_allows(store: Store) -> None:
    add(store)
    answers = together(
        25, lambda k: sessions.sign_in(store, "an@bo.gov.vn", f"đoán sai số {k}", f"10.1.0.{k}")
    )
    checked = [a for a in answers if a.reason == "bad_credentials"]
    assert len(checked) == sessions.LOCK_AFTER  # the rest were refused before any check
    assert sum(a.reason == "locked" for a in answers) == 25 - sessions.LOCK_AFTER
    right = sessions.sign_in(store, "an@bo.gov.vn", PASSWORD, "10.1.1.1")
    assert right.user is None and right.reason == "locked"


def test_parallel_attempts_from_one_address_check_no_more_than_its_limit(store: Store) -> None:
    add(store)
    answers = together(
        60, lambda k: sessions.sign_in(store, f"x{k}@a.vn", "wrong password!", "10.9.9.8")
    )
    assert sum(a.reason == "bad_credentials" for a in answers) == sessions.IP_LIMIT
    assert sum(a.reason == "rate_limited" for a in answers) == 60 - sessions.IP_LIMIT


def test_a_locked_account_takes_no_password_and_opens_again_after_the_lock(
    store: Store,
) -> None:
    add(store)
    for _ in range(sessions.LOCK_AFTER):
        sessions.sign_in(store, "an@bo.gov.vn", "wrong password!", "10.0.0.5")
    assert sessions.sign_in(store, "an@bo.gov.vn", PASSWORD, "10.0.0.5").reason == "locked"
    user = store.accounts.find_user("an@bo.gov.vn")
    assert user is not None
    with store.write() as conn:  # the lock ran out
        conn.execute(
            update(users)
            .where(users.c.id == user.id)
            .values(locked_until=datetime.now(UTC) - timedelta(seconds=1))
        )
    assert sessions.sign_in(store, "an@bo.gov.vn", PASSWORD, "10.0.0.5").user is not None
    assert store.accounts.find_user("an@bo.gov.vn").failed_logins == 0  # type: ignore[union-attr]


def test_the_hashing_gate_refuses_at_once_beyond_its_queue(store: Store) -> None:
    add(store)
    gate = passwords.HashingGate(concurrent=1, waiting=0, wait_seconds=5)
    with gate.slot():  # a check in progress, and no room to wait
        busy = sessions.sign_in(store, "an@bo.gov.vn", PASSWORD, "10.0.0.6", gate)
    assert busy.user is None and busy.reason == "busy" and busy.retry_after > 0
    assert store.accounts.login_failures_from("10.0.0.6", datetime.now(UTC) - timedelta(1)) == 0
    assert sessions.sign_in(store, "an@bo.gov.vn", PASSWORD, "10.0.0.6", gate).user is not None


def test_an_old_hash_is_replaced_at_the_next_sign_in(store: Store) -> None:
    add(store)
    user = store.accounts.find_user("an@bo.gov.vn")
    assert user is not None
    old = PasswordHasher().hash(PASSWORD)  # argon2-cffi's defaults: 64 MiB
    with store.write() as conn:
        conn.execute(update(users).where(users.c.id == user.id).values(password_hash=old))
    assert sessions.sign_in(store, "an@bo.gov.vn", PASSWORD, "10.0.0.7").user is not None
    fresh = store.accounts.password_hash(user.id)
    assert fresh != old and f"m={passwords.ARGON2_MEMORY_KIB}," in (fresh or "")
    assert sessions.sign_in(store, "an@bo.gov.vn", PASSWORD, "10.0.0.7").user is not None


@pytest.mark.parametrize(
    "weak",
    [
        " " * 12,
        "aaaaaaaaaa",
        "password12",
        "Password!2026",
        "matkhau@2026",
        "1234567890",
        "qwertyuiop1",
        "abcabcabcabc",
        "hehehehehehe",
        "ngắn",
    ],
)
def test_weak_passwords_are_refused_wherever_one_is_set(store: Store, weak: str) -> None:
    with pytest.raises(Invalid, match="password"):
        accounts.add_user(store, ADMIN, NewUser("yeu@bo.gov.vn", "viewer", None, weak))
    add(store)
    user = store.accounts.find_user("an@bo.gov.vn")
    assert user is not None
    with pytest.raises(Invalid, match="password"):
        accounts.set_password(store, ADMIN, user.id, weak)


def test_strong_passwords_pass() -> None:
    for good in (PASSWORD, "một mật khẩu đủ dài", "ngựa-pin-đúng-ghim", "Tr4m-Ch1m-Bay-Xa"):
        passwords.check_strength(good)


class CountingGate(passwords.HashingGate):
    """A gate that counts the password checks run through it."""

    checks = 0

    def run(self, work: Callable[[], T]) -> T:
        self.checks += 1
        return super().run(work)


def test_locked_unknown_and_wrong_each_cost_one_password_check(store: Store) -> None:
    add(store)
    for _ in range(sessions.LOCK_AFTER):
        sessions.sign_in(store, "an@bo.gov.vn", "wrong password!", "10.0.0.8")
    for email, password in (
        ("an@bo.gov.vn", PASSWORD),  # locked: the right password is not even looked at
        ("ai@do.vn", PASSWORD),  # unknown
    ):
        gate = CountingGate()
        assert sessions.sign_in(store, email, password, "10.0.0.9", gate).user is None
        assert gate.checks == 1, email
    add(store, "hai@bo.gov.vn")
    gate = CountingGate()
    assert (
        sessions.sign_in(store, "hai@bo.gov.vn", "wrong password!", "10.0.0.9", gate).user is None
    )
    assert gate.checks == 1
