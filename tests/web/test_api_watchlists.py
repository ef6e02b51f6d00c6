"""Watchlists, their rules, trends, forecasts and articles through the API; a unit's
private watchlist stays invisible to other units."""

from __future__ import annotations

from web_helpers import Web, api_client, cli_json, watch_named

PRIVATE = "Riêng của Vụ"


def test_watchlists_list_and_show_as_the_cli(web: Web) -> None:
    api = api_client(web, "analyst")
    body = api.get("/watchlists").json()
    assert body["items"] == cli_json(web, "watch", "list")  # the analyst's unit sees both
    shared = watch_named(web.store, "Học phí")
    one = api.get(f"/watchlists/{shared.id}").json()
    cli = cli_json(web, "watch", "show", "Học phí")
    assert {k: v for k, v in one.items() if k != "rules"} == {
        k: v for k, v in cli.items() if k != "rules"
    }
    assert one["rules"] == [] and one["matches"] == 61


def test_a_private_watchlist_is_invisible_to_another_unit(web: Web) -> None:
    private = watch_named(web.store, PRIVATE)
    other = api_client(web, "other")
    names = [w["name"] for w in other.get("/watchlists").json()["items"]]
    assert names == ["Học phí"]
    for path in ("", "/articles", "/trends", "/forecast", "/rules"):
        response = other.get(f"/watchlists/{private.id}{path}")
        assert response.status_code == 404, path
        assert response.json()["detail"] == f"no watchlist #{private.id}"
    assert other.patch(f"/watchlists/{private.id}", json={"description": "x"}).status_code == 404
    assert other.delete(f"/watchlists/{private.id}").status_code == 404
    rule = {"kind": "volume_spike"}
    assert other.post(f"/watchlists/{private.id}/rules", json=rule).status_code == 404
    admin = api_client(web, "admin")
    assert admin.get(f"/watchlists/{private.id}").json()["unit"] == "Vụ Truyền thông"
    assert PRIVATE in [w["name"] for w in admin.get("/watchlists").json()["items"]]


