"""The digest and the briefing as a reader sees them, composed from hand-built data."""

from __future__ import annotations

from datetime import UTC, date, datetime

from toancanh.reports import style
from toancanh.reports.briefing import (
    BriefingData,
    DayFigure,
    ForecastDay,
    OutletRow,
    Spike,
    briefing_title,
    compose_briefing,
)
from toancanh.reports.digest import (
    AlertItem,
    ClaimItem,
    DigestData,
    StatementItem,
    StoryItem,
    WatchDay,
    compose_digest,
    digest_title,
)
from toancanh.reports.model import BulletList, Chart, Heading, Paragraph, Report, Signature, Table

DAY = date(2026, 12, 7)
MORNING = datetime(2026, 12, 7, 2, 5, tzinfo=UTC)  # 09:05 in Vietnam
HOSTILE = '<script>alert("x")</script> Học phí & "giá"'


def heading(title: str) -> Heading:
    return Heading("Vụ Truyền thông", DAY, "Hà Nội", "BC-VTT", "BÁO CÁO", title)


def story(title: str = "Học phí tăng", **changes: object) -> StoryItem:
    values: dict[str, object] = {
        "title": title,
        "url": "https://bao.example/a",
        "outlet": "Báo A",
        "published_at": MORNING,
        "tone": "neutral",
        "articles": 3,
        "outlets": 2,
    }
    values.update(changes)
    return StoryItem(**values)  # type: ignore[arg-type]


def digest(data: DigestData, lang: str = "vi") -> Report:
    return compose_digest(data, heading(digest_title(DAY)), Signature("VỤ TRƯỞNG"), lang)  # type: ignore[arg-type]


def texts(report: Report, heading_text: str) -> list[str]:
    """The lines of a section: paragraphs and list items."""
    section = next(s for s in report.sections if s.heading == heading_text)
    found: list[str] = []
    for block in section.blocks:
        if isinstance(block, Paragraph):
            found.append(block.text)
        elif isinstance(block, BulletList):
            found += [item.text for item in block.items]
    return found


SCHOOL = WatchDay(
    "Học phí",
    total=1234,
    positive=100,
    neutral=300,
    negative=100,
    official=617,
    previous=1000,
    stories=(
        story("Miễn học phí từ năm học mới", new=True, articles=40, outlets=12),
        story("Phụ huynh phản đối thu thêm", tone="negative", negative=7, articles=9),
        story("Học phí đại học", articles=5),
    ),
)
QUIET = WatchDay("Dịch vụ công trực tuyến")


def test_the_digest_title_and_figures_are_in_vietnamese_style() -> None:
    report = digest(DigestData(DAY, (SCHOOL, QUIET)))
    assert report.heading.title == "Điểm tin báo chí ngày 07/12/2026"
    table = report.sections[0].blocks[0]
    assert isinstance(table, Table)
    school = table.rows[0]
    assert school == ("Học phí", "1.234", "20,0%", "20,0%", "50,0%", "+23,4%")
    assert table.rows[1][1:] == ("0", "—", "—", "—", "—")
    assert table.rows[-1][0] == "Tổng"
    assert "1.234 tin về 2 danh sách theo dõi" in (report.summary or "")


def test_each_watchlist_lists_its_main_stories_with_outlet_time_tone_and_link() -> None:
    report = digest(DigestData(DAY, (SCHOOL, QUIET)))
    lines = texts(report, "Học phí")
    assert lines[0] == "Tin chính"
    assert lines[1] == "Miễn học phí từ năm học mới — Báo A, 09:05; 40 tin, 12 báo; mới xuất hiện"
    assert lines[2].endswith("; thêm 9 tin")  # begun earlier, grew that day
    section = next(s for s in report.sections if s.heading == "Học phí")
    main = section.blocks[1]
    assert isinstance(main, BulletList)
    assert main.items[0].link == "https://bao.example/a"
    assert [item.tone for item in main.items] == ["neutral", "negative", "neutral"]
    assert "Mới hoặc đang tăng" not in lines  # every story of the day is a main one
    assert texts(report, "Dịch vụ công trực tuyến") == ["Không có tin trong ngày."]


def test_beyond_the_main_stories_the_new_then_the_growing() -> None:
    big = tuple(story(f"Tin lớn {k}", articles=20 - k) for k in range(5))
    others = (
        story("Đã có, thêm 3", articles=3),
        story("Đã có, thêm 1", articles=1),
        story("Mới sáng nay", articles=2, new=True),
    )
    watch = WatchDay("Học phí", total=100, stories=big + others)
    lines = texts(digest(DigestData(DAY, (watch,))), "Học phí")
    fresh = lines[lines.index("Mới hoặc đang tăng") + 1 :]
    assert [line.split(" — ")[0] for line in fresh] == ["Mới sáng nay", "Đã có, thêm 3"]


def test_negative_items_alerts_claims_and_statements_need_an_answer() -> None:
    data = DigestData(
        DAY,
        (SCHOOL,),
        alerts=(AlertItem("Tin tiêu cực tăng", "critical", MORNING, "Học phí"),),
        claims=(ClaimItem("Học phí tăng 300%", "Bài A", "https://a.example", "Báo A", 4),),
        statements=(StatementItem("Thông cáo", "https://b.gov.vn", "Bộ GD&ĐT", MORNING, 34, 11),),
    )
    report = digest(data)
    negatives = texts(report, "Tin tiêu cực cần phản hồi")
    assert len(negatives) == 1 and negatives[0].startswith("Phụ huynh phản đối thu thêm")
    assert negatives[0].endswith("Học phí")  # the watchlist it belongs to
    assert texts(report, "Cảnh báo đang mở") == [
        "[mức nghiêm trọng] Tin tiêu cực tăng (Học phí) — từ 07/12/2026 09:05"
    ]
    assert texts(report, "Thông tin chờ kiểm chứng") == [
        "«Học phí tăng 300%» — Báo A: Bài A; 4 bài đăng"
    ]
    assert texts(report, "Thông cáo đã công bố trong ngày") == [
        "Thông cáo — Bộ GD&ĐT, 09:05: 34 bài, 11 cơ quan báo chí đăng lại"
    ]
    assert not report.empty


