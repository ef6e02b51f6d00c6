"""Task forces: the proposal drawn from the directory (the incident's unit, its parent,
the units named in its articles), the lead's confirmation, notifications through a
webhook on 127.0.0.1 with their outcome recorded, the after-action review (closed
incidents only) and its exports; permissions and refusals in both languages; on SQLite
and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import update

from post_server import PostServer
from toancanh.access import Actor
from toancanh.analyze.dedupe import fingerprint
from toancanh.analyze.types import AgencyMention, Analysis
from toancanh.config import load_settings
from toancanh.domain.directory import PersonSpec, UnitSpec
from toancanh.domain.ingest import ArticleDraft
from toancanh.errors import Conflict, Forbidden, Invalid, NotFound
from toancanh.services import channels, directory, incidents, task_force_review, task_forces
from toancanh.services.incidents import NewIncident
from toancanh.services.task_forces import Pick
from toancanh.store import Store
from toancanh.store.schema import channels as channel_table
from toancanh.web.i18n import translations

UNIT = "Vụ Truyền thông"
ADMIN = Actor("admin@bo.gov.vn", "admin", None, 1)
LEAD = Actor("lead@moh.gov.vn", "analyst", UNIT, 2)
OTHER = Actor("khac@tinh.gov.vn", "analyst", "Sở Văn hóa tỉnh", 3)
VIEWER = Actor("xem@moh.gov.vn", "viewer", UNIT, 4)
HOSTILE = '<script>alert("x")</script>'


def _person(store: Store, name: str, unit: str, role: str, email: str | None = None) -> int:
    spec = PersonSpec(name=name, unit=unit, role=role, email=email)
    return directory.add_person(store, ADMIN, spec).id


def _article(store: Store, n: int, agencies: list[str]) -> int:
    draft = ArticleDraft(
        url=f"https://a.vn/bai-{n}",
        title=f"Bài {n} {HOSTILE}",
        text=f"Bài số {n} nói về học phí và các cơ quan liên quan, nội dung khác nhau {n}.",
        outlet="Báo 1",
    )
    saved = store.articles.save(draft, fingerprint(draft.text, 0.5), 0.5)
    assert saved.article_id is not None
    mentions = tuple(AgencyMention(a, a, a) for a in agencies)
    store.analysis.save_many([(saved.article_id, Analysis(language="vi", agencies=mentions))])
    return saved.article_id


def setup(store: Store) -> tuple[int, dict[str, int]]:
    """Bộ Y tế ⊃ Vụ Truyền thông; Bộ Giáo dục named in two articles, Bộ Tài chính in one."""
    for spec in (
        UnitSpec("Bộ Y tế", "ministry", aliases=("BYT",)),
        UnitSpec(UNIT, "other", parent="Bộ Y tế", aliases=("Vụ TT",)),
        UnitSpec("Bộ Giáo dục và Đào tạo", "ministry", aliases=("Bộ GD&ĐT",)),
        UnitSpec("Bộ Tài chính", "ministry"),
        UnitSpec("Bộ Công an", "ministry"),
    ):
        directory.add_unit(store, ADMIN, spec)
    people = {
        "own": _person(store, "Nguyễn Văn An", "Vụ TT", "spokesperson", "an@moh.gov.vn"),
        "focal": _person(store, "Trần Thị Bình", UNIT, "focal_point"),
        "head": _person(store, "Lê Văn Trưởng", UNIT, "head"),  # not proposed: not the role
        "parent": _person(store, "Phạm Văn Cường", "Bộ Y tế", "spokesperson"),
        "edu": _person(store, "Hoàng Thị Dung", "Bộ Giáo dục và Đào tạo", "spokesperson"),
        "fin": _person(store, "Vũ Văn Em", "Bộ Tài chính", "focal_point"),
        "police": _person(store, "Đỗ Văn Giang", "Bộ Công an", "spokesperson"),  # not named
    }
    opened = incidents.open_incident(store, LEAD, NewIncident(title="Học phí", unit=UNIT))
    ids = [
        _article(store, 1, ["Bộ GD&ĐT", "Bộ Tài chính"]),
        _article(store, 2, ["Bộ Giáo dục và Đào tạo", "Bộ Y tế"]),
        _article(store, 3, ["Cơ quan không có trong danh bạ"]),
    ]
    incidents.link_articles(store, LEAD, opened.id, ids)
    return opened.id, people


def test_the_proposal_comes_from_the_directory_with_reasons(store: Store) -> None:
    incident_id, people = setup(store)
    found = task_forces.propose(store, VIEWER, incident_id)
    assert [(p.person_id, p.basis, p.role) for p in found] == [
        (people["own"], "unit", "spokesperson"),
        (people["focal"], "unit", "liaison"),
        (people["parent"], "parent", "liaison"),
        (people["edu"], "named", "liaison"),
        (people["fin"], "named", "liaison"),
    ]
    reasons = {p.person_id: p.reason for p in found}
    assert reasons[people["own"]] == (
        "spokesperson of Vụ Truyền thông, the unit responsible for the incident"
    )
    assert reasons[people["parent"]] == (
        "spokesperson of Bộ Y tế, the parent unit of Vụ Truyền thông"
    )
    assert reasons[people["edu"]] == (
        "spokesperson of Bộ Giáo dục và Đào tạo, named in 2 of the incident's articles"
    )
    assert found[4].articles == 1
    with pytest.raises(NotFound):
        task_forces.propose(store, OTHER, incident_id)


def test_the_lead_confirms_notifies_and_the_outcome_is_recorded(
    store: Store, hooks: PostServer
) -> None:
    incident_id, people = setup(store)
    config = {"url": hooks.url("/tct"), "secret": "một khóa ký đủ dài 2026", "allow_private": True}
    channels.add_channel(store, ADMIN, "to-cong-tac", "webhook", config)
    picks = [Pick(people["own"], "spokesperson"), Pick(people["police"], "member")]
    done = task_forces.confirm(
        store, LEAD, incident_id, picks, channel="to-cong-tac", settings=load_settings()
    )
    assert [(m.name, m.role, m.reason) for m in done.members] == [
        (
            "Nguyễn Văn An",
            "spokesperson",
            "spokesperson of Vụ Truyền thông, the unit responsible for the incident",
        ),
        ("Đỗ Văn Giang", "member", "added by the lead"),
    ]
    assert [(n.member, n.status) for n in done.notices] == [
        ("Nguyễn Văn An", "sent"),
        ("Đỗ Văn Giang", "sent"),
    ]
    sent = [json.loads(r.body) for r in hooks.received]
    assert [s["alert"]["detail"]["member"] for s in sent] == ["Nguyễn Văn An", "Đỗ Văn Giang"]
    assert sent[0]["alert"]["kind"] == "task_force"
    incident = incidents.get_incident(store, VIEWER, incident_id)
    assert [m.name for m in incident.members] == ["Nguyễn Văn An", "Đỗ Văn Giang"]
    assert incident.events[-1].kind == "task_force"
    # Removing one is confirming the new list; a failing receiver is recorded as failed.
    hooks.reply(500, {"error": "down"})
    again = task_forces.confirm(
        store, LEAD, incident_id, [Pick(people["own"], "lead")], channel="to-cong-tac"
    )
    assert [(n.member, n.status) for n in again.notices] == [("Nguyễn Văn An", "failed")]
    assert "http_500" in (again.notices[0].error or "")
    shown = task_forces.show(store, VIEWER, incident_id)
    assert [m.role for m in shown.members] == ["lead"] and len(shown.notices) == 3
    assert not shown.can_change
    audit = store.audit.entries(entity="task_force")
    assert [e.action for e in audit] == ["notify", "update", "notify", "update"]


def test_confirming_needs_the_lead_and_good_input(store: Store) -> None:
    incident_id, people = setup(store)
    with pytest.raises(Forbidden):
        task_forces.confirm(store, VIEWER, incident_id, [Pick(people["own"], "member")])
    with pytest.raises(NotFound):  # another unit's incident is not even seen
        task_forces.confirm(store, OTHER, incident_id, [Pick(people["own"], "member")])
    vi = translations("vi").gettext
    with pytest.raises(Invalid) as refused:
        task_forces.parse_pick(f"{people['own']}=boss")
    assert str(refused.value) == (
        "unknown task force role “boss”; use lead, spokesperson, liaison, analyst, member"
    )
    assert refused.value.translated(vi).startswith("vai trò trong tổ công tác “boss” không có")
    with pytest.raises(Invalid) as bad:
        task_forces.parse_pick("An=lead")
    assert (
        bad.value.translated(vi)
        == "ghi thành viên theo dạng MÃ_NGƯỜI=VAI_TRÒ, không phải “An=lead”"
    )
    with pytest.raises(Invalid, match="chosen twice"):
        task_forces.confirm(
            store, LEAD, incident_id, [Pick(people["own"], "lead"), Pick(people["own"], "member")]
        )
    with pytest.raises(NotFound) as missing:
        task_forces.confirm(store, LEAD, incident_id, [Pick(9999, "member")])
    assert missing.value.translated(vi) == "danh bạ không có người #9999"
    with pytest.raises(NotFound) as no_channel:
        task_forces.confirm(
            store, LEAD, incident_id, [Pick(people["own"], "lead")], channel="không có"
        )
    assert no_channel.value.translated(vi) == "không có kênh “không có”"
    hook = {"url": "https://1.1.1.1/hook", "secret": "một khóa ký đủ dài 2026"}
    channels.add_channel(store, ADMIN, "tat", "webhook", hook)
    with store.db.write() as conn:  # no command disables a channel yet: as an operator would
        conn.execute(update(channel_table).values(enabled=False))
    with pytest.raises(Conflict) as disabled:
        task_forces.confirm(store, LEAD, incident_id, [Pick(people["own"], "lead")], channel="tat")
    assert disabled.value.translated(vi) == "kênh “tat” đang tắt; hãy chọn kênh khác"
    with pytest.raises(Invalid) as empty:
        task_forces.confirm(store, LEAD, incident_id, [])
    assert empty.value.translated(vi) == "hãy chọn ít nhất một thành viên của tổ công tác"
    assert store.task_forces.members(incident_id) == []


def test_the_review_is_written_after_closing_and_exported(store: Store) -> None:
    incident_id, people = setup(store)
    task_forces.confirm(store, LEAD, incident_id, [Pick(people["own"], "lead")])
    with pytest.raises(Conflict) as early:
        task_force_review.review(store, LEAD, incident_id)
    vi = translations("vi").gettext
    assert early.value.translated(vi) == (
        f"biên bản rút kinh nghiệm chỉ lập sau khi đóng sự cố #{incident_id}"
    )
    incidents.close_incident(store, LEAD, incident_id, f"Đã họp báo {HOSTILE}")
    draft = task_force_review.review(store, VIEWER, incident_id)
    assert (draft.saved, draft.what_happened) == (False, f"Đã họp báo {HOSTILE}")
    assert [e.kind for e in draft.timeline][-2:] == ["task_force", "closed"]
    with pytest.raises(Forbidden):
        task_force_review.save(store, VIEWER, incident_id, to_change="x")
    with pytest.raises(Invalid) as empty:
        task_force_review.save(store, LEAD, incident_id, what_happened="  ")
    assert empty.value.translated(vi) == "hãy ghi lại diễn biến"
    saved = task_force_review.save(store, LEAD, incident_id, to_change="Phát ngôn sớm hơn")
    assert (saved.saved, saved.to_change, saved.updated_by) == (
        True,
        "Phát ngôn sớm hơn",
        LEAD.name,
    )
    assert saved.what_happened == f"Đã họp báo {HOSTILE}"
    markdown = task_force_review.markdown(saved)
    assert "## Cần thay đổi / What to change" in markdown and "Phát ngôn sớm hơn" in markdown
    page = task_force_review.html_document(saved)
    assert HOSTILE not in page and "&lt;script&gt;" in page
    assert [e.action for e in store.audit.entries(entity="task_force_review")] == ["update"]
    with pytest.raises(Conflict):  # a closed incident's task force is settled
        task_forces.confirm(store, LEAD, incident_id, [Pick(people["own"], "member")])


def test_an_admin_confirms_and_times_are_aware(store: Store) -> None:
    incident_id, people = setup(store)
    done = task_forces.confirm(store, ADMIN, incident_id, [Pick(people["fin"], "analyst")])
    assert done.members[0].confirmed_at.tzinfo is not None
