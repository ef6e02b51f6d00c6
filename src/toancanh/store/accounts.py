"""Accounts: users, API tokens, browser sessions and sign-in attempts.

Changes to users are audited; the log never holds a password or a token, only that
they changed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from toancanh.domain.accounts import User
from toancanh.errors import NotFound
from toancanh.store.database import Database, utcnow
from toancanh.store.sql import accounts as account_sql

# "Last used" is for spotting stale tokens, not for auditing each call: a write per API
# request would queue every reader behind SQLite's single writer.
TOKEN_USE_RESOLUTION = timedelta(minutes=1)


@dataclass
class AccountRepository:
    db: Database

    # -- users ---------------------------------------------------------------------------
    def add_user(
        self, *, email: str, password_hash: str | None, role: str, unit: str | None, actor: str
    ) -> User:
        with self.db.change(actor, "create", "user") as change:
            user_id = account_sql.add_user(
                change.conn,
                email=email,
                password_hash=password_hash,
                role=role,
                unit=unit,
                now=change.now,
            )
            user = account_sql.get_user(change.conn, user_id=user_id)
            assert user is not None
            change.entity_id, change.after = user_id, _public(user)
        return user

    def get_user(self, user_id: int) -> User | None:
        with self.db.read() as conn:
            return account_sql.get_user(conn, user_id=user_id)

    def find_user(self, email: str) -> User | None:
        with self.db.read() as conn:
            return account_sql.get_user(conn, email=email.strip().lower())

    def list_users(self) -> list[User]:
        with self.db.read() as conn:
            return account_sql.list_users(conn)

    def password_hash(self, user_id: int) -> str | None:
        with self.db.read() as conn:
            return account_sql.password_hash(conn, user_id)

    def change_user(self, user_id: int, actor: str, **values: Any) -> User:
        """Change role, unit, disabled or password_hash; a password change and a disabled
        account end the user's sessions."""
        with self.db.change(actor, "update", "user", user_id) as change:
            before = account_sql.get_user(change.conn, user_id=user_id)
            if before is None:
                raise NotFound("no user #{user_id}", user_id=user_id)
            account_sql.update_user(change.conn, user_id, **values)
            if "password_hash" in values or values.get("disabled"):
                account_sql.delete_user_sessions(change.conn, user_id)
            after = account_sql.get_user(change.conn, user_id=user_id)
            assert after is not None
            change.before = _public(before)
            change.after = _public(after) | (
                {"password": "changed"} if "password_hash" in values else {}
            )
        return after

    # -- sign-in -------------------------------------------------------------------------
    def record_login(
        self, *, ip: str, email: str, user: User | None, success: bool, lock_until: datetime | None
    ) -> None:
        """One sign-in attempt: logged by address; a user's failure streak and lock kept."""
        now = utcnow()
        with self.db.write() as conn:
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
        with self.db.read() as conn:
            return account_sql.failures_from(conn, ip, since)

    # -- API tokens ----------------------------------------------------------------------
    def add_token(self, user: User, token_hash: str, name: str | None, actor: str) -> None:
        with self.db.change(actor, "token", "user", user.id) as change:
            account_sql.add_token(
                change.conn, user_id=user.id, token_hash=token_hash, name=name, now=change.now
            )
            change.after = {"token": name or "created"}

    def user_for_token(self, token_hash: str) -> User | None:
        with self.db.read() as conn:
            found = account_sql.user_for_token(conn, token_hash)
        if found is None:
            return None
        user, last_used = found
        now = utcnow()
        if last_used is None or now - last_used >= TOKEN_USE_RESOLUTION:
            with self.db.write() as conn:
                account_sql.touch_token(conn, token_hash, now)
        return user

    def revoke_tokens(self, user: User, actor: str) -> int:
        with self.db.change(actor, "revoke_tokens", "user", user.id) as change:
            count = account_sql.revoke_tokens(change.conn, user.id)
            change.after = {"revoked": count}
        return count

    # -- browser sessions ----------------------------------------------------------------
    def add_session(
        self, *, id_hash: str, user: User, csrf_token: str, expires_at: datetime
    ) -> None:
        with self.db.write() as conn:
            account_sql.add_session(
                conn,
                id_hash=id_hash,
                user_id=user.id,
                csrf_token=csrf_token,
                now=utcnow(),
                expires_at=expires_at,
            )

    def session_user(self, id_hash: str) -> tuple[User, str] | None:
        with self.db.read() as conn:
            return account_sql.session_user(conn, id_hash, utcnow())

    def end_session(self, id_hash: str) -> None:
        with self.db.write() as conn:
            account_sql.delete_session(conn, id_hash)

    def purge(self, attempts_before: datetime) -> None:
        """Forget expired sessions and sign-in attempts older than ``attempts_before``."""
        with self.db.write() as conn:
            account_sql.purge(conn, utcnow(), attempts_before)


def _public(user: User) -> dict[str, Any]:
    """A user for the audit log, without the sign-in bookkeeping."""
    data = asdict(user)
    for key in ("failed_logins", "locked_until", "last_login_at"):
        data.pop(key, None)
    return data
