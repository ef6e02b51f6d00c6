"""How a notification reads: the webhook's JSON, the plain text of e-mail and Telegram.

Scraped text is hostile. The JSON carries it as data (``json.dumps`` escapes it); the
plain text gets it cut to one line, without control or bidi-override characters, and
never inside HTML. Times are shown in Asia/Ho_Chi_Minh.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from toancanh.text.dates import VIETNAM

if TYPE_CHECKING:  # the channels import this module: the type only, to avoid a cycle
    from toancanh.alerts.channels.base import Notification

LANGS = ("vi", "en")
MAX_STORIES = 5  # driving stories listed in e-mail and Telegram text
MAX_TITLE_CHARS = 300  # one scraped title in people-facing text

# Control characters, bidi embeddings/overrides/isolates (which can make a title read
# backwards) and lone surrogates (which cannot be encoded as UTF-8).
_UNSAFE_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_SPACES = re.compile(r"\s+")


def payload(note: Notification) -> dict[str, Any]:
    """The JSON document a webhook receives (documented in docs/alerts-channels.md)."""
    return {
        "event": event_name(note),
        "alert": {
            "id": note.alert_id,
            "version": note.version,
            "kind": _jsonable(note.kind),
            "severity": _jsonable(note.severity),
            "status": _jsonable(note.status),
            "title": _jsonable(note.title),
            "watch": _jsonable(note.watch),
            "first_at": _iso_vietnam(note.first_at),
            "last_at": _iso_vietnam(note.last_at),
            "detail": _jsonable(note.detail),
            "link": _jsonable(note.link),
        },
    }


def event_name(note: Notification) -> str:
    return "alert.created" if note.version <= 1 else "alert.updated"


def _jsonable(value: Any) -> Any:
    """``value`` with everything JSON cannot hold turned into something it can."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None  # NaN is not JSON
    if isinstance(value, str):
        return _SURROGATES.sub("\ufffd", value)
    if isinstance(value, datetime):
        return _iso_vietnam(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {_jsonable(str(key)): _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, set | frozenset):
        return [_jsonable(item) for item in sorted(value, key=repr)]
    return _jsonable(str(value))


def _iso_vietnam(moment: datetime) -> str:
    return _in_vietnam(moment).isoformat(timespec="seconds")


def _in_vietnam(moment: datetime) -> datetime:
    aware = _aware(moment)
    try:
        return aware.astimezone(VIETNAM)
    except OverflowError:  # the last hours of year 9999: only a broken record gets here
        return aware


def _aware(moment: datetime) -> datetime:
    # Alerts carry aware UTC times; a naive one can only mean UTC (the store's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


_WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "severity": "Mức độ",
        "kind": "Loại",
        "status": "Trạng thái",
        "watch": "Danh mục theo dõi",
        "time": "Thời gian",
        "zone": "giờ Việt Nam",
        "baseline": "Bình thường",
        "observed": "Ghi nhận",
        "score": "Điểm",
        "update": "Cập nhật lần",
        "stories": "Các sự kiện chính",
        "articles": "tin",
        "link": "Xem chi tiết",
        "brand": "Toàn Cảnh",
        "claim": "Thông tin",
        "verdict": "Kết luận",
        "statement": "Thông cáo liên quan",
        "new_articles": "Bài mới",
        "outlets": "cơ quan báo chí",
    },
    "en": {
        "severity": "Severity",
        "kind": "Kind",
        "status": "Status",
        "watch": "Watchlist",
        "time": "Time",
        "zone": "Vietnam time",
        "baseline": "Baseline",
        "observed": "Observed",
        "score": "Score",
        "update": "Update",
        "stories": "Driving stories",
        "articles": "articles",
        "link": "Details",
        "brand": "Toan Canh",  # without diacritics: the English subject stays ASCII
        "claim": "Claim",
        "verdict": "Verdict",
        "statement": "Linked statement",
        "new_articles": "New articles",
        "outlets": "outlets",
    },
}
_LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "low": "thấp",
        "medium": "trung bình",
        "high": "cao",
        "critical": "nghiêm trọng",
        "volume_spike": "tăng đột biến số tin",
        "negative_spike": "tăng đột biến tin tiêu cực",
        "forecast_breach": "vượt ngưỡng dự báo",
        "official_contradicted": "thông tin chính thức bị phản bác",
        "story_outlets": "sự kiện lan trên nhiều báo",
        "claim_repeat": "thông tin đã kiểm chứng xuất hiện lại",
        "active": "đang diễn ra",
        "acknowledged": "đã tiếp nhận",
        "resolved": "đã xử lý",
    },
    "en": {
        "low": "low",
        "medium": "medium",
        "high": "high",
        "critical": "critical",
        "volume_spike": "volume spike",
        "negative_spike": "negative spike",
        "forecast_breach": "forecast breach",
        "official_contradicted": "official information contradicted",
        "story_outlets": "story spreading across outlets",
        "claim_repeat": "checked claim repeated",
        "active": "active",
        "acknowledged": "acknowledged",
        "resolved": "resolved",
    },
}


