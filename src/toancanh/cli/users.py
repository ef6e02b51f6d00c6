"""``toancanh users ...``: accounts of the dashboard and the API (``services.accounts``;
the operator at the console is an admin)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from toancanh.cli.context import ByOption, app_context, operator
from toancanh.cli.output import JsonOption, console, print_records, report, shown
from toancanh.domain.accounts import ROLES, User
from toancanh.services import accounts
from toancanh.services.accounts import NewUser
from toancanh.shapes import user_json

app = typer.Typer(help="Accounts of the dashboard and the API (admins manage them).")

PasswordStdin = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from standard input.")
]


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


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
    who = operator(by)
    clean = accounts.check_new_user(store, who, email, role)  # before asking for a password
    password = None if no_password else _password(password_stdin)
    user = accounts.add_user(store, who, NewUser(clean, role, unit, password))
    report(as_json, user_json(user), f"User #{user.id} {user.email} ({user.role}).")


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
    who = operator(by)
    user = accounts.find_user(store, who, email)
    if role is None and unit is None and disable is None and not unlock:
        raise typer.BadParameter("give --role, --unit, --disable/--enable or --unlock")
    changed = accounts.change_user(
        store, who, user.id, role=role, unit=unit, disabled=disable, unlock=unlock
    )
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
    who = operator(by)
    user = accounts.find_user(store, who, email)
    accounts.set_password(store, who, user.id, _password(password_stdin))
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
    who = operator(by)
    user = accounts.find_user(store, who, email)
    sys.stdout.write(accounts.issue_token(store, who, user.id, name).token + "\n")


@app.command("revoke-tokens")
def revoke_tokens(
    ctx: typer.Context, email: Annotated[str, typer.Argument()], by: ByOption = ""
) -> None:
    """Revoke every API token of a user."""
    store = app_context(ctx).store()
    who = operator(by)
    count = accounts.revoke_tokens(store, who, accounts.find_user(store, who, email).id)
    console().print(f"{count} tokens revoked.")


@app.command("list")
def list_(ctx: typer.Context, as_json: JsonOption = False) -> None:
    users = accounts.list_users(app_context(ctx).store(), operator())
    columns = ("id", "email", "role", "unit", "status", "last sign-in")

    def row(u: User) -> tuple[object, ...]:
        status = "disabled" if u.disabled else ("locked" if u.locked_until else "")
        return (u.id, u.email, u.role, u.unit or "", status, shown(u.last_login_at))

    print_records(as_json, users, user_json, "Users", columns, row)
