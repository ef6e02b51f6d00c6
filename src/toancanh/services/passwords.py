"""The secrets of accounts: passwords hashed with argon2, cookies and tokens kept as digests.

* Passwords: argon2-cffi's defaults (RFC 9106 low-memory profile); at least
  ``MIN_PASSWORD`` characters. A check against no stored hash does the same work as a real
  one, so that the time of an answer does not tell whether an address has an account.
* Session cookies and API tokens are random; the store keeps only their SHA-256, so a
  copy of the database signs nobody in.
"""

from __future__ import annotations

import hashlib
import secrets
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from toancanh.errors import Invalid

MIN_PASSWORD = 10
TOKEN_PREFIX = "tc_"  # tells an API token from other secrets at a glance (and to scanners)


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise Invalid(
            "a password needs at least {minimum} characters",
            field="password",
            minimum=MIN_PASSWORD,
        )
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
    """What the store keeps of a session cookie or an API token."""
    return hashlib.sha256(secret.encode()).hexdigest()


def new_secret() -> str:
    """32 random bytes, URL-safe: a session cookie, a CSRF token."""
    return secrets.token_urlsafe(32)


def new_token() -> str:
    """An API token: shown once to whoever asked for it, then only its digest is kept."""
    return TOKEN_PREFIX + new_secret()