def render_text(note: Notification, lang: str = "vi") -> str:
    """The plain-text message of e-mail and Telegram, in Vietnamese or English."""
    words = _words(lang)
    first, last = _local_time(note.first_at), _local_time(note.last_at)
    span = first if first == last else f"{first} – {last}"
    lines = [
        one_line(note.title, MAX_TITLE_CHARS),
        f"{words['severity']}: {_label(note.severity, lang)} · "
        f"{words['kind']}: {_label(note.kind, lang)} · "
        f"{words['status']}: {_label(note.status, lang)}",
    ]
    if note.watch:
        lines.append(f"{words['watch']}: {one_line(note.watch, MAX_TITLE_CHARS)}")
    lines.append(f"{words['time']}: {span} ({words['zone']})")
    figures = _figures(note.detail, lang)
    if figures:
        lines.append(figures)
    lines += _claim_lines(note.detail, lang)
    if note.version > 1:
        lines.append(f"{words['update']} {note.version}")
    stories = list(_stories(note.detail))[:MAX_STORIES]
    if stories:
        lines += ["", f"{words['stories']}:"]
        for number, (title, size, url) in enumerate(stories, 1):
            count = f" ({size} {words['articles']})" if size is not None else ""
            lines.append(f"{number}. {title}{count}")
            if url:
                lines.append(f"   {url}")
    if note.link:
        lines += ["", f"{words['link']}: {one_line(note.link, 2000)}"]
    return "\n".join(lines) + "\n"


# The verdicts in English; the Vietnamese labels are domain.claims.VERDICTS (kept in the
# alert's detail as "verdict_label", so a message reads the same after a label changes).
_VERDICTS_EN = {
    "true": "true",
    "false": "false",
    "misleading": "misleading",
    "unproven": "unproven",
}


def _claim_lines(detail: Mapping[str, Any], lang: str) -> list[str]:
    """A repeated claim (``claim_repeat``): the claim, its verdict, the statement it
    cites and the new articles with their outlets; nothing for other alerts."""
    if not isinstance(detail, Mapping) or not isinstance(detail.get("claim"), str):
        return []
    words = _words(lang)
    verdict = str(detail.get("verdict") or "")
    label = str(detail.get("verdict_label") or verdict)
    shown = label if lang == "vi" else f"{_VERDICTS_EN.get(verdict, verdict)} ({label})"
    lines = [
        f"{words['claim']}: {one_line(detail['claim'], MAX_TITLE_CHARS)}",
        f"{words['verdict']}: {one_line(shown, 80)}",
    ]
    if detail.get("statement_id") is not None:
        title = detail.get("statement")
        named = f" {one_line(title, MAX_TITLE_CHARS)}" if isinstance(title, str) else ""
        lines.append(f"{words['statement']}: #{detail['statement_id']}{named}")
    articles = [a for a in detail.get("articles") or [] if isinstance(a, Mapping)]
    outlets = [o for o in detail.get("outlets") or [] if isinstance(o, str)]
    lines += [
        "",
        f"{words['new_articles']} ({len(articles)}, {len(outlets)} {words['outlets']}):",
    ]
    for number, article in enumerate(articles[:MAX_STORIES], 1):
        outlet = article.get("outlet")
        source = f"{one_line(outlet, 100)}: " if isinstance(outlet, str) and outlet else ""
        lines.append(f"{number}. {source}{one_line(str(article.get('title') or '…'), 300)}")
        url = article.get("url")
        if isinstance(url, str) and _is_web_url(url):
            lines.append(f"   {one_line(url, 2000)}")
    return lines


