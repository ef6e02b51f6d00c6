"""Realistic reports built straight from the model, shared by the renderer tests."""

from __future__ import annotations

from datetime import date

from toancanh.reports.model import (
    BulletList,
    Chart,
    Heading,
    Paragraph,
    Report,
    Section,
    Series,
    Signature,
    Table,
)

# Every tone mark on every vowel, upper and lower case, and đ/Đ.
ALL_TONES = (
    "àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ đ "
    "ÀÁẢÃẠ ẰẮẲẴẶ ẦẤẨẪẬ ÈÉẺẼẸ ỀẾỂỄỆ ÌÍỈĨỊ ÒÓỎÕỌ ỒỐỔỖỘ ỜỚỞỠỢ ÙÚỦŨỤ ỪỨỬỮỰ ỲÝỶỸỴ Đ"
)
TITLE = "Điểm tin báo chí ngày 07/12/2026 về chính sách bảo hiểm y tế"
SECTIONS = (
    "Tóm tắt tình hình",
    "Tin nổi bật về chỉ đạo, điều hành",
    "Vấn đề báo chí phản ánh cần lưu ý",
    "Theo dõi xử lý",
)
OUTLETS = ("Báo Nhân Dân", "VnExpress", "Tuổi Trẻ", "Thanh Niên", "Báo Sức khỏe & Đời sống")


def heading(title: str = TITLE, number: str | None = None) -> Heading:
    return Heading(
        unit="Vụ Truyền thông và Thi đua, khen thưởng",
        parent_unit="Bộ Y tế",
        issued=date(2026, 12, 7),
        place="Hà Nội",
        symbol="BC-VTT",
        kind_name="BÁO CÁO",
        title=title,
        number=number,
    )


def chart() -> Chart:
    labels = tuple(f"{day:02d}/12" for day in range(1, 8))
    return Chart(
        title="Số tin bài theo ngày",
        labels=labels,
        series=(
            Series("Tin bài", (12, 15, 9, 30, 22, 18, 25)),
            Series("Dự báo", (None, None, None, None, 20, 21, 23), color="#888888", dashed=True),
        ),
        y_label="Tin bài",
    )


def clipping_table(rows: int) -> Table:
    return Table(
        columns=("STT", "Tiêu đề", "Cơ quan báo chí", "Lượt chia sẻ"),
        rows=tuple(
            (
                str(i + 1),
                f"Người dân hỏi về mức hưởng bảo hiểm y tế khi khám trái tuyến, kỳ {i + 1}: "
                "quyền lợi được bảo đảm thế nào?",
                OUTLETS[i % len(OUTLETS)],
                f"{(i + 1) * 1234:,}".replace(",", "."),
            )
            for i in range(rows)
        ),
        numeric=(True, False, False, True),
        caption="Bảng 1. Danh sách tin bài",
    )


def report(table_rows: int = 60, title: str = TITLE, paragraph: str = ALL_TONES) -> Report:
    """Four sections: paragraphs with tone and a link, bullets, a chart, and a long table."""
    return Report(
        kind="digest",
        heading=heading(title),
        summary=(
            "Trong ngày, báo chí đăng 131 tin bài về chính sách, tăng 1,4 lần so với 7 ngày trước."
        ),
        sections=(
            Section(
                SECTIONS[0],
                (
                    Paragraph(paragraph),
                    Paragraph("Tỷ lệ tin tiêu cực tăng mạnh.", tone="negative", emphasis="bold"),
                    chart(),
                ),
            ),
            Section(
                SECTIONS[1],
                (
                    Paragraph(
                        "Bộ trưởng chỉ đạo rà soát danh mục thuốc.",
                        link="https://moh.gov.vn/tin-tuc/chi-dao",
                        tone="positive",
                    ),
                    BulletList(
                        (
                            Paragraph("Thông cáo báo chí về giá dịch vụ khám bệnh."),
                            Paragraph("Họp báo thường kỳ quý IV.", emphasis="italic"),
                        )
                    ),
                ),
            ),
            Section(SECTIONS[2], (clipping_table(table_rows),)),
            Section(SECTIONS[3], (Paragraph("Không có vấn đề tồn đọng.", tone="neutral"),)),
        ),
        recipients=("Bộ trưởng (để b/c);", "Các Thứ trưởng (để b/c);", "Lưu: VT, VTT."),
        signature=Signature(title="Vụ trưởng", name="Nguyễn Thị Hồng Hạnh", authority="KT."),
    )
