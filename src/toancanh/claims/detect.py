"""Check-worthy sentences: factual assertions about policies, rules, figures and dates.

A sentence is kept when it asserts something a statement could confirm or contradict: a
policy word ("học phí", "phạt", "thuế", "giá điện"...) together with a figure, a date, a
legal reference or a rule verb ("áp dụng", "có hiệu lực", "bị cấm"). It is dropped when
it is a question, an opinion ("tôi cho rằng", "có lẽ", "nên") or a plan ("dự kiến",
"đề xuất", "dự thảo", "sẽ xem xét"). Plans are dropped on purpose: a proposal is not yet
a rule, so no statement can say it is wrong; a claim that a proposal is already in force
carries no plan word and is kept. Rules, not a model: the cues are few and readable, and
the labelled sentences in tests/claims/test_detect.py hold them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from toancanh.analyze.legal_refs import find_legal_refs
from toancanh.analyze.types import LegalRef
from toancanh.claims.figures import Figures, parse_figures
from toancanh.text.normalize import match_form
from toancanh.text.segment import sentences


def _words(phrases: str) -> re.Pattern[str]:
    """A pattern for whole phrases, given as "a|b|c" in ``match_form`` (with diacritics:
    folded, "nên" would match "nền" and "giá" "gia đình")."""
    return re.compile(r"(?<!\w)(?:" + phrases + r")(?!\w)")


_POLICY = _words(
    "học phí|phạt|mức phạt|xử phạt|thuế|lệ phí|phí|giá|giá điện|giá xăng|lương|lương cơ sở"
    "|lương tối thiểu|bảo hiểm|bhxh|bhyt|trợ cấp|hỗ trợ|miễn|giảm|tăng|quy định|nghị định"
    "|thông tư|luật|hiệu lực|thời hạn|hạn chót|tước|giấy phép|bằng lái|cấm|bắt buộc|hưởng"
    "|nộp|áp dụng|điều chỉnh|tuyển sinh|hộ chiếu|căn cước|định danh|lương hưu|tiền điện"
    "|tiền nước|ngân sách|đóng|vay|lãi suất|thu nhập|khấu trừ|hoàn thuế|đăng ký"
)
_RULE_VERB = _words(
    "áp dụng|có hiệu lực|bị cấm|nghiêm cấm|cấm|bắt buộc|quy định|được miễn|miễn|phải"
    "|bị phạt|bị xử phạt|bị tước|chính thức|từ ngày|kể từ|không được|được hưởng|ban hành"
)
_OPINION = (
    "tôi cho rằng|tôi nghĩ|theo tôi|có lẽ|nên|hy vọng|hi vọng|mong muốn|mong|e rằng"
    "|đúng ra|đáng lẽ|chúng tôi cho rằng|theo quan điểm|có vẻ|dường như|tôi tin|bất hợp lý"
    "|quá cao|quá thấp|vô lý|tuyệt vời|đáng tiếc"
)
_PLAN = (
    "dự kiến|đề xuất|dự thảo|sẽ xem xét|kiến nghị|lấy ý kiến|đề nghị|đang nghiên cứu"
    "|sẽ nghiên cứu|dự định|có thể sẽ|tính toán|định hướng|đang xây dựng"
)
_QUESTION = (
    "phải không|có phải|bao nhiêu|khi nào|tại sao|vì sao|liệu|thế nào|như thế nào"
    "|hay không|chưa ạ|không ạ|ở đâu"
)
# A person's own experience ("tôi phải tự mua thuốc"), or words quoted from a resident
# (closing quote, then "anh/chị/cô/chú/bác/em <name> kể"): what happened to them, which no
# statement confirms or contradicts, and the desk checks claims, never people. Words
# quoted from "ông"/"bà" are kept: the press names officials that way.
_TESTIMONY = "tôi|chúng tôi|nhà tôi|con tôi|chúng mình|chúng em"
_RESIDENT_QUOTE = re.compile(r"[\"”“]\s*,\s*(?:anh|chị|cô|chú|bác|em|cháu)\s")
# The phrases above as one pattern with the resident quote: one scan of the sentence
# instead of five, a third of their time (a sentence is dropped when any of them is found
# anywhere in it, so their union finds the same).
_DROP = re.compile(
    _words("|".join((_QUESTION, _OPINION, _PLAN, _TESTIMONY))).pattern
    + "|"
    + _RESIDENT_QUOTE.pattern
)
MIN_WORDS = 5


@dataclass(frozen=True)
class CheckWorthy:
    """A sentence worth checking, where it is in the text, and why it was kept; with the
    figures and legal references read to decide it, which matching reads again
    (``match.shared_of_found``)."""

    text: str
    start: int
    end: int
    reasons: tuple[str, ...]
    figures: Figures | None = field(default=None, compare=False, repr=False)
    legal_refs: tuple[LegalRef, ...] | None = field(default=None, compare=False, repr=False)


def check_worthy(text: str) -> list[CheckWorthy]:
    """The check-worthy sentences of ``text``, in order, with their character offsets."""
    found: list[CheckWorthy] = []
    for start, end in sentences(text):
        sentence = text[start:end]
        kept = _kept(sentence)
        if kept is not None and kept[0]:
            found.append(CheckWorthy(sentence, start, end, *kept))
    return found


def sentence_reasons(sentence: str) -> tuple[str, ...]:
    """Why ``sentence`` is worth checking; empty when it is not."""
    kept = _kept(sentence)
    return kept[0] if kept is not None else ()


def _kept(sentence: str) -> tuple[tuple[str, ...], Figures, tuple[LegalRef, ...]] | None:
    """The reasons of ``sentence`` and the figures and references they were read from;
    None when it fails before those are read."""
    form = match_form(sentence)
    # The policy word first: one pattern that most sentences of an article fail, before
    # ``_dropped`` and the figures (bench/claims.py).
    if len(form.split()) < MIN_WORDS or not _POLICY.search(form) or _dropped(form):
        return None
    figures = parse_figures(sentence)
    refs = find_legal_refs(sentence)
    reasons = []
    if figures.amounts:
        reasons.append("figure")
    if figures.dates:
        reasons.append("date")
    if refs:
        reasons.append("legal reference")
    if _RULE_VERB.search(form):
        reasons.append("rule")
    return tuple(reasons), figures, refs


def _dropped(form: str) -> bool:
    """A question, an opinion, a plan or a testimony."""
    if form.rstrip("\"”')").endswith("?"):
        return True
    return _DROP.search(form) is not None
