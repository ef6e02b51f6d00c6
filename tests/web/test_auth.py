"""Accounts on both engines: passwords, lockout, rate limits, sessions, tokens, audit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from toancanh.store import Store
from toancanh.store.schema import api_tokens
from toancanh.web import auth
from toancanh.web.auth import AccountError

PASSWORD = "mật khẩu đủ dài 123"


def add(store: Store, email: str = "an@bo.gov.vn", role: str = "analyst") -> None:
    store.accounts.add_user(
        email=auth.check_email(email),
        password_hash=auth.hash_password(PASSWORD),
        role=auth.check_role(role),
        unit="Vụ Truyền thông",
        actor="admin@bo.gov.vn",
    )


def test_a_good_password_signs_in_and_a_bad_one_does_not(store: Store) -> None:
    add(store)
    good = auth.sign_in(store, " An@Bo.gov.vn ", PASSWORD, "10.0.0.1")
    assert good.user is not None and good.user.role == "analyst"
    assert store.accounts.find_user("an@bo.gov.vn").last_login_at is not None  # type: ignore[union-attr]
    bad = auth.sign_in(store, "an@bo.gov.vn", "sai mật khẩu rồi", "10.0.0.1")
    assert bad.user is None and bad.reason == "bad_credentials"
    nobody = auth.sign_in(store, "ai@do.vn", PASSWORD, "10.0.0.1")
    assert nobody.reason == "bad_credentials"  # no hint that the address is unknown


def test_an_account_locks_after_repeated_failures(store: Store) -> None:
    add(store)
    for _ in range(auth.LOCK_AFTER):
        assert auth.sign_in(store, "an@bo.gov.vn", "wrong password!", "10.0.0.2").user is None
    locked = auth.sign_in(store, "an@bo.gov.vn", PASSWORD, "10.0.0.3")
    assert locked.reason == "locked" and 0 < locked.retry_after <= auth.LOCK_MINUTES * 60 + 1


def test_one_address_hammering_is_refused(store: Store) -> None:
    add(store)
    for k in range(auth.IP_LIMIT):
        auth.sign_in(store, f"x{k}@a.vn", "wrong password!", "10.9.9.9")
    refused = auth.sign_in(store, "an@bo.gov.vn", PASSWORD, "10.9.9.9")
    assert refused.reason == "rate_limited" and refused.retry_after > 0
    assert auth.sign_in(store, "an@bo.gov.vn", PASSWORD, "10.0.0.4").user is not None


def test_sessions_and_tokens(store: Store) -> None:
    add(store)
    user = store.accounts.find_user("an@bo.gov.vn")
    assert user is not None
    session = auth.open_session(store, user)
    found = auth.session_user(store, session.cookie)
    assert found is not None and found[0].id == user.id and found[1] == session.csrf_token
    assert auth.session_user(store, "forged") is None
    token = auth.new_token(store, user, "bao cao", actor="admin@bo.gov.vn")
    assert token.startswith("tc_") and auth.token_user(store, token).id == user.id  # type: ignore[union-attr]
    assert auth.token_user(store, token + "x") is None
    store.accounts.change_user(user.id, "admin@bo.gov.vn", disabled=True)
    assert auth.session_user(store, session.cookie) is None  # sessions end with the account
    assert auth.token_user(store, token) is None
    actions = [e.action for e in store.audit.entries(entity="user")]
    assert actions == ["update", "token", "create"]
    logged = str([(e.before, e.after) for e in store.audit.entries(entity="user")])
    assert "$argon2" not in logged and token not in logged  # no secret reaches the log


def test_a_token_records_its_last_use_without_a_write_per_call(store: Store) -> None:
    add(store)
    user = store.accounts.find_user("an@bo.gov.vn")
    assert user is not None
    token = auth.new_token(store, user, None, actor="admin@bo.gov.vn")

    def last_used() -> object:
        with store.read() as conn:
            return conn.execute(select(api_tokens.c.last_used_at)).scalar_one()

    assert last_used() is None
    auth.token_user(store, token)
    first = last_used()
    assert first is not None
    auth.token_user(store, token)  # within the minute: no second write
    assert last_used() == first


def test_bad_account_input_is_refused_clearly() -> None:
    with pytest.raises(AccountError, match="at least"):
        auth.hash_password("ngắn")
    with pytest.raises(AccountError, match="e-mail"):
        auth.check_email("không-phải-email")
    with pytest.raises(AccountError, match="unknown role"):
        auth.check_role("superuser")
    assert auth.csrf_matches("abc", "abc") and not auth.csrf_matches("abc", None)


def test_hashes_are_argon2_and_salted() -> None:
    first, second = auth.hash_password(PASSWORD), auth.hash_password(PASSWORD)
    assert first.startswith("$argon2") and first != second
    assert auth.verify_password(first, PASSWORD) and not auth.verify_password(first, "x" * 12)


def test_labels_and_sources_are_audited(store: Store) -> None:
    from datetime import UTC, datetime

    from monitoring_fixtures import Spec, store_specs
    from toancanh.domain import NewSource

    [article] = store_specs(store, [Spec(datetime(2026, 11, 1, tzinfo=UTC), "Tin")]).ids
    store.analysis.correct(article, "sentiment", "negative", "an@bo.gov.vn")
    source = store.sources.add(NewSource("https://baomoi.example/rss"), actor="admin@bo.gov.vn")
    store.sources.remove(source.id, actor="admin@bo.gov.vn")
    label = store.audit.entries(entity="article")[0]
    assert (label.actor, label.before, label.after) == (
        "an@bo.gov.vn",
        {"sentiment": "neutral"},
        {"sentiment": "negative"},
    )
    assert [e.action for e in store.audit.entries(entity="source")] == ["delete", "create"]
