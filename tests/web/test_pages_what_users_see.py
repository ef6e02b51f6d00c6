"""What a new user meets on the pages (issue 12): real counts, rules in words, a search
with its total, order and tones, complete exports, one's own password, one visibility
rule for watchlists on the API and the pages, closed incidents that stay closed."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from monitoring_fixtures import Spec, store_specs
from toancanh.access import Actor
from toancanh.alerts.rules import check_rule
from toancanh.errors import Conflict
from toancanh.services import incidents as incident_service
from toancanh.services.incidents import NewIncident
from toancanh.services.passwords import hash_password
from toancanh.web.charts import day_label
from web_helpers import (
    NOW,
    PASSWORD,
    USERS,
    Web,
    api_client,
    chart_option,
    cli_json,
    sign_in,
    watch_named,
)

TONES_VI = {"Tích cực", "Trung tính", "Tiêu cực"}


def post(client: TestClient, path: str, data: dict[str, object]):
    form = {"csrf_token": client.csrf, **data}  # type: ignore[attr-defined]
    return client.post(path, data=form, follow_redirects=False)  # type: ignore[arg-type]


def row_count(html: str, watch_id: int) -> int:
    """The "Matches" cell of a watchlist's row on the Watchlists page."""
    row = re.search(rf'<tr id="watch-{watch_id}">(.*?)</tr>', html, re.S)
    assert row, f"no row for watchlist #{watch_id}"
    cell = re.search(r'<td class="num">([\d.]+)</td>', row.group(1))
    assert cell
    return int(cell.group(1).replace(".", ""))


def test_the_watchlists_page_shows_the_counts_the_cli_and_the_api_show(web: Web) -> None:
    html = web.client("analyst").get("/watches").text
    api = {
        w["id"]: w["matches"] for w in api_client(web, "analyst").get("/watchlists").json()["items"]
    }
    cli = {w["id"]: w["matches"] for w in cli_json(web, "watch", "list")}
    assert api and all(n > 0 for n in api.values())
    for watch_id, matches in api.items():
        assert row_count(html, watch_id) == matches == cli[watch_id]


def _add_spike_rule(web: Web) -> int:
    watch = watch_named(web.store, "Học phí")
    params = check_rule("volume_spike", "high", {"threshold": 4.5, "window": 28})
    rule = web.store.rules.add(
        watch_id=watch.id,
        kind="volume_spike",
        severity="high",
        params=params,
        cooldown_minutes=360,
        channel_names=[],
        actor="tests",
    )
    return rule.id


def test_alert_rules_are_linked_from_the_watchlists_and_said_in_words(web: Web) -> None:
    _add_spike_rule(web)
    watch = watch_named(web.store, "Học phí")
    analyst, viewer = web.client("analyst"), web.client("viewer")
    listing = viewer.get("/watches").text
    assert f'href="/watches/{watch.id}#rules"' in listing
    page = viewer.get(f"/watches/{watch.id}").text
    assert 'id="rules"' in page
    assert "vượt mức thường của 28 ngày trước ít nhất 4,5 lần độ dao động thường ngày" in page
    assert "ngưỡng =" not in page and "threshold" not in page
    assert 'id="manage-rules"' not in page  # a viewer reads the rules, cannot change them
    assert f'href="/watches/{watch.id}/edit#rules"' in analyst.get(f"/watches/{watch.id}").text
    edit = analyst.get(f"/watches/{watch.id}/edit").text
    assert "4,5 lần độ dao động thường ngày" in edit and "ngưỡng =" not in edit
    analyst.cookies.set("lang", "en")
    english = analyst.get(f"/watches/{watch.id}").text
    assert "by at least 4.5 times the usual day-to-day variation" in english
    audit = web.client("admin").get("/audit?entity=alert_rule").text
    logged = audit.split('id="audit-list"')[1]
    assert "4,5 lần độ dao động" in logged and "{&#34;" not in logged  # no JSON


def test_the_audit_log_reads_as_words_and_local_times(web: Web) -> None:
    admin = web.client("admin")
    post(admin, "/watches", {"name": "Nhật ký", "query": "hoc phi"})
    html = admin.get("/audit").text
    assert not re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+", html), "UTC microseconds"
    assert re.search(r"\d\d/\d\d/\d{4} \d\d:\d\d", html)
    assert ">admin<" not in html and "quản trị viên" in html


