"""The repeat alert: a claim already given a verdict that reappears in a watchlist's new
articles raises one alert, delivered through the channels, and not again for the same
repeats. The claim desk's own steps (finding claims, setting ``repeat_of``, reviewing) are
stood in for by rows written straight into the store's tables.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, select

from monitoring_fixtures import Spec, store_specs
from post_server import PostServer
from toancanh.alerts.channels.base import Notification
from toancanh.alerts.delivery import deliver_due
from toancanh.alerts.evaluate import check_alerts
from toancanh.alerts.rules import RuleError, check_rule
from toancanh.alerts.texts import render_text
from toancanh.config import Settings
from toancanh.domain.watches import Watch, WatchSpec
from toancanh.store import Store
from toancanh.store.schema import articles, claims
from toancanh.watch.watchlists import backfill, check_spec
from toancanh.web.rule_text import describe

NOW = datetime(2026, 11, 18, 3, 0, tzinfo=UTC)  # 10:00 in Hà Nội
SETTINGS = Settings(notify_timeout=2.0)
FALSE_CLAIM = "Học phí đại học công lập tăng gấp đôi từ tháng 9."
TRUE_CLAIM = "Học phí mầm non được miễn từ năm học 2025-2026."
HOSTILE = "<script>alert(1)</script>\u202eHọc phí"


def specs() -> list[Spec]:
    old = [
        Spec(NOW - timedelta(days=10, hours=k), f"Học phí tin cũ {k}", "học phí") for k in (0, 1)
    ]
    new = [
        Spec(NOW - timedelta(hours=3), "Học phí tăng gấp đôi?", "học phí", outlet="Báo A"),
        Spec(NOW - timedelta(hours=2), "Lại đồn học phí tăng", "học phí", outlet="Báo B"),
        Spec(NOW - timedelta(hours=1), HOSTILE, "học phí", outlet="Báo B"),
    ]
    return old + new


def watched(store: Store) -> tuple[Watch, list[int]]:
    built = store_specs(store, specs())
    watch = store.watches.add(check_spec(WatchSpec("Học phí", query="hoc phi")), "t")
    backfill(store, watch)
    return watch, built.ids


def statement(store: Store) -> int:
    return store.statements.add(
        {
            "title": "Bộ GD&ĐT: học phí năm học 2025-2026",
            "text": "Học phí đại học công lập năm học 2025-2026 tăng tối đa 10%.",
            "issuer": "Bộ Giáo dục và Đào tạo",
            "issuer_written": "Bộ Giáo dục và Đào tạo",
            "spokesperson": None,
            "kind": "press_release",
            "issued_at": NOW - timedelta(days=20),
            "legal_refs": (),
            "status": "published",
            "unit": None,
        },
        watch_ids=[],
        actor="tests",
    ).id


def add_claim(
    store: Store, article_id: int, text: str, found_at: datetime, **values: object
) -> int:
    """A claim row as the claim desk would leave it (a verdict, or ``repeat_of``)."""
    with store.write() as conn:
        length = len(
            conn.execute(select(articles.c.text).where(articles.c.id == article_id)).scalar_one()
        )
        row = {
            "article_id": article_id,
            "start": 0,
            "end": min(len(text), length),  # offsets: only unique per article here
            "text": text,
            "reasons": '["figure"]',
            "key": text[:64],
            "status": "new",
            "found_at": found_at,
            **values,
        }
        return int(conn.execute(insert(claims).values(**row).returning(claims.c.id)).scalar_one())


def reviewed(
    store: Store, article_id: int, text: str, verdict: str, statement_id: int | None
) -> int:
    return add_claim(
        store,
        article_id,
        text,
        NOW - timedelta(days=10),
        status="verdict",
        verdict=verdict,
        statement_id=statement_id,
        note="checked",
        reviewer="reviewer@bo.gov.vn",
        reviewed_at=NOW - timedelta(days=9),
    )


def claim_rule(store: Store, watch: Watch, **params: object) -> None:
    store.rules.add(
        watch_id=watch.id,
        kind="claim_repeat",
        severity="high",
        params=check_rule("claim_repeat", "high", dict(params)),
        cooldown_minutes=360,
        channel_names=["hook"],
        actor="admin",
    )


@pytest.fixture()
def desk(store: Store, hooks: PostServer) -> tuple[Store, Watch, dict[str, int]]:
    watch, ids = watched(store)
    store.channels.add(
        "hook",
        "webhook",
        {"url": hooks.url("/alert"), "secret": "s" * 20, "allow_private": True},
        "admin",
    )
    sid = statement(store)
    false_id = reviewed(store, ids[0], FALSE_CLAIM, "false", sid)
    true_id = reviewed(store, ids[1], TRUE_CLAIM, "true", None)
    for k, article_id in enumerate(ids[2:]):  # the false claim again, in the new articles
        add_claim(
            store, article_id, FALSE_CLAIM, NOW - timedelta(minutes=50 - k), repeat_of=false_id
        )
    add_claim(store, ids[2], TRUE_CLAIM, NOW - timedelta(minutes=40), start=10, repeat_of=true_id)
    # A claim without a verdict, repeated: no alert is about it.
    plain = add_claim(store, ids[0], "Học phí tăng 5%.", NOW - timedelta(days=10), start=100)
    add_claim(
        store, ids[3], "Học phí tăng 5%.", NOW - timedelta(minutes=30), start=50, repeat_of=plain
    )
    return store, watch, {"false": false_id, "true": true_id, "statement": sid}


def test_a_repeated_false_claim_raises_one_alert_delivered_once(
    desk: tuple[Store, Watch, dict[str, int]], hooks: PostServer
) -> None:
    store, watch, ids = desk
    claim_rule(store, watch)
    [(alert, outcome)] = check_alerts(store, now=NOW).alerts
    assert (outcome, alert.kind, alert.severity) == ("created", "claim_repeat", "high")
    detail = alert.detail
    assert detail["claim"] == FALSE_CLAIM and detail["claim_id"] == ids["false"]
    assert (detail["verdict"], detail["verdict_label"]) == ("false", "sai sự thật")
    assert detail["statement_id"] == ids["statement"]
    assert detail["statement"] == "Bộ GD&ĐT: học phí năm học 2025-2026"
    assert [a["outlet"] for a in detail["articles"]] == ["Báo A", "Báo B", "Báo B"]
    assert detail["outlets"] == ["Báo A", "Báo B"] and len(detail["repeat_ids"]) == 3
    assert "sai sự thật" in alert.title and FALSE_CLAIM in alert.title

    assert deliver_due(store, SETTINGS, now=NOW).sent == 1
    [received] = hooks.received
    body = json.loads(received.body)
    assert body["alert"]["kind"] == "claim_repeat"
    assert body["alert"]["detail"]["articles"][2]["title"] == HOSTILE  # data, as JSON escapes it

    # The same repeats an hour later: the alert is touched, nobody is paged again.
    [(again, outcome)] = check_alerts(store, now=NOW + timedelta(hours=1)).alerts
    assert (again.id, outcome, again.version) == (alert.id, "unchanged", 1)
    assert deliver_due(store, SETTINGS, now=NOW + timedelta(hours=1)).sent == 0
    assert len(store.alerts.list()) == 1 and len(hooks.received) == 1


def test_a_true_verdict_counts_only_when_the_rule_says_so(
    desk: tuple[Store, Watch, dict[str, int]],
) -> None:
    store, watch, ids = desk
    claim_rule(store, watch, verdicts=["true"])
    [(alert, _)] = check_alerts(store, now=NOW).alerts
    assert alert.detail["claim_id"] == ids["true"] and alert.detail["verdict_label"] == "xác thực"
    assert alert.detail["statement_id"] is None


def test_old_or_few_repeats_raise_nothing(desk: tuple[Store, Watch, dict[str, int]]) -> None:
    store, watch, _ = desk
    claim_rule(store, watch, new_articles=4)  # three new articles carry it
    assert check_alerts(store, now=NOW).alerts == []
    assert (
        check_alerts(store, now=NOW + timedelta(days=3), kinds=frozenset({"claim_repeat"})).alerts
        == []
    )


def test_the_message_names_claim_verdict_statement_and_articles_in_both_languages(
    desk: tuple[Store, Watch, dict[str, int]],
) -> None:
    store, watch, _ = desk
    claim_rule(store, watch)
    [(alert, _)] = check_alerts(store, now=NOW).alerts
    note = Notification(
        alert.id, 1, alert.kind, alert.severity, alert.status, alert.title, watch.name,
        alert.first_at, alert.last_at, alert.detail,
    )  # fmt: skip
    vi, en = render_text(note, "vi"), render_text(note, "en")
    assert f"Thông tin: {FALSE_CLAIM}" in vi and "Kết luận: sai sự thật" in vi
    assert "Thông cáo liên quan: #" in vi and "Bài mới (3, 2 cơ quan báo chí):" in vi
    assert f"Claim: {FALSE_CLAIM}" in en and "Verdict: false (sai sự thật)" in en
    assert "Linked statement: #" in en and "New articles (3, 2 outlets):" in en
    assert "Báo A: Học phí tăng gấp đôi?" in en
    assert "\u202e" not in vi and "\u202e" not in en  # scraped text made inert


def test_the_rule_checks_its_verdicts_and_reads_in_words() -> None:
    params = check_rule("claim_repeat", "high", {})
    assert params == {
        "verdicts": ["false", "misleading", "unproven"],
        "new_articles": 1,
        "hours": 48,
    }
    assert check_rule("claim_repeat", "low", {"verdicts": "false, true"})["verdicts"] == [
        "false",
        "true",
    ]
    with pytest.raises(RuleError, match="unknown verdict"):
        check_rule("claim_repeat", "low", {"verdicts": ["wrong"]})
    with pytest.raises(RuleError, match="at least one"):
        check_rule("claim_repeat", "low", {"verdicts": []})
    with pytest.raises(RuleError, match="list of verdicts"):
        check_rule("claim_repeat", "low", {"verdicts": 3})
    with pytest.raises(RuleError, match="takes"):
        check_rule("volume_spike", "low", {"verdicts": ["false"]})
    english = describe("claim_repeat", params, lambda text: text, "en")
    assert english == (
        "Alert when a claim already given the verdict false / misleading / unproven reappears "
        "in at least 1 new articles of the watchlist within 48 hours"
    )
    from toancanh.web.i18n import translations

    vietnamese = describe("claim_repeat", params, translations("vi").gettext, "vi")
    assert "sai sự thật / gây hiểu lầm / chưa đủ căn cứ" in vietnamese
    assert vietnamese.startswith("Cảnh báo khi một thông tin đã có kết luận")


def test_the_claims_step_and_a_review_raise_the_alert_end_to_end(
    store: Store, hooks: PostServer
) -> None:
    """The claim desk for real: the claims step finds the claim, a reviewer says it is
    false, the same sentence in two new articles is marked a repeat, the rule alerts."""
    from toancanh.access import Actor
    from toancanh.domain.statements import StatementSpec
    from toancanh.ingest.claims import find_claims
    from toancanh.services import claim_review, statements
    from toancanh.services.claims import MatchCache

    press = Actor("bao-chi@bo.gov.vn", "analyst", "Vụ Báo chí", 2)
    claim = (
        "Người điều khiển xe ô tô vượt đèn đỏ bị phạt 5 triệu đồng theo Nghị định 100/2019/NĐ-CP."
    )
    fine = statements.add_statement(
        store,
        press,
        StatementSpec(
            title="Mức phạt vượt đèn đỏ",
            text="Người điều khiển xe ô tô vượt đèn đỏ bị phạt từ 2 đến 3 triệu đồng theo "
            "Nghị định 100/2019/NĐ-CP.",
            issuer="Bộ Công an",
            issued_at=datetime(2026, 11, 2, 9, tzinfo=UTC),
        ),
        status="published",
    ).id
    now = datetime.now(UTC)
    cache = MatchCache()
    [first] = store_specs(store, [Spec(now - timedelta(days=5), "Phạt vượt đèn đỏ", claim)]).ids
    find_claims(store, [first], cache)
    [judged] = [c for c in store.claims.of_article(first) if c.text == claim]
    claim_review.give_verdict(store, press, judged.id, "false", statement_id=fine)

    store.channels.add(
        "hook",
        "webhook",
        {"url": hooks.url("/alert"), "secret": "s" * 20, "allow_private": True},
        "admin",
    )
    watch = store.watches.add(check_spec(WatchSpec("Đèn đỏ", query="vuot den do")), "t")
    claim_rule(store, watch)
    new = [
        Spec(now - timedelta(hours=2), "Lại chuyện phạt đèn đỏ", claim, outlet="Báo A"),
        Spec(now - timedelta(hours=1), "Phạt 5 triệu?", claim, outlet="Báo B"),
    ]
    ids = store_specs(store, new, seed=2).ids
    backfill(store, watch)
    find_claims(store, ids, cache)
    assert {c.repeat_of for i in ids for c in store.claims.of_article(i) if c.text == claim} == {
        judged.id
    }
    [(alert, outcome)] = check_alerts(store, now=datetime.now(UTC)).alerts
    assert outcome == "created" and alert.detail["claim_id"] == judged.id
    assert alert.detail["statement"] == "Mức phạt vượt đèn đỏ"
    assert alert.detail["outlets"] == ["Báo A", "Báo B"]
    assert deliver_due(store, SETTINGS, now=datetime.now(UTC)).sent == 1
    [(_, again)] = check_alerts(store, now=datetime.now(UTC)).alerts
    assert again == "unchanged" and deliver_due(store, SETTINGS, now=datetime.now(UTC)).sent == 0
