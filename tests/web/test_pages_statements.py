"""The statements pages: write a draft, review it, publish, correct and withdraw it —
who sees what, refusals on their forms in Vietnamese, hostile text kept inert."""

from __future__ import annotations

import re
from html import unescape

from fastapi.testclient import TestClient

from web_helpers import HOSTILE, Web

STATEMENT = {
    "title": "Thông cáo về học phí năm học 2026-2027",
    "text": "Bộ công bố mức trần học phí theo Nghị định 81/2021/NĐ-CP.",
    "issuer": "Bộ GD&ĐT",
    "kind": "press_release",
    "spokesperson": "Nguyễn Văn An",
    "issued_at": "2026-11-02T09:00",
    "url": "https://moet.gov.vn/thong-cao/hoc-phi",
    "embargo_until": "",
}


def post(client: TestClient, path: str, data: dict[str, object] | None = None):
    form = {"csrf_token": client.csrf, **(data or {})}  # type: ignore[attr-defined]
    return client.post(path, data=form, follow_redirects=False)  # type: ignore[arg-type]


def write(client: TestClient, **changes: str) -> int:
    answer = post(client, "/statements/new", STATEMENT | changes)
    assert answer.status_code == 303, answer.text[:2000]
    found = re.match(r"/statements/(\d+)\?done=statement_added", answer.headers["location"])
    assert found
    return int(found.group(1))


def alerts(html: str) -> list[str]:
    return [
        " ".join(unescape(re.sub(r"<[^>]+>", "", m)).split())
        for m in re.findall(r'<p class="error" role="alert">(.*?)</p>', html, re.S)
    ]


def test_an_analyst_writes_publishes_corrects_and_withdraws(web: Web) -> None:
    analyst, viewer = web.client("analyst"), web.client("viewer")
    assert 'href="/statements"' in analyst.get("/").text  # in the navigation
    form = analyst.get("/statements/new")
    assert form.status_code == 200 and 'name="embargo_until"' in form.text
    statement = write(analyst)

    page = analyst.get(f"/statements/{statement}?done=statement_added").text
    assert "Bộ Giáo dục và Đào tạo" in page  # the issuer resolved through the gazetteer
    assert "81/2021/NĐ-CP" in page  # the legal reference found in the text
    assert "Nháp đã lưu" in page and 'id="publish-form"' in page
    # A draft is its unit's: the viewer sees neither the page nor the row.
    assert viewer.get(f"/statements/{statement}").status_code == 404
    assert STATEMENT["title"] not in viewer.get("/statements").text

    edited = post(analyst, f"/statements/{statement}/edit", STATEMENT | {"spokesperson": "Trần B"})
    assert edited.status_code == 303
    assert web.store.statements.get(statement).spokesperson == "Trần B"

    assert post(analyst, f"/statements/{statement}/publish").status_code == 303
    page = viewer.get(f"/statements/{statement}").text
    assert STATEMENT["title"] in page and "/feeds/statements.atom?issuer=" in page
    assert 'id="correct-form"' not in page  # a viewer has no forms
    assert STATEMENT["title"] in viewer.get("/statements?status=published").text

    corrected = post(
        analyst,
        f"/statements/{statement}/correct",
        {"title": STATEMENT["title"], "text": "Mức trần mới.", "note": "sửa mức trần"},
    )
    assert corrected.status_code == 303
    page = analyst.get(f"/statements/{statement}").text
    assert 'id="versions"' in page and "sửa mức trần" in page and "Mức trần mới." in page

    withdrawn = post(analyst, f"/statements/{statement}/withdraw", {"reason": "nhầm đơn vị"})
    assert withdrawn.status_code == 303
    page = viewer.get(f"/statements/{statement}").text
    assert "nhầm đơn vị" in page and 'id="withdraw-form"' not in page


def test_the_list_filters_by_status_and_issuer(web: Web) -> None:
    analyst = web.client("analyst")
    health = write(analyst, title="Thông cáo y tế", issuer="Bộ Y tế")
    write(analyst, title="Thông cáo giáo dục")
    post(analyst, f"/statements/{health}/publish")
    by_issuer = analyst.get("/statements", params={"issuer": "Bộ Y tế"}).text
    assert "Thông cáo y tế" in by_issuer and "Thông cáo giáo dục" not in by_issuer
    drafts = analyst.get("/statements", params={"status": "draft"}).text
    assert "Thông cáo giáo dục" in drafts and "Thông cáo y tế" not in drafts
    unknown = analyst.get("/statements", params={"issuer": "Bộ Không Có"})
    assert unknown.status_code == 400 and "không biết cơ quan" in " ".join(alerts(unknown.text))


