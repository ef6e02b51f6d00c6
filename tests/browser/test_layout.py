"""Every page fits a phone (390 x 844) and a desktop (1280) screen, in Debian's chromium.

The pages are listed from the app itself (every GET route that answers HTML), so a new
page fails here until ``page_urls`` gives an address for it. The store holds what makes
pages wide or tall: a long query, long feed URLs, hostile titles, an alert, an incident,
a channel, and a few hundred audit records.

On each page: the document is no wider than the screen (a wide table scrolls sideways in
its own box instead); no text cell or code narrower than ``NARROW`` pixels wraps onto
three lines or more (inside a scrolling table too); and no word is cut across lines (a
query wrapped one character a line; URLs and tokens over 20 letters may be cut).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from fastapi.routing import APIRoute

from browser_helpers import LiveServer
from claim_desk import build_desk
from commission_cases import OUTLET, SINCE, UNTIL, build
from plan_fixtures import seed_plan
from toancanh.access import Actor
from toancanh.domain.commissions import CommissionSpec, Deliverable
from toancanh.domain.directory import PersonSpec, UnitSpec
from toancanh.domain.incidents import IncidentMember
from toancanh.domain.report_schedules import ScheduleSpec
from toancanh.domain.sources import NewSource
from toancanh.domain.statements import StatementSpec
from toancanh.domain.watches import WatchSpec
from toancanh.services import (
    commissions,
    directory,
    directory_files,
    report_schedules,
    statements,
)
from toancanh.watch.watchlists import check_spec
from web_helpers import HOSTILE, add_alert

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
NARROW = 60  # px: below this a column of words reads one or two letters a line
AUDIT_RECORDS = 260
AUDIT_MAX_HEIGHT = 10_000  # px, a page of the audit log on a phone (was 41,000)
LONG_QUERY = " OR ".join(
    f'"{words}"'
    for words in (
        "học phí đại học công lập",
        "tăng học phí năm học 2026-2027",
        "miễn giảm học phí cho học sinh vùng khó khăn",
        "lộ trình tự chủ đại học",
        "quy định khung học phí mới",
    )
)
LONG_URL = "https://tintuc.example.vn/rss/giao-duc/" + "tuyen-sinh-dai-hoc-" * 6 + "2026.rss"


@dataclass(frozen=True)
class Seeded:
    watch_id: int
    alert_id: int
    incident_id: int
    article_id: int
    statement_id: int
    unit_id: int
    claim_id: int = 0
    order_id: int = 0
    plan_id: int = 0


def _seed_wide_and_tall(live: LiveServer) -> Seeded:
    store = live.store
    watch = store.watches.add(
        check_spec(
            WatchSpec(
                "Học phí đại học và lộ trình tự chủ của các trường công lập",
                query=LONG_QUERY,
                description="Theo dõi phản ứng của phụ huynh và sinh viên " * 3,
            )
        ),
        "admin@bo.gov.vn",
    )
    for k in range(3):
        store.sources.add(
            NewSource(url=f"{LONG_URL}?trang={k}", name=f"Chuyên mục {k}", outlet="Báo Giáo dục"),
            "admin@bo.gov.vn",
        )
    store.channels.add(
        "Nhóm trực báo chí",
        "webhook",
        {"url": "https://hooks.example.vn/" + "a" * 80, "secret": "bí mật"},
        "admin@bo.gov.vn",
    )
    alert_id = add_alert(store, "Học phí", "Phụ huynh phản ứng mức học phí mới " + HOSTILE)
    article = store.articles.list(limit=1)[0]
    incident = store.incidents.open(
        title="Phản ứng về học phí " + HOSTILE,
        alert_id=alert_id,
        watch_id=watch.id,
        severity="high",
        lead="Nguyễn Văn A",
        lead_unit="Văn phòng Bộ",
        unit=None,
        members=[IncidentMember("Trần Thị B", "Vụ Truyền thông", "Phát ngôn")],
        article_ids=[article.id],
        actor="admin@bo.gov.vn",
    )
    # Audit records with long before/after values: each change of a watch writes one.
    for k in range(AUDIT_RECORDS):
        store.watches.update(
            watch.id,
            check_spec(
                WatchSpec(
                    watch.name,
                    query=f'{LONG_QUERY} OR "bản tin số {k}"',
                    description=f"Lần sửa {k}: " + "mô tả dài " * 12,
                )
            ),
            "analyst@bo.gov.vn",
        )
    _seed_schedule(store, watch.name)
    statement_id = _seed_statement(store)
    claim_id = build_desk(store, hostile="Tin đồn về học phí " * 8 + HOSTILE).hostile
    unit_id = _seed_directory(store)
    return Seeded(
        watch.id,
        alert_id,
        incident.id,
        article.id,
        statement_id,
        unit_id,
        claim_id,
        _seed_order(store),
        seed_plan(store, str(unit_id), watch.name, HOSTILE),
    )


def _seed_schedule(store: Any, watch: str) -> None:
    """A weekly briefing of the long-named watchlist with a failed send whose error and
    file name are long (the reports page's tables)."""
    spec = ScheduleSpec(
        kind="briefing",
        channel="Nhóm trực báo chí",
        unit="Văn phòng Bộ",
        watch=watch,
        cadence="weekly",
        weekday="mon",
        format="pdf",
    )
    schedule = report_schedules.add_schedule(store, Actor.operator("tests"), spec)
    now = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)
    send = store.report_schedules.claim(schedule.id, "2026-12-07", now=now, lease_until=now)
    store.report_schedules.record_attempt(
        send.id,
        status="failed",
        error="connect_error: " + LONG_URL + " " + HOSTILE,
        file_name="Báo cáo chuyên đề học phí đại học 01-12-2026 đến 07-12-2026.pdf",
        size=184_320,
    )


