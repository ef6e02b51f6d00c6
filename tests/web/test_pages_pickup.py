"""Pickup in the dashboard and the API: the statement page's Pickup section (hostile text
inert), ``GET /api/v1/statements/{id}/pickup`` as the CLI's ``--json``, the statement
form's watchlists, and the watch page's "official information carried"."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from fastapi.testclient import TestClient

from toancanh.access import Actor
from toancanh.domain.pickups import Carried, PickupArticle
from toancanh.domain.statements import StatementSpec
from toancanh.services import statements
from web_helpers import HOSTILE, NOW, Web, api_client, cli_json, watch_named

ISSUED = datetime(2026, 11, 2, 2, tzinfo=UTC)
FORM = {
    "title": "Thông cáo về học phí",
    "text": "Học phí đại học công lập tăng không quá 10%.",
    "issuer": "Bộ GD&ĐT",
    "kind": "press_release",
    "spokesperson": "",
    "issued_at": "2026-11-02T09:00",
    "url": "",
    "embargo_until": "",
}


def post(client: TestClient, path: str, data: dict[str, object]):
    form = {"csrf_token": client.csrf, **data}  # type: ignore[attr-defined]
    return client.post(path, data=form, follow_redirects=False)  # type: ignore[arg-type]


def hostile_pickup(web: Web) -> int:
    """A published statement carried by an article whose title, outlet and figures are
    hostile markup."""
    spec = StatementSpec(
        title=HOSTILE, text="Học phí tăng 10%.", issuer="Bộ Y tế", issued_at=ISSUED
    )
    statement = statements.add_statement(
        web.store, Actor.operator("tests"), spec, status="published"
    )
    article = next(a for a in web.store.articles.list(limit=500) if a.title == HOSTILE)
    found = Carried(
        str(statement.id), 0.91, ({"kind": "amount", "article": HOSTILE, "statement": "10%"},)
    )
    web.store.pickups.record(PickupArticle(article.id, article.title, "", HOSTILE, NOW), [found])
    return statement.id


def test_the_pickup_section_shows_hostile_text_inert(web: Web) -> None:
    sid = hostile_pickup(web)
    page = web.client("viewer").get(f"/statements/{sid}")
    assert page.status_code == 200
    section = page.text[page.text.index('id="pickup"') :]
    assert "Mức độ đăng tải" in section and 'id="pickup-differing"' in section
    assert re.search(r'id="pickup-articles">1<', section)
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;" in section


def test_the_api_answers_as_the_cli(web: Web) -> None:
    sid = hostile_pickup(web)
    answer = api_client(web, "viewer").get(f"/statements/{sid}/pickup")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["articles"], body["outlets"]) == (1, 1)
    assert body["differing"][0]["differences"][0]["article"] == HOSTILE  # data, not markup
    assert body == cli_json(web, "statements", "pickup", str(sid))
    assert api_client(web, "viewer").get("/statements/999999/pickup").status_code == 404
    assert api_client(web, None).get(f"/statements/{sid}/pickup").status_code == 401


def test_the_form_links_the_watchlists_the_user_sees(web: Web) -> None:
    shared, private = watch_named(web.store, "Học phí"), watch_named(web.store, "Riêng của Vụ")
    analyst, other = web.client("analyst"), web.client("other")
    form = analyst.get("/statements/new").text
    assert f'<option value="{shared.id}"' in form and f'<option value="{private.id}"' in form
    assert f'<option value="{private.id}"' not in other.get("/statements/new").text
    made = post(analyst, "/statements/new", FORM | {"watch_ids": [str(shared.id), str(private.id)]})
    assert made.status_code == 303, made.text[:1000]
    sid = int(re.findall(r"/statements/(\d+)", made.headers["location"])[0])
    assert web.store.statements.get(sid).watch_ids == tuple(sorted((shared.id, private.id)))  # type: ignore[union-attr]
    page = analyst.get(f"/statements/{sid}").text
    assert 'id="linked-watches"' in page and f'<option value="{shared.id}" selected>' in page
    kept = post(analyst, f"/statements/{sid}/edit", {"spokesperson": "Ông A"})
    assert kept.status_code == 303
    assert len(web.store.statements.get(sid).watch_ids) == 2  # type: ignore[union-attr]
    cleared = post(analyst, f"/statements/{sid}/edit", {"watch_ids_sent": "1"})
    assert cleared.status_code == 303
    assert web.store.statements.get(sid).watch_ids == ()  # type: ignore[union-attr]
    bad = post(analyst, "/statements/new", FORM | {"watch_ids": ["x"]})
    assert bad.status_code == 400 and "danh mục theo dõi trong danh sách" in bad.text
    # Another unit's private watchlist is not theirs to link: "not found".
    refused = post(other, "/statements/new", FORM | {"watch_ids": [str(private.id)]})
    assert refused.status_code == 404


def test_the_watch_page_shows_official_information_carried(web: Web) -> None:
    hostile_pickup(web)
    watch = watch_named(web.store, "Học phí")
    page = web.client("viewer").get(f"/watches/{watch.id}").text
    card = page[page.index('id="carried"') :]
    assert "Tin chính thức được đăng tải" in card and 'id="carried-days"' in card
    trend = api_client(web, "viewer").get(f"/watchlists/{watch.id}/trends").json()
    assert trend["totals"]["carried"] == 1
    assert sum(p["carried"] for p in trend["points"]) == 1