def test_search_shows_the_total_sorts_by_date_and_shows_each_tone(web: Web) -> None:
    viewer = web.client("viewer")
    best = viewer.get("/search", params={"q": "hoc phi"}).text
    total = re.search(r'id="result-count">\s*([\d.]+) bài khớp', best)
    assert total and int(total.group(1).replace(".", "")) == 61
    assert "điểm" not in best.split('id="results"')[1], "no raw relevance score"
    tones = re.findall(r'<span class="tone tone-\w+">([^<]+)</span>', best)
    assert len(tones) == 20 and set(tones) <= TONES_VI and len(set(tones)) == 3
    newest = viewer.get("/search", params={"q": "hoc phi", "sort": "date"}).text
    assert "mới nhất trước" in newest and 'value="date" selected' in newest
    shown = re.findall(r"· (\d\d/\d\d/\d{4} \d\d:\d\d)", newest)
    moments = [(d[6:10], d[3:5], d[0:2], d[11:]) for d in shown]
    assert len(moments) == 20 and moments == sorted(moments, reverse=True)
    second = viewer.get("/search", params={"q": "hoc phi", "sort": "date", "page": 2}).text
    later = re.findall(r"· (\d\d/\d\d/\d{4} \d\d:\d\d)", second)
    assert (later[0][6:10], later[0][3:5], later[0][0:2]) <= moments[-1][:3]


def test_the_export_has_topic_tone_agencies_places_and_legal_documents(web: Web) -> None:
    store_specs(
        web.store,
        [
            Spec(
                NOW - timedelta(hours=1),
                "Nghị định mới về học phí",
                body="Bộ Giáo dục và Đào tạo công bố nghị định học phí tại Hà Nội.",
                legal_refs=("81/2021/NĐ-CP",),
                agencies=(("Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo"),),
                sentiment="positive",
            )
        ],
        seed=5,
    )
    answer = web.client("viewer").get("/search/export.csv", params={"q": "nghi dinh hoc phi"})
    rows = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert rows and {"Chủ đề", "Sắc thái", "Cơ quan", "Địa phương", "Văn bản pháp luật"} <= set(
        rows[0]
    )
    found = next(r for r in rows if r["Tiêu đề"] == "Nghị định mới về học phí")
    assert found["Sắc thái"] == "Tích cực" and found["Chủ đề"]
    assert "81/2021/NĐ-CP" in found["Văn bản pháp luật"]
    assert "Bộ Giáo dục và Đào tạo" in found["Cơ quan"]


def test_api_search_results_carry_their_tone(web: Web) -> None:
    items = api_client(web, "viewer").get("/search", params={"q": "hoc phi"}).json()["items"]
    assert items and all(i["sentiment"] in ("positive", "neutral", "negative") for i in items)
    for item in items[:5]:
        stored = web.store.analysis.get(item["id"])
        assert stored is not None and stored["sentiment"]["label"] == item["sentiment"]


def test_dates_on_the_charts_are_written_the_vietnamese_way(web: Web) -> None:
    assert day_label("2026-11-20") == "20/11/2026"
    assert day_label("2026-11-20T14:00") == "20/11/2026 14:00"
    assert day_label("2026-11-20 14:00:05") == "20/11/2026 14:00"
    assert day_label("Học phí 2025-2026") == "Học phí 2025-2026"  # not a day: as it is
    html = web.client("viewer").get("/overview/charts").text
    axis = chart_option(html, "timeline")["xAxis"]["data"]
    assert axis and all(re.fullmatch(r"\d\d/\d\d/\d{4}", day) for day in axis)


def test_a_user_changes_their_own_password(web: Web) -> None:
    viewer = web.client("viewer")
    page = viewer.get("/account")
    assert page.status_code == 200 and 'id="password-form"' in page.text
    assert 'href="/account"' in viewer.get("/").text
    new = "một mật khẩu mới hẳn 2027"
    wrong = post(viewer, "/account/password", {"current": "sai", "password": new, "repeat": new})
    assert wrong.status_code == 400 and "mật khẩu hiện tại không đúng" in wrong.text
    differ = post(
        viewer, "/account/password", {"current": PASSWORD, "password": new, "repeat": "x"}
    )
    assert differ.status_code == 400 and "không giống nhau" in differ.text
    done = post(viewer, "/account/password", {"current": PASSWORD, "password": new, "repeat": new})
    assert done.status_code == 303 and done.headers["location"] == "/account?done=password_changed"
    assert "Đã đổi mật khẩu" in viewer.get(done.headers["location"]).text  # still signed in
    fresh = web.client()
    old = sign_in(fresh, USERS["viewer"][0], PASSWORD)
    assert old.status_code == 401
    ok = sign_in(fresh, USERS["viewer"][0], new)
    assert ok.status_code == 200 and 'id="account-link"' in ok.text
    user = web.store.accounts.find_user(USERS["viewer"][0])
    assert user is not None
    entry = web.store.audit.entries(entity="user", entity_id=user.id)[0]
    assert entry.actor == USERS["viewer"][0] and entry.after["password"] == "changed"  # type: ignore[index]
    assert new not in json.dumps(entry.after)