def _seed_statement(store: Any) -> int:
    """A published statement with a long hostile title, a long link and a correction."""
    operator = Actor.operator("tests")
    spec = StatementSpec(
        title="Thông cáo về lộ trình điều chỉnh học phí " + HOSTILE,
        text="Bộ công bố mức trần học phí theo Nghị định 81/2021/NĐ-CP.\n" * 20,
        issuer="Bộ GD&ĐT",
        issued_at=datetime(2026, 11, 2, 2, tzinfo=UTC),
        spokesperson="Nguyễn Văn A",
        url=LONG_URL.replace(".rss", ".html"),
    )
    added = statements.add_statement(store, operator, spec, status="published")
    statements.correct_statement(
        store, operator, added.id, note="sửa mức trần " * 8, text="Mức trần mới " * 40
    )
    return added.id


def _seed_directory(store: Any) -> int:
    """The gazetteers' units, and a unit with long hostile names, a stale person and a
    long e-mail address."""
    operator = Actor.operator("tests")
    directory_files.seed(store, operator)
    unit = directory.add_unit(
        store,
        operator,
        UnitSpec(
            "Trung tâm Truyền thông và Thông tin điện tử " + HOSTILE[:120],
            "other",
            parent="Bộ Giáo dục và Đào tạo",
        ),
    )
    for role, name in (("spokesperson", "Nguyễn Thị Phát Ngôn"), ("head", HOSTILE[:150])):
        directory.add_person(
            store,
            operator,
            PersonSpec(
                name,
                str(unit.id),
                role,
                title="Phó Giám đốc phụ trách truyền thông và quan hệ báo chí",
                phone="+84 24 3869 4914 máy lẻ 123",
                email="phatngon.truyenthong.thongtindientu@moet.gov.vn",
                verified_on=date(2024, 1, 2),
            ),
        )
    return unit.id


def _seed_order(store: Any) -> int:
    """A press order with hostile criteria and titles among its deliveries."""
    build(store)
    spec = CommissionSpec(
        outlet=OUTLET,
        watches=("Tiêm chủng", "Bảo hiểm"),
        since=SINCE,
        until=UNTIL,
        value=1_250_000_000,
        deliverables=(Deliverable("article", 8), Deliverable("in_depth", 2)),
        contract_number="12/2026/HĐ-ĐHTT-" + "X" * 60,
        criteria="Đúng chủ đề chính sách " * 20 + HOSTILE,
    )
    return commissions.add_commission(
        store, Actor.operator("tests"), spec, unit="Vụ Truyền thông"
    ).id


