"""Users, API tokens, browser sessions and sign-in attempts (migration 0004)."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Index, Integer, String, Text

from toancanh.store.schema.base import UTCDateTime, keyless_table, ref, table

users = table(
    "users",
    Column("email", String(320), nullable=False, unique=True),  # stored lowercase
    Column("password_hash", Text),  # argon2; None: the account signs in with tokens only
    Column("role", String(16), nullable=False),  # admin, analyst, viewer
    Column("unit", String(200)),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("failed_logins", Integer, nullable=False, default=0),  # in a row
    Column("locked_until", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
    Column("last_login_at", UTCDateTime),
)

# API tokens: only a SHA-256 of each is kept; the token is shown once, when created.
api_tokens = table(
    "api_tokens",
    ref("user_id", "users", nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("name", String(200)),
    Column("created_at", UTCDateTime, nullable=False),
    Column("last_used_at", UTCDateTime),
    Index("ix_api_tokens_user", "user_id"),
)

# Browser sessions: the cookie holds a random id, the table its SHA-256 and a CSRF token.
sessions = keyless_table(
    "sessions",
    Column("id_hash", String(64), primary_key=True),
    ref("user_id", "users", nullable=False),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Index("ix_sessions_user", "user_id"),
)

# Every sign-in attempt, for rate limiting by address and by account.
login_attempts = table(
    "login_attempts",
    Column("at", UTCDateTime, nullable=False),
    Column("ip", String(64), nullable=False),
    Column("email", String(320), nullable=False),
    Column("success", Boolean, nullable=False),
    Index("ix_login_attempts_ip", "ip", "at"),
    Index("ix_login_attempts_email", "email", "at"),
)
