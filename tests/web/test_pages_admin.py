"""The management pages: watchlists and rules, stories, alerts, incidents, sources and
channels, users, the audit log — roles, units, CSRF, the workflows, escaping."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from toancanh.config import Settings
from toancanh.domain.incidents import Incident
from toancanh.domain.sources import NewSource
from toancanh.store import Store
from toancanh.web.app import create_app
from web_helpers import HOSTILE, NOW, USERS, Web, add_alert, add_hostile_story, seed

READ_PAGES = ("/watches", "/stories", "/alerts", "/incidents", "/sources")
ADMIN_PAGES = ("/users", "/audit", "/audit/export.csv")


class SharedWeb(Web):
    """One app for the tests that only read, or only try what must be refused: seeded
    once, one signed-in client per role (each sign-in costs an argon2 check)."""

    def client(self, who: str | None = None) -> TestClient:
        if who is None:
            return super().client()
        found = getattr(self, "_signed_in", {})
        if who not in found:
            found[who] = super().client(who)
            self._signed_in = found
        return found[who]


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    url = f"sqlite:///{tmp_path_factory.mktemp('pages') / 'web.db'}"
    store = Store.open(url)
    seed(store)
    bundle = SharedWeb(store, create_app(Settings(database_url=url), store))
    yield bundle
    for client in bundle.clients:
        client.close()
    store.close()


def post(client: TestClient, path: str, data: dict[str, object] | None = None, **kw: object):
    """A form POST as the browser sends it, with the session's CSRF token."""
    form = {"csrf_token": client.csrf, **(data or {})}  # type: ignore[attr-defined]
    return client.post(path, data=form, follow_redirects=False, **kw)  # type: ignore[arg-type]


def watch_id(web: Web, name: str) -> int:
    found = web.store.watches.find(name)
    assert found is not None
    return found.id


def open_incident(web: Web, client: TestClient, alert_id: int, **fields: str) -> Incident:
    answer = post(client, f"/alerts/{alert_id}/incident", {"title": "", **fields})
    assert answer.status_code == 303, answer.text[-800:]
    incident_id = int(answer.headers["location"].split("/")[2].split("?")[0])
    found = web.store.incidents.get(incident_id)
    assert found is not None
    return found


