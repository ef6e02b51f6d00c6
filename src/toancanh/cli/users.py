"""``toancanh users ...``: accounts of the dashboard and the API."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from toancanh.cli.context import app_context
from toancanh.cli.output import JsonOption, console, iso, print_json, shown, table
from toancanh.cli.watch import ByOption, actor
from toancanh.domain import ROLES, User
from toancanh.store import Store
from toancanh.web import auth

app = typer.Typer(help="Accounts of the dashboard and the API (admins manage them).")

PasswordStdin = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from standard input.")
]


def user_json(u: User) -> dict[str, Any]:
    return {
        "id": u.id,
        "email": u.email,
        "role": u.role,
        "unit": u.unit,
        "disabled": u.disabled,
        "has_password": u.has_password,
        "created_at": iso(u.created_at),
        "last_login_at": iso(u.last_login_at),
        "locked_until": iso(u.locked_until),
    }


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


def _user(store: Store, email: str) -> User:
    found = store.accounts.find_user(email)
    if found is None:
        console(stderr=True).print(f"No user {email!r}.", markup=False)
        raise typer.Exit(1)
    return found


def _fail(error: Exception) -> typer.Exit:
    console(stderr=True).print(f"Cannot do that: {error}", markup=False)
    return typer.Exit(2)


@app.command("add")
def add(
    ctx: typer.Context,
    email: Annotated[str, typer.Argument(help="The user's e-mail address (the login).")],
    role: Annotated[str, typer.Option(help=", ".join(ROLES))] = "viewer",
    unit: Annotated[str | None, typer.Option(help="The unit: 'Vụ Truyền thông'.")] = None,
    password_stdin: PasswordStdin = False,
    no_password: Annotated[
        bool, typer.Option("--no-password", help="An API-only account (tokens, no sign-in).")
    ] = False,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Add an account; the password is asked (or read with --password-stdin)."""
    store = app_context(ctx).store()
    try:
        clean = auth.check_email(email)
        auth.check_role(role)
        if store.accounts.find_user(clean) is not None:
            raise auth.AccountError(f"{clean} has an account already")
        hashed = None if no_password else auth.hash_password(_password(password_stdin))
    except auth.AccountError as error:
        raise _fail(error) from error
    user = store.accounts.add_user(
        email=clean, password_hash=hashed, role=role, unit=unit, actor=actor(by)
    )
    if as_json:
        print_json(user_json(user))
        return
    console().print(f"User #{user.id} {user.email} ({user.role}).", markup=False)


@app.command("set")
def set_(
    ctx: typer.Context,
    email: Annotated[str, typer.Argument()],
    role: Annotated[str | None, typer.Option(help=", ".join(ROLES))] = None,
    unit: Annotated[str | None, typer.Option(help="A new unit ('' for none).")] = None,
    disable: Annotated[
        bool | None, typer.Option("--disable/--enable", help="Lock the account out, or not.")
    ] = None,
    unlock: Annotated[bool, typer.Option(help="Lift a lock after failed sign-ins.")] = False,
    by: ByOption = "",
) -> None:
    """Change a user's role, unit or status."""
    store = app_context(ctx).store()
    user = _user(store, email)
    values: dict[str, Any] = {}
    try:
        if role is not None:
            values["role"] = auth.check_role(role)
    except auth.AccountError as error:
        raise _fail(error) from error
    if unit is not None:
        values["unit"] = unit or None
    if disable is not None:
        values["disabled"] = disable
    if unlock:
        values.update(failed_logins=0, locked_until=None)
    if not values:
        raise typer.BadParameter("give --role, --unit, --disable/--enable or --unlock")
    changed = store.accounts.change_user(user.id, actor(by), **values)
    console().print(
        f"{changed.email}: {changed.role}, unit {changed.unit or '–'}"
        + (", disabled" if changed.disabled else ""),
        markup=False,
    )


@app.command("password")
def password(
    ctx: typer.Context,
    email: Annotated[str, typer.Argument()],
    password_stdin: PasswordStdin = False,
    by: ByOption = "",
) -> None:
    """Set a new password; the user's browser sessions end."""
    store = app_context(ctx).store()
    user = _user(store, email)
    try:
        hashed = auth.hash_password(_password(password_stdin))
    except auth.AccountError as error:
        raise _fail(error) from error
    store.accounts.change_user(
        user.id, actor(by), password_hash=hashed, failed_logins=0, locked_until=None
    )
    console().print(f"{user.email}: password changed.", markup=False)


@app.command("token")
def token(
    ctx: typer.Context,
    email: Annotated[str, typer.Argument()],
    name: Annotated[str | None, typer.Option(help="What the token is for.")] = None,
    by: ByOption = "",
) -> None:
    """Print a new API token for a user (shown once; use `Authorization: Bearer TOKEN`)."""
    store = app_context(ctx).store()
    user = _user(store, email)
    if user.disabled:
        console(stderr=True).print(f"{user.email} is disabled.", markup=False)
        raise typer.Exit(2)
    sys.stdout.write(auth.new_token(store, user, name, actor(by)) + "\n")


@app.command("revoke-tokens")
def revoke_tokens(
    ctx: typer.Context, email: Annotated[str, typer.Argument()], by: ByOption = ""
) -> None:
    """Revoke every API token of a user."""
    store = app_context(ctx).store()
    count = store.accounts.revoke_tokens(_user(store, email), actor(by))
    console().print(f"{count} tokens revoked.")


@app.command("list")
def list_(ctx: typer.Context, as_json: JsonOption = False) -> None:
    users = app_context(ctx).store().accounts.list_users()
    if as_json:
        print_json([user_json(u) for u in users])
        return
    rows = [
        (
            u.id,
            u.email,
            u.role,
            u.unit or "",
            "disabled" if u.disabled else ("locked" if u.locked_until else ""),
            shown(u.last_login_at),
        )
        for u in users
    ]
    console().print(table("Users", ("id", "email", "role", "unit", "status", "last sign-in"), rows))