def test_an_analyst_creates_changes_and_removes_a_watchlist(web: Web) -> None:
    api = api_client(web, "analyst")
    created = api.post(
        "/watchlists",
        json={
            "name": "  Học phí   đại học ",
            "query": "hoc phi",
            "legal_refs": ["Nghị định 81/2021"],
            "agencies": ["Bộ GD&ĐT"],
            "shared": False,
        },
    )
    assert created.status_code == 201, created.text
    watch = created.json()
    assert watch["name"] == "Học phí đại học" and watch["unit"] == "Vụ Truyền thông"
    assert watch["legal_refs"] == ["81/2021/NĐ-CP"] and watch["shared"] is False
    assert watch["agencies"] == ["Bộ Giáo dục và Đào tạo"] and watch["matches"] == 61
    assert watch["created_at"].endswith("+07:00")
    cli = cli_json(web, "watch", "show", str(watch["id"]))
    assert watch == {k: v for k, v in cli.items() if k != "rules"}
    entry = web.store.audit.entries(entity="watch", entity_id=watch["id"])[0]
    assert (entry.action, entry.actor) == ("create", "analyst@bo.gov.vn")

    changed = api.patch(
        f"/watchlists/{watch['id']}", json={"query": '"phi" AND hoc', "agencies": []}
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["agencies"] == [] and changed.json()["legal_refs"] == ["81/2021/NĐ-CP"]
    assert web.store.audit.entries(entity="watch")[0].actor == "analyst@bo.gov.vn"

    taken = api.patch(f"/watchlists/{watch['id']}", json={"name": "học phí"})
    assert taken.status_code == 409 and "exists already" in taken.json()["detail"]
    empty = api.patch(
        f"/watchlists/{watch['id']}", json={"query": None, "legal_refs": [], "agencies": []}
    )
    assert empty.status_code == 400 and "to match articles by" in empty.json()["detail"]
    bad_query = api.patch(f"/watchlists/{watch['id']}", json={"query": "hoc AND"})
    assert bad_query.status_code == 400 and "position" in bad_query.json()

    assert api.delete(f"/watchlists/{watch['id']}").status_code == 204
    assert api.get(f"/watchlists/{watch['id']}").status_code == 404
    assert web.store.audit.entries(entity="watch")[0].action == "delete"


def test_bad_watchlists_are_refused_with_what_to_fix(web: Web) -> None:
    api = api_client(web, "analyst")
    assert api.post("/watchlists", json={"query": "x"}).status_code == 422  # no name
    nothing = api.post("/watchlists", json={"name": "Trống"})
    assert nothing.status_code == 400 and "to match articles by" in nothing.json()["detail"]
    agency = api.post("/watchlists", json={"name": "A", "agencies": ["Bộ Không Có"]})
    assert agency.status_code == 400 and "no body called" in agency.json()["detail"]
    taken = api.post("/watchlists", json={"name": "HỌC PHÍ", "query": "x"})
    assert taken.status_code == 409


def test_only_the_owning_unit_shares_or_hides_a_watchlist(web: Web) -> None:
    private = watch_named(web.store, PRIVATE)
    shared = watch_named(web.store, "Học phí")
    other = api_client(web, "other")
    assert other.patch(f"/watchlists/{shared.id}", json={"shared": False}).status_code == 403
    described = other.patch(f"/watchlists/{shared.id}", json={"description": "Theo dõi chung"})
    assert described.status_code == 200 and described.json()["description"] == "Theo dõi chung"
    owner = api_client(web, "analyst")
    opened = owner.patch(f"/watchlists/{private.id}", json={"shared": True})
    assert opened.status_code == 200 and opened.json()["shared"] is True
    assert other.get(f"/watchlists/{private.id}").status_code == 200


def test_watchlist_articles_newest_first_and_paged(web: Web) -> None:
    api = api_client(web, "viewer")
    shared = watch_named(web.store, "Học phí")
    first = api.get(f"/watchlists/{shared.id}/articles", params={"limit": 30}).json()
    second = api.get(f"/watchlists/{shared.id}/articles", params={"limit": 30, "offset": 30}).json()
    third = api.get(f"/watchlists/{shared.id}/articles", params={"limit": 30, "offset": 60}).json()
    items = first["items"] + second["items"] + third["items"]
    assert len(items) == len({a["id"] for a in items}) == 61
    assert (first["next_offset"], second["next_offset"], third["next_offset"]) == (30, 60, None)
    dates = [a["published_at"] for a in items]
    assert dates == sorted(dates, reverse=True)
    assert set(items[0]) == set(cli_json(web, "articles", "list", "--limit", "1")[0])


def test_watchlist_trends_and_forecast_as_the_cli(web: Web) -> None:
    api = api_client(web, "viewer")
    shared = watch_named(web.store, "Học phí")
    period = {"since": "2026-01-01", "until": "2026-03-01"}
    trend = api.get(f"/watchlists/{shared.id}/trends", params=period).json()
    cli = cli_json(web, "trends", "Học phí", "--since", "2026-01-01", "--until", "2026-03-01")
    assert trend == cli
    recent = api.get(f"/watchlists/{shared.id}/trends", params={"since": "30d"}).json()
    assert recent["totals"]["total"] == 61 and recent["subject"]["label"] == "Học phí"
    hourly = api.get(f"/watchlists/{shared.id}/trends", params={"by": "hour", "since": "2d"})
    assert hourly.status_code == 200 and hourly.json()["by"] == "hour"
    assert api.get(f"/watchlists/{shared.id}/trends", params={"by": "week"}).status_code == 422
    backwards = api.get(
        f"/watchlists/{shared.id}/trends", params={"since": "2026-03-01", "until": "2026-01-01"}
    )
    assert backwards.status_code == 400 and "before until" in backwards.json()["detail"]
    forecast = api.get(
        f"/watchlists/{shared.id}/forecast",
        params={"days": 5, "threshold": 2, "until": "2026-12-01"},
    ).json()
    assert forecast == cli_json(
        web, "forecast", "Học phí", "--days", "5", "--threshold", "2", "--until", "2026-12-01"
    )
    assert api.get(f"/watchlists/{shared.id}/forecast", params={"days": 31}).status_code == 422


def test_trends_of_a_topic_agency_place_outlet_or_document(web: Web) -> None:
    api = api_client(web, "viewer")
    period = {"since": "30d"}
    outlet = api.get("/trends", params={"kind": "outlet", "value": "cong bo", **period})
    assert outlet.status_code == 200, outlet.text
    assert outlet.json()["subject"] == {"kind": "outlet", "value": "Cổng Bộ", "label": "Cổng Bộ"}
    place = api.get("/trends", params={"kind": "place", "value": "TP.HCM"}).json()
    assert place["subject"]["value"] == "Thành phố Hồ Chí Minh"
    assert place["totals"]["total"] == 0
    ambiguous = api.get("/trends", params={"kind": "outlet", "value": "Báo"})
    assert ambiguous.status_code == 400 and "names 3 outlets" in ambiguous.json()["detail"]
    assert api.get("/trends", params={"kind": "person", "value": "x"}).status_code == 422
    assert api.get("/trends", params={"kind": "topic"}).status_code == 422
    unknown = api.get("/trends", params={"kind": "agency", "value": "Bộ Không Có"})
    assert unknown.status_code == 400 and "agency:" in unknown.json()["detail"]


def test_spikes_and_emerging(web: Web) -> None:
    api = api_client(web, "viewer")
    spikes = api.get("/spikes", params={"watches_only": True}).json()
    assert spikes["items"] == cli_json(web, "spikes", "--watches-only")
    assert set(spikes) == {"items", "limit", "offset", "next_offset"}
    assert api.get("/spikes", params={"since": "400d"}).status_code == 400
    emerging = api.get("/emerging", params={"min_outlets": 1}).json()
    assert set(emerging) == {"since", "stories", "terms"}


def test_rules_of_a_watchlist(web: Web) -> None:
    shared = watch_named(web.store, "Học phí")
    api = api_client(web, "analyst")
    added = api.post(
        f"/watchlists/{shared.id}/rules",
        json={"kind": "negative_spike", "severity": "high", "params": {"threshold": 3.5}},
    )
    assert added.status_code == 201, added.text
    rule = added.json()
    assert rule["params"]["threshold"] == 3.5 and rule["watch_id"] == shared.id
    listed = api.get(f"/watchlists/{shared.id}/rules").json()["items"]
    assert listed == cli_json(web, "alerts", "rule", "list", "--watch", "Học phí")
    assert web.store.audit.entries(entity="alert_rule")[0].actor == "analyst@bo.gov.vn"
    unknown = api.post(
        f"/watchlists/{shared.id}/rules", json={"kind": "negative_spike", "params": {"outlets": 3}}
    )
    assert unknown.status_code == 400 and "negative_spike takes" in unknown.json()["detail"]
    channel = api.post(
        f"/watchlists/{shared.id}/rules", json={"kind": "volume_spike", "channels": ["nowhere"]}
    )
    assert channel.status_code == 400 and "no channel nowhere" in channel.json()["detail"]
    assert api.post(f"/watchlists/{shared.id}/rules", json={"kind": "x"}).status_code == 422
    assert api.delete(f"/rules/{rule['id']}").status_code == 204
    assert api.delete(f"/rules/{rule['id']}").status_code == 404
    assert web.store.audit.entries(entity="alert_rule")[0].action == "delete"
