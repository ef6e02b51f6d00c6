"""The HTML report and e-mail: read back as a browser or mail reader would (the visible
text, the images), with hostile scraped text kept as text."""

from __future__ import annotations

import base64
import re
from html.parser import HTMLParser

import pytest

from report_samples import ALL_TONES, OUTLETS, SECTIONS, TITLE, heading, report
from toancanh.reports.html import email_parts, render_html
from toancanh.reports.model import (
    MOTTO,
    NATIONAL_TITLE,
    BulletList,
    Paragraph,
    Report,
    Section,
    Table,
)

PNG = b"\x89PNG\r\n\x1a\n"
HOSTILE = '"><img src=x onerror=alert(1)> <script>alert("x")</script> & ý'


class Page(HTMLParser):
    """The visible text (folded), the tags and the image sources of a page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.words: list[str] = []
        self.tags: list[str] = []
        self.images: list[str] = []
        self.links: list[str] = []
        self._skip = 0
        self.feed(html)
        self.text = " ".join(" ".join(self.words).split())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if tag in ("title", "style"):
            self._skip += 1
        if tag == "img":
            self.images.append(values.get("src") or "")
        if tag == "a":
            self.links.append(values.get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("title", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.words.append(data)


def hostile_report() -> Report:
    return Report(
        kind="digest",
        heading=heading(title=HOSTILE),
        sections=(
            Section(
                HOSTILE,
                (
                    Paragraph(HOSTILE, link="javascript:alert(1)"),
                    BulletList((Paragraph(HOSTILE, link='https://x.vn/"onmouseover="a'),)),
                    Table(columns=(HOSTILE,), rows=((HOSTILE,),)),
                ),
            ),
        ),
        recipients=(HOSTILE,),
    )


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(report(table_rows=30))


def test_every_part_is_shown_in_order(page: str) -> None:
    text = Page(page).text
    order = [
        "BỘ Y TẾ",
        "VỤ TRUYỀN THÔNG VÀ THI ĐUA, KHEN THƯỞNG",
        NATIONAL_TITLE,
        MOTTO,
        "Hà Nội, ngày 07 tháng 12 năm 2026",
        "BÁO CÁO",
        TITLE,
        "Trong ngày, báo chí đăng 131 tin bài",
        *(f"{n}. {name}" for n, name in enumerate(SECTIONS, start=1)),
        "Nơi nhận:",
        "- Lưu: VT, VTT.",
        "KT. VỤ TRƯỞNG",
        "Nguyễn Thị Hồng Hạnh",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    for expected in (
        "Số: /BC-VTT",
        " ".join(ALL_TONES.split()),
        "Tỷ lệ tin tiêu cực tăng mạnh. (tiêu cực)",
        "Bộ trưởng chỉ đạo rà soát danh mục thuốc. (tích cực)",
        *OUTLETS,
        "37.020",  # the 30th row's shares
    ):
        assert expected in text


def test_page_is_self_contained_with_charts_as_data_images(page: str) -> None:
    parsed = Page(page)
    assert parsed.images and all(src.startswith("data:image/png;base64,") for src in parsed.images)
    assert base64.b64decode(parsed.images[0].split(",", 1)[1]).startswith(PNG)
    assert not {"script", "link", "iframe", "style"} & set(parsed.tags)
    assert not re.search(r'(src|href)="(?!data:|https://moh\.gov\.vn)', page)
    assert "Số:" + "\u00a0" * 6 + "/BC-VTT" in page  # the clerk's blank survives the browser
    assert '<html lang="vi">' in page and "https://moh.gov.vn/tin-tuc/chi-dao" in parsed.links


def test_hostile_text_is_shown_as_text_everywhere() -> None:
    page = render_html(hostile_report())
    parsed = Page(page)
    assert "<script" not in page and "<img src=x" not in page
    assert parsed.tags.count("img") == 0 and "script" not in parsed.tags
    # Title, section, paragraph, bullet, header cell, cell, recipient: all read back as typed.
    assert parsed.text.count(" ".join(HOSTILE.split())) >= 7
    assert not any(link.startswith("javascript") for link in parsed.links)
    assert parsed.links == ['https://x.vn/"onmouseover="a']  # one attribute, quotes escaped


def test_email_has_cid_images_and_a_text_part_with_the_same_sentences() -> None:
    source = report(table_rows=5)
    parts = email_parts(source)
    parsed = Page(parts.html)
    assert parsed.images == [f"cid:{key}" for key in parts.images]
    assert parts.images and all(png.startswith(PNG) for png in parts.images.values())
    assert "data:image" not in parts.html
    html_text = parsed.text
    plain = " ".join(parts.text.split())
    for sentence in (
        TITLE,
        NATIONAL_TITLE,
        "Hà Nội, ngày 07 tháng 12 năm 2026",
        *(f"{n}. {name}" for n, name in enumerate(SECTIONS, start=1)),
        "Bộ trưởng chỉ đạo rà soát danh mục thuốc.",
        "Họp báo thường kỳ quý IV.",
        "Báo Sức khỏe & Đời sống",
        "Nơi nhận:",
        "Nguyễn Thị Hồng Hạnh",
    ):
        assert sentence in plain and sentence in html_text, sentence
    assert "<https://moh.gov.vn/tin-tuc/chi-dao> (tích cực)" in parts.text
    positions = [plain.index(f"{n}. {name}") for n, name in enumerate(SECTIONS, start=1)]
    assert positions == sorted(positions)


def test_english_marks_keep_the_decree_30_labels() -> None:
    source = report(table_rows=1)
    english = Report(
        kind=source.kind,
        heading=source.heading,
        sections=source.sections,
        lang="en",
    )
    text = Page(render_html(english)).text
    assert "(negative)" in text and "Nơi nhận:" in text and NATIONAL_TITLE in text