def test_hostile_text_is_shown_escaped(web: Web) -> None:
    analyst = web.client("analyst")
    statement = write(analyst, title=HOSTILE, text=HOSTILE, spokesperson=HOSTILE)
    for html in (analyst.get(f"/statements/{statement}").text, analyst.get("/statements").text):
        assert "<script>" not in html and "<img src=x" not in html
        assert "&lt;script&gt;" in html


def test_refusals_come_back_on_their_form_in_vietnamese(web: Web) -> None:
    analyst = web.client("analyst")
    cases = [
        ({"title": " "}, "tiêu đề"),
        ({"issuer": "Bộ Không Có"}, "Bộ Không Có"),
        ({"issued_at": ""}, "thời điểm"),
        ({"issued_at": "hôm qua"}, "issued_at"),
        ({"url": "javascript:alert(1)"}, "http"),
    ]
    for change, expected in cases:
        answer = post(analyst, "/statements/new", STATEMENT | change)
        assert answer.status_code == 400, change
        shown = " ".join(alerts(answer.text))
        assert expected in shown, (change, shown)
        assert STATEMENT["text"] in answer.text  # what was typed stays in the form
    statement = write(analyst)
    post(analyst, f"/statements/{statement}/publish")
    again = post(analyst, f"/statements/{statement}/publish")
    assert again.status_code == 409
    assert "trạng thái đã công bố" in " ".join(alerts(again.text))  # the status in words
    no_note = post(analyst, f"/statements/{statement}/correct", {"text": "Khác", "note": " "})
    assert no_note.status_code == 400 and 'id="correct-form"' in no_note.text
    no_reason = post(analyst, f"/statements/{statement}/withdraw", {"reason": ""})
    assert no_reason.status_code == 400


def test_kinds_and_statuses_are_words_in_both_languages(web: Web) -> None:
    analyst = web.client("analyst")
    statement = write(analyst, kind="press_answer")
    assert "trả lời báo chí" in analyst.get(f"/statements/{statement}").text
    analyst.get("/lang/en")
    page = analyst.get(f"/statements/{statement}").text
    assert "answer to the press" in page and ">press_answer<" not in page
    assert 'value="press_answer" selected' in page  # the form still sends the id


def test_who_may_write(web: Web) -> None:
    viewer, other = web.client("viewer"), web.client("other")
    assert viewer.get("/statements/new").status_code == 403
    assert post(viewer, "/statements/new", STATEMENT).status_code == 403
    assert 'id="new-statement"' not in viewer.get("/statements").text
    statement = write(web.client("analyst"))
    assert other.get(f"/statements/{statement}").status_code == 404  # another unit's draft
    assert post(other, f"/statements/{statement}/publish").status_code in (403, 404)
    assert web.store.statements.get(statement).status == "draft"


def test_the_form_offers_the_directorys_spokespersons_escaped(web: Web) -> None:
    from toancanh.access import Actor
    from toancanh.domain.directory import PersonSpec, UnitSpec
    from toancanh.services import directory

    admin = Actor.operator("test")
    directory.add_unit(web.store, admin, UnitSpec("Bộ Giáo dục và Đào tạo", "ministry"))
    directory.add_person(
        web.store,
        admin,
        PersonSpec(
            name=f"Trần Thị B {HOSTILE}",
            unit="Bộ Giáo dục và Đào tạo",
            role="spokesperson",
            title="Vụ trưởng",
        ),
    )
    page = web.client("analyst").get("/statements/new")
    assert page.status_code == 200
    listed = re.search(r'<datalist id="directory-spokespersons">(.*?)</datalist>', page.text, re.S)
    assert listed and "Trần Thị B" in unescape(listed.group(1))
    assert "Vụ trưởng (Bộ Giáo dục và Đào tạo)" in unescape(listed.group(1))
    assert HOSTILE not in page.text  # the hostile markup comes out escaped
