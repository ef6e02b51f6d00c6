"""The claim desk's pages: the queue (filters, bulk accept or reject), a claim highlighted
in its article with its suggestions side by side, the verdict form, the history; hostile
text shown inert."""

from __future__ import annotations

import re

from claim_desk import SPREAD, build_desk
from web_helpers import HOSTILE, Web


def test_the_queue_and_a_claim_page_show_the_claim_inert(web: Web) -> None:
    desk = build_desk(web.store, hostile=HOSTILE)
    viewer = web.client("viewer")
    queue = viewer.get("/claims")
    assert queue.status_code == 200
    assert SPREAD in queue.text and "<script>alert" not in queue.text
    assert "&lt;script&gt;" in queue.text
    assert 'name="claim_ids"' not in queue.text  # a viewer reads, does not review
    page = viewer.get(f"/claims/{desk.hostile}")
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert re.search(r'<mark id="claim-mark">&lt;script&gt;', page.text)
    spread = viewer.get(f"/claims/{desk.spread}").text
    assert "5 triệu đồng" in spread and "từ 2 đến 3 triệu đồng" in spread  # side by side
    assert 'id="verdict-form"' not in spread
    assert viewer.get("/claims/999").status_code == 404
    export = viewer.get("/api/v1/claims/export", params={"format": "csv"})  # the page's link
    assert export.status_code == 200 and export.text.startswith("id,claim,verdict")


def test_a_verdict_bulk_decisions_and_filters_through_the_forms(web: Web) -> None:
    desk = build_desk(web.store)
    analyst = web.client("analyst")
    page = analyst.get(f"/claims/{desk.spread}").text
    assert 'id="verdict-form"' in page and "Sai sự thật" in page
    given = analyst.post(
        f"/claims/{desk.spread}/review",
        data={
            "verdict": "false",
            "statement_id": str(desk.fine),
            "note": "Mức phạt 2-3 triệu",
            "csrf_token": analyst.csrf,  # type: ignore[attr-defined]
        },
        follow_redirects=False,
    )
    assert given.status_code == 303, given.text[:500]
    shown = analyst.get(given.headers["location"]).text
    assert "sai sự thật" in shown and "Mức phạt 2-3 triệu" in shown
    verdicts = analyst.get("/claims", params={"status": "verdict"}).text
    assert f'id="claim-{desk.spread}"' in verdicts and f'id="claim-{desk.lone}"' not in verdicts
    refused = analyst.post(
        f"/claims/{desk.lone}/review",
        data={"verdict": "false", "csrf_token": analyst.csrf},  # type: ignore[attr-defined]
    )
    assert refused.status_code == 400 and 'role="alert"' in refused.text
    bulk = analyst.post(
        "/claims/suggestions",
        data={
            "claim_ids": [str(desk.lone), str(desk.hostile)],
            "decision": "reject",
            "csrf_token": analyst.csrf,  # type: ignore[attr-defined]
        },
        follow_redirects=False,
    )
    assert bulk.status_code == 303
    states = web.store.claims.suggestions([desk.lone, desk.hostile])
    assert {s.state for ss in states.values() for s in ss} == {"rejected"}


def test_the_claim_is_found_in_its_article_by_offsets_or_by_its_text() -> None:
    from toancanh.web.pages.claims import highlighted

    text = "Mở đầu. Phạt 5 triệu đồng. Kết."
    assert highlighted(text, 8, 26, "Phạt 5 triệu đồng.") == (
        "Mở đầu. ",
        "Phạt 5 triệu đồng.",
        " Kết.",
    )
    moved = "Thêm một câu. " + text  # the text changed: the offsets no longer fit
    assert highlighted(moved, 8, 26, "Phạt 5 triệu đồng.") == (
        "Thêm một câu. Mở đầu. ",
        "Phạt 5 triệu đồng.",
        " Kết.",
    )
    assert highlighted("Khác hẳn.", 0, 5, "Phạt 5 triệu đồng.") is None
    assert highlighted(text, 40, 90, "Phạt") == ("Mở đầu. ", "Phạt", " 5 triệu đồng. Kết.")
