"""The statements registry: issuers resolved to today's body, drafts edited, published ones
corrected with their earlier wording kept, withdrawals kept with their reason, access by
unit and role, every change audited; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from toancanh.access import Actor
from toancanh.domain.statements import StatementSpec
from toancanh.errors import Conflict, Forbidden, Invalid, NotFound
from toancanh.services import statements
from toancanh.services.statement_import import import_file
from toancanh.services.statements import StatementEdit
from toancanh.store import Store

ADMIN = Actor("admin@bo.gov.vn", "admin", None, 1)
PRESS = Actor("bao-chi@bo.gov.vn", "analyst", "Vụ Báo chí", 2)
OTHER = Actor("khac@bo.gov.vn", "analyst", "Vụ Khác", 3)
VIEWER = Actor("xem@bo.gov.vn", "viewer", "Vụ Báo chí", 4)
ISSUED = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def spec(**changes: object) -> StatementSpec:
    values: dict[str, object] = {
        "title": "Thông cáo về mức phạt",
        "text": "Theo Nghị định 100/2019/NĐ-CP, mức phạt là 5 triệu đồng.",
        "issuer": "Bộ TT&TT",
        "issued_at": ISSUED,
        "url": "https://mic.gov.vn/thong-cao/1",
    }
    return StatementSpec(**(values | changes))  # type: ignore[arg-type]


def test_a_statement_is_resolved_and_audited(store: Store) -> None:
    added = statements.add_statement(store, PRESS, spec(), status="published")
    assert added.issuer == "Bộ Khoa học và Công nghệ"  # the successor after the 2025 merger
    assert added.issuer_written == "Bộ TT&TT"
    assert added.legal_refs == ("100/2019/NĐ-CP",)
    assert (added.status, added.unit, added.created_by) == ("published", "Vụ Báo chí", PRESS.name)
    assert added.published_at is not None
    [entry] = store.audit.entries(entity="statement")
    assert (entry.action, entry.actor, entry.after["title"]) == ("create", PRESS.name, added.title)


def test_drafts_are_edited_and_published_ones_corrected_with_versions(store: Store) -> None:
    draft = statements.add_statement(store, PRESS, spec())
    edited = statements.edit_statement(
        store, PRESS, draft.id, StatementEdit(title="Thông cáo (sửa)", kind="briefing")
    )
    assert (edited.title, edited.kind, edited.versions) == ("Thông cáo (sửa)", "briefing", ())
    published = statements.publish_statement(store, PRESS, draft.id)
    assert published.status == "published" and published.published_at is not None
    with pytest.raises(Conflict):
        statements.edit_statement(store, PRESS, draft.id, StatementEdit(title="x"))
    with pytest.raises(Invalid):
        statements.correct_statement(store, PRESS, draft.id, note=" ", text="y")
    corrected = statements.correct_statement(
        store,
        PRESS,
        draft.id,
        note="mức phạt đúng là 3 triệu đồng",
        text="Theo Luật Đất đai, mức phạt là 3 triệu đồng.",
    )
    assert (corrected.status, corrected.version) == ("corrected", 2)
    assert corrected.legal_refs == ("Luật Đất đai",)
    shown = statements.get_statement(store, VIEWER, draft.id)
    [earlier] = shown.versions
    assert (earlier.version, earlier.text, earlier.note) == (
        1,
        "Theo Nghị định 100/2019/NĐ-CP, mức phạt là 5 triệu đồng.",
        "mức phạt đúng là 3 triệu đồng",
    )
    assert corrected.updated_at >= published.updated_at
    actions = [e.action for e in store.audit.entries(entity="statement")]
    assert actions == ["update", "update", "update", "create"]


def test_a_withdrawal_keeps_the_record_and_its_reason(store: Store) -> None:
    added = statements.add_statement(store, PRESS, spec(), status="published")
    with pytest.raises(Invalid):
        statements.withdraw_statement(store, PRESS, added.id, "  ")
    gone = statements.withdraw_statement(store, PRESS, added.id, "sai số liệu")
    assert (gone.status, gone.withdrawn_reason) == ("withdrawn", "sai số liệu")
    assert statements.get_statement(store, VIEWER, added.id).text == added.text
    with pytest.raises(Conflict):
        statements.withdraw_statement(store, PRESS, added.id, "lần nữa")
    with pytest.raises(Conflict):
        statements.correct_statement(store, PRESS, added.id, note="n", text="t")


def test_access_by_unit_and_role(store: Store) -> None:
    draft = statements.add_statement(store, PRESS, spec())
    public = statements.add_statement(store, PRESS, spec(url=None, title="B"), status="published")
    with pytest.raises(NotFound):  # another unit's draft does not exist for them
        statements.get_statement(store, OTHER, draft.id)
    with pytest.raises(NotFound):
        statements.get_statement(store, VIEWER, draft.id)
    with pytest.raises(Forbidden):
        statements.withdraw_statement(store, OTHER, public.id, "không phải của tôi")
    with pytest.raises(Forbidden):
        statements.add_statement(store, VIEWER, spec())
    with pytest.raises(Forbidden):
        statements.add_statement(store, PRESS, spec(unit="Vụ Khác"))
    with pytest.raises(Forbidden):
        statements.list_statements(store, Actor.anonymous())
    assert [s.id for s in statements.list_statements(store, VIEWER)] == [public.id]
    assert [s.id for s in statements.list_statements(store, OTHER)] == [public.id]
    assert {s.id for s in statements.list_statements(store, PRESS)} == {draft.id, public.id}
    assert {s.id for s in statements.list_statements(store, ADMIN)} == {draft.id, public.id}
    assert statements.withdraw_statement(store, ADMIN, public.id, "quản trị").status == "withdrawn"


def test_list_filters_and_bad_input(store: Store) -> None:
    statements.add_statement(store, PRESS, spec(), status="published")
    statements.add_statement(store, PRESS, spec(url=None, issuer="Bộ Y tế", title="Y tế"))
    assert [s.title for s in statements.list_statements(store, PRESS, issuer="bo y te")] == ["Y tế"]
    assert len(statements.list_statements(store, PRESS, status="published")) == 1
    assert len(statements.list_statements(store, PRESS, limit=1)) == 1
    for bad in (
        spec(issuer="Bộ Không Có"),
        spec(url="javascript:alert(1)"),
        spec(kind="rumour"),
        spec(title="  "),
    ):
        with pytest.raises(Invalid):
            statements.add_statement(store, PRESS, bad)
    with pytest.raises(Invalid):
        statements.list_statements(store, PRESS, status="lost")


def test_linked_watchlists_must_be_visible(store: Store) -> None:
    from toancanh.domain.watches import WatchSpec

    watch = store.watches.add(WatchSpec("Phạt nguội", query="phạt"), actor="a")
    hidden = store.watches.add(
        WatchSpec("Riêng", query="x", unit="Vụ Khác", shared=False), actor="a"
    )
    added = statements.add_statement(store, PRESS, spec(watch_ids=(watch.id,)))
    assert added.watch_ids == (watch.id,)
    with pytest.raises(NotFound):
        statements.add_statement(store, PRESS, spec(url=None, watch_ids=(hidden.id,)))


def test_import_reports_imported_skipped_and_rejected(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "thong-cao.jsonl"
    later = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    path.write_text(
        "\n".join(
            [
                '{"title": "A", "text": "Nội dung A", "issuer": "Bộ Y tế", '
                '"issued_at": "2026-11-01T09:00:00+07:00", "url": "https://moh.gov.vn/a"}',
                '{"title": "A lần 2", "text": "x", "issuer": "Bộ Y tế", '
                '"issued_at": "2026-11-01", "url": "https://moh.gov.vn/a"}',
                '{"title": "B", "text": "Nội dung B", "issuer": "Bộ Y tế", '
                f'"issued_at": "02/11/2026", "status": "draft", "embargo_until": "{later}"}}',
                '{"title": "C", "text": "x", "issuer": "Bộ Y tế"}',
                "{not json",
                '{"title": "D", "text": "x", "issuer": "Bộ Y tế", "issued_at": "hôm qua"}',
            ]
        ),
        encoding="utf-8",
    )
    report = import_file(store, PRESS, path)
    assert len(report.imported) == 2
    assert [(r.line, r.reason) for r in report.skipped] == [
        (2, f"duplicate of statement #{report.imported[0]}")
    ]
    assert [r.line for r in report.rejected] == [4, 5, 6]
    assert "issued_at" in report.rejected[0].reason
    draft = store.statements.get(report.imported[1])
    assert draft is not None and draft.status == "draft" and draft.embargo_until is not None
    again = import_file(store, PRESS, path)
    assert (again.imported, [r.line for r in again.skipped]) == ([], [1, 2, 3])


def test_an_official_article_is_promoted_to_a_draft(store: Store) -> None:
    from monitoring_fixtures import Spec, store_specs
    from toancanh.services.statement_import import promote_article

    official, other = store_specs(
        store,
        [Spec(ISSUED, "Bộ Y tế thông tin về giá thuốc", outlet="Bộ Y tế"), Spec(ISSUED, "Tin báo")],
        official=("Bộ Y tế",),
    ).ids
    draft = promote_article(store, PRESS, official)
    assert (draft.status, draft.issuer, draft.title) == (
        "draft",
        "Bộ Y tế",
        "Bộ Y tế thông tin về giá thuốc",
    )
    article = store.articles.get(official)
    assert article is not None and draft.url == article.url
    with pytest.raises(Conflict):
        promote_article(store, PRESS, official)
    with pytest.raises(Invalid):
        promote_article(store, PRESS, other, issuer="Bộ Y tế")
    with pytest.raises(NotFound):
        promote_article(store, PRESS, 10_000)
    with pytest.raises(Forbidden):
        promote_article(store, VIEWER, official)
