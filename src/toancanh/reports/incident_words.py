"""The words of the incident report in its two languages, and a timeline entry re-worded.

The workflow writes its own timeline entries in English (as the CLI shows them: "open →
responding: ...", "article #12 linked"); the report says them in the reader's language,
with the same words as the incident page. What a person typed (notes, summaries, names)
stays as typed.
"""

from __future__ import annotations

import re

VI = {
    "title": "Báo cáo sự cố truyền thông: {title}",
    "s_summary": "Tóm tắt sự cố",
    "s_timeline": "Diễn biến",
    "s_coverage": "Thông tin trên báo chí",
    "s_statements": "Thông cáo, phát ngôn và mức độ đăng tải",
    "s_task_force": "Tổ xử lý",
    "s_review": "Rút kinh nghiệm",
    "field": "Nội dung",
    "value": "Thông tin",
    "status": "Trạng thái",
    "severity": "Mức độ",
    "unit": "Đơn vị phụ trách",
    "all_units": "Mọi đơn vị",
    "lead": "Người chủ trì",
    "opened": "Mở lúc",
    "closed": "Đóng lúc",
    "not_closed": "Chưa đóng",
    "alert": "Từ cảnh báo",
    "watch": "Danh sách theo dõi",
    "closing_summary": "Tóm tắt khi đóng sự cố: {text}",
    "time": "Thời gian",
    "what": "Sự việc",
    "who": "Người thực hiện",
    "none": "Không có.",
    "no_timeline": "Chưa có diễn biến nào được ghi lại.",
    "period_watch": "Từ {since} đến {until}, danh sách theo dõi “{watch}”: {total} tin bài.",
    "period_linked": "Các tin bài gắn với sự cố ({total} tin bài), từ {since} đến {until}.",
    "no_coverage": "Sự cố không gắn với danh sách theo dõi hay tin bài nào.",
    "chart": "Số tin bài mỗi ngày",
    "all": "Tất cả",
    "negative": "Tiêu cực",
    "articles": "Tin bài",
    "tone": "Sắc thái",
    "tone_line": "tích cực {positive}; trung tính {neutral}; tiêu cực {negative}"
    " (tỷ lệ tiêu cực {share}); chưa phân tích {unknown}.",
    "outlet": "Cơ quan báo chí",
    "outlets": "Số cơ quan báo chí",
    "outlets_caption": "Các cơ quan báo chí đưa tin nhiều nhất",
    "story": "Câu chuyện",
    "first": "Đăng đầu tiên",
    "stories_caption": "Các câu chuyện nổi bật",
    "trend_caption": "Xu hướng trước, trong và sau sự cố"
    " (7 ngày trước khi mở, 7 ngày sau khi đóng)",
    "period": "Giai đoạn",
    "per_day": "Tin bài mỗi ngày",
    "negative_share": "Tỷ lệ tiêu cực",
    "before": "Trước",
    "during": "Trong",
    "after": "Sau",
    "statement": "Thông cáo",
    "issuer": "Cơ quan ban hành",
    "issued": "Ban hành",
    "first_pickup": "Đến lần đăng đầu",
    "not_picked": "Chưa có báo đăng",
    "differing": "{n} tin bài nêu số liệu khác với thông cáo #{id}.",
    "no_statements": "Chưa có thông cáo nào gắn với sự cố.",
    "role": "Vai trò",
    "name": "Họ và tên",
    "member_unit": "Đơn vị",
    "official_role": "Chức trách",
    "no_members": "Chưa xác nhận thành viên tổ xử lý.",
    "member": "Thành viên",
    "channel": "Kênh",
    "result": "Kết quả",
    "notices_caption": "Thông báo tới thành viên",
    "sent": "đã gửi",
    "failed": "không gửi được",
    "what_happened": "Diễn biến và kết quả xử lý",
    "to_change": "Những điểm cần thay đổi",
    "draft_review": "Bản nháp lấy từ tóm tắt khi đóng; người chủ trì chưa lưu đánh giá.",
    "saved_by": "Đánh giá do {who} lưu lúc {when}.",
    "review_open": "Sự cố chưa đóng: đánh giá rút kinh nghiệm được viết sau khi đóng.",
    "summary_line": "Sự cố #{id} “{title}”, mức độ {severity}, mở lúc {opened}, {status}."
    " Trên báo chí: {articles} tin bài của {outlets} cơ quan báo chí;"
    " {statements} thông cáo, {pickups} tin bài đăng lại.",
}