class Tags(HTMLParser):
    """Every tag of a page with its attributes, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def assert_inert(html: str) -> None:
    """No scraped markup became markup: no raw script, no event handler attribute, no
    javascript: link (escaped text may still read ``onerror=``)."""
    assert "<script>alert" not in html
    assert 'href="javascript:' not in html
    parser = Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            if name in ("href", "src", "action"):
                assert not (value or "").strip().lower().startswith("javascript:"), (tag, value)
        if tag == "img":
            raise AssertionError(f"an image from scraped text: {attrs}")


def test_pages_render_for_the_right_roles(shared: Web) -> None:
    web = shared
    viewer, analyst, admin = web.client("viewer"), web.client("analyst"), web.client("admin")
    for path in READ_PAGES:
        for client in (viewer, analyst, admin):
            page = client.get(path)
            assert page.status_code == 200, (path, page.text[-500:])
            assert 'href="/static/pages_admin.css"' in page.text
    assert "Danh mục theo dõi" in viewer.get("/watches").text  # Vietnamese by default
    for path in ADMIN_PAGES:
        assert viewer.get(path).status_code == 403
        assert analyst.get(path).status_code == 403
        assert admin.get(path).status_code == 200
    # Forms are offered to those who may use them only.
    assert 'action="/watches"' not in viewer.get("/watches").text
    assert 'action="/watches"' in analyst.get("/watches").text
    assert 'action="/sources"' not in analyst.get("/sources").text
    assert 'action="/sources"' in admin.get("/sources").text
    anonymous = web.client()
    assert anonymous.get("/watches", follow_redirects=False).status_code == 303


def test_viewers_cannot_change_anything(shared: Web) -> None:
    web = shared
    alert_id = add_alert(web.store, "Học phí", "Một cảnh báo")
    incident = open_incident(web, web.client("analyst"), alert_id)
    rule = web.store.rules.list()[0]
    watch = rule.watch_id
    user_id = web.store.accounts.find_user(USERS["analyst"][0]).id  # type: ignore[union-attr]
    viewer = web.client("viewer")
    before = len(web.store.audit.entries(limit=1000))
    posts = [
        ("/watches", {"name": "Mới", "query": "hoc phi"}),
        (f"/watches/{watch}/edit", {"name": "Đổi", "query": "hoc phi"}),
        (f"/watches/{watch}/delete", {}),
        (f"/watches/{watch}/rules", {"kind": "volume_spike"}),
        (f"/watches/{watch}/rules/{rule.id}/disable", {}),
        (f"/watches/{watch}/rules/{rule.id}/delete", {}),
        (f"/alerts/{alert_id}/status", {"status": "resolved"}),
        (f"/alerts/{alert_id}/incident", {"title": "x"}),
        (f"/incidents/{incident.id}/assign", {"lead": "A"}),
        (f"/incidents/{incident.id}/status", {"status": "responding"}),
        (f"/incidents/{incident.id}/note", {"text": "x"}),
        (f"/incidents/{incident.id}/link", {"article_id": "1"}),
        (f"/incidents/{incident.id}/close", {"summary": "x"}),
        ("/sources", {"url": "https://1.1.1.1/rss"}),
        ("/sources/1/delete", {}),
        ("/sources/channels", {"name": "x", "kind": "email", "to": "a@b.vn"}),
        ("/sources/channels/remove", {"name": "x"}),
        ("/users", {"email": "x@y.vn", "password": "mot mat khau dai"}),
        (f"/users/{user_id}", {"role": "admin"}),
        (f"/users/{user_id}/disable", {}),
        (f"/users/{user_id}/token", {}),
    ]
    for path, data in posts:
        assert post(viewer, path, data).status_code == 403, path
    analyst = web.client("analyst")
    for path, data in posts[13:]:  # sources, channels and users are the admins'
        assert post(analyst, path, data).status_code == 403, path
    assert len(web.store.audit.entries(limit=1000)) == before


def test_posts_without_the_csrf_token_are_refused(shared: Web) -> None:
    web = shared
    analyst = web.client("analyst")
    watch = watch_id(web, "Học phí")
    for path, data in [
        ("/watches", {"name": "Không token", "query": "hoc phi"}),
        (f"/watches/{watch}/delete", {}),
        (f"/watches/{watch}/rules", {"kind": "volume_spike"}),
    ]:
        assert analyst.post(path, data=data, follow_redirects=False).status_code == 403
        wrong = analyst.post(path, data={**data, "csrf_token": "sai"}, follow_redirects=False)
        assert wrong.status_code == 403
    admin = web.client("admin")
    answer = admin.post("/users", data={"email": "x@y.vn", "password": "mot mat khau dai"})
    assert answer.status_code == 403
    assert (
        web.store.watches.find("Không token") is None
        and web.store.accounts.find_user("x@y.vn") is None
    )
    assert web.store.watches.get(watch) is not None


def test_a_unit_cannot_see_another_units_private_watchlist_or_incidents(web: Web) -> None:
    private = watch_id(web, "Riêng của Vụ")
    alert_id = add_alert(web.store, "Riêng của Vụ", "Cảnh báo riêng của Vụ")
    owner, other = web.client("analyst"), web.client("other")
    incident = open_incident(web, owner, alert_id)
    assert incident.unit == "Vụ Truyền thông"  # a private watchlist's incident stays private
    assert "Riêng của Vụ" in owner.get("/watches").text
    assert "Riêng của Vụ" in web.client("admin").get("/watches").text
    listing = other.get("/watches").text
    assert "Riêng của Vụ" not in listing and "Học phí" in listing
    assert other.get(f"/watches/{private}/edit").status_code == 404
    for path, data in [
        (f"/watches/{private}/edit", {"name": "Bị đổi", "query": "hoc phi"}),
        (f"/watches/{private}/delete", {}),
        (f"/watches/{private}/rules", {"kind": "volume_spike"}),
        (f"/alerts/{alert_id}/status", {"status": "resolved"}),
        (f"/alerts/{alert_id}/incident", {}),
        (f"/incidents/{incident.id}/note", {"text": "xem trộm"}),
        (f"/incidents/{incident.id}/close", {"summary": "đóng hộ"}),
    ]:
        assert post(other, path, data).status_code == 404, path
    assert web.store.watches.get(private) is not None
    assert other.get(f"/alerts/{alert_id}").status_code == 404
    assert "Cảnh báo riêng của Vụ" not in other.get("/alerts").text
    assert other.get(f"/incidents/{incident.id}").status_code == 404
    assert "Cảnh báo riêng của Vụ" not in other.get("/incidents").text
    assert "Cảnh báo riêng của Vụ" in owner.get("/incidents").text
    # A shared watchlist of a unit is seen by all, changed by its unit and the admins only.
    shared = post(owner, "/watches", {"name": "Chung của Vụ", "query": "hoc phi"})
    assert shared.status_code == 303
    shared_id = watch_id(web, "Chung của Vụ")
    assert "Chung của Vụ" in other.get("/watches").text
    assert other.get(f"/watches/{shared_id}/edit").status_code == 403
    assert post(other, f"/watches/{shared_id}/delete").status_code == 403


def test_create_edit_and_delete_a_watchlist_and_its_rules(web: Web) -> None:
    analyst = web.client("analyst")
    email = USERS["analyst"][0]
    bad = post(analyst, "/watches", {"name": "Học phí mới", "query": 'hoc phi AND ("mien'})
    assert bad.status_code == 400
    assert "Truy vấn chưa đúng cú pháp tại ký tự" in bad.text
    assert '<mark class="bad">' in bad.text and "Học phí mới" in bad.text  # the form is kept
    assert web.store.watches.find("Học phí mới") is None
    taken = post(analyst, "/watches", {"name": "Học phí", "query": "hoc phi"})
    assert taken.status_code == 400 and "đã có danh mục" in taken.text.lower()
    created = post(
        analyst,
        "/watches",
        {
            "name": "Học phí mới",
            "query": "hoc phi",
            "legal_refs": "Nghị định 81/2021",
            "description": "Theo dõi học phí",
            "private": "true",
        },
    )
    assert created.status_code == 303
    watch = web.store.watches.find("Học phí mới")
    assert watch is not None and watch.matches > 0
    assert watch.unit == "Vụ Truyền thông" and not watch.shared
    assert watch.legal_refs == ("81/2021/NĐ-CP",)
    listing = analyst.get("/watches").text
    assert f'href="/watches/{watch.id}"' in listing and "riêng" in listing
    entry = web.store.audit.entries(entity="watch", entity_id=watch.id)[0]
    assert entry.actor == email and entry.action == "create"

    form = analyst.get(f"/watches/{watch.id}/edit").text
    assert 'value="Học phí mới"' in form and "81/2021/NĐ-CP" in form
    edited = post(
        analyst,
        f"/watches/{watch.id}/edit",
        {"name": "Học phí năm học mới", "query": '"hoc phi" OR "mien giam"', "legal_refs": ""},
    )
    assert edited.status_code == 303
    changed = web.store.watches.get(watch.id)
    assert changed is not None and changed.name == "Học phí năm học mới"
    assert changed.shared and changed.legal_refs == ()
    update = web.store.audit.entries(entity="watch", entity_id=watch.id)[0]
    assert update.action == "update" and update.actor == email
    assert update.before["name"] == "Học phí mới"  # type: ignore[index]

    wrong = post(analyst, f"/watches/{watch.id}/rules", {"kind": "volume_spike", "outlets": "4"})
    assert wrong.status_code == 400 and "volume_spike takes" in wrong.text
    rule_page = post(
        analyst,
        f"/watches/{watch.id}/rules",
        {"kind": "story_outlets", "severity": "high", "outlets": "4", "cooldown": "120"},
    )
    assert rule_page.status_code == 303
    (rule,) = web.store.rules.list(watch.id)
    assert rule.kind == "story_outlets" and rule.params["outlets"] == 4
    assert rule.cooldown_minutes == 120 and rule.enabled
    assert post(analyst, f"/watches/{watch.id}/rules/{rule.id}/disable").status_code == 303
    assert not web.store.rules.list(watch.id)[0].enabled
    assert "tắt" in analyst.get(f"/watches/{watch.id}/edit").text
    assert post(analyst, f"/watches/{watch.id}/rules/{rule.id}/enable").status_code == 303
    assert web.store.rules.list(watch.id)[0].enabled
    rules_audit = web.store.audit.entries(entity="alert_rule", entity_id=rule.id)
    assert [e.action for e in rules_audit] == ["enable", "disable", "create"]
    assert {e.actor for e in rules_audit} == {email}
    assert post(analyst, f"/watches/{watch.id}/rules/{rule.id}/delete").status_code == 303
    assert web.store.rules.list(watch.id) == []

    page = analyst.get("/watches").text
    assert "data-confirm=" in page  # deleting asks first
    assert post(analyst, f"/watches/{watch.id}/delete").status_code == 303
    assert web.store.watches.get(watch.id) is None
    gone = web.store.audit.entries(entity="watch", entity_id=watch.id)[0]
    assert gone.action == "delete" and gone.actor == email


def test_an_incident_from_an_alert_through_its_whole_workflow(web: Web) -> None:
    alert_id = add_alert(web.store, "Học phí", "Học phí tăng: 3 báo đưa tin")
    analyst = web.client("analyst")
    email = USERS["analyst"][0]
    page = analyst.get(f"/alerts/{alert_id}").text
    assert "Học phí tăng: 3 báo đưa tin" in page and 'id="ack"' in page
    assert "/articles/" in page  # the driving story
    assert (
        post(analyst, f"/alerts/{alert_id}/status", {"status": "acknowledged"}).status_code == 303
    )
    assert web.store.alerts.get(alert_id).status == "acknowledged"  # type: ignore[union-attr]
    acked = web.store.audit.entries(entity="alert", entity_id=alert_id)[0]
    assert acked.actor == email and acked.after == {"status": "acknowledged"}
    filtered = analyst.get("/alerts?status=acknowledged").text
    assert f'href="/alerts/{alert_id}"' in filtered
    assert f'href="/alerts/{alert_id}"' not in analyst.get("/alerts?status=resolved").text

    bad = post(analyst, f"/alerts/{alert_id}/incident", {"members": "| Vụ | vai"})
    assert bad.status_code == 400 and "thành viên cần có tên" in bad.text  # in Vietnamese
    incident = open_incident(
        web,
        analyst,
        alert_id,
        lead="Nguyễn Văn A",
        lead_unit="Vụ Truyền thông",
        members="Trần Thị B | Văn phòng | Phát ngôn",
    )
    assert incident.alert_id == alert_id and incident.watch_id == watch_id(web, "Học phí")
    assert incident.severity == "high" and incident.lead == "Nguyễn Văn A"
    assert incident.article_ids  # the alert's story is linked
    assert incident.created_by == email and incident.unit is None
    path = f"/incidents/{incident.id}"
    assert f'href="{path}"' in analyst.get("/incidents?status=open").text
    assert f'href="{path}"' in analyst.get(f"/alerts/{alert_id}").text

    assigned = post(
        analyst,
        f"{path}/assign",
        {
            "lead": "Lê Văn C",
            "lead_unit": "Vụ Truyền thông",
            "severity": "critical",
            "members": "Trần Thị B | Văn phòng | Phát ngôn\nPhạm D | Vụ Pháp chế",
        },
    )
    assert assigned.status_code == 303
    assert post(analyst, f"{path}/assign", {"lead": "Lê Văn C"}).status_code == 400  # no change
    assert post(analyst, f"{path}/status", {"status": "closed"}).status_code == 400
    assert (
        post(analyst, f"{path}/status", {"status": "responding", "note": "họp báo 15h"}).status_code
        == 303
    )
    assert (
        post(analyst, f"{path}/note", {"text": "Đã đăng thông cáo", "action": "true"}).status_code
        == 303
    )
    assert post(analyst, f"{path}/link", {"article_id": "999999"}).status_code == 400
    assert post(analyst, f"{path}/link", {"article_id": "#2"}).status_code == 303
    assert post(analyst, f"{path}/close", {"summary": "  "}).status_code == 400
    closed = post(analyst, f"{path}/close", {"summary": "Đã giải thích, dư luận lắng"})
    assert closed.status_code == 303

    done = web.store.incidents.get(incident.id)
    assert done is not None and done.status == "closed" and done.severity == "critical"
    assert done.lead == "Lê Văn C" and [m.name for m in done.members] == ["Trần Thị B", "Phạm D"]
    assert 2 in done.article_ids and done.summary == "Đã giải thích, dư luận lắng"
    assert set(done.closing_trend or {}) == {"before", "during", "after"}
    kinds = [e.kind for e in done.events]
    assert kinds == ["opened", "assign", "status", "action", "article", "closed"]
    assert {e.author for e in done.events} == {email}
    html = analyst.get(path).text
    assert "Tổng kết và xu hướng" in html
    assert "Đã giải thích, dư luận lắng" in html and "trước sự cố" in html
    assert 'id="note-form"' not in html  # closed: no more entries
    assert post(analyst, f"{path}/note", {"text": "muộn"}).status_code == 400
    trail = web.store.audit.entries(entity="incident", entity_id=incident.id, limit=50)
    assert len(trail) == 6 and {e.actor for e in trail} == {email}


def test_sources_and_channels_for_admins(web: Web) -> None:
    admin = web.client("admin")
    email = USERS["admin"][0]
    refused = post(admin, "/sources", {"url": "http://127.0.0.1/rss", "kind": "feed"})
    assert refused.status_code == 400 and "127.0.0.1" in refused.text
    assert post(admin, "/sources", {"url": "ftp://a.vn/x"}).status_code == 400
    added = post(
        admin,
        "/sources",
        {"url": "https://1.1.1.1/rss", "kind": "feed", "outlet": "Báo Mới", "official": "true"},
    )
    assert added.status_code == 303
    (source,) = web.store.sources.list()
    assert source.official and source.outlet == "Báo Mới"
    assert post(admin, "/sources", {"url": "https://1.1.1.1/rss"}).status_code == 400  # twice
    intranet = post(admin, "/sources", {"url": "http://10.0.0.5/rss", "allow_private": "true"})
    assert intranet.status_code == 303
    web.store.sources.record_error(source.id, "http_503")
    page = web.client("viewer").get("/sources").text
    assert "https://1.1.1.1/rss" in page and "http_503" in page
    assert 'action="/sources/channels"' not in page  # channels are the admins'
    assert post(admin, f"/sources/{source.id}/delete").status_code == 303
    assert [s.url for s in web.store.sources.list()] == ["http://10.0.0.5/rss"]
    trail = web.store.audit.entries(entity="source", limit=10)
    assert [e.action for e in trail] == ["delete", "create", "create"]
    assert {e.actor for e in trail} == {email}

    secret = "khoa-ky-bi-mat-0123456789"
    bad = post(
        admin,
        "/sources/channels",
        {"name": "k", "kind": "webhook", "url": "https://1.1.1.1/h", "secret": "ngắn"},
    )
    assert bad.status_code == 400 and "secret" in bad.text
    hook = post(
        admin,
        "/sources/channels",
        {
            "name": "to-xu-ly",
            "kind": "webhook",
            "url": "https://1.1.1.1/hook?key=abc",
            "secret": secret,
        },
    )
    assert hook.status_code == 303
    mail = post(
        admin,
        "/sources/channels",
        {"name": "thu", "kind": "email", "to": "a@bo.gov.vn, b@bo.gov.vn"},
    )
    assert mail.status_code == 303
    assert {c.name for c in web.store.channels.list()} == {"to-xu-ly", "thu"}
    page = admin.get("/sources").text
    assert secret not in page and "key=abc" not in page and "a@bo.gov.vn" in page
    watch = watch_id(web, "Học phí")
    analyst = web.client("analyst")
    assert "to-xu-ly" in analyst.get(f"/watches/{watch}/edit").text
    ruled = post(
        analyst, f"/watches/{watch}/rules", {"kind": "volume_spike", "channels": "to-xu-ly"}
    )
    assert ruled.status_code == 303 and web.store.rules.list(watch)[0].channels == ("to-xu-ly",)
    in_use = post(admin, "/sources/channels/remove", {"name": "to-xu-ly"})
    assert in_use.status_code == 400 and web.store.channels.get("to-xu-ly") is not None
    assert post(admin, "/sources/channels/remove", {"name": "thu"}).status_code == 303
    assert web.store.channels.get("thu") is None
    assert secret not in str([e.after for e in web.store.audit.entries(entity="channel")])


def test_admins_add_users_and_issue_tokens(web: Web) -> None:
    admin = web.client("admin")
    email = USERS["admin"][0]
    short = post(admin, "/users", {"email": "moi@so.gov.vn", "role": "analyst", "password": "ngắn"})
    assert short.status_code == 400 and "ít nhất 10 ký tự" in short.text
    for weak, why in (("aaaaaaaaaa", "ký tự khác nhau"), ("password12", "phổ biến")):
        refused = post(admin, "/users", {"email": "moi@so.gov.vn", "password": weak})
        assert refused.status_code == 400 and why in refused.text, weak
    assert (
        post(admin, "/users", {"email": "khong-phai-thu", "password": "x" * 12}).status_code == 400
    )
    added = post(
        admin,
        "/users",
        {
            "email": "Moi@So.gov.vn",
            "role": "analyst",
            "unit": "Sở TT",
            "password": "mật khẩu đủ dài",
        },
    )
    assert added.status_code == 303
    user = web.store.accounts.find_user("moi@so.gov.vn")
    assert user is not None and user.role == "analyst" and user.unit == "Sở TT"
    twice = post(admin, "/users", {"email": "moi@so.gov.vn", "password": "mật khẩu đủ dài"})
    assert twice.status_code == 400
    assert post(admin, f"/users/{user.id}", {"role": "viewer", "unit": "Sở VH"}).status_code == 303
    changed = web.store.accounts.get_user(user.id)
    assert changed is not None and changed.role == "viewer" and changed.unit == "Sở VH"
    assert post(admin, f"/users/{user.id}/disable").status_code == 303
    assert web.store.accounts.get_user(user.id).disabled  # type: ignore[union-attr]
    assert post(admin, f"/users/{user.id}/token").status_code == 400  # disabled: no token
    assert post(admin, f"/users/{user.id}/enable").status_code == 303
    web.store.accounts.change_user(
        user.id, "tests", failed_logins=5, locked_until=NOW + timedelta(hours=1)
    )
    assert "Mở khóa" in admin.get("/users").text
    assert post(admin, f"/users/{user.id}/unlock").status_code == 303
    assert web.store.accounts.get_user(user.id).locked_until is None  # type: ignore[union-attr]
    me = web.store.accounts.find_user(email)
    assert me is not None
    assert post(admin, f"/users/{me.id}/disable").status_code == 409  # not oneself
    assert post(admin, f"/users/{me.id}", {"role": "viewer"}).status_code == 409

    issued = post(admin, f"/users/{user.id}/token", {"name": "báo cáo tuần"})
    assert issued.status_code == 200 and issued.headers["cache-control"] == "no-store"
    token = re.search(r'value="(tc_[^"]+)"', issued.text)
    assert token, "the token is shown once"
    api = web.client().get("/api/v1/me", headers={"Authorization": f"Bearer {token.group(1)}"})
    assert api.status_code == 200 and api.json()["email"] == "moi@so.gov.vn"
    assert token.group(1) not in admin.get("/users").text  # never again
    actions = [e.action for e in web.store.audit.entries(entity="user", entity_id=user.id)]
    assert actions[0] == "token" and actions[-1] == "create"
    assert {e.actor for e in web.store.audit.entries(entity="user", entity_id=user.id)} == {
        email,
        "tests",
    }


def test_the_audit_log_and_its_export(web: Web) -> None:
    analyst = web.client("analyst")
    post(analyst, "/watches", {"name": "Xăng dầu", "query": "xang dau"})
    post(
        analyst,
        f"/watches/{watch_id(web, 'Xăng dầu')}/edit",
        {"name": "Giá xăng dầu", "query": "xang"},
    )
    admin = web.client("admin")
    page = admin.get("/audit?entity=watch&actor=" + USERS["analyst"][0])
    assert page.status_code == 200
    html = page.text
    assert "Giá xăng dầu" in html and "Xăng dầu" in html and 'class="changed"' in html
    assert "tests" not in re.findall(r"<td>([^<]*)</td>", html)  # the actor filter holds
    assert "Nhật ký thay đổi" in html
    assert admin.get("/audit?since=2001-01-01&until=2001-01-02").text.count("<tr") == 0 or (
        "Không có thay đổi nào" in admin.get("/audit?since=2001-01-01&until=2001-01-02").text
    )
    assert admin.get("/audit?since=hôm-qua").status_code == 400
    paged = admin.get("/audit?page=2")
    assert paged.status_code == 200
    export = admin.get("/audit/export.csv?entity=watch")
    assert export.status_code == 200
    assert export.headers["content-type"].startswith("text/csv")
    assert "attachment" in export.headers["content-disposition"]
    assert export.content.startswith(b"\xef\xbb\xbf")
    text = export.content.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "id,at,actor,action,entity,entity_id,before,after"
    assert all(",watch," in line for line in lines[1:]) and len(lines) >= 5
    assert "Giá xăng dầu" in text and USERS["analyst"][0] in text


def test_stories_page(shared: Web) -> None:
    web = shared
    add_hostile_story(web.store)
    page = web.client("viewer").get("/stories")
    assert page.status_code == 200
    assert re.search(r'href="/articles/\d+"', page.text)
    assert "Báo lạ" in page.text
    assert web.client("viewer").get("/stories?since=2001-01-01&min_size=3").status_code == 200


def test_scraped_hostile_titles_are_inert(shared: Web) -> None:
    web = shared
    add_hostile_story(web.store)
    alert_id = add_alert(web.store, "Học phí", HOSTILE)
    analyst = web.client("analyst")
    incident = open_incident(web, analyst, alert_id)
    assert incident.title == HOSTILE
    post(analyst, f"/incidents/{incident.id}/note", {"text": HOSTILE})
    post(analyst, f"/incidents/{incident.id}/link", {"article_id": str(incident.article_ids[0])})
    web.store.sources.add(
        NewSource(url="javascript:alert(4)", outlet='<img src=x onerror="alert(5)">')
    )
    for path in (
        "/stories",
        "/alerts",
        f"/alerts/{alert_id}",
        "/incidents",
        f"/incidents/{incident.id}",
        "/sources",
        "/watches",
    ):
        html = analyst.get(path).text
        assert_inert(html)
        if path != "/watches":
            assert "&lt;script&gt;" in html or "&lt;img" in html, path
