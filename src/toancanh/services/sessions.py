"""Who is signed in: sign-in with rate limiting and lockout, sessions, and the user behind
a session cookie or an API token.

* Sign-in: an account is locked for ``LOCK_MINUTES`` after ``LOCK_AFTER`` failures in a
  row; an address with ``IP_LIMIT`` failures within ``IP_WINDOW`` is refused until the
  window passes. Each attempt is counted in the store *before* its password is checked
  (``AccountRepository.start_login``), so concurrent attempts cannot all read the same
  count: however many arrive at once, no more than the limits reach a password check.
* A locked account, an unknown address and a wrong password give the same answer
  (``reason`` tells them apart for the logs and tests; front-ends must not), after the
  same work: one password check, against a dummy hash when there is nothing to check.
* Password checks go through the caller's ``HashingGate``: beyond it the answer is
  ``busy``, at once, and nothing is counted (nothing was checked).
* Sessions: the cookie holds 32 random bytes; the store keeps their SHA-256, the user and
  a CSRF token; a session lasts ``SESSION_DAYS``. A disabled account's sessions and
  tokens sign nobody in.
* A token's last use is written at most once a minute (the store's
  ``TOKEN_USE_RESOLUTION``), not on every call.

These are not use cases of an actor: anybody may try to sign in. The cookies and the
CSRF check themselves are the web's (``web/auth.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from toancanh.domain.accounts import User
from toancanh.services.passwords import (
    TOKEN_PREFIX,
    Busy,
    HashingGate,
    digest,
    needs_rehash,
    new_secret,
    rehash,
    verify_password,
)
from toancanh.store import Store
from toancanh.store.accounts import LoginLimits

LOCK_AFTER = 5
LOCK_MINUTES = 15
IP_LIMIT = 20
IP_WINDOW = timedelta(minutes=15)
SESSION_DAYS = 7
LIMITS = LoginLimits(IP_LIMIT, IP_WINDOW, LOCK_AFTER, timedelta(minutes=LOCK_MINUTES))
REFUSED_ALIKE = frozenset({"bad_credentials", "locked"})  # one answer for both


@dataclass(frozen=True)
class SignIn:
    user: User | None  # None: refused
    reason: str = ""  # bad_credentials, locked, rate_limited, busy, disabled
    retry_after: int = 0  # seconds, for rate_limited and busy (and locked, never shown)


def sign_in(
    store: Store, email: str, password: str, ip: str, gate: HashingGate | None = None
) -> SignIn:
    """Check a password, with the limits of the module docstring (no gate: unbounded)."""
    run: Callable[[Callable[[], Any]], Any] = gate.run if gate is not None else _now
    try:
        with gate.slot() if gate is not None else nullcontext():
            return _sign_in(store, email.strip().lower(), password, ip, run)
    except Busy as busy:
        return SignIn(None, "busy", busy.retry_after)


def _now(work: Callable[[], Any]) -> Any:
    return work()


def _sign_in(
    store: Store, email: str, password: str, ip: str, run: Callable[[Callable[[], Any]], Any]
) -> SignIn:
    user = store.accounts.find_user(email)
    start = store.accounts.start_login(ip=ip, email=email, user=user, limits=LIMITS)
    if start.rate_limited:
        return SignIn(None, "rate_limited", int(IP_WINDOW.total_seconds()))
    locked = start.streak > LOCK_AFTER
    stored = store.accounts.password_hash(user.id) if user and not locked else None
    good = run(lambda: verify_password(stored, password))  # a dummy hash if none stored
    if locked and start.locked_until is not None:
        wait = int((start.locked_until - datetime.now(UTC)).total_seconds()) + 1
        return SignIn(None, "locked", max(wait, 1))
    if not good or user is None or stored is None:
        return SignIn(None, "bad_credentials")
    if user.disabled:
        return SignIn(None, "disabled")
    fresher = run(lambda: rehash(password)) if needs_rehash(stored) else None
    store.accounts.finish_login(start, user, success=True, new_hash=fresher)
    return SignIn(user)


@dataclass(frozen=True)
class NewSession:
    cookie: str  # the value for the browser: only its hash is stored
    csrf_token: str
    expires_at: datetime


def open_session(store: Store, user: User) -> NewSession:
    cookie, csrf = new_secret(), new_secret()
    expires = datetime.now(UTC) + timedelta(days=SESSION_DAYS)
    store.accounts.add_session(
        id_hash=digest(cookie), user=user, csrf_token=csrf, expires_at=expires
    )
    return NewSession(cookie, csrf, expires)


def end_session(store: Store, cookie: str | None) -> None:
    """Sign out: the cookie opens nothing any more (an unknown one is no error)."""
    if cookie:
        store.accounts.end_session(digest(cookie))


def session_user(store: Store, cookie: str | None) -> tuple[User, str] | None:
    """The user of a session cookie and its CSRF token; None for none, expired or disabled."""
    if not cookie:
        return None
    found = store.accounts.session_user(digest(cookie))
    if found is None or found[0].disabled:
        return None
    return found


def token_user(store: Store, token: str | None) -> User | None:
    """The user of an API token; None for none, an unknown one or a disabled account."""
    if not token or not token.startswith(TOKEN_PREFIX):
        return None
    user = store.accounts.user_for_token(digest(token))
    return None if user is None or user.disabled else user
