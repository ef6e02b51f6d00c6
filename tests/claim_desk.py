"""A small claim desk for the review tests: published statements, articles carrying
claims (one story of three outlets, one sentence repeated elsewhere, one lone claim), the
claims stored with ``store.claims.add_found`` and their suggestions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from monitoring_fixtures import Spec, store_specs
from toancanh.domain.claims import ClaimSuggestion
from toancanh.store import Store

T = datetime(2026, 11, 10, 3, tzinfo=UTC)  # the queue's "now" in the tests
FINE = (
    "Người điều khiển xe ô tô vượt đèn đỏ bị phạt từ 2 đến 3 triệu đồng theo Nghị định "
    "100/2019/NĐ-CP."
)
SPREAD = "Người vượt đèn đỏ bị phạt 5 triệu đồng từ tháng 9."
LONE = "Học sinh Hà Nội được nghỉ Tết Nguyên đán 12 ngày."


@dataclass(frozen=True)
class Desk:
    fine: int  # a published statement
    holiday: int  # another published statement
    draft: int  # a draft statement
    spread: int  # the claim of a story carried by three outlets, growing
    lone: int  # a claim in one article
    hostile: int  # a claim whose text is markup
    articles: tuple[int, ...]


def _statement(store: Store, title: str, text: str, status: str, unit: str | None) -> int:
    return store.statements.add(
        {
            "title": title,
            "text": text,
            "issuer": "Bộ Công an",
            "issuer_written": "Bộ Công an",
            "kind": "press_release",
            "issued_at": T - timedelta(days=5),
            "url": f"https://bocongan.gov.vn/{abs(hash(title)) % 1000}",
            "legal_refs": (),
            "status": status,
            "unit": unit,
        },
        watch_ids=[],
        actor="tests",
    ).id


def _claim(store: Store, article_id: int, sentence: str, key: str) -> int:
    article = store.articles.get(article_id)
    assert article is not None
    start = article.text.index(sentence)
    [claim_id] = store.claims.add_found(
        article_id,
        [
            {
                "start": start,
                "end": start + len(sentence),
                "text": sentence,
                "reasons": ["amount"],
                "key": key,
            }
        ],
    )
    return claim_id


def build_desk(
    store: Store, hostile: str = "<script>alert(1)</script>", unit: str | None = None
) -> Desk:
    fine = _statement(store, "Mức phạt vượt đèn đỏ", FINE, "published", unit)
    holiday = _statement(
        store, "Lịch nghỉ Tết", "Học sinh Hà Nội nghỉ Tết 9 ngày.", "published", unit
    )
    draft = _statement(store, "Nháp", FINE, "draft", unit)
    built = store_specs(
        store,
        [
            Spec(T - timedelta(hours=30), "Phạt vượt đèn đỏ", body=SPREAD, outlet="Báo A"),
            Spec(T - timedelta(hours=5), "Phạt đèn đỏ (B)", outlet="Báo B", copy_of=0),
            Spec(T - timedelta(hours=3), "Phạt đèn đỏ (C)", outlet="Báo C", copy_of=0),
            Spec(T - timedelta(hours=2), "Nghỉ Tết", body=LONE, outlet="Báo D"),
            Spec(
                T - timedelta(hours=1),
                "Lạ",
                body=f"Tin lạ. {hostile} phạt 9 triệu đồng.",
                outlet="Báo E",
            ),
        ],
        seed=41,
    )
    ids = built.ids
    spread = _claim(store, ids[0], SPREAD, "k-spread")
    _claim(store, ids[1], SPREAD, "k-spread")
    lone = _claim(store, ids[3], LONE, "k-lone")
    bad = _claim(store, ids[4], f"{hostile} phạt 9 triệu đồng.", "k-hostile")
    differences = (
        {"kind": "amount", "claim": "5 triệu đồng", "statement": "từ 2 đến 3 triệu đồng"},
    )
    store.claims.set_suggestions(spread, [ClaimSuggestion(fine, 0.8, differences)])
    store.claims.set_suggestions(
        lone,
        [
            ClaimSuggestion(
                holiday, 0.7, ({"kind": "amount", "claim": "12 ngày", "statement": "9 ngày"},)
            )
        ],
    )
    store.claims.set_suggestions(
        bad, [ClaimSuggestion(fine, 0.5, ()), ClaimSuggestion(holiday, 0.45, ())]
    )
    return Desk(fine, holiday, draft, spread, lone, bad, tuple(ids))


def check_claimreview(document: dict[str, object]) -> list[dict[str, object]]:
    """The ClaimReview objects of an export, each checked for the fields the claim desk
    promises (schema.org ClaimReview as fact-checkers publish it); fails on any missing."""
    assert document["@context"] == "https://schema.org"
    graph = document["@graph"]
    assert isinstance(graph, list)
    for review in graph:
        assert review["@type"] == "ClaimReview"
        for name in ("claimReviewed", "url", "datePublished"):
            assert isinstance(review[name], str) and review[name], name
        assert review["url"].startswith(("http://", "https://", "/claims/")), review["url"]
        datetime.fromisoformat(review["datePublished"])
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["alternateName"] in (
            "xác thực",
            "sai sự thật",
            "gây hiểu lầm",
            "chưa đủ căn cứ",
        )
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        author = review["author"]
        assert author["@type"] == "Organization" and author["name"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["appearance"] and all(a["url"].startswith("http") for a in item["appearance"])
        assert item["firstAppearance"] == item["appearance"][0]
        assert item["datePublished"] == item["appearance"][0]["datePublished"]
    return graph
