"""Who is signed in: sign-in with rate limiting and lockout, sessions, and the user behind
a session cookie or an API token.

* Sign-in: an account is locked for ``LOCK_MINUTES`` after ``LOCK_AFTER`` failures in a
  row; an address with ``IP_LIMIT`` failures within ``IP_WINDOW`` is refused until the
  window passes. Both answers take the same time as a wrong password, and say nothing
  about whether the address has an account.
* Sessions: the cookie holds 32 random bytes; the store keeps their SHA-256, the user and
  a CSRF token; a session lasts ``SESSION_DAYS``. A disabled account's sessions and
  tokens sign nobody in.
* A token's last use is written at most once a minute (the store's
  ``TOKEN_USE_RESOLUTION``), not on every call.

These are not use cases of an actor: anybody may try to sign in. The cookies and the
CSRF check themselves are the web's (``web/auth.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from toancanh.domain.accounts import User
from toancanh.services.passwords import TOKEN_PREFIX, digest, new_secret, verify_password
from toancanh.store import Store

LOCK_AFTER = 5
LOCK_MINUTES = 15
IP_LIMIT = 20
IP_WINDOW = timedelta(minutes=15)
SESSION_DAYS = 7


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