EN = {
    "title": "Communication incident report: {title}",
    "s_summary": "Summary",
    "s_timeline": "Timeline",
    "s_coverage": "Press coverage",
    "s_statements": "Statements issued and their pickup",
    "s_task_force": "Task force",
    "s_review": "After-action review",
    "field": "Item",
    "value": "Value",
    "status": "Status",
    "severity": "Severity",
    "unit": "Owner unit",
    "all_units": "All units",
    "lead": "Lead",
    "opened": "Opened",
    "closed": "Closed",
    "not_closed": "Not closed",
    "alert": "From alert",
    "watch": "Watchlist",
    "closing_summary": "Closing summary: {text}",
    "time": "Time",
    "what": "What",
    "who": "Who",
    "none": "None.",
    "no_timeline": "Nothing recorded yet.",
    "period_watch": "From {since} to {until}, watchlist “{watch}”: {total} articles.",
    "period_linked": "The articles linked to the incident ({total}), from {since} to {until}.",
    "no_coverage": "The incident concerns no watchlist and no article.",
    "chart": "Articles a day",
    "all": "All",
    "negative": "Negative",
    "articles": "Articles",
    "tone": "Tone",
    "tone_line": "positive {positive}; neutral {neutral}; negative {negative}"
    " (negative share {share}); not analysed {unknown}.",
    "outlet": "Outlet",
    "outlets": "Outlets",
    "outlets_caption": "The outlets that covered it most",
    "story": "Story",
    "first": "First published",
    "stories_caption": "The biggest stories",
    "trend_caption": "Before, during and after"
    " (the 7 days before opening, the 7 days after closing)",
    "period": "Period",
    "per_day": "Articles a day",
    "negative_share": "Negative share",
    "before": "Before",
    "during": "During",
    "after": "After",
    "statement": "Statement",
    "issuer": "Issuer",
    "issued": "Issued",
    "first_pickup": "Time to first pickup",
    "not_picked": "Not picked up",
    "differing": "{n} articles state a figure otherwise than statement #{id}.",
    "no_statements": "No statement is tied to the incident yet.",
    "role": "Role",
    "name": "Name",
    "member_unit": "Unit",
    "official_role": "Official role",
    "no_members": "No task force member confirmed yet.",
    "member": "Member",
    "channel": "Channel",
    "result": "Result",
    "notices_caption": "Notifications of the members",
    "sent": "sent",
    "failed": "failed",
    "what_happened": "What happened and what worked",
    "to_change": "What to change",
    "draft_review": "A draft from the closing summary; the lead has not saved the review.",
    "saved_by": "Review saved by {who} at {when}.",
    "review_open": "The incident is not closed: the review is written once it is.",
    "summary_line": "Incident #{id} “{title}”, severity {severity}, opened {opened}, {status}."
    " In the press: {articles} articles from {outlets} outlets;"
    " {statements} statements, picked up by {pickups} articles.",
}

NAMES_VI = {
    # statuses, severities, task-force roles, timeline kinds (as on the incident page)
    "open": "mới mở",
    "responding": "đang xử lý",
    "monitoring": "đang theo dõi",
    "closed": "đã đóng",
    "low": "thấp",
    "medium": "trung bình",
    "high": "cao",
    "critical": "nghiêm trọng",
    "lead": "người chủ trì",
    "spokesperson": "người phát ngôn",
    "liaison": "liên lạc",
    "analyst": "chuyên viên phân tích",
    "member": "thành viên",
    "focal_point": "đầu mối truyền thông",
    "head": "thủ trưởng",
    "press_contact": "liên hệ báo chí",
    "k_opened": "Mở sự cố",
    "k_status": "Chuyển trạng thái",
    "k_assign": "Phân công",
    "k_note": "Ghi chú",
    "k_action": "Việc đã làm",
    "k_article": "Gắn tin bài",
    "k_task_force": "Tổ xử lý",
    "k_closed": "Đóng sự cố",
    "lead_unit": "đơn vị chủ trì",
    "severity": "mức độ",
    "members": "tổ xử lý",
}
NAMES_EN = {
    "k_opened": "Opened",
    "k_status": "Status",
    "k_assign": "Assigned",
    "k_note": "Note",
    "k_action": "Action",
    "k_article": "Article linked",
    "k_task_force": "Task force",
    "k_closed": "Closed",
    "focal_point": "focal point",
    "press_contact": "press contact",
    "lead_unit": "lead unit",
    "members": "task force",
}

_STATUS_TEXT = re.compile(r"^(\w+) → (\w+)(?:: (.*))?$", re.S)
_OPENED_FROM = re.compile(r"^opened from alert #(\d+)$")
_LINKED = re.compile(r"^article #(\d+) linked$")
_TEAM_PART = re.compile(r"\((\w+)\)$")


def words(lang: str) -> dict[str, str]:
    return EN if lang == "en" else VI


def name(key: str | None, lang: str) -> str:
    """A status, severity or role in the reader's language (unknown: as stored)."""
    if not key:
        return "—"
    table = NAMES_EN if lang == "en" else NAMES_VI
    return table.get(key, key if lang == "en" else key.replace("_", " "))


def event_kind(kind: str, lang: str) -> str:
    return name(f"k_{kind}", lang) if f"k_{kind}" in NAMES_VI else kind


def event_text(kind: str, text: str, lang: str) -> str:
    """A timeline entry's text in the reader's language."""
    if lang == "en":
        return text
    if kind == "status" and (found := _STATUS_TEXT.match(text)):
        before, after, note = found.groups()
        moved = f"{name(before, lang)} → {name(after, lang)}"
        return f"{moved}: {note}" if note else moved
    if kind == "opened":
        if found := _OPENED_FROM.match(text):
            return f"mở từ cảnh báo #{found.group(1)}"
        return "mở sự cố" if text == "opened" else text
    if kind == "article" and (found := _LINKED.match(text)):
        return f"gắn tin bài #{found.group(1)}"
    if kind == "task_force" and text.startswith("task force: "):
        parts = [
            _TEAM_PART.sub(lambda m: f"({name(m.group(1), lang)})", part)
            for part in text[12:].split("; ")
        ]
        return "; ".join(parts)
    if kind == "assign":
        parts = []
        for part in text.split("; "):
            key, _, value = part.partition(": ")
            key = {"task force": "members"}.get(key, key)
            shown = name(value, lang) if key == "severity" else value
            parts.append(f"{name(key, lang)}: {shown}" if value else part)
        return "; ".join(parts)
    return text
