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


@dataclass(frozen=True)
class LoginLimits:
    """How many failed sign-ins an address (within a window) and an account (in a row)
    may make, and for how long an account is then locked."""

    ip_limit: int
    ip_window: timedelta
    lock_after: int
    lock_for: timedelta


@dataclass(frozen=True)
class LoginStart:
    """An attempt, counted: its log row, and where the limits stand with it included."""

    attempt_id: int
    rate_limited: bool = False  # the address was over its limit: check nothing
    streak: int = 0  # the account's failures in a row, this attempt included
    locked_until: datetime | None = None


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
    def start_login(
        self, *, ip: str, email: str, user: User | None, limits: LoginLimits
    ) -> LoginStart:
        """Count one sign-in attempt before its password is checked, in one transaction
        serialised per address: the attempt is logged as a failure (``finish_login``
        turns it into a success), and added to the account's failure streak unless the
        address is over its limit already. Concurrent attempts each see the ones before
        them, so no more than the limits ever reach a password check."""
        now = utcnow()
        with self.db.write() as conn:
            account_sql.lock_address(conn, ip)
            earlier = account_sql.failures_from(conn, ip, now - limits.ip_window)
            attempt = account_sql.record_attempt(conn, ip=ip, email=email, success=False, now=now)
            if earlier >= limits.ip_limit:
                return LoginStart(attempt, rate_limited=True)
            if user is None:
                return LoginStart(attempt)
            streak = account_sql.count_attempt(
                conn, user.id, now, limits.lock_after, now + limits.lock_for
            )
            locked = account_sql.get_user(conn, user_id=user.id)
            assert locked is not None
            return LoginStart(attempt, streak=streak, locked_until=locked.locked_until)

    def finish_login(
        self, attempt: LoginStart, user: User | None, *, success: bool, new_hash: str | None
    ) -> None:
        """A checked password was right: the attempt becomes a success, the streak and any
        lock end; ``new_hash`` replaces a hash made with older parameters (not audited:
        the password itself did not change, and the sessions stay)."""
        if not success or user is None:
            return
        values: dict[str, Any] = {
            "failed_logins": 0,
            "locked_until": None,
            "last_login_at": utcnow(),
        }
        if new_hash is not None:
            values["password_hash"] = new_hash
        with self.db.write() as conn:
            account_sql.mark_attempt_good(conn, attempt.attempt_id)
            account_sql.update_user(conn, user.id, **values)

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