@pytest.fixture(scope="module")
def seeded(live: LiveServer) -> Seeded:
    return _seed_wide_and_tall(live)


def page_urls(seeded: Seeded) -> dict[str, str]:
    """Each page's route → an address that shows it with data."""
    return {
        "/": "/",
        "/overview/charts": "/overview/charts",
        "/watches": "/watches",
        "/watches/{watch_id:int}": f"/watches/{seeded.watch_id}",
        "/watches/{watch_id:int}/articles": f"/watches/{seeded.watch_id}/articles",
        "/watches/{watch_id}/edit": f"/watches/{seeded.watch_id}/edit",
        "/search": "/search?q=h%E1%BB%8Dc+ph%C3%AD",
        "/articles/{article_id:int}": f"/articles/{seeded.article_id}",
        "/stories": "/stories",
        "/alerts": "/alerts",
        "/alerts/{alert_id}": f"/alerts/{seeded.alert_id}",
        "/incidents": "/incidents",
        "/incidents/{incident_id}": f"/incidents/{seeded.incident_id}",
        "/statements": "/statements",
        "/statements/new": "/statements/new",
        "/statements/{statement_id}": f"/statements/{seeded.statement_id}",
        "/directory": "/directory",
        "/plans": "/plans",
        "/plans/calendar": "/plans/calendar?year=2026",
        "/plans/{plan_id}": f"/plans/{seeded.plan_id}",
        "/directory/units/{unit_id}": f"/directory/units/{seeded.unit_id}",
        "/public/spokespersons": "/public/spokespersons",
        "/commissions": "/commissions",
        "/commissions/{order_id}": f"/commissions/{seeded.order_id}",
        "/commissions/{order_id}/record": f"/commissions/{seeded.order_id}/record",
        "/claims": "/claims",
        "/claims/{claim_id}": f"/claims/{seeded.claim_id}",
        "/reports": "/reports",
        "/sources": "/sources",
        "/users": "/users",
        "/audit": "/audit",
        "/account": "/account",
        "/login": "/login",
    }


def html_routes(app: Any) -> set[str]:
    """The app's pages: GET routes that answer HTML (downloads and redirects left out),
    those of the app and those of every page module (included without a prefix)."""
    from toancanh.web.login import router as login_router
    from toancanh.web.pages import routers

    # FastAPI keeps an included router whole (not its routes), so each is read on its own.
    included = [login_router, *routers()]
    found = set()
    for route in [*app.routes, *(r for router in included for r in router.routes)]:
        if not isinstance(route, APIRoute) or "GET" not in route.methods:
            continue
        if route.path.endswith((".csv", ".xlsx", "/review/export")) or route.path in (
            "/lang/{lang}",
            "/healthz",
            "/reports/download",  # the reports page's forms: a Word or PDF file
        ):
            continue
        found.add(route.path)
    return found