def test_a_day_without_articles_or_open_alerts_is_empty() -> None:
    assert digest(DigestData(DAY, (QUIET,))).empty
    alert = AlertItem("Cảnh báo", "high", MORNING)
    assert not digest(DigestData(DAY, (QUIET,), alerts=(alert,))).empty
    assert not digest(DigestData(DAY, (SCHOOL,))).empty


def test_hostile_titles_are_kept_as_text() -> None:
    watch = WatchDay(HOSTILE, total=1, stories=(story(HOSTILE, outlet=HOSTILE),))
    report = digest(DigestData(DAY, (watch,)))
    lines = texts(report, HOSTILE)
    assert lines[1].startswith(f"{HOSTILE} — {HOSTILE}, 09:05;")


def test_english_labels_keep_vietnamese_numbers() -> None:
    report = digest(DigestData(DAY, (SCHOOL,)), lang="en")
    assert report.lang == "en"
    assert [s.heading for s in report.sections][:2] == ["Figures of the day", "Học phí"]
    table = report.sections[0].blocks[0]
    assert isinstance(table, Table) and table.columns[1] == "Articles"
    assert table.rows[0][1] == "1.234"


def test_numbers_dates_and_times_in_vietnamese_style() -> None:
    assert style.number(1234567) == "1.234.567"
    assert style.number(2.5) == "2,5"
    assert style.percent(0.125) == "12,5%"
    assert style.change(120, 100) == "+20,0%" and style.change(80, 100) == "-20,0%"
    assert style.day(DAY) == "07/12/2026"
    assert style.time_of(datetime(2026, 12, 6, 17, 0, tzinfo=UTC)) == "00:00"


def briefing_data(**changes: object) -> BriefingData:
    values: dict[str, object] = {
        "watch": "Học phí",
        "since": date(2026, 12, 5),
        "until": DAY,
        "days": (
            DayFigure(date(2026, 12, 5), 10, 0.1),
            DayFigure(date(2026, 12, 6), 30, 0.5),
            DayFigure(DAY, 5, None),
        ),
        "total": 45,
        "positive": 10,
        "neutral": 20,
        "negative": 15,
        "official": 9,
        "forecast": (ForecastDay(date(2026, 12, 8), 6.0, 2.0, 10.5),),
        "outlets": (OutletRow("Báo A", 20, 5, True),),
        "stories": (story(),),
        "agencies": (("Bộ Giáo dục và Đào tạo", 12),),
        "legal_refs": (("81/2021/NĐ-CP", 7),),
        "spikes": (Spike(date(2026, 12, 6), 30),),
        "alerts": (AlertItem("Tăng đột biến", "high", MORNING, "Học phí", ("Học phí tăng",)),),
    }
    values.update(changes)
    return BriefingData(**values)  # type: ignore[arg-type]


def test_the_briefing_draws_volume_with_a_dashed_forecast_and_the_negative_share() -> None:
    data = briefing_data()
    title = briefing_title(data.watch, data.since, data.until)
    report = compose_briefing(data, heading(title), Signature("VỤ TRƯỞNG"))
    assert title == "Tình hình thông tin về “Học phí” từ ngày 05/12/2026 đến ngày 07/12/2026"
    charts = [b for b in report.sections[0].blocks if isinstance(b, Chart)]
    volume, negative = charts
    assert volume.labels == ("05/12", "06/12", "07/12", "08/12")
    observed, forecast = volume.series
    assert observed.values == (10.0, 30.0, 5.0, None) and not observed.dashed
    assert forecast.dashed and forecast.values == (None, None, 5.0, 6.0)
    assert negative.series[0].values == (10.0, 50.0, None)
    assert (
        "trung bình 6 tin mỗi ngày (khoảng 80%: 2–10,5)"
        in texts(report, report.sections[0].heading)[-1]
    )


def test_the_briefing_sections_name_outlets_agencies_documents_spikes_and_drivers() -> None:
    report = compose_briefing(briefing_data(), heading("t"), Signature("VỤ TRƯỞNG"))
    headings = [s.heading for s in report.sections]
    assert headings == [
        "Số lượng tin và sắc thái",
        "Tỉ lệ tiếng nói",
        "Cơ quan báo chí đăng nhiều nhất",
        "Các câu chuyện nổi bật",
        "Từ khóa đang tăng",
        "Cơ quan và văn bản được nhắc đến",
        "Các đợt tăng đột biến",
        "Sự cố truyền thông",
    ]
    voice = report.sections[1].blocks[0]
    assert isinstance(voice, Table) and voice.rows[0][1:] == ("9", "20,0%")
    outlets = report.sections[2].blocks[0]
    assert isinstance(outlets, Table) and outlets.rows == (("Báo A", "20", "5", "có"),)
    assert "Bộ Giáo dục và Đào tạo: 12 tin" in texts(report, headings[5])
    assert "81/2021/NĐ-CP: 7 tin" in texts(report, headings[5])
    spikes = texts(report, headings[6])
    assert spikes[0] == "Ngày 06/12/2026: 30 tin"
    assert spikes[1].endswith("do: Học phí tăng")
    assert texts(report, headings[7]) == ["Không có."]
    assert texts(report, headings[4]) == ["Không có."]
    assert report.summary and "tỉ lệ tiêu cực 33,3%" in report.summary
    assert not report.empty
