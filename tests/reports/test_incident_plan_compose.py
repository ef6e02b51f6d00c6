"""The incident and plan reports composed from hand-built data: their sections in order
(each present even when empty), the figures written as a Vietnamese document writes them,
the budget totals, KPIs met and not met, English labels with ``lang="en"``, and hostile
titles kept as text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from toancanh.reports import vnformat as f
from toancanh.reports.incident import (
    Coverage,
    DayVolume,
    IncidentData,
    MemberRow,
    NoticeRow,
    OutletCount,
    ReviewText,
    StatementRow,
    StoryRow,
    TimelineEntry,
    Tone,
    compose_incident_report,
)
from toancanh.reports.incident import report_title as incident_title
from toancanh.reports.model import Chart, Heading, Paragraph, Report, Signature, Table
from toancanh.reports.plan import (
    ActivityRow,
    BudgetRow,
    KpiRow,
    OrderRow,
    PlanData,
    PolicyRow,
    compose_plan_report,
)
from toancanh.reports.plan import report_title as plan_title

HOSTILE = '<script>alert("x")</script> & <b>'
OPENED = datetime(2026, 3, 3, 1, 30, tzinfo=UTC)  # 08:30 in Vietnam
SIGNATURE = Signature(title="VỤ TRƯỞNG", name="Lê Văn Trưởng")


def _heading(title: str) -> Heading:
    return Heading("Vụ Truyền thông", date(2026, 3, 20), "Hà Nội", "BC-VTT", "BÁO CÁO", title)


def _tables(report: Report, section: int) -> list[Table]:
    return [b for b in report.sections[section].blocks if isinstance(b, Table)]


def _texts(report: Report, section: int) -> str:
    return " ".join(b.text for b in report.sections[section].blocks if isinstance(b, Paragraph))


def test_vietnamese_figures() -> None:
    assert f.number(1234) == "1.234" and f.number(1234567.5, 1) == "1.234.567,5"
    assert f.number(-0.1667, 2) == "-0,17" and f.number(0.0001, 2) == "0"
    assert f.percent(0.125) == "12,5%" and f.percent(1 / 3) == "33,3%" and f.percent(None) == "—"
    assert f.money(12_500_000) == "12.500.000 đồng"
    assert f.day(date(2026, 3, 5)) == "05/03/2026"
    # 17:30 UTC on the 1st is 00:30 on the 2nd in Vietnam
    assert f.when(datetime(2026, 3, 1, 17, 30, tzinfo=UTC)) == "02/03/2026 00:30"
    assert f.duration(timedelta(hours=3, minutes=20)) == "3 giờ 20 phút"
    assert f.duration(timedelta(days=3)) == "3 ngày"


def _incident(**changes: object) -> IncidentData:
    base = IncidentData(
        id=7,
        title="Học phí " + HOSTILE,
        status="closed",
        severity="high",
        unit="Vụ Truyền thông",
        lead="Nguyễn Văn An",
        lead_unit="Vụ Truyền thông",
        opened_at=OPENED,
        closed_at=OPENED + timedelta(days=4),
        alert_id=3,
        watch="Học phí",
        summary="Đã họp báo " + HOSTILE,
        timeline=(
            TimelineEntry(OPENED + timedelta(hours=2), "status", "open → responding", "lead"),
            TimelineEntry(OPENED, "opened", "opened from alert #3", "lead"),
            TimelineEntry(OPENED + timedelta(hours=5), "note", "Ghi chú " + HOSTILE, "lead"),
        ),
        coverage=Coverage(
            basis="watch",
            since=date(2026, 3, 3),
            until=date(2026, 3, 7),
            watch="Học phí",
            days=(DayVolume(date(2026, 3, 3), 1200, 700), DayVolume(date(2026, 3, 4), 34, 3)),
            tone=Tone(positive=100, neutral=431, negative=703),
            outlets=(OutletCount("VnExpress", 1000, 600), OutletCount("Tuổi Trẻ", 234, 103)),
            stories=(StoryRow("Câu chuyện " + HOSTILE, 40, 12, 30, OPENED),),
        ),
        statements=(
            StatementRow(
                5, "Thông cáo " + HOSTILE, "Bộ Y tế", OPENED, 12, 4, timedelta(minutes=200), 2
            ),
            StatementRow(6, "Thông cáo chưa đăng", "Bộ Y tế", OPENED, 0, 0, None),
        ),
        members=(
            MemberRow("Trần Thị Bình", "Vụ Truyền thông", "liaison", "focal_point"),
            MemberRow("Nguyễn Văn An", "Vụ Truyền thông", "spokesperson", "spokesperson"),
            MemberRow("Lê Văn Trưởng", "Vụ Truyền thông", "lead", "head"),
        ),
        notices=(NoticeRow("Nguyễn Văn An", "webhook", "failed", OPENED, "HTTP 500"),),
        review=ReviewText("Đã làm tốt " + HOSTILE, "Trả lời sớm hơn", True, "lead", OPENED),
    )
    return IncidentData(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def test_the_incident_report_in_order() -> None:
    data = _incident()
    report = compose_incident_report(data, _heading(incident_title(data.title)), SIGNATURE)
    assert report.kind == "incident" and report.lang == "vi"
    assert [s.heading for s in report.sections] == [
        "Tóm tắt sự cố",
        "Diễn biến",
        "Thông tin trên báo chí",
        "Thông cáo, phát ngôn và mức độ đăng tải",
        "Tổ xử lý",
        "Rút kinh nghiệm",
    ]
    assert report.heading.title == f"Báo cáo sự cố truyền thông: Học phí {HOSTILE}"
    summary = dict(_tables(report, 0)[0].rows)
    assert summary["Trạng thái"] == "đã đóng" and summary["Mức độ"] == "cao"
    assert summary["Mở lúc"] == "03/03/2026 08:30" and summary["Đóng lúc"] == "07/03/2026 08:30"
    timeline = _tables(report, 1)[0].rows
    assert [r[0] for r in timeline] == ["03/03/2026 08:30", "03/03/2026 10:30", "03/03/2026 13:30"]
    assert timeline[0][1] == "Mở sự cố: mở từ cảnh báo #3"
    assert timeline[1][1] == "Chuyển trạng thái: mới mở → đang xử lý"
    assert timeline[2][1] == f"Ghi chú: Ghi chú {HOSTILE}"  # typed text, kept as typed
    chart = next(b for b in report.sections[2].blocks if isinstance(b, Chart))
    assert chart.labels == ("03/03", "04/03") and chart.series[0].values == (1200.0, 34.0)
    assert "1.234 tin bài" in _texts(report, 2)  # 1200 + 34, Vietnamese thousands
    assert "tỷ lệ tiêu cực 57%" in _texts(report, 2)  # 703 / 1234
    outlets, stories = _tables(report, 2)
    assert outlets.rows[0] == ("VnExpress", "1.000", "600")
    assert stories.rows[0][0] == "Câu chuyện " + HOSTILE
    said = _tables(report, 3)[0].rows
    assert said[0][0] == f"#5 Thông cáo {HOSTILE}" and said[0][5] == "3 giờ 20 phút"
    assert said[1][5] == "Chưa có báo đăng"
    members, notices = _tables(report, 4)
    assert [r[0] for r in members.rows] == ["người chủ trì", "người phát ngôn", "liên lạc"]
    assert notices.rows[0][2] == "không gửi được (HTTP 500)"
    assert f"Đã làm tốt {HOSTILE}" in _texts(report, 5) and "Trả lời sớm hơn" in _texts(report, 5)
    assert report.summary and "1.234 tin bài của 2 cơ quan báo chí" in report.summary


def test_an_open_incident_without_coverage_says_so() -> None:
    data = _incident(
        status="responding",
        closed_at=None,
        coverage=Coverage(basis="none", since=date(2026, 3, 3), until=date(2026, 3, 3)),
        statements=(),
        members=(),
        notices=(),
        timeline=(),
        review=None,
        summary=None,
    )
    report = compose_incident_report(data, _heading("x"), SIGNATURE)
    assert len(report.sections) == 6  # every section, each saying what it lacks
    assert dict(_tables(report, 0)[0].rows)["Đóng lúc"] == "Chưa đóng"
    assert "Chưa có diễn biến" in _texts(report, 1)
    assert "không gắn với danh sách theo dõi" in _texts(report, 2)
    assert "Chưa có thông cáo" in _texts(report, 3)
    assert "Chưa xác nhận thành viên" in _texts(report, 4)
    assert "chưa đóng" in _texts(report, 5)


def test_the_incident_report_in_english() -> None:
    data = _incident()
    report = compose_incident_report(data, _heading("x"), SIGNATURE, "en")
    assert report.lang == "en"
    assert [s.heading for s in report.sections][:3] == ["Summary", "Timeline", "Press coverage"]
    assert incident_title("A", "en") == "Communication incident report: A"
    assert dict(_tables(report, 0)[0].rows)["Status"] == "closed"
    assert "1.234 articles" in _texts(report, 2)  # the figures stay Vietnamese style


def _plan() -> PlanData:
    trend = ((date(2026, 3, 2), 0.25), (date(2026, 3, 9), 1.0))
    return PlanData(
        id=4,
        title="Kế hoạch " + HOSTILE,
        unit="Bộ Y tế",
        year=2026,
        objectives="Mục tiêu một\n\nMục tiêu " + HOSTILE,
        policies=(PolicyRow("Luật Dược", "Luật Dược", (("drafting", date(2026, 1, 5), None),)),),
        activities=(
            ActivityRow("Họp báo 2", "press_conference", date(2026, 4, 5), "done", "An"),
            ActivityRow("Chưa có ngày", "event", None, "planned"),
            ActivityRow("Họp báo 1 " + HOSTILE, "briefing", date(2026, 3, 5), "in_progress"),
        ),
        budget=(
            BudgetRow("Họp báo " + HOSTILE, 15_000_000, 5_000_000, 1_250_000, "Ngân sách"),
            BudgetRow("Loạt bài", 30_000_000, 0, 12_500_000),
        ),
        kpis=(
            KpiRow("Tin bài", "volume", 5.0, 6.0, True, date(2026, 3, 2), date(2026, 3, 15)),
            KpiRow(
                "Tiêu cực",
                "negative_share",
                0.3,
                0.5,
                False,
                date(2026, 3, 2),
                date(2026, 3, 15),
                "Luật Dược",
                trend=trend,
            ),
            KpiRow(
                "Phản hồi",
                "alert_response_hours",
                24,
                None,
                None,
                date(2026, 3, 2),
                date(2026, 3, 15),
                note="no alert in the period",
            ),
        ),
        orders=(OrderRow(9, "Báo Nhân Dân", 10, 6, 4, 150_000_000),),
    )


def test_the_plan_report_in_order() -> None:
    data = _plan()
    report = compose_plan_report(data, _heading(plan_title(data.title)), SIGNATURE)
    assert report.kind == "plan"
    assert report.heading.title == f"Báo cáo kết quả thực hiện kế hoạch truyền thông: {data.title}"
    assert [s.heading for s in report.sections] == [
        "Mục tiêu",
        "Các hoạt động",
        "Kinh phí",
        "Chỉ số đánh giá (KPI) so với chỉ tiêu",
        "Đặt hàng báo chí",
    ]
    assert f"Mục tiêu {HOSTILE}" in _texts(report, 0)
    activities = _tables(report, 1)[0].rows
    assert [r[0] for r in activities] == ["Họp báo 1 " + HOSTILE, "Họp báo 2", "Chưa có ngày"]
    assert activities[0][1:4] == ("Cung cấp thông tin", "05/03/2026", "Đang thực hiện")
    budget = _tables(report, 2)[0]
    assert budget.rows[-1] == ("Tổng cộng", "45.000.000", "5.000.000", "13.750.000", "")
    assert "Đã chi 13.750.000 đồng trên 45.000.000 đồng dự kiến (30,6%)" in _texts(report, 2)
    kpis = _tables(report, 3)[0].rows
    assert [(r[3], r[4], r[5]) for r in kpis] == [
        ("5", "6", "Đạt"),
        ("30%", "50%", "Chưa đạt"),
        ("24 giờ", "—", "Chưa đo được (không có cảnh báo nào trong kỳ)"),
    ]
    assert "1 trên 3 chỉ số đạt chỉ tiêu" in _texts(report, 3)
    charts = [b for b in report.sections[3].blocks if isinstance(b, Chart)]
    assert len(charts) == 1  # only the KPI with a weekly trend
    assert charts[0].series[0].values == (25.0, 100.0) and charts[0].series[1].dashed
    orders = _tables(report, 4)[0].rows
    assert orders[0] == ("#9", "Báo Nhân Dân", "150.000.000", "10", "6", "4")


def test_an_empty_plan_and_english_labels() -> None:
    data = PlanData(id=1, title="Trống", unit="Bộ Y tế", year=2026)
    report = compose_plan_report(data, _heading("x"), SIGNATURE, "en")
    assert [s.heading for s in report.sections] == [
        "Objectives",
        "Activities",
        "Budget",
        "KPIs against targets",
        "Press orders",
    ]
    assert all(len(s.blocks) == 1 for s in report.sections)  # each says what it lacks
    assert "The plan has no KPI." in _texts(report, 3)


def test_a_kpis_note_is_said_in_the_readers_language() -> None:
    kpi = KpiRow(
        "Phản hồi", "alert_response_hours", 24, 12.5, True, date(2026, 3, 2), date(2026, 3, 15),
        note="2 alert(s) not followed by a statement",
    )  # fmt: skip
    data = PlanData(id=1, title="x", unit="Bộ Y tế", year=2026, kpis=(kpi,))
    vi = compose_plan_report(data, _heading("x"), SIGNATURE)
    assert _tables(vi, 3)[0].rows[0][4:] == (
        "12,5 giờ",
        "Đạt (2 cảnh báo chưa có thông cáo nào theo sau)",
    )
    en = compose_plan_report(data, _heading("x"), SIGNATURE, "en")
    assert _tables(en, 3)[0].rows[0][4:] == (
        "12,5 h",
        "Met (2 alert(s) not followed by a statement)",
    )
