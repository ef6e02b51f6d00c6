"""Accounts: passwords, sign-in with rate limiting and lockout, sessions, API tokens, roles.

Plain functions over the store, shared by the web app and the ``toancanh users`` commands.

* Passwords are hashed with argon2 (argon2-cffi's defaults, RFC 9106 low-memory profile).
* Sign-in: an account is locked for ``LOCK_MINUTES`` after ``LOCK_AFTER`` failures in a
  row; an address with ``IP_LIMIT`` failures within ``IP_WINDOW`` is refused (HTTP 429)
  until the window passes. Both answers take the same time as a wrong password, and say
  nothing about whether the address exists.
* Sessions: the cookie holds 32 random bytes; the store keeps their SHA-256, the user and a
  CSRF token. API tokens likewise: ``tc_`` + 32 random bytes, shown once, kept as SHA-256.
* Roles: viewers read; analysts also label, and manage watchlists, rules and incidents;
  admins also manage sources, channels and users.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from toancanh.domain import ROLES, User
from toancanh.store import Store

LOCK_AFTER = 5
LOCK_MINUTES = 15
IP_LIMIT = 20
IP_WINDOW = timedelta(minutes=15)
SESSION_DAYS = 7
MIN_PASSWORD = 10
TOKEN_PREFIX = "tc_"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class AccountError(ValueError):
    """Account input that cannot be taken; the message says what to fix."""


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")
    return _hasher().hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    if not stored:
        _hasher().hash(password)  # the same work as a real check: no timing difference
        return False
    try:
        return _hasher().verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def check_email(email: str) -> str:
    clean = email.strip().lower()
    if not _EMAIL.match(clean) or len(clean) > 320:
        raise AccountError(f"{email!r} is not an e-mail address")
    return clean


def check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; use {', '.join(ROLES)}")
    return role


@dataclass(frozen=True)
class SignIn:
    user: User | None  # None: refused
    reason: str = ""  # bad_credentials, locked, rate_limited, disabled
    retry_after: int = 0  # seconds, for locked and rate_limited


def sign_in(store: Store, email: str, password: str, ip: str) -> SignIn:
    """Check a password, with the rate limits and the lockout of the module docstring."""
    now = datetime.now(UTC)
    email = email.strip().lower()
    if store.accounts.login_failures_from(ip, now - IP_WINDOW) >= IP_LIMIT:
        verify_password(None, password)
        store.accounts.record_login(ip=ip, email=email, user=None, success=False, lock_until=None)
        return SignIn(None, "rate_limited", int(IP_WINDOW.total_seconds()))
    user = store.accounts.find_user(email)
    if user is not None and user.locked_until is not None and user.locked_until > now:
        verify_password(None, password)
        wait = int((user.locked_until - now).total_seconds()) + 1
        return SignIn(None, "locked", wait)
    good = verify_password(store.accounts.password_hash(user.id) if user else None, password)
    if good and user is not None and user.disabled:
        return SignIn(None, "disabled")
    lock = None
    if not good and user is not None and user.failed_logins + 1 >= LOCK_AFTER:
        lock = now + timedelta(minutes=LOCK_MINUTES)
    store.accounts.record_login(ip=ip, email=email, user=user, success=good, lock_until=lock)
    if not good or user is None:
        return SignIn(None, "bad_credentials")
    return SignIn(user)


@dataclass(frozen=True)
class NewSession:
    cookie: str  # the value for the browser: only its hash is stored
    csrf_token: str
    expires_at: datetime


def open_session(store: Store, user: User) -> NewSession:
    cookie = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    expires = datetime.now(UTC) + timedelta(days=SESSION_DAYS)
    store.accounts.add_session(
        id_hash=digest(cookie), user=user, csrf_token=csrf, expires_at=expires
    )
    return NewSession(cookie, csrf, expires)


def session_user(store: Store, cookie: str | None) -> tuple[User, str] | None:
    """The user of a session cookie and its CSRF token; None for none, expired or disabled."""
    if not cookie:
        return None
    found = store.accounts.session_user(digest(cookie))
    if found is None or found[0].disabled:
        return None
    return found


def new_token(store: Store, user: User, name: str | None, actor: str) -> str:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    store.accounts.add_token(user, digest(token), name, actor)
    return token


def token_user(store: Store, token: str | None) -> User | None:
    if not token or not token.startswith(TOKEN_PREFIX):
        return None
    user = store.accounts.user_for_token(digest(token))
    return None if user is None or user.disabled else user


def csrf_matches(expected: str, given: str | None) -> bool:
    return bool(given) and secrets.compare_digest(expected, given or "")
