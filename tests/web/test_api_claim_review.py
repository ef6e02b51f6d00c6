"""``/api/v1/claims``: the review queue, a claim, its review, bulk decisions and the
export, as the CLI's ``claims queue|show|review|accept|reject|export``."""

from __future__ import annotations

import csv
import io

from claim_desk import SPREAD, build_desk, check_claimreview
from web_helpers import HOSTILE, Web, api_client, cli_json


def test_the_review_flow_through_the_api(web: Web) -> None:
    desk = build_desk(web.store, hostile=HOSTILE)
    viewer, analyst = api_client(web, "viewer"), api_client(web, "analyst")
    queue = viewer.get("/claims/queue")
    assert queue.status_code == 200, queue.text
    items = queue.json()
    assert items[0]["id"] == desk.spread and items[0]["text"] == SPREAD
    assert items[0]["suggestions"][0]["statement_id"] == desk.fine
    assert {i["id"] for i in items} == {i["id"] for i in cli_json(web, "claims", "queue")}
    shown = viewer.get(f"/claims/{desk.hostile}").json()
    assert shown["text"].startswith(HOSTILE)  # data, never markup
    assert analyst.post(f"/claims/{desk.spread}/start").json()["status"] == "in_review"
    judged = analyst.post(
        f"/claims/{desk.spread}/review",
        json={"verdict": "false", "statement_id": desk.fine, "note": "2-3 triệu"},
    )
    assert judged.status_code == 200, judged.text
    assert judged.json()["verdict_label"] == "sai sự thật"
    verdicts = viewer.get("/claims/queue", params={"status": "verdict"}).json()
    assert [v["id"] for v in verdicts] == [desk.spread]
    history = viewer.get(f"/claims/{desk.spread}").json()["history"]
    assert [h["action"] for h in history] == ["start_review", "verdict"]


def test_refusals_answer_problem_json(web: Web) -> None:
    desk = build_desk(web.store)
    analyst, viewer = api_client(web, "analyst"), api_client(web, "viewer")
    bad = analyst.post(f"/claims/{desk.spread}/review", json={"verdict": "sai"})
    assert bad.status_code in (400, 422)
    no_statement = analyst.post(f"/claims/{desk.spread}/review", json={"verdict": "false"})
    assert no_statement.status_code == 400
    assert no_statement.headers["content-type"].startswith("application/problem+json")
    assert no_statement.json()["field"] == "statement_id"
    draft = analyst.post(
        f"/claims/{desk.spread}/review", json={"verdict": "true", "statement_id": desk.draft}
    )
    assert draft.status_code == 400 and "published or corrected" in draft.json()["detail"]
    assert viewer.post(f"/claims/{desk.spread}/start").status_code == 403
    assert viewer.get("/claims/999").status_code == 404
    analyst.post(f"/claims/{desk.lone}/review", json={"verdict": "unproven"})
    again = analyst.post(f"/claims/{desk.lone}/review", json={"verdict": "unproven"})
    assert again.status_code == 409
    assert analyst.post(f"/claims/{desk.lone}/reopen", json={}).status_code == 403
    reopened = api_client(web, "admin").post(
        f"/claims/{desk.lone}/reopen", json={"note": "xem lại"}
    )
    assert reopened.json()["status"] == "in_review"
    assert api_client(web, None).get("/claims/queue").status_code == 401


def test_bulk_decisions_are_all_or_nothing(web: Web) -> None:
    desk = build_desk(web.store)
    analyst = api_client(web, "analyst")
    refused = analyst.post(
        "/claims/suggestions",
        json={
            "claim_ids": [desk.spread, desk.lone],
            "decision": "accept",
            "statement_id": desk.fine,
        },
    )
    assert refused.status_code == 400
    assert web.store.claims.suggestions([desk.spread])[desk.spread][0].state == "suggested"
    done = analyst.post(
        "/claims/suggestions", json={"claim_ids": [desk.spread, desk.lone], "decision": "reject"}
    )
    assert done.status_code == 200, done.text
    assert [c["status"] for c in done.json()] == ["in_review", "in_review"]


def test_the_export_through_the_api(web: Web) -> None:
    desk = build_desk(web.store, hostile=HOSTILE)
    analyst = api_client(web, "analyst")
    for claim, verdict in ((desk.spread, "false"), (desk.hostile, "misleading")):
        analyst.post(
            f"/claims/{claim}/review", json={"verdict": verdict, "statement_id": desk.fine}
        )
    answer = api_client(web, "viewer").get("/claims/export", params={"format": "claimreview"})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/ld+json")
    graph = check_claimreview(answer.json())
    assert {g["reviewRating"]["alternateName"] for g in graph} == {"sai sự thật", "gây hiểu lầm"}
    table = api_client(web, "viewer").get("/claims/export", params={"format": "csv"})
    assert table.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert len(rows) == 2 and {r["label"] for r in rows} == {"sai sự thật", "gây hiểu lầm"}
    later = api_client(web, "viewer").get(
        "/claims/export", params={"format": "csv", "since": "2100-01-01"}
    )
    assert later.text.count("\n") == 1