def subject(note: Notification, lang: str = "vi") -> str:
    """The e-mail subject: "[Toàn Cảnh] <SEVERITY>: <title>" (one line, whatever the title)."""
    severity = _label(note.severity, lang).upper()
    return f"[{_words(lang)['brand']}] {severity}: {one_line(note.title, MAX_TITLE_CHARS)}"


def _words(lang: str) -> dict[str, str]:
    if lang not in _WORDS:
        raise ValueError(f"unknown language {lang!r}; use one of: {', '.join(LANGS)}")
    return _WORDS[lang]


def _label(code: str, lang: str) -> str:
    return _LABELS[lang].get(code) or one_line(str(code), 60)


def _local_time(moment: datetime) -> str:
    return _in_vietnam(moment).strftime("%d/%m/%Y %H:%M")


def _figures(detail: Mapping[str, Any], lang: str) -> str:
    """The figures line, e.g. "Bình thường: 6 · Ghi nhận: 42 · Điểm: 5,8"; "" without any."""
    if not isinstance(detail, Mapping):
        return ""
    words = _words(lang)
    parts = [
        f"{words[key]}: {_number(detail[key], lang)}"
        for key in ("baseline", "observed", "score")
        if detail.get(key) is not None
    ]
    return " · ".join(parts)


def _number(value: Any, lang: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return one_line(str(value), 60)
    if isinstance(value, int):
        if abs(value) >= 10**30:
            return "…"  # an absurd magnitude is not worth printing
        text = f"{value:,}"
    elif not math.isfinite(value):
        return str(value)
    else:
        text = f"{value:,.0f}" if value.is_integer() else f"{value:,.1f}"
    if lang == "vi":  # 1.234,5 in Vietnamese
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def _stories(detail: Mapping[str, Any]) -> Iterator[tuple[str, int | None, str | None]]:
    """(title, size, url) of each well-formed story in the detail; the rest is skipped."""
    stories = detail.get("stories") if isinstance(detail, Mapping) else None
    if not isinstance(stories, list | tuple):
        return
    for story in stories:
        if not isinstance(story, Mapping) or not isinstance(story.get("title"), str):
            continue
        title = one_line(story["title"], MAX_TITLE_CHARS)
        size = story.get("size")
        url = story.get("url")
        yield (
            title or "…",
            size if isinstance(size, int) and not isinstance(size, bool) else None,
            one_line(url, 2000) if isinstance(url, str) and _is_web_url(url) else None,
        )


def _is_web_url(url: str) -> bool:
    # Mail and chat clients turn links into something clickable: only ordinary ones.
    return url.strip().lower().startswith(("http://", "https://"))


def one_line(text: str, limit: int) -> str:
    """Scraped text made safe to show: one line, no control characters, at most ``limit``."""
    clean = _SPACES.sub(" ", _UNSAFE_CHARS.sub(" ", text)).strip()
    return clean if len(clean) <= limit else clean[: limit - 1].rstrip() + "…"


def clip_utf16(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` UTF-16 code units (how Telegram counts), ending in "…"."""
    if len(text.encode("utf-16-le")) // 2 <= limit:
        return text
    kept: list[str] = []
    used = 1  # room for the ellipsis
    for char in text:
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            break
        kept.append(char)
    return "".join(kept) + "…"
