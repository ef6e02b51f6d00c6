"""Accounts of the dashboard and the API, managed by the admins: add, change role or unit,
disable or enable, unlock, set a password, issue and revoke API tokens.

A login is an e-mail address, kept lower-case; a role is one of ``ROLES``; a password has
at least ``MIN_PASSWORD`` characters, and an account without one signs in with API tokens
only. The store writes each change to the audit log without its secrets (a new password
is recorded as "changed", a token by its name). Signing in and the sessions are
``services.sessions``'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.accounts import ROLES, User
from toancanh.errors import Conflict, Forbidden, Invalid, NotFound
from toancanh.services.passwords import digest, hash_password, new_token, verify_password
from toancanh.store import Store

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class NewUser:
    email: str
    role: str = "viewer"
    unit: str | None = None
    password: str | None = None  # None: an API-only account (tokens, no sign-in)


@dataclass(frozen=True)
class NewToken:
    user: User
    token: str  # shown once: the store keeps its digest only


def check_email(email: str) -> str:
    clean = email.strip().lower()
    if not _EMAIL.match(clean) or len(clean) > 320:
        raise Invalid("“{typed}” is not an e-mail address", field="email", typed=email)
    return clean


def check_role(role: str) -> str:
    if role not in ROLES:
        raise Invalid(
            "unknown role “{role}”; use {roles}", field="role", role=role, roles=", ".join(ROLES)
        )
    return role


def list_users(store: Store, actor: Actor) -> list[User]:
    """Every account, by address."""
    access.require_role(actor, "admin")
    return store.accounts.list_users()


def get_user(store: Store, actor: Actor, user_id: int) -> User:
    access.require_role(actor, "admin")
    found = store.accounts.get_user(user_id)
    if found is None:
        raise NotFound("no user {wanted}", wanted=f"#{user_id}")
    return found


def find_user(store: Store, actor: Actor, email: str) -> User:
    """An account by its address (any case)."""
    access.require_role(actor, "admin")
    found = store.accounts.find_user(email)
    if found is None:
        raise NotFound("no user {wanted}", wanted=email)
    return found


def check_new_user(store: Store, actor: Actor, email: str, role: str) -> str:
    """The address of a new account, cleaned, once it is known to be free: the console
    asks for the password only then."""
    access.require_role(actor, "admin")
    clean = check_email(email)
    check_role(role)
    if store.accounts.find_user(clean) is not None:
        raise Conflict("{email} has an account already", field="email", email=clean)
    return clean


def add_user(store: Store, actor: Actor, new: NewUser) -> User:
    email = check_new_user(store, actor, new.email, new.role)
    hashed = None if new.password is None else hash_password(new.password)
    unit = (new.unit or "").strip() or None
    return store.accounts.add_user(
        email=email, password_hash=hashed, role=new.role, unit=unit, actor=actor.name
    )


def change_user(
    store: Store,
    actor: Actor,
    user_id: int,
    *,
    role: str | None = None,
    unit: str | None = None,
    disabled: bool | None = None,
    unlock: bool = False,
) -> User:
    """Change what is given (``unit=""``: no unit; ``unlock``: lift a lock after failed
    sign-ins) in one audited write; nothing is written when nothing differs. Disabling an
    account ends its sessions."""
    user = get_user(store, actor, user_id)
    if role is not None:
        check_role(role)
    access.check_own_account(actor, user, role=role, disabled=disabled)
    values: dict[str, Any] = {}
    if role is not None:
        values["role"] = role
    if unit is not None:
        values["unit"] = unit.strip() or None
    if disabled is not None:
        values["disabled"] = disabled
    if unlock:
        values.update(failed_logins=0, locked_until=None)
    changed = {key: value for key, value in values.items() if getattr(user, key) != value}
    if not changed:
        return user
    return store.accounts.change_user(user.id, actor.name, **changed)


def set_password(store: Store, actor: Actor, user_id: int, password: str) -> User:
    """A new password: the account's lock is lifted and its browser sessions end."""
    user = get_user(store, actor, user_id)
    hashed = hash_password(password)
    return store.accounts.change_user(
        user.id, actor.name, password_hash=hashed, failed_logins=0, locked_until=None
    )


def change_own_password(store: Store, actor: Actor, current: str, new: str) -> User:
    """A signed-in user's new password, given the current one (a session left open on a
    shared computer must not be enough to take the account). The account's other
    sessions end, as on any password change; the caller opens a new one."""
    if actor.user_id is None:
        raise Forbidden("sign in first")
    user = store.accounts.get_user(actor.user_id)
    if user is None:
        raise NotFound("no user #{user_id}", user_id=actor.user_id)
    if not verify_password(store.accounts.password_hash(user.id), current):
        raise Invalid("the current password is not right", field="current")
    if new == current:
        raise Invalid("choose a new password, not the current one", field="password")
    hashed = hash_password(new)
    return store.accounts.change_user(
        user.id, actor.name, password_hash=hashed, failed_logins=0, locked_until=None
    )


def issue_token(store: Store, actor: Actor, user_id: int, name: str | None = None) -> NewToken:
    """A new API token for an account; ``name`` says what it is for."""
    user = get_user(store, actor, user_id)
    if user.disabled:
        raise Conflict(
            "{email} is disabled: enable the account before issuing a token", email=user.email
        )
    token = new_token()
    store.accounts.add_token(user, digest(token), (name or "").strip() or None, actor.name)
    return NewToken(user, token)


def revoke_tokens(store: Store, actor: Actor, user_id: int) -> int:
    """Revoke every API token of an account; how many there were."""
    user = get_user(store, actor, user_id)
    return store.accounts.revoke_tokens(user, actor.name)
