"""The repeat alert's rule (``claim_repeat``) is added like the other kinds: through the
CLI, the API and the watchlist page, and reads in words in both languages."""

from __future__ import annotations

from fastapi.testclient import TestClient

from web_helpers import Web, api_client, cli_json, watch_named


def post(client: TestClient, path: str, data: dict[str, object]):
    form = {"csrf_token": client.csrf, **data}  # type: ignore[attr-defined]
    return client.post(path, data=form, follow_redirects=False)  # type: ignore[arg-type]


def test_claim_repeat_rules_through_cli_api_and_page(web: Web) -> None:
    watch = watch_named(web.store, "Học phí")
    added = cli_json(
        web, "alerts", "rule", "add", "Học phí", "--kind", "claim_repeat",
        "--verdict", "false", "--verdict", "misleading", "--new-articles", "2",
    )  # fmt: skip
    assert added["params"] == {"verdicts": ["false", "misleading"], "new_articles": 2, "hours": 48}

    api = api_client(web, "analyst")
    body = {"kind": "claim_repeat", "params": {"verdicts": ["true"], "hours": 24}}
    answer = api.post(f"/watchlists/{watch.id}/rules", json=body)
    assert answer.status_code == 201, answer.text
    assert answer.json()["params"]["verdicts"] == ["true"]
    wrong = {"kind": "claim_repeat", "params": {"verdicts": ["sai"]}}
    refused = api.post(f"/watchlists/{watch.id}/rules", json=wrong)
    assert refused.status_code == 400 and "unknown verdict" in refused.json()["detail"]

    admin = web.client("admin")
    form = {"kind": "claim_repeat", "severity": "high", "verdicts": ["unproven"], "hours": "72"}
    assert post(admin, f"/watches/{watch.id}/rules", form).status_code == 303
    rules = [r for r in web.store.rules.list(watch.id) if r.kind == "claim_repeat"]
    assert [r.params["verdicts"] for r in rules] == [
        ["false", "misleading"],
        ["true"],
        ["unproven"],
    ]
    page = admin.get(f"/watches/{watch.id}/edit").text
    assert "Cảnh báo khi một thông tin đã có kết luận sai sự thật / gây hiểu lầm" in page
    assert "chưa đủ căn cứ xuất hiện lại trong ít nhất 1 bài mới" in page
    assert 'name="verdicts" value="misleading"' in page
    refused_page = post(
        admin, f"/watches/{watch.id}/rules", {"kind": "claim_repeat", "new_articles": "x"}
    )
    assert refused_page.status_code == 400


def test_a_repeat_alert_page_shows_the_claim_inert(web: Web) -> None:
    from datetime import UTC, datetime

    from toancanh.alerts.rules import check_rule

    hostile = '<img src=x onerror="alert(1)">Học phí tăng gấp đôi'
    watch = watch_named(web.store, "Học phí")
    rule = web.store.rules.add(
        watch_id=watch.id,
        kind="claim_repeat",
        severity="high",
        params=check_rule("claim_repeat", "high", {}),
        cooldown_minutes=360,
        channel_names=[],
        actor="admin",
    )
    detail = {
        "claim_id": 1,
        "claim": hostile,
        "verdict": "false",
        "verdict_label": "sai sự thật",
        "statement_id": 7,
        "statement": "Thông cáo <b>học phí</b>",
        "repeat_ids": [2, 3],
        "articles": [{"id": 5, "title": hostile, "url": "https://a.example/5", "outlet": "Báo A"}],
        "outlets": ["Báo A"],
        "watch": watch.name,
    }
    alert, _ = web.store.alerts.raise_alert(
        rule,
        dedup_key="claim_repeat:1",
        severity="high",
        title=f"Thông tin đã kết luận “sai sự thật” xuất hiện lại trong 1 bài mới: “{hostile}”",
        detail=detail,
        cooldown_since=datetime(2026, 1, 1, tzinfo=UTC),
        is_material=lambda _: False,
        channel_ids=[],
    )
    page = web.client("admin").get(f"/alerts/{alert.id}").text
    assert 'id="repeated-claim"' in page and "Kết luận</th><td>sai sự thật" in page
    assert '<a href="/statements/7">#7 Thông cáo &lt;b&gt;học phí&lt;/b&gt;</a>' in page
    assert '<a href="/articles/5">' in page and "Bài mới" in page
    assert "<img" not in page and "&lt;img src=x" in page
