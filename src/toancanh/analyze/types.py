"""What the analysis stages produce for one text (DESIGN.md: "analyze").

Every record keeps the ``mention`` as written and its character span in the analysed text
(``start``/``end``, offsets into the NFC display text), so pages can highlight it.
``Analysis`` is the whole result; ``toancanh analyze --json`` prints ``Analysis.as_json()``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SentimentLabel = Literal["positive", "neutral", "negative"]
SENTIMENT_LABELS: tuple[SentimentLabel, ...] = ("positive", "neutral", "negative")
Stage = Literal["planning", "drafting", "issued", "implementing"]
STAGES: tuple[Stage, ...] = ("planning", "drafting", "issued", "implementing")


@dataclass(frozen=True)
class TopicScore:
    label: str  # one of the 29 news topics of the topic model (e.g. "Chinh tri Xa hoi")
    score: float  # 0..1, higher is more likely


@dataclass(frozen=True)
class PolicyArea:
    label: str  # e.g. "education", see analyze/policy_areas.py
    ministry: str  # the current ministry that manages the area, full official name
    score: float = 1.0


@dataclass(frozen=True)
class SentimentEvidence:
    phrase: str  # the words that drove the decision, as written
    polarity: SentimentLabel
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Sentiment:
    label: SentimentLabel
    score: float  # confidence of the label, 0..1
    evidence: tuple[SentimentEvidence, ...] = ()


@dataclass(frozen=True)
class AgencyMention:
    mention: str  # as written: "Bộ TT&TT"
    name: str  # full official name of the body named: "Bộ Thông tin và Truyền thông"
    current: str  # the body that holds its functions today: "Bộ Khoa học và Công nghệ"
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class PlaceMention:
    mention: str  # as written: "TP.HCM", "Bình Dương"
    name: str  # full name of the unit named: "Thành phố Hồ Chí Minh", "Tỉnh Bình Dương"
    current: str  # the provincial unit it belongs to today: "Thành phố Hồ Chí Minh"
    level: str  # "province" or "city" (centrally run city)
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class LegalRef:
    mention: str  # as written: "nghi dinh 15/2020/ND-CP"
    type: str  # document type in Vietnamese: "Nghị định", "Luật", "Thông tư liên tịch" ...
    number: str | None  # canonical: "15/2020/NĐ-CP", "57-NQ/TW"; None for a named law
    issuer: str | None  # issuing body code as in the number: "CP", "TTg", "QH15", "BNV"
    year: int | None
    title: str | None = None  # for named laws: "Luật Đất đai"
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class PersonMention:
    """An official named with a title ("Thủ tướng Phạm Minh Chính"). No private persons."""

    mention: str
    name: str
    title: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Analysis:
    language: str | None  # "vi", or the detected code of a text not analysed as Vietnamese
    topics: tuple[TopicScore, ...] = ()
    policy_areas: tuple[PolicyArea, ...] = ()
    sentiment: Sentiment | None = None
    agencies: tuple[AgencyMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    legal_refs: tuple[LegalRef, ...] = ()
    people: tuple[PersonMention, ...] = ()
    stage: Stage | None = None
    model_version: str = ""
    notes: tuple[str, ...] = field(default=())  # e.g. "text truncated to 100000 characters"

    def as_json(self) -> dict[str, Any]:
        return asdict(self)
