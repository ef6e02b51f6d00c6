"""Which word a composed tone's parts reach (``tone_compose``): the indicator a direction
says changed, the negator whose scope covers a word, what a fix acts on. Pure functions
over the entries ``tone_compose`` found in a sentence (``Match``: token range, kind, and
for an indicator whether its rise is good or bad)."""

from __future__ import annotations

from dataclasses import dataclass

BACK_WINDOW = 10  # words between an indicator and the direction after it
FORWARD_WINDOW = 4  # words between a direction and the indicator after it ("giảm ... nghèo")
NEGATOR_SCOPE = 3  # words after a negator that it can reach
LIMITER_GAP = 2  # words between a limiter and its direction
FIX_REACH = 4  # words between a fix and the problem it acts on
# "không ai", "không một" name who did not act: they do not look back ("hư hỏng không ai sửa")
_NOBODY = frozenset({"ai", "một"})


@dataclass(frozen=True)
class Match:
    """An entry found in a sentence: tokens [i, j), its kind, an indicator's rise."""

    i: int
    j: int
    kind: str
    rise: int


def indicator_for(d: Match, inside: list[Match], seg: list[int], used: set[int]) -> Match | None:
    """What a direction says changed: the first free indicator of its segment between the
    previous direction and it (the head of the subject: "tỷ lệ hài lòng của người dân
    với dịch vụ ... giảm"), else the first just after it ("kéo giảm tai nạn")."""
    right = next(
        (
            m
            for m in inside
            if m.kind == "indicator" and m.i == d.j and m.i not in used and seg[m.i] == seg[d.i]
        ),
        None,
    )
    left_touch = any(m.kind == "indicator" and m.j == d.i for m in inside)
    if right is not None and not left_touch:  # verb and object: "tăng lợi nhuận"
        return right
    # The subject is after the previous direction and after a concession marker ("Hàng
    # hóa không thiếu hụt dù nhu cầu tăng cao": the demand rose, not the shortage).
    previous = max(
        (
            m.j
            for m in inside
            if m.kind in ("up", "down", "concession") and m.j <= d.i and seg[m.i] == seg[d.i]
        ),
        default=-1,
    )
    for m in inside:
        if (
            m.kind == "indicator"
            and m.i not in used
            and previous <= m.i
            and m.j <= d.i
            and d.i - m.j <= BACK_WINDOW
            and seg[m.i] == seg[d.i]
        ):
            return m
    for m in inside:
        if (
            m.kind == "indicator"
            and m.i not in used
            and m.i >= d.j
            and m.i - d.j <= FORWARD_WINDOW
            and seg[m.i] == seg[d.i]
        ):
            return m
    return None


def carried(d: Match, carry: list[Match]) -> Match | None:
    """The subject of an earlier clause or segment, for a direction that has none of its
    own ("Thu ngân sách tăng nhưng vẫn chưa đạt dự toán")."""
    before = [m for m in carry if m.kind == "indicator" and m.j <= d.i]
    return before[-1] if before else None


def _which(neg: Match, m: Match, forms: tuple[str, ...]) -> bool:
    """ "không doanh nghiệp nào ... nợ lương": "nào" soon after a negator widens its
    scope to the segment, like "không có ... nào"."""
    return "nào" in forms[neg.j : min(m.i, neg.j + NEGATOR_SCOPE + 2)]


def take(neg: Match | None, spent: set[int]) -> Match | None:
    """``neg`` if it has not turned anything yet (and mark it as having done so)."""
    if neg is None or neg.i in spent:
        return None
    spent.add(neg.i)
    return neg


def negator_for(
    m: Match, negators: list[Match], seg: list[int], forms: tuple[str, ...], inside: list[Match]
) -> Match | None:
    """The negator whose scope covers ``m``: a few words, or the segment for "exists";
    a reason or time clause ("vì", "sau khi") ends the scope. An "exists" with nothing
    after it looks back ("Tình trạng ngập úng đã không còn")."""
    for neg in reversed(negators):
        if seg[neg.i] != seg[m.i]:
            continue
        if neg.j > m.i:
            if (
                neg.kind == "exists"
                and forms[neg.j - 1] not in _NOBODY
                and neg.i - m.j <= 2
                and _empty_scope(neg, inside, seg)
            ):
                return neg
            continue
        if any(s.kind == "stop" and neg.j <= s.i < m.i for s in inside):
            return None
        if neg.kind == "exists" or m.i - neg.j <= NEGATOR_SCOPE or _which(neg, m, forms):
            return neg
        return None
    return None


def _empty_scope(neg: Match, inside: list[Match], seg: list[int]) -> bool:
    """Whether nothing an "exists" could turn follows it in its segment (before a stop)."""
    for m in inside:
        if m.i < neg.j or seg[m.i] != seg[neg.i]:
            continue
        if m.kind == "stop":
            return True
        if m.kind in ("indicator", "up", "down", "fix", "done", "failure"):
            return False
    return True


def fresh(m: Match, inside: list[Match]) -> bool:
    return any(f.kind == "fresh" and 0 <= m.i - f.j <= LIMITER_GAP for f in inside)


def fix_objects(
    inside: list[Match],
    used: set[int],
    negators: list[Match],
    seg: list[int],
    forms: tuple[str, ...],
) -> set[int]:
    """Failures a fix acts on ("khắc phục sự cố"); bad indicators it acts on join ``used``."""
    consumed: set[int] = set()
    for m in inside:
        if m.kind != "fix" or negator_for(m, negators, seg, forms, inside) is not None:
            continue
        if fresh(m, inside):  # "mới sửa chữa đã xuất hiện vết nứt": the repair is the setup
            continue
        # A problem named before the fix is the one fixed ("Sự cố ... đã được khắc phục").
        consumed.update(o.i for o in inside if o.kind == "failure" and o.j <= m.i)
        for obj in inside:
            if obj.i < m.j or obj.i - m.j > FIX_REACH:
                continue
            if obj.kind == "failure":
                consumed.add(obj.i)
                break
            if obj.kind == "indicator" and obj.rise < 0 and obj.i not in used:
                used.add(obj.i)
                break
    return consumed
