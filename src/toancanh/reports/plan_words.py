"""The words of the plan report in its two languages (the plan page's words in Vietnamese)."""

from __future__ import annotations

import re

VI = {
    "title": "Báo cáo kết quả thực hiện kế hoạch truyền thông: {title}",
    "s_objectives": "Mục tiêu",
    "s_activities": "Các hoạt động",
    "s_budget": "Kinh phí",
    "s_kpis": "Chỉ số đánh giá (KPI) so với chỉ tiêu",
    "s_orders": "Đặt hàng báo chí",
    "no_objectives": "Kế hoạch chưa ghi mục tiêu.",
    "policies": "Chính sách được truyền thông:",
    "watch": "danh sách theo dõi",
    "activity": "Hoạt động",
    "kind": "Loại",
    "date": "Ngày",
    "status": "Trạng thái",
    "owner": "Người phụ trách",
    "no_activities": "Kế hoạch chưa có hoạt động nào.",
    "by_status": "Dự kiến {planned}; đang thực hiện {in_progress}; đã xong {done};"
    " đã hủy {cancelled}.",
    "item": "Hạng mục",
    "planned": "Dự kiến",
    "committed": "Đã cam kết",
    "spent": "Đã chi",
    "source": "Nguồn",
    "total": "Tổng cộng",
    "no_budget": "Kế hoạch chưa có dòng kinh phí nào.",
    "budget_line": "Đã chi {spent} trên {planned} dự kiến ({share}); đã cam kết {committed}."
    " Đơn vị tính: đồng.",
    "kpi": "Chỉ số",
    "measure": "Cách đo",
    "period": "Thời gian",
    "target": "Chỉ tiêu",
    "measured": "Đạt được",
    "met": "Kết quả",
    "yes": "Đạt",
    "no": "Chưa đạt",
    "unknown": "Chưa đo được",
    "no_kpis": "Kế hoạch chưa có chỉ số nào.",
    "met_line": "{met} trên {total} chỉ số đạt chỉ tiêu.",
    "trend": "{name}: theo tuần",
    "value": "Giá trị",
    "hours": "giờ",
    "order": "Đơn đặt hàng",
    "outlet": "Cơ quan báo chí",
    "amount": "Giá trị hợp đồng",
    "ordered": "Đặt",
    "delivered": "Đã giao",
    "accepted": "Nghiệm thu",
    "no_orders": "Kế hoạch chưa có đơn đặt hàng báo chí nào.",
    "summary_line": "Kế hoạch năm {year} của {unit}: {activities} hoạt động ({done} đã xong),"
    " {met} trên {kpis} chỉ số đạt chỉ tiêu, đã chi {spent} trên {planned} dự kiến.",
}

EN = {
    "title": "Communication plan results report: {title}",
    "s_objectives": "Objectives",
    "s_activities": "Activities",
    "s_budget": "Budget",
    "s_kpis": "KPIs against targets",
    "s_orders": "Press orders",
    "no_objectives": "The plan states no objectives.",
    "policies": "Policies communicated:",
    "watch": "watchlist",
    "activity": "Activity",
    "kind": "Kind",
    "date": "Date",
    "status": "Status",
    "owner": "Owner",
    "no_activities": "The plan has no activity.",
    "by_status": "Planned {planned}; in progress {in_progress}; done {done};"
    " cancelled {cancelled}.",
    "item": "Item",
    "planned": "Planned",
    "committed": "Committed",
    "spent": "Spent",
    "source": "Source",
    "total": "Total",
    "no_budget": "The plan has no budget line.",
    "budget_line": "Spent {spent} of {planned} planned ({share}); committed {committed}."
    " Amounts in đồng.",
    "kpi": "KPI",
    "measure": "Measure",
    "period": "Period",
    "target": "Target",
    "measured": "Measured",
    "met": "Result",
    "yes": "Met",
    "no": "Not met",
    "unknown": "Not measured",
    "no_kpis": "The plan has no KPI.",
    "met_line": "{met} of {total} KPIs meet their target.",
    "trend": "{name}: by week",
    "value": "Value",
    "hours": "h",
    "order": "Order",
    "outlet": "Outlet",
    "amount": "Contract value",
    "ordered": "Ordered",
    "delivered": "Delivered",
    "accepted": "Accepted",
    "no_orders": "The plan has no press order.",
    "summary_line": "{unit}'s plan for {year}: {activities} activities ({done} done),"
    " {met} of {kpis} KPIs met, {spent} spent of {planned} planned.",
}

NAMES_VI = {
    "planned": "Dự kiến",
    "in_progress": "Đang thực hiện",
    "done": "Đã xong",
    "cancelled": "Đã hủy",
    "press_conference": "Họp báo",
    "briefing": "Cung cấp thông tin",
    "statement": "Thông cáo",
    "article_series": "Loạt bài",
    "social_media": "Mạng xã hội",
    "event": "Sự kiện",
    "commissioned_content": "Nội dung đặt hàng",
    "volume": "Tin bài",
    "official_share": "Tỷ lệ nguồn chính thống",
    "net_sentiment": "Sắc thái ròng",
    "negative_share": "Tỷ lệ tin tiêu cực",
    "statement_pickup": "Tin bài đăng lại thông cáo",
    "alert_response_hours": "Số giờ từ cảnh báo đến thông cáo đầu tiên",
    "deliveries": "Sản phẩm đặt hàng được nghiệm thu",
    "manual": "Nhập tay",
    "drafting": "Xây dựng dự thảo",
    "consultation": "Lấy ý kiến",
    "adoption": "Thông qua, ban hành",
    "implementation": "Triển khai",
    "review": "Sơ kết, tổng kết",
}
NAMES_EN = {
    "planned": "Planned",
    "in_progress": "In progress",
    "done": "Done",
    "cancelled": "Cancelled",
    "press_conference": "Press conference",
    "briefing": "Briefing",
    "statement": "Statement",
    "article_series": "Article series",
    "social_media": "Social media",
    "event": "Event",
    "commissioned_content": "Commissioned content",
    "volume": "Articles",
    "official_share": "Share of official sources",
    "net_sentiment": "Net sentiment",
    "negative_share": "Share of negative articles",
    "statement_pickup": "Articles carrying our statements",
    "alert_response_hours": "Hours from an alert to our first statement",
    "deliveries": "Commissioned items accepted",
    "manual": "Entered by hand",
    "drafting": "Drafting",
    "consultation": "Consultation",
    "adoption": "Adoption",
    "implementation": "Implementation",
    "review": "Review and evaluation",
}


# ``plan_status.measure``'s notes (English, as the CLI shows them) in Vietnamese.
NOTES_VI = {
    "no value entered": "chưa nhập giá trị",
    "its watchlist was removed": "danh sách theo dõi của chỉ số đã bị xóa",
    "no alert in the period": "không có cảnh báo nào trong kỳ",
}
_UNANSWERED = re.compile(r"^(\d+) alert\(s\) not followed by a statement$")


def note(text: str | None, lang: str) -> str | None:
    """Why a KPI has no value, in the reader's language."""
    if text is None or lang == "en":
        return text
    if found := _UNANSWERED.match(text):
        return f"{found.group(1)} cảnh báo chưa có thông cáo nào theo sau"
    return NOTES_VI.get(text, text)


def words(lang: str) -> dict[str, str]:
    return EN if lang == "en" else VI


def name(key: str | None, lang: str) -> str:
    if not key:
        return "—"
    return (NAMES_EN if lang == "en" else NAMES_VI).get(key, key)
