"""The directory's pages: units by kind with their spokespersons, a unit's people kept by
its own analysts, the public list and feed of spokespersons (no sign-in, spokespersons
only), refusals on their forms in Vietnamese, hostile text kept inert."""

from __future__ import annotations

import json
import re
from datetime import date

import feedparser
from fastapi.testclient import TestClient

from toancanh.access import Actor
from toancanh.domain.directory import PersonSpec, UnitSpec
from toancanh.services import directory
from web_helpers import HOSTILE, Web

ADMIN = Actor.operator("tests")


def post(client: TestClient, path: str, data: dict[str, object] | None = None):
    form = {"csrf_token": client.csrf, **(data or {})}  # type: ignore[attr-defined]
    return client.post(path, data=form, follow_redirects=False)  # type: ignore[arg-type]


def units(web: Web) -> tuple[int, int]:
    ministry = directory.add_unit(web.store, ADMIN, UnitSpec("Bộ Y tế", "ministry"))
    own = directory.add_unit(
        web.store, ADMIN, UnitSpec("Vụ Truyền thông", "other", parent="Bộ Y tế")
    )
    return ministry.id, own.id


def test_a_unit_adds_its_people_and_the_public_sees_its_spokesperson(web: Web) -> None:
    ministry, own = units(web)
    analyst = web.client("analyst")
    person = {
        "name": HOSTILE[:150],
        "role": "spokesperson",
        "title": "Vụ trưởng",
        "phone": "024 3846 4416",
        "email": "phatngon@moh.gov.vn",
        "verified_on": "",
    }
    added = post(analyst, f"/directory/units/{own}/people", person)
    assert added.status_code == 303, added.text[:2000]
    post(
        analyst,
        f"/directory/units/{own}/people",
        person | {"name": "Lê Đầu Mối", "role": "focal_point"},
    )
    page = analyst.get(f"/directory/units/{own}").text
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert 'id="add-person-form"' in page
    # Another unit's analyst reads the page without the forms, and is refused the post.
    other = web.client("other")
    assert 'id="add-person-form"' not in other.get(f"/directory/units/{own}").text
    assert post(other, f"/directory/units/{own}/people", person).status_code == 403
    listing = analyst.get("/directory", params={"q": "truyền"}).text
    assert f'href="/directory/units/{own}"' in listing
    assert f'href="/directory/units/{ministry}"' not in listing  # the search left it out
    # Public: no sign-in, the spokesperson only, escaped.
    public = TestClient(web.client().app)
    shown = public.get("/public/spokespersons")
    assert shown.status_code == 200
    assert "&lt;script&gt;" in shown.text and "<script>alert" not in shown.text
    assert "phatngon@moh.gov.vn" in shown.text and "Lê Đầu Mối" not in shown.text
    feed = public.get("/feeds/spokespersons.json")
    assert feed.headers["content-type"].startswith("application/feed+json")
    assert b"<script" not in feed.content
    data = json.loads(feed.content)
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    [item] = data["items"]
    assert item["title"].startswith("Vụ Truyền thông — ") and "<script>" in item["title"]
    data = item["_toancanh"]
    assert (data["role"], data["phone"], data["stale"]) == ("spokesperson", "024 3846 4416", False)
    assert "Lê Đầu Mối" not in feed.text
    atom = public.get("/feeds/spokespersons.atom")
    parsed = feedparser.parse(atom.content)
    assert parsed.bozo == 0 and parsed.version == "atom10"
    [entry] = parsed.entries
    assert entry.title.startswith("Vụ Truyền thông — ") and "<script>" in entry.title
    assert "phatngon@moh.gov.vn" in entry.content[0].value and "Lê Đầu Mối" not in atom.text


def test_refusals_come_back_on_the_form_in_vietnamese(web: Web) -> None:
    _, own = units(web)
    analyst = web.client("analyst")
    bad = post(
        analyst,
        f"/directory/units/{own}/people",
        {"name": "Nguyễn Văn B", "role": "spokesperson", "email": "không-phải-thư"},
    )
    assert bad.status_code == 400
    assert "không phải là địa chỉ thư điện tử" in bad.text
    assert 'value="Nguyễn Văn B"' in bad.text  # what was typed stays
    admin = web.client("admin")
    busy = post(admin, "/directory/units/1/remove")
    assert busy.status_code == 409 and "vẫn còn" in busy.text


def test_a_stale_person_is_flagged_and_checked_again(web: Web) -> None:
    _, own = units(web)
    person = directory.add_person(
        web.store,
        ADMIN,
        PersonSpec("Trần Văn C", "Vụ Truyền thông", "head", verified_on=date(2024, 1, 2)),
    )
    analyst = web.client("analyst")
    assert "stale" in analyst.get(f"/directory/units/{own}").text
    done = post(analyst, f"/directory/people/{person.id}/verify")
    assert done.status_code == 303
    assert 'class="badge status-pending stale"' not in analyst.get(f"/directory/units/{own}").text
    gone = post(analyst, f"/directory/people/{person.id}/remove")
    assert gone.status_code == 303 and re.search(r"done=person_removed", gone.headers["location"])
