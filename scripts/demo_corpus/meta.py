"""Storyline ground truth written to storylines.json, and the checks that keep it true.

Every article of a storyline contains at least one of its ``keywords`` (in the match form
of title + text), and no article of another storyline does, except that a parent
storyline's keywords also match its child's articles. Later features' tests rely on it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import timedelta

from .generate import Item
from .schedule import DAYS, SPIKE_DAY, START

STORY_IDS = {
    "housing": "social_housing",
    "lamha": "lamha_riverside",
    "traffic": "traffic_camera_fines",
    "digital": "digital_public_services",
    "education": "tuition_school_policy",
    "health": "health_insurance_drugs",
    "admin": "two_level_government",
    "background": "background",
}
SPIKE_DATE = (START + timedelta(days=SPIKE_DAY)).isoformat()

STORYLINES: tuple[dict[str, object], ...] = (
    {
        "id": "social_housing",
        "parent": None,
        "name": "Chính sách nhà ở xã hội",
        "keywords": ["nhà ở xã hội"],
        "legal_refs": [
            "Luật Nhà ở 2023",
            "Nghị định 100/2024/NĐ-CP",
            "Nghị quyết 201/2025/QH15",
            "Quyết định 338/QĐ-TTg",
        ],
        "pattern": "steady",
        "expected_sentiment": "mixed: progress and credit news positive, slow progress "
        "negative; the Lam Hà Riverside child storyline adds a growing negative share",
    },
    {
        "id": "lamha_riverside",
        "parent": "social_housing",
        "name": "Khiếu nại tại dự án nhà ở xã hội Lam Hà Riverside (Đà Nẵng, hư cấu)",
        "keywords": ["lam hà riverside"],
        "legal_refs": ["Luật Nhà ở 2023", "Nghị định 100/2024/NĐ-CP"],
        "pattern": "rising",
        "phases": {
            "delay": "2026-08-27",
            "agency_responses": "2026-09-03",
            "buyer_selection": "2026-09-18",
            "price_increase": "2026-10-08",
            "protests": "2026-10-18",
            "inspection": "2026-10-25",
            "ministry": "2026-11-04",
        },
        "expected_sentiment": "negative, rising from about one article a week to several a "
        "day; agency responses neutral",
    },
    {
        "id": "traffic_camera_fines",
        "parent": None,
        "name": "Nghị định 236/2026/NĐ-CP: phạt nguội qua camera giám sát",
        "keywords": ["236/2026/nđ-cp", "phạt nguội"],
        "legal_refs": [
            "Nghị định 236/2026/NĐ-CP (hư cấu)",
            "Nghị định 168/2024/NĐ-CP",
            "Luật Trật tự, an toàn giao thông đường bộ 2024",
        ],
        "pattern": "spike",
        "spike_date": SPIKE_DATE,
        "expected_sentiment": "neutral background, then on the spike day a mix of neutral "
        "explainers, negative complaints and positive praise; decays within a week",
    },
    {
        "id": "digital_public_services",
        "parent": None,
        "name": "Dịch vụ công trực tuyến, VNeID và Đề án 06",
        "keywords": ["đề án 06", "dịch vụ công trực tuyến"],
        "legal_refs": [
            "Quyết định 06/QĐ-TTg",
            "Nghị định 69/2024/NĐ-CP",
            "Luật Căn cước 2023",
            "Nghị quyết 57-NQ/TW",
        ],
        "pattern": "steady",
        "expected_sentiment": "mostly positive and neutral",
    },
    {
        "id": "tuition_school_policy",
        "parent": None,
        "name": "Miễn học phí và chính sách trường học",
        "keywords": ["học phí", "năm học 2026-2027"],
        "legal_refs": ["Nghị quyết 217/2025/QH15", "Thông tư 29/2024/TT-BGDĐT"],
        "pattern": "steady with a cluster",
        "episode": ["2026-09-03", "2026-09-25"],
        "expected_sentiment": "neutral-positive; a cluster of fee complaints in September",
    },
    {
        "id": "health_insurance_drugs",
        "parent": None,
        "name": "Bảo hiểm y tế và tình trạng thiếu thuốc",
        "keywords": ["bảo hiểm y tế", "bhyt"],
        "legal_refs": ["Luật Bảo hiểm y tế sửa đổi 2024", "Luật Dược sửa đổi 2024"],
        "pattern": "steady with an episode",
        "episode": ["2026-09-28", "2026-10-14"],
        "expected_sentiment": "mixed; negative shortage complaints around early October",
    },
    {
        "id": "two_level_government",
        "parent": None,
        "name": "Chính quyền địa phương hai cấp sau sắp xếp 34 tỉnh, thành",
        "keywords": ["hai cấp", "sắp xếp đơn vị hành chính"],
        "legal_refs": ["Nghị quyết 202/2025/QH15", "Luật Tổ chức chính quyền địa phương 2025"],
        "pattern": "steady",
        "expected_sentiment": "neutral, some teething problems",
    },
    {
        "id": "background",
        "parent": None,
        "name": "Tin nền không liên quan chính sách",
        "keywords": [],
        "legal_refs": [],
        "pattern": "steady",
        "expected_sentiment": "mixed (storms negative, sport and culture positive)",
    },
)


def match_text(item: Item) -> str:
    return unicodedata.normalize("NFC", f"{item.draft.title}\n{item.draft.text}").lower()


def has_keyword(text: str, words: list[str]) -> bool:
    """Whole-word match ("hai cấp" must not match inside "triển khai cấp")."""
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) for word in words)


def keyword_problems(items: Sequence[Item]) -> list[str]:
    """Articles missing their storyline's keywords, or matching another storyline's."""
    problems: list[str] = []
    for item in items:
        text = match_text(item)
        own = STORY_IDS[item.kind.story]
        for story in STORYLINES:
            words = story["keywords"]
            assert isinstance(words, list)
            hit = has_keyword(text, words)
            mine = story["id"] in (own, _parent(own))
            if mine and words and not hit:
                problems.append(
                    f"{item.kind.name}: no keyword of {story['id']}: {item.draft.title}"
                )
            if hit and not mine:
                problems.append(f"{item.kind.name}: matches {story['id']}: {item.draft.title}")
    return problems


def _parent(story_id: str) -> str | None:
    for story in STORYLINES:
        if story["id"] == story_id:
            return story["parent"]  # type: ignore[return-value]
    return None


SENTIMENTS = ("positive", "neutral", "negative")
WEEKS = tuple((START + timedelta(days=7 * w)).isoformat() for w in range((DAYS + 6) // 7))


def weekly_counts(items: Sequence[Item]) -> dict[str, dict[str, dict[str, int]]]:
    """storyline -> week start (Monday) -> sentiment -> articles, copies included.

    Every week of the period is listed, with zeros, so the series can be charted as is.
    """
    table: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        days = (item.published.date() - START).days
        table[STORY_IDS[item.kind.story]][WEEKS[days // 7]][item.kind.sentiment] += 1
    return {
        story: {week: {s: weeks[week][s] for s in SENTIMENTS} for week in WEEKS}
        for story, weeks in sorted(table.items())
    }


def storylines_document(items: Sequence[Item]) -> dict[str, object]:
    counts = Counter(STORY_IDS[item.kind.story] for item in items)
    weekly = weekly_counts(items)
    stories = [
        {**story, "articles": counts[str(story["id"])], "weekly": weekly.get(str(story["id"]), {})}
        for story in STORYLINES
    ]
    end = START + timedelta(days=DAYS - 1)
    return {
        "period": {
            "start": START.isoformat(),
            "end": end.isoformat(),
            "timezone": "Asia/Ho_Chi_Minh",
            "weeks_start_on": "Monday",
        },
        "note": "All events, outlets, projects and named people are fictional. Keywords are "
        "lowercase NFC and match whole words of the lowercased title + text; every article "
        "of a storyline contains one of them, and no article outside it does (a parent's "
        "keywords also match its child's articles).",
        "storylines": stories,
    }
