"""Managing accounts: the admins' alone; each refusal says why and changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from toancanh.access import Actor
from toancanh.errors import Conflict, Forbidden, Invalid, NotFound
from toancanh.services import accounts, sessions
from toancanh.services.accounts import NewUser
from toancanh.store import Store

PASSWORD = "mật khẩu đủ dài 123"
OPERATOR = Actor.operator("root")


@pytest.fixture
def admin(sqlite_store: Store) -> Actor:
    user = accounts.add_user(
        sqlite_store, OPERATOR, NewUser("admin@bo.gov.vn", "admin", "Văn phòng Bộ", PASSWORD)
    )
    return Actor.of(user)


def audit_count(store: Store) -> int:
    return len(store.audit.entries(limit=10_000))


def test_an_admin_adds_and_changes_an_account(sqlite_store: Store, admin: Actor) -> None:
    store = sqlite_store
    user = accounts.add_user(
        store, admin, NewUser(" An@Bo.gov.vn ", "analyst", "  Vụ Truyền thông ", PASSWORD)
    )
    assert (user.email, user.role, user.unit) == ("an@bo.gov.vn", "analyst", "Vụ Truyền thông")
    assert sessions.sign_in(store, "an@bo.gov.vn", PASSWORD, "10.0.0.1").user is not None
    changed = accounts.change_user(store, admin, user.id, role="viewer", unit="")
    assert (changed.role, changed.unit) == ("viewer", None)
    before = audit_count(store)
    assert accounts.change_user(store, admin, user.id, role="viewer", unit="") == changed
    assert audit_count(store) == before, "nothing differed: nothing written"
    api_only = accounts.add_user(store, admin, NewUser("api@bo.gov.vn"))
    assert api_only.role == "viewer" and not api_only.has_password
    assert [u.email for u in accounts.list_users(store, admin)] == [
        "admin@bo.gov.vn",
        "an@bo.gov.vn",
        "api@bo.gov.vn",
    ]
    entry = store.audit.entries(entity="user", entity_id=user.id)[0]
    assert entry.actor == "admin@bo.gov.vn" and entry.after["role"] == "viewer"  # type: ignore[index]


def test_bad_input_and_taken_addresses_are_refused(sqlite_store: Store, admin: Actor) -> None:
    store = sqlite_store
    before = audit_count(store)
    with pytest.raises(Invalid, match="e-mail") as bad:
        accounts.add_user(store, admin, NewUser("không-phải-thư", password=PASSWORD))
    assert bad.value.field == "email" and bad.value.params == {"typed": "không-phải-thư"}
    with pytest.raises(Invalid, match="unknown role") as role:
        accounts.add_user(store, admin, NewUser("b@bo.gov.vn", "root", password=PASSWORD))
    assert role.value.field == "role"
    with pytest.raises(Invalid, match="at least 10") as short:
        accounts.add_user(store, admin, NewUser("b@bo.gov.vn", password="ngắn"))
    assert short.value.field == "password"
    with pytest.raises(Conflict, match="has an account already"):
        accounts.add_user(store, admin, NewUser("ADMIN@bo.gov.vn", password=PASSWORD))
    with pytest.raises(Conflict):
        accounts.check_new_user(store, admin, "admin@bo.gov.vn", "viewer")
    with pytest.raises(NotFound, match="no user #999"):
        accounts.change_user(store, admin, 999, role="viewer")
    with pytest.raises(NotFound, match=r"no user ai@do\.vn"):
        accounts.find_user(store, admin, "ai@do.vn")
    assert audit_count(store) == before


def test_an_admin_cannot_disable_or_demote_themselves(sqlite_store: Store, admin: Actor) -> None:
    store = sqlite_store
    assert admin.user_id is not None
    for change in ({"disabled": True}, {"role": "analyst"}):
        with pytest.raises(Conflict, match="your own account"):
            accounts.change_user(store, admin, admin.user_id, **change)  # type: ignore[arg-type]
    me = accounts.change_user(store, admin, admin.user_id, unit="Vụ Pháp chế")
    assert me.unit == "Vụ Pháp chế" and me.role == "admin"
    # The console's operator is nobody's account: it can repair any.
    assert accounts.change_user(store, OPERATOR, admin.user_id, role="analyst").role == "analyst"


def test_only_admins_manage_accounts(sqlite_store: Store, admin: Actor) -> None:
    store = sqlite_store
    analyst = Actor.of(
        accounts.add_user(store, admin, NewUser("an@bo.gov.vn", "analyst", "Vụ TT", PASSWORD))
    )
    assert analyst.user_id is not None and admin.user_id is not None
    before = audit_count(store)
    calls = [
        lambda who: accounts.list_users(store, who),
        lambda who: accounts.find_user(store, who, "admin@bo.gov.vn"),
        lambda who: accounts.add_user(store, who, NewUser("x@bo.gov.vn", password=PASSWORD)),
        lambda who: accounts.change_user(store, who, analyst.user_id, role="admin"),
        lambda who: accounts.set_password(store, who, admin.user_id, PASSWORD + "!"),
        lambda who: accounts.issue_token(store, who, analyst.user_id, "của tôi"),
        lambda who: accounts.revoke_tokens(store, who, admin.user_id),
    ]
    for who in (analyst, Actor("xem@bo.gov.vn", "viewer", "Vụ TT", 9), Actor.anonymous()):
        for call in calls:
            with pytest.raises(Forbidden):
                call(who)
    assert audit_count(store) == before


def test_passwords_locks_and_tokens(sqlite_store: Store, admin: Actor) -> None:
    store = sqlite_store
    user = accounts.add_user(store, admin, NewUser("an@bo.gov.vn", "analyst", None, PASSWORD))
    locked = store.accounts.change_user(
        user.id, "tests", failed_logins=5, locked_until=datetime.now(UTC) + timedelta(hours=1)
    )
    assert sessions.sign_in(store, "an@bo.gov.vn", PASSWORD, "10.0.0.1").reason == "locked"
    unlocked = accounts.change_user(store, admin, locked.id, unlock=True)
    assert unlocked.locked_until is None and unlocked.failed_logins == 0
    session = sessions.open_session(store, unlocked)
    with pytest.raises(Invalid, match="at least"):
        accounts.set_password(store, admin, user.id, "ngắn")
    accounts.set_password(store, admin, user.id, "một mật khẩu mới 2026")
    assert sessions.session_user(store, session.cookie) is None  # a new password ends them
    assert sessions.sign_in(store, "an@bo.gov.vn", "một mật khẩu mới 2026", "10.0.0.2").user
    issued = accounts.issue_token(store, admin, user.id, "  báo cáo  ")
    assert issued.user.id == user.id and sessions.token_user(store, issued.token) is not None
    assert store.audit.entries(entity="user")[0].after == {"token": "báo cáo"}
    accounts.change_user(store, admin, user.id, disabled=True)
    with pytest.raises(Conflict, match="is disabled"):
        accounts.issue_token(store, admin, user.id)
    assert accounts.revoke_tokens(store, admin, user.id) == 1
    accounts.change_user(store, admin, user.id, disabled=False)
    assert sessions.token_user(store, issued.token) is None  # revoked stays revoked
