"""The press orders' pages: the list with the form for a new order, an order with what it
delivered and the buttons to accept or reject (the ordering unit only), the acceptance
record to print and as CSV, refusals on the form in Vietnamese, hostile titles inert."""

from __future__ import annotations

from fastapi.testclient import TestClient

from commission_cases import FOUND, HOSTILE, OUTLET, build
from web_helpers import Web


def post(client: TestClient, path: str, data: dict[str, object] | None = None):
    form = {"csrf_token": client.csrf, **(data or {})}  # type: ignore[attr-defined]
    return client.post(path, data=form, follow_redirects=False)  # type: ignore[arg-type]


ORDER = {
    "outlet": OUTLET.upper(),
    "watches": ["Tiêm chủng", "Bảo hiểm"],
    "since": "2026-10-01",
    "until": "2026-10-31",
    "value": "150.000.000",
    "count_article": "8",
    "count_talk_show": "1",
    "contract_number": "12/2026/HĐ",
    "criteria": HOSTILE,
}


def test_an_order_is_made_and_its_deliveries_decided_on_the_pages(web: Web) -> None:
    corpus = build(web.store)
    analyst = web.client("analyst")
    made = post(analyst, "/commissions/new", ORDER)
    assert made.status_code == 303, made.text[:500]
    page_url = made.headers["location"].split("?")[0]
    page = analyst.get(page_url).text
    assert HOSTILE not in page and "&lt;script&gt;" in page
    assert f'id="delivery-{corpus.ids["found"]}"' in page and "Bài found về Tiêm chủng" in page
    assert 'id="ordered">9<' in page and 'id="delivered">3<' in page
    oid = page_url.rsplit("/", 1)[1]
    done = post(
        analyst,
        f"/commissions/{oid}/decide",
        {"decision": "rejected", "article_id": str(corpus.ids["hostile"])},
    )
    assert done.status_code == 303
    ticked = [str(corpus.ids[k]) for k in ("found", "last_day")]
    post(analyst, f"/commissions/{oid}/decide", {"decision": "accepted", "article_id": ticked})
    page = analyst.get(page_url).text
    assert 'id="delivered">2<' in page and 'id="accepted">2<' in page
    listing = web.client("viewer").get("/commissions").text
    assert f'href="/commissions/{oid}"' in listing
    viewer_page = web.client("viewer").get(page_url).text
    assert 'action="/commissions/' not in viewer_page  # no buttons for a viewer
    record = analyst.get(f"/commissions/{oid}/record").text
    assert "Biên bản nghiệm thu" in record and "Đơn đặt hàng" in record
    assert HOSTILE not in record and "Bài found về Tiêm chủng" in record
    csv_text = analyst.get(f"/commissions/{oid}/export.csv").text
    assert csv_text.count("accepted") == 2 and str(corpus.ids[FOUND[0]]) in csv_text


def test_a_refused_order_comes_back_on_its_form_in_vietnamese(web: Web) -> None:
    build(web.store)
    analyst = web.client("analyst")
    refused = post(analyst, "/commissions/new", ORDER | {"value": "1.5"})
    assert refused.status_code == 400
    assert "không phải số tiền" in refused.text and 'value="1.5"' in refused.text
    refused = post(
        analyst, "/commissions/new", ORDER | {"count_article": "", "count_talk_show": ""}
    )
    assert "ít nhất một sản phẩm" in refused.text