# -- one visibility rule for watchlists, on the API and the pages -------------------------

NO_UNIT = "nounit@bo.gov.vn"


def _no_unit_analyst(web: Web) -> None:
    web.store.accounts.add_user(
        email=NO_UNIT,
        password_hash=hash_password(PASSWORD),
        role="analyst",
        unit=None,
        actor="tests",
    )


def _signed_in(web: Web, email: str) -> TestClient:
    client = web.client()
    page = sign_in(client, email, PASSWORD)
    found = re.search(r'"X-CSRF-Token": "([^"]+)"', page.text)
    assert found
    client.csrf = found.group(1)  # type: ignore[attr-defined]
    return client


def test_an_analyst_without_a_unit_cannot_make_a_private_watchlist(web: Web) -> None:
    _no_unit_analyst(web)
    api = api_client(web, None)
    user = web.store.accounts.find_user(NO_UNIT)
    assert user is not None
    from toancanh.services import accounts

    api.headers["Authorization"] = (
        "Bearer " + accounts.issue_token(web.store, Actor.operator("tests"), user.id, "tests").token
    )
    refused = api.post(
        "/watchlists", json={"name": "Riêng không đơn vị", "query": "hoc phi", "shared": False}
    )
    assert refused.status_code == 400 and refused.json()["field"] == "shared"
    assert web.store.watches.find("Riêng không đơn vị") is None
    page = _signed_in(web, NO_UNIT)
    form = post(
        page, "/watches", {"name": "Riêng không đơn vị", "query": "hoc phi", "private": "true"}
    )
    assert form.status_code == 400 and "danh mục riêng phải thuộc một đơn vị" in form.text
    assert web.store.watches.find("Riêng không đơn vị") is None
    shared = api.post("/watchlists", json={"name": "Chung không đơn vị", "query": "hoc phi"})
    assert shared.status_code == 201 and shared.json()["unit"] is None and shared.json()["shared"]
    other = api_client(web, "other").get(f"/watchlists/{shared.json()['id']}")
    assert other.status_code == 200  # a watchlist of no unit is everyone's


def test_no_analyst_hides_a_watchlist_of_no_unit_in_their_own_unit(web: Web) -> None:
    watch = watch_named(web.store, "Học phí")  # no unit, shared
    assert watch.unit is None and watch.shared
    api = api_client(web, "analyst").patch(f"/watchlists/{watch.id}", json={"shared": False})
    assert api.status_code == 403
    analyst = web.client("analyst")
    form = post(
        analyst,
        f"/watches/{watch.id}/edit",
        {"name": watch.name, "query": watch.query, "private": "true"},
    )
    assert form.status_code == 403 and "chỉ đơn vị sở hữu hoặc quản trị viên" in form.text
    after = watch_named(web.store, "Học phí")
    assert after.shared and after.unit is None
    assert api_client(web, "other").get(f"/watchlists/{watch.id}").status_code == 200


# -- a closed incident stays closed --------------------------------------------------------


def test_a_closed_incident_refuses_new_articles_in_the_service_and_the_api(web: Web) -> None:
    actor = Actor.of(web.store.accounts.find_user(USERS["analyst"][0]))  # type: ignore[arg-type]
    incident = incident_service.open_incident(web.store, actor, NewIncident(title="Học phí tăng"))
    article = web.store.articles.list(limit=1)[0]
    incident_service.close_incident(web.store, actor, incident.id, "Đã trả lời báo chí.")
    with pytest.raises(Conflict, match="is closed"):
        incident_service.link_articles(web.store, actor, incident.id, [article.id])
    answer = api_client(web, "analyst").post(
        f"/incidents/{incident.id}/articles", json={"article_ids": [article.id]}
    )
    assert answer.status_code == 409 and "closed" in answer.json()["detail"]
    linked = web.store.incidents.get(incident.id)
    assert linked is not None and article.id not in linked.article_ids


def test_the_overview_follows_the_access_policy_for_alerts(web: Web) -> None:
    from web_helpers import add_alert

    add_alert(web.store, "Riêng của Vụ", "Cảnh báo riêng của Vụ")
    add_alert(web.store, "Học phí", "Cảnh báo chung về học phí")
    mine, theirs = web.client("analyst").get("/").text, web.client("other").get("/").text
    assert "Cảnh báo riêng của Vụ" in mine and "Cảnh báo chung về học phí" in mine
    assert "Cảnh báo riêng của Vụ" not in theirs and "Cảnh báo chung về học phí" in theirs
