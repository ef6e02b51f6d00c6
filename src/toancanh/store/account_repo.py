"""The store's accounts side: users, tokens, sessions, sign-in attempts (a ``Store`` mixin).

Changes to users are written to the audit log in the same transaction (never a password
or a token, only that they changed).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from toancanh.domain import User
from toancanh.store.sql import accounts as account_sql
from toancanh.store.sql import audit as audit_sql

# "Last used" is for spotting stale tokens, not for auditing each call: a write per API
# request would queue every reader behind SQLite's single writer.
TOKEN_USE_RESOLUTION = timedelta(minutes=1)


def _now() -> datetime:
    return datetime.now(UTC)


def _public(user: User) -> dict[str, Any]:
    data = asdict(user)
    for key in ("failed_logins", "locked_until", "last_login_at"):
        data.pop(key, None)
    return data


class AccountsMixin:
    read: Callable[[], AbstractContextManager[Connection]]
    write: Callable[[], AbstractContextManager[Connection]]

    def add_user(
        self, *, email: str, password_hash: str | None, role: str, unit: str | None, actor: str
    ) -> User:
        now = _now()
        with self.write() as conn:
            user_id = account_sql.add_user(
                conn, email=email, password_hash=password_hash, role=role, unit=unit, now=now
            )
            user = account_sql.get_user(conn, user_id=user_id)
            assert user is not None
            audit_sql.record(
                conn,
                actor=actor,
                action="create",
                entity="user",
                entity_id=user_id,
                before=None,
                after=_public(user),
                now=now,
            )
        return user

    def get_user(self, user_id: int) -> User | None:
        with self.read() as conn:
            return account_sql.get_user(conn, user_id=user_id)

    def find_user(self, email: str) -> User | None:
        with self.read() as conn:
            return account_sql.get_user(conn, email=email.strip().lower())

    def list_users(self) -> list[User]:
        with self.read() as conn:
            return account_sql.list_users(conn)

    def password_hash(self, user_id: int) -> str | None:
        with self.read() as conn:
            return account_sql.password_hash(conn, user_id)

    def change_user(self, user_id: int, actor: str, **values: Any) -> User:
        """Change role, unit, disabled or password_hash; a password change and a disabled
        account end the user's sessions."""
        now = _now()
        with self.write() as conn:
            before = account_sql.get_user(conn, user_id=user_id)
            if before is None:
                raise KeyError(user_id)
            account_sql.update_user(conn, user_id, **values)
            if "password_hash" in values or values.get("disabled"):
                account_sql.delete_user_sessions(conn, user_id)
            after = account_sql.get_user(conn, user_id=user_id)
            assert after is not None
            changed = _public(after) | (
                {"password": "changed"} if "password_hash" in values else {}
            )
            audit_sql.record(
                conn,
                actor=actor,
                action="update",
                entity="user",
                entity_id=user_id,
                before=_public(before),
                after=changed,
                now=now,
            )
        return after

    def record_login(
        self, *, ip: str, email: str, user: User | None, success: bool, lock_until: datetime | None
    ) -> None:
        """One sign-in attempt: logged by address; a user's failure streak and lock kept."""
        now = _now()
        with self.write() as conn:
            account_sql.record_attempt(conn, ip=ip, email=email, success=success, now=now)
            if user is None:
                return
            if success:
                account_sql.update_user(
                    conn, user.id, failed_logins=0, locked_until=None, last_login_at=now
                )
            else:
                account_sql.update_user(
                    conn, user.id, failed_logins=user.failed_logins + 1, locked_until=lock_until
                )

    def login_failures_from(self, ip: str, since: datetime) -> int:
        with self.read() as conn:
            return account_sql.failures_from(conn, ip, since)

    def add_token(self, user: User, token_hash: str, name: str | None, actor: str) -> None:
        now = _now()
        with self.write() as conn:
            account_sql.add_token(conn, user_id=user.id, token_hash=token_hash, name=name, now=now)
            audit_sql.record(
                conn,
                actor=actor,
                action="token",
                entity="user",
                entity_id=user.id,
                before=None,
                after={"token": name or "created"},
                now=now,
            )

    def user_for_token(self, token_hash: str) -> User | None:
        with self.read() as conn:
            found = account_sql.user_for_token(conn, token_hash)
        if found is None:
            return None
        user, last_used = found
        now = _now()
        if last_used is None or now - last_used >= TOKEN_USE_RESOLUTION:
            with self.write() as conn:
                account_sql.touch_token(conn, token_hash, now)
        return user

    def revoke_tokens(self, user: User, actor: str) -> int:
        now = _now()
        with self.write() as conn:
            count = account_sql.revoke_tokens(conn, user.id)
            audit_sql.record(
                conn,
                actor=actor,
                action="revoke_tokens",
                entity="user",
                entity_id=user.id,
                before=None,
                after={"revoked": count},
                now=now,
            )
        return count

    def add_session(
        self, *, id_hash: str, user: User, csrf_token: str, expires_at: datetime
    ) -> None:
        with self.write() as conn:
            account_sql.add_session(
                conn,
                id_hash=id_hash,
                user_id=user.id,
                csrf_token=csrf_token,
                now=_now(),
                expires_at=expires_at,
            )

    def session_user(self, id_hash: str) -> tuple[User, str] | None:
        with self.read() as conn:
            return account_sql.session_user(conn, id_hash, _now())

    def end_session(self, id_hash: str) -> None:
        with self.write() as conn:
            account_sql.delete_session(conn, id_hash)

    def purge_accounts(self, attempts_before: datetime) -> None:
        with self.write() as conn:
            account_sql.purge(conn, _now(), attempts_before)
