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
