"""SQL for accounts: users, API tokens, browser sessions and sign-in attempts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, case, delete, func, insert, literal, select, text, update

from toancanh.domain.accounts import User
from toancanh.store.schema import UTCDateTime, api_tokens, login_attempts, sessions, users
from toancanh.store.sql.rows import from_row


def _user(row: Any) -> User:
    return from_row(
        User, row, disabled=bool(row.disabled), has_password=row.password_hash is not None
    )


def add_user(
    conn: Connection,
    *,
    email: str,
    password_hash: str | None,
    role: str,
    unit: str | None,
    now: datetime,
) -> int:
    result = conn.execute(
        insert(users)
        .values(
            email=email,
            password_hash=password_hash,
            role=role,
            unit=unit,
            disabled=False,
            failed_logins=0,
            created_at=now,
        )
        .returning(users.c.id)
    )
    return int(result.scalar_one())


def get_user(
    conn: Connection, *, user_id: int | None = None, email: str | None = None
) -> User | None:
    query = select(users)
    query = (
        query.where(users.c.id == user_id)
        if user_id is not None
        else query.where(users.c.email == email)
    )
    row = conn.execute(query).first()
    return _user(row) if row else None


def password_hash(conn: Connection, user_id: int) -> str | None:
    return conn.execute(select(users.c.password_hash).where(users.c.id == user_id)).scalar()


def list_users(conn: Connection) -> list[User]:
    return [_user(r) for r in conn.execute(select(users).order_by(users.c.email))]


def update_user(conn: Connection, user_id: int, **values: Any) -> None:
    conn.execute(update(users).where(users.c.id == user_id).values(**values))


def record_attempt(conn: Connection, *, ip: str, email: str, success: bool, now: datetime) -> int:
    result = conn.execute(
        insert(login_attempts)
        .values(at=now, ip=ip, email=email, success=success)
        .returning(login_attempts.c.id)
    )
    return int(result.scalar_one())


def lock_address(conn: Connection, ip: str) -> None:
    """Serialise the sign-ins of one address until the transaction ends. SQLite's write
    transaction is one lock already; PostgreSQL's READ COMMITTED would let two attempts
    count the same failures, so they queue on an advisory lock keyed by the address."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": f"login:{ip}"})


def count_attempt(
    conn: Connection, user_id: int, now: datetime, lock_after: int, lock_until: datetime
) -> int:
    """Add one attempt to an account's failure streak before its password is checked and
    return the new streak (one UPDATE ... RETURNING: the row lock orders concurrent
    attempts, so each sees its own number). A lock that has run out starts a new streak;
    the attempt that reaches ``lock_after`` sets the lock."""
    expired = users.c.locked_until.is_not(None) & (users.c.locked_until <= now)
    streak = case((expired, 1), else_=users.c.failed_logins + 1)
    still_locked = users.c.locked_until.is_not(None) & (users.c.locked_until > now)
    lock = case(
        (still_locked, users.c.locked_until),
        (streak >= lock_after, literal(lock_until, UTCDateTime())),
        else_=None,
    )
    result = conn.execute(
        update(users)
        .where(users.c.id == user_id)
        .values(failed_logins=streak, locked_until=lock)
        .returning(users.c.failed_logins)
    )
    return int(result.scalar_one())


def mark_attempt_good(conn: Connection, attempt_id: int) -> None:
    conn.execute(
        update(login_attempts).where(login_attempts.c.id == attempt_id).values(success=True)
    )


def failures_from(conn: Connection, ip: str, since: datetime) -> int:
    query = select(func.count()).where(
        login_attempts.c.ip == ip, login_attempts.c.at >= since, login_attempts.c.success.is_(False)
    )
    return int(conn.execute(query).scalar_one())


def add_token(
    conn: Connection, *, user_id: int, token_hash: str, name: str | None, now: datetime
) -> None:
    conn.execute(
        insert(api_tokens).values(user_id=user_id, token_hash=token_hash, name=name, created_at=now)
    )


def user_for_token(conn: Connection, token_hash: str) -> tuple[User, datetime | None] | None:
    """The token's user and when the token was last used."""
    row = conn.execute(
        select(users, api_tokens.c.last_used_at.label("token_last_used_at"))
        .join(api_tokens, api_tokens.c.user_id == users.c.id)
        .where(api_tokens.c.token_hash == token_hash)
    ).first()
    return (_user(row), row.token_last_used_at) if row else None


def touch_token(conn: Connection, token_hash: str, now: datetime) -> None:
    conn.execute(
        update(api_tokens).where(api_tokens.c.token_hash == token_hash).values(last_used_at=now)
    )


def revoke_tokens(conn: Connection, user_id: int) -> int:
    return conn.execute(delete(api_tokens).where(api_tokens.c.user_id == user_id)).rowcount


def add_session(
    conn: Connection,
    *,
    id_hash: str,
    user_id: int,
    csrf_token: str,
    now: datetime,
    expires_at: datetime,
) -> None:
    conn.execute(
        insert(sessions).values(
            id_hash=id_hash,
            user_id=user_id,
            csrf_token=csrf_token,
            created_at=now,
            expires_at=expires_at,
        )
    )


def session_user(conn: Connection, id_hash: str, now: datetime) -> tuple[User, str] | None:
    row = conn.execute(
        select(users, sessions.c.csrf_token)
        .join(sessions, sessions.c.user_id == users.c.id)
        .where(sessions.c.id_hash == id_hash, sessions.c.expires_at > now)
    ).first()
    return (_user(row), row.csrf_token) if row else None


def delete_session(conn: Connection, id_hash: str) -> None:
    conn.execute(delete(sessions).where(sessions.c.id_hash == id_hash))


def delete_user_sessions(conn: Connection, user_id: int) -> None:
    conn.execute(delete(sessions).where(sessions.c.user_id == user_id))


def purge(conn: Connection, now: datetime, attempts_before: datetime) -> None:
    """Forget expired sessions and old sign-in attempts."""
    conn.execute(delete(sessions).where(sessions.c.expires_at <= now))
    conn.execute(delete(login_attempts).where(login_attempts.c.at < attempts_before))