# What the page measures: its width, its height, and every text cell or code element that
# is squeezed (narrower than NARROW on three lines or more) or cuts a word.
MEASURE = r"""narrow => {
  const textNodes = el => {
    const found = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.textContent.trim()) found.push(node);
    return found;
  };
  const tops = rects => {  // line boxes: tops more than 6 px apart
    const all = [...rects].filter(r => r.width > 0).map(r => r.top).sort((a, b) => a - b);
    return all.filter((top, i) => i === 0 || top - all[i - 1] > 6).length;
  };
  const range = document.createRange();
  const lines = el => tops(textNodes(el).flatMap(node => {
    range.selectNodeContents(node);
    return [...range.getClientRects()];
  }));
  // A word of up to 20 letters cut across lines (a URL or a long token may be cut).
  const brokenWord = el => {
    for (const node of textNodes(el)) {
      for (const m of node.textContent.matchAll(/\S+/gu)) {
        if (m[0].length > 20 || m[0].length < 2) continue;
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        if (tops(range.getClientRects()) > 1) return m[0];
      }
    }
    return null;
  };
  const squeezed = [];
  for (const el of document.querySelectorAll('td, th, code, pre, dd')) {
    const box = el.getBoundingClientRect();
    const text = el.innerText.trim();
    if (!text || box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    const n = lines(el);
    const cut = el.querySelector('td, th, code, pre, dd') ? null : brokenWord(el);
    if ((box.width < narrow && n >= 3) || cut)
      squeezed.push(`${el.tagName} ${Math.round(box.width)}px ${n} lines`
                    + `${cut ? ' cuts ' + cut : ''}: ${text.slice(0, 40)}`);
  }
  return {
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
    squeezed,
  };
}"""


@pytest.fixture(scope="module")
def admin_context(browser: Any, live: LiveServer) -> Iterator[Any]:
    context = browser.new_context(locale="vi-VN", viewport=PHONE)
    tab = context.new_page()
    live.sign_in(tab, "admin")
    tab.close()
    yield context
    context.close()


def test_every_page_is_listed(live: LiveServer, seeded: Seeded) -> None:
    assert html_routes(_live_app(live)) == set(page_urls(seeded)), "add the new page to page_urls"


def _live_app(live: LiveServer) -> Any:
    from toancanh.config import Settings
    from toancanh.web.app import create_app

    return create_app(Settings(database_url=str(live.store.engine.url)), live.store)


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_page_fits_the_screen(
    live: LiveServer, seeded: Seeded, admin_context: Any, size: dict[str, int]
) -> None:
    tab = admin_context.new_page()
    tab.set_viewport_size(size)
    problems = []
    try:
        for route, address in page_urls(seeded).items():
            answer = tab.goto(f"{live.url}{address}")
            assert answer is not None and answer.status == 200, (route, answer and answer.status)
            tab.wait_for_load_state("load")
            if route == "/":  # measured with the charts htmx brings after the page
                tab.wait_for_selector("#period-charts #timeline[data-drawn=true] svg")
            seen = tab.evaluate(MEASURE, NARROW)
            if seen["width"] > size["width"] + 1:
                problems.append(f"{address}: {seen['width']} px wide")
            if seen["squeezed"]:
                problems.append(f"{address}: squeezed {seen['squeezed'][:3]}")
            if size is PHONE and route in (
                "/audit",
                "/watches",
                "/incidents/{incident_id}",
                "/statements/{statement_id}",
            ):
                live.screenshot(tab, f"phone{route.replace('/', '-').split('{')[0]}")
    finally:
        tab.close()
    assert problems == []


def test_the_audit_log_is_a_short_page_on_a_phone(
    live: LiveServer, seeded: Seeded, admin_context: Any
) -> None:
    assert len(live.store.audit.entries(limit=1000)) > AUDIT_RECORDS
    tab = admin_context.new_page()
    tab.set_viewport_size(PHONE)
    tab.goto(f"{live.url}/audit")
    seen = tab.evaluate(MEASURE, NARROW)
    assert seen["height"] < AUDIT_MAX_HEIGHT, seen["height"]
    assert tab.locator("#audit-list > tbody > tr:has(> td)").count() == 50
    tab.click("a[rel=next]")  # older records, one page at a time
    tab.wait_for_url("**/audit?page=2")
    assert tab.locator("a[rel=prev]").count() == 1
    assert tab.evaluate(MEASURE, NARROW)["height"] < AUDIT_MAX_HEIGHT
    tab.close()


def test_the_login_page_fits_a_phone(browser: Any, live: LiveServer) -> None:
    context = browser.new_context(locale="vi-VN", viewport=PHONE)
    tab = context.new_page()
    tab.goto(f"{live.url}/login")
    seen = tab.evaluate(MEASURE, NARROW)
    assert seen["width"] <= PHONE["width"] + 1
    context.close()
