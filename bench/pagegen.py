"""Generated Vietnamese news sites for the ingest benchmark: pages, RSS feeds, a server.

``generate(root, pages, seed)`` writes ``pages`` article pages of about 70 KB from ten
fictional outlets on five page layouts, each with full chrome (meta/og/JSON-LD head,
menus, breadcrumbs, byline with a Vietnamese date, related news, comments, teaser blocks,
footer, inline CSS and data scripts), RSS feeds of up to ``FEED_SIZE`` items,
``robots.txt`` and ``manifest.json``. The same seed gives the same bytes. Bodies are built
from slot-filled clauses, so two independent articles share few 3-syllable shingles;
about 10% of the pages are reprints by another outlet with a new lead sentence (near
duplicates) and 2% verbatim reprints by a sister outlet (exact duplicates).

``python bench/pagegen.py DIR --pages N`` generates; ``python bench/pagegen.py DIR --serve``
serves DIR on 127.0.0.1 (the benchmark runs it as a separate process).
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
import threading
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from toancanh.text.normalize import search_form

VERSION = 4  # bump when the output changes: a work directory is reused only if it matches
FEED_SIZE = 100
NEAR_SHARE = 0.10
EXACT_SHARE = 0.02
VIETNAM = timezone(timedelta(hours=7))
EPOCH = datetime(2025, 1, 1, tzinfo=VIETNAM)


def _words(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


PROVINCES = _words(
    "Hà Nội|Thành phố Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Huế|Quảng Ninh|Lạng Sơn|Cao Bằng"
    "|Lào Cai|Thái Nguyên|Phú Thọ|Bắc Ninh|Hưng Yên|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh"
    "|Quảng Trị|Quảng Ngãi|Gia Lai|Đắk Lắk|Khánh Hòa|Lâm Đồng|Đồng Nai|Tây Ninh|Vĩnh Long"
    "|Đồng Tháp|An Giang|Cà Mau|Tuyên Quang|Điện Biên|Lai Châu|Sơn La"
)
MINISTRIES = _words(
    "Bộ Tài chính|Bộ Xây dựng|Bộ Y tế|Bộ Giáo dục và Đào tạo|Bộ Công an|Bộ Công Thương"
    "|Bộ Nông nghiệp và Môi trường|Bộ Khoa học và Công nghệ|Bộ Văn hóa, Thể thao và Du lịch"
    "|Bộ Nội vụ|Bộ Tư pháp|Bộ Ngoại giao|Bộ Dân tộc và Tôn giáo|Ngân hàng Nhà nước"
    "|Thanh tra Chính phủ|Văn phòng Chính phủ|Kiểm toán Nhà nước|Bảo hiểm xã hội Việt Nam"
)
LOCAL_BODIES = _words(
    "UBND tỉnh|Sở Xây dựng|Sở Y tế|Công an tỉnh|HĐND tỉnh|Sở Tài chính|Sở Nội vụ"
    "|Sở Giáo dục và Đào tạo|Sở Công Thương|Ban Quản lý dự án|Cục Thuế|Sở Tư pháp"
)
TOPICS = _words(
    "nhà ở xã hội|chuyển đổi số|bảo hiểm y tế|thủ tục hành chính|giải phóng mặt bằng"
    "|giải ngân vốn đầu tư công|an toàn thực phẩm|chương trình giáo dục phổ thông"
    "|sắp xếp đơn vị hành chính|tinh gọn bộ máy|cải cách tiền lương|phòng cháy chữa cháy"
    "|an toàn giao thông|vi phạm nồng độ cồn|dịch vụ công trực tuyến|định danh điện tử"
    "|cấp đổi căn cước|thuế thu nhập cá nhân|giá điện sinh hoạt|giá xăng dầu|bảng giá đất"
    "|quy hoạch sử dụng đất|đường cao tốc|đường sắt tốc độ cao|năng lượng tái tạo"
    "|điện mặt trời mái nhà|xuất khẩu nông sản|khai thác hải sản bất hợp pháp|phòng chống thiên tai"
    "|xâm nhập mặn|sạt lở bờ sông|ô nhiễm không khí|rác thải nhựa|nước sạch nông thôn"
    "|xây dựng nông thôn mới|giảm nghèo bền vững|học phí|sách giáo khoa|tuyển sinh lớp 10"
    "|thi tốt nghiệp|khám chữa bệnh|thuốc và vật tư y tế|tiêm chủng mở rộng|lương hưu"
    "|bảo hiểm xã hội một lần|doanh nghiệp nhỏ và vừa|khởi nghiệp sáng tạo|thương mại điện tử"
    "|lừa đảo qua mạng|an ninh mạng|tin giả trên mạng xã hội|phòng chống tham nhũng"
    "|đấu giá quyền sử dụng đất|thị trường bất động sản|tín dụng ưu đãi|lãi suất cho vay"
    "|trái phiếu doanh nghiệp|du lịch nội địa|di sản văn hóa|hạ tầng khu công nghiệp"
    "|cửa khẩu biên giới|kinh tế tư nhân|trí tuệ nhân tạo|dữ liệu dân cư|chính quyền hai cấp"
    "|chăm sóc sức khỏe ban đầu|công trình thủy lợi|hóa đơn điện tử|hòa giải ở cơ sở|văn hóa đọc"
)
VERBS = _words(
    "đẩy mạnh|triển khai|rà soát|hoàn thiện|tháo gỡ vướng mắc về|kiểm tra việc thực hiện"
    "|đề xuất sửa đổi quy định về|lấy ý kiến về|tăng cường quản lý|siết chặt|hướng dẫn"
    "|đánh giá tác động của|ban hành kế hoạch về|tổng kết|phê duyệt đề án về|chấn chỉnh"
    "|xử lý dứt điểm|ưu tiên nguồn lực cho|đôn đốc|công khai|thí điểm|mở rộng|điều chỉnh"
)
UNITS = _words(
    "tỷ đồng|triệu đồng|hộ dân|hồ sơ|doanh nghiệp|trường hợp|ha|km|căn hộ|học sinh|người"
    "|dự án|xã, phường|cơ sở|lượt|tấn|bệnh nhân|công trình|phương tiện|tài khoản"
)
ADJECTIVES = _words(
    "chậm|đáng kể|rõ rệt|kịp thời|đồng bộ|quyết liệt|thận trọng|minh bạch|hiệu quả|bền vững"
    "|khẩn trương|thống nhất|cụ thể|nghiêm túc|linh hoạt|chặt chẽ|thực chất|lâu dài"
)
NOUNS = _words(
    "người dân|doanh nghiệp|chính quyền cơ sở|cán bộ|nhà đầu tư|giáo viên|bác sĩ|nông dân"
    "|ngư dân|công nhân|chủ đầu tư|hộ kinh doanh|cử tri|đại biểu|chuyên gia|phụ huynh"
)
FAMILY = _words("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý")
MIDDLE = _words("Văn|Thị|Minh|Quốc|Thanh|Hữu|Đức|Ngọc|Thu|Hoài|Xuân|Anh|Kim|Bảo")
GIVEN = _words(
    "An|Bình|Cường|Dũng|Hà|Hải|Hùng|Lan|Long|Mai|Nam|Phong|Quang|Sơn|Tâm|Thảo|Trung|Tuấn"
    "|Vy|Yến|Hiếu|Khoa|Linh|Nga|Oanh|Phúc|Quyên|Thắng|Trang|Việt"
)
ROLES = _words(
    "Thứ trưởng|Phó Chủ tịch UBND tỉnh|Giám đốc Sở|Chủ tịch UBND xã|Cục trưởng|Vụ trưởng"
    "|Phó Giám đốc|Trưởng phòng|đại biểu Quốc hội|Phó Trưởng ban|Chánh Văn phòng"
)
DOC_KINDS = _words("NĐ-CP|QĐ-TTg|CT-TTg|TT-BTC|TT-BYT|NQ-CP|QĐ-UBND|TT-BGDĐT|CĐ-TTg")
OPENERS = _words(
    "Theo {agency},|Tại buổi làm việc,|Trong {month},|Từ đầu năm đến nay,|Mặt khác,"
    "|Bên cạnh đó,|Trước thực tế này,|Theo báo cáo của {agency},|Cũng trong dịp này,"
    "|Đến cuối {month},|Ngay sau cuộc họp,|Về lâu dài,|Đáng chú ý,|Trên địa bàn {province},"
)
CLAUSES = (
    "{agency} {verb} {topic} tại {province}",
    "{noun} phản ánh việc {topic} còn {adj} khiến {number} bị ảnh hưởng",
    "{person} cho biết {agency} đã {verb} {topic} với tổng kinh phí {number}",
    "kết quả {verb2} {topic} đạt {percent}, cao hơn {percent2} so với cùng kỳ",
    "{number} đã được xử lý theo {doc}",
    "{province} đề nghị {agency} sớm {verb} {topic} để {noun} yên tâm",
    "việc {topic} phải được thực hiện {adj} và {adj2}",
    "{person} yêu cầu các đơn vị {verb} {topic} trước ngày {date}",
    "{noun} tại {province} kiến nghị {verb} {topic} và {topic2}",
    "tỷ lệ {topic} giảm còn {percent} trong khi {topic2} tăng {percent2}",
    "{agency} đã tiếp nhận {number} liên quan đến {topic}",
    "theo {doc}, {topic} thuộc trách nhiệm của {agency}",
    "{province} dự kiến hoàn thành {topic} vào {month} với {number}",
    "nhiều {noun} lo ngại {topic} sẽ tác động đến {topic2}",
    "{person} nhấn mạnh cần {verb} {topic} một cách {adj}",
    "đoàn kiểm tra của {agency} phát hiện {number} chưa {verb2} {topic}",
)


def slug(text: str) -> str:
    """ASCII words joined by hyphens, as Vietnamese CMSs spell URLs ("chinh-sach")."""
    return "-".join(search_form(text).split())


def _pick(rng: random.Random, options: tuple[str, ...]) -> str:
    return options[rng.randrange(len(options))]


def _number(rng: random.Random) -> str:
    value = rng.choice((rng.randint(2, 99), rng.randint(100, 9_999), rng.randint(10_000, 500_000)))
    return f"{value:,}".replace(",", ".")


def person(rng: random.Random) -> str:
    return f"{_pick(rng, FAMILY)} {_pick(rng, MIDDLE)} {_pick(rng, GIVEN)}"


def _slots(rng: random.Random) -> dict[str, str]:
    """Fillers for one clause; each filler drawn independently (hence distinct shingles)."""
    local = f"{_pick(rng, LOCAL_BODIES)} {_pick(rng, PROVINCES)}"
    return {
        "agency": local if rng.random() < 0.5 else _pick(rng, MINISTRIES),
        "province": _pick(rng, PROVINCES),
        "topic": _pick(rng, TOPICS),
        "topic2": _pick(rng, TOPICS),
        "verb": _pick(rng, VERBS),
        "verb2": _pick(rng, VERBS),
        "noun": _pick(rng, NOUNS),
        "adj": _pick(rng, ADJECTIVES),
        "adj2": _pick(rng, ADJECTIVES),
        "number": f"{_number(rng)} {_pick(rng, UNITS)}",
        "percent": f"{rng.randint(1, 99)},{rng.randint(0, 9)}%",
        "percent2": f"{rng.randint(1, 40)},{rng.randint(0, 9)}%",
        "person": f"{_pick(rng, ROLES)} {person(rng)}",
        "doc": f"{_pick(rng, ('Nghị định', 'Quyết định', 'Thông tư', 'Chỉ thị'))} số "
        f"{rng.randint(1, 350)}/{rng.randint(2019, 2025)}/{_pick(rng, DOC_KINDS)}",
        "date": f"{rng.randint(1, 28)}/{rng.randint(1, 12)}",
        "month": f"tháng {rng.randint(1, 12)}",
    }


def sentence(rng: random.Random) -> str:
    slots = _slots(rng)
    parts = [_pick(rng, CLAUSES).format(**slots)]
    if rng.random() < 0.5:
        link = _pick(rng, ("trong khi", "đồng thời", "tuy nhiên", "vì vậy", "nhờ đó", "do đó"))
        parts.append(f"{link} {_pick(rng, CLAUSES).format(**_slots(rng))}")
    if rng.random() < 0.4:
        parts.insert(0, _pick(rng, OPENERS).format(**slots))
    text = " ".join(parts) if len(parts) < 3 else f"{parts[0]} {parts[1]}, {parts[2]}"
    return text[0].upper() + text[1:] + "."


def headline(rng: random.Random) -> str:
    slots = _slots(rng)
    text = _pick(
        rng,
        (
            "{province} {verb} {topic}, {number} hưởng lợi",
            "{agency} {verb} {topic} trước {date}",
            "Đề xuất {verb} {topic} theo {doc}",
            "{number} liên quan {topic} tại {province}",
            "Vì sao {topic} ở {province} còn {adj}?",
        ),
    ).format(**slots)
    return text[0].upper() + text[1:]


@dataclass(frozen=True)
class Story:
    """What the article says, independent of the outlet that prints it."""

    title: str
    lead: str
    paragraphs: tuple[str, ...]
    author: str
    published: datetime
    topic: str


def make_story(rng: random.Random, published: datetime) -> Story:
    """A story of 2,500 to 4,000 characters of body text in paragraphs of 2-4 sentences."""
    target = rng.randint(2_500, 3_800)
    sentences: list[str] = []
    size = -1
    while size < target:
        text = sentence(rng)
        if size + 1 + len(text) > 4_000 and size >= 2_500:
            break
        sentences.append(text)
        size += 1 + len(text)
    paragraphs: list[str] = []
    while sentences:
        count = rng.randint(2, 4)
        paragraphs.append(" ".join(sentences[:count]))
        sentences = sentences[count:]
    return Story(
        title=headline(rng),
        lead=sentence(rng),
        paragraphs=tuple(paragraphs),
        author=person(rng),
        published=published,
        topic=_pick(rng, TOPICS),
    )


def syndicated(story: Story, rng: random.Random, *, verbatim: bool) -> Story:
    """The story as another outlet reprints it: later and, unless verbatim, with a new
    headline and a new lead sentence (the sapo and the first sentence of the body)."""
    paragraphs = story.paragraphs
    if not verbatim:
        _, _, rest = paragraphs[0].partition(". ")
        paragraphs = (f"{sentence(rng)} {rest}".strip(), *paragraphs[1:])
    return Story(
        title=story.title if verbatim else headline(rng),
        lead=story.lead if verbatim else sentence(rng),
        paragraphs=paragraphs,
        author=story.author,
        published=story.published + timedelta(minutes=rng.randint(20, 600)),
        topic=story.topic,
    )


# --- outlets and their page layouts ---------------------------------------------------------

SECTIONS = _words(
    "Thời sự|Chính trị|Xã hội|Kinh tế|Bất động sản|Thế giới|Giáo dục|Sức khỏe|Pháp luật"
    "|Văn hóa|Giải trí|Thể thao|Công nghệ|Du lịch|Xe|Đời sống|Bạn đọc|Nông nghiệp"
)
SUBSECTIONS = _words(
    "Tin nóng|Chính sách|Dân sinh|Giao thông|Môi trường|Đầu tư|Tài chính|Thị trường"
    "|Tuyển sinh|Du học|Hồ sơ|Tư vấn|Điều tra|Bình luận|Phóng sự|Video|Ảnh|Podcast"
)
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


# Syllables some outlets write with the "new" tone placement ("hoà" for "hòa"): the same
# text must still hash the same (match_form unifies the two).
NEW_STYLE = {"hòa": "hoà", "Hòa": "Hoà", "hóa": "hoá", "Hóa": "Hoá", "khỏe": "khoẻ", "thủy": "thuỷ"}
_OLD_STYLE = re.compile("|".join(NEW_STYLE))


@dataclass(frozen=True)
class Outlet:
    name: str
    slug: str
    layout: str  # one of LAYOUTS
    has_json_ld: bool = True
    new_tones: bool = False


def restyle(story: Story) -> Story:
    """The story spelled with the new tone placement."""

    def spell(text: str) -> str:
        return _OLD_STYLE.sub(lambda m: NEW_STYLE[m.group(0)], text)

    return replace(
        story,
        title=spell(story.title),
        lead=spell(story.lead),
        paragraphs=tuple(spell(p) for p in story.paragraphs),
    )


# Two outlets per layout (sister titles on one CMS): a verbatim reprint goes to the sister,
# whose extraction gives the same text, so the copy is an exact duplicate by construction.
OUTLETS = (
    Outlet("Báo Tin Nhanh", "tinnhanh", "express"),
    Outlet("Báo Sài Gòn Nhanh", "saigonnhanh", "express", new_tones=True),
    Outlet("Báo Đời Sống Việt", "doisongviet", "singular"),
    Outlet("Báo Lao Động Thủ Đô", "laodongthudo", "singular", new_tones=True),
    Outlet("Thời báo Phương Nam", "phuongnam", "detail"),
    Outlet("Báo Miền Trung Online", "mientrung", "detail"),
    Outlet("Cổng Thông tin điện tử tỉnh An Hòa", "anhoa", "portal", has_json_ld=False),
    Outlet("Cổng Thông tin điện tử tỉnh Bình Sơn", "binhson", "portal", has_json_ld=False),
    Outlet("Tạp chí Kinh tế và Chính sách", "kinhte", "wordpress"),
    Outlet("Tạp chí Nông thôn Ngày nay", "nongthon", "wordpress", new_tones=True),
)

# Each layout: where the article sits and how its byline, lead, body and signature look.
LAYOUTS: dict[str, str] = {
    "express": """<section class="section page-detail top-detail"><div class="sidebar-1">
<div class="header-content width_common">{crumbs}
<span class="date">{weekday}, {dmy}, {hm} (GMT+7)</span></div>
<h1 class="title-detail">{title}</h1>
<p class="description">{lead}</p>
<article class="fck_detail">{body}{figure}<p class="Normal" style="text-align:right;">
<strong>{author}</strong></p></article>
<div class="footer-content"><div class="box-tag">{tags}</div>{share}</div>
<div class="box-tinlienquanv2"><h3 class="title-box">Tin liên quan</h3>{related}</div>
<div class="box_comment_vne width_common">
<h3 class="title_comment">Ý kiến bạn đọc ({ncomments})</h3>{comments}</div>
</div></section>""",
    "singular": """<main class="singular-wrap"><div class="grid-container">{crumbs}
<article class="singular-container"><h1 class="title-page detail">{title}</h1>
<div class="author-wrap"><div class="author-name"><a href="{base}tac-gia"><b>{author}</b></a>
</div>
<time class="author-time" datetime="{iso}">{weekday}, {dmy} - {hm}</time></div>
<h2 class="singular-sapo">({outlet}) - {lead}</h2>
<div class="singular-content">{body}{figure}</div>
<div class="article-tags">{tags}</div>{share}</article>
<div class="article-related"><h3 class="title">Tin liên quan</h3>{related}</div>
<div id="comment" class="comment-wrap">
<div class="comment-title">Bình luận ({ncomments})</div>{comments}</div>
</div></main>""",
    "detail": """<div class="detail__section"><div class="detail__cmain">{crumbs}
<h1 class="detail-title article-title" data-role="title">{title}</h1>
<div class="detail-top"><div class="detail-time">
<div data-role="publishdate">{dmy} {hm} GMT+7</div></div>{share}</div>
<h2 class="detail-sapo" data-role="sapo">{lead}</h2>
<div class="detail-cmain">
<div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
{body}{figure}</div>
<div class="detail-author"><div class="author-info">
<a class="name" href="{base}tac-gia">{author}</a></div></div></div>
<ul class="detail-tags">{tags}</ul>
<div class="box-relate"><div class="box-heading">Tin cùng chuyên mục</div>{related}</div>
<div class="detail-comment"><h4 class="title-comment">Bình luận ({ncomments})</h4>{comments}</div>
</div></div>""",
    "portal": """<table class="layout" width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="left-col" valign="top" width="220"><div class="box">
<div class="box-title">THÔNG TIN CẦN BIẾT</div>{related}</div></td>
<td class="main-col" valign="top">{crumbs}<div class="news-detail">
<h1 class="news-title">{title}</h1>
<div class="news-info">
<span class="news-date">Ngày đăng: {dmy} {hm}</span>
<span class="views">Lượt xem: {views}</span></div>
<div class="news-summary"><strong>{lead}</strong></div>
<div class="news-content">{body}{figure}<p align="right"><strong>{author}</strong></p></div>
<div class="other-news"><div class="other-title">Các tin khác</div>{tags}</div></div>
<div class="binh-luan"><b>Ý kiến bạn đọc ({ncomments})</b>{comments}</div></td></tr></table>""",
    "wordpress": """<div id="primary" class="content-area">
<main id="main" class="site-main">{crumbs}
<article id="post-{views}" class="post type-post status-publish format-standard">
<header class="entry-header"><h1 class="entry-title">{title}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="{iso}">{hm} | {dmy}</time>
</span>
<span class="byline">Tác giả: <span class="author vcard">{author}</span></span></div></header>
<div class="entry-content"><p><strong>{lead}</strong></p>{body}{figure}</div>
<footer class="entry-footer"><span class="tags-links">{tags}</span>{share}</footer></article>
<div class="jp-relatedposts">
<h3 class="jp-relatedposts-headline">Bài viết liên quan</h3>{related}</div>
<div id="comments" class="comments-area">
<h2 class="comments-title">Bình luận ({ncomments})</h2>{comments}</div>
</main></div>""",
}


@dataclass(frozen=True)
class Chrome:
    """The parts of an outlet's pages that do not change from page to page."""

    head_assets: str
    menu: str
    footer: str
    scripts: str


def _css(rng: random.Random, prefix: str, rules: int) -> str:
    props = (
        "color:#{c}",
        "font-size:{n}px",
        "line-height:1.{n}",
        "margin:0 0 {n}px",
        "padding:{n}px",
    )
    out = []
    for i in range(rules):
        chosen = rng.sample(props, 3)
        body = ";".join(
            p.format(c=f"{rng.randrange(16**6):06x}", n=rng.randint(2, 30)) for p in chosen
        )
        out.append(f".{prefix}-box-{i} .item a,.{prefix}-box-{i}>h3{{{body}}}")
    return "\n".join(out)


def make_chrome(outlet: Outlet, rng: random.Random) -> Chrome:
    base = f"/{outlet.slug}/"
    links = [f'<link rel="stylesheet" href="{base}static/css/{n}.css?v=2025">' for n in "abc"]
    head_assets = "\n".join(
        [
            *links,
            f"<style>{_css(rng, outlet.slug, 220)}</style>",
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push("
            "arguments)}gtag('js',new Date());gtag('config','G-BENCH01');</script>",
            f'<script async src="{base}static/js/ads.js"></script>',
        ]
    )
    menu = "".join(
        f'<li class="parent"><a href="{base}{slug(s)}">{s}</a><ul class="sub">'
        + "".join(
            f'<li><a href="{base}{slug(s + " " + sub)}">{sub}</a></li>'
            for sub in rng.sample(SUBSECTIONS, 5)
        )
        + "</ul></li>"
        for s in SECTIONS
    )
    footer = (
        f'<div class="footer-info"><p><strong>{outlet.name}</strong></p>'
        f"<p>Giấy phép số {rng.randint(10, 999)}/GP-BTTTT cấp ngày {rng.randint(1, 28)}/"
        f"{rng.randint(1, 12)}/20{rng.randint(10, 24)}.</p><p>Tổng biên tập: {person(rng)}</p>"
        f"<p>Địa chỉ: số {rng.randint(1, 300)} đường {_pick(rng, GIVEN)}, {_pick(rng, PROVINCES)}."
        f" Điện thoại: 024.{rng.randint(1000, 9999)}.{rng.randint(1000, 9999)}</p>"
        "<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>"
        f'<ul class="footer-links">{menu[:3000].rpartition("</li>")[0]}</li></ul>'
    )
    scripts = f'<script src="{base}static/js/app.js?v=2025" defer></script>'
    return Chrome(head_assets, f'<ul class="menu">{menu}</ul>', footer, scripts)


def _items(rng: random.Random, base: str, count: int, css: str) -> str:
    out = []
    for _ in range(count):
        title = headline(rng)
        name = "-".join(slug(title).split("-")[:8])
        out.append(
            f'<li class="{css}"><a href="{base}{name}-{rng.randint(10**6, 10**7)}.html"'
            f' title="{html.escape(title)}">{html.escape(title)}</a></li>'
        )
    return f'<ul class="list-news">{"".join(out)}</ul>'


def _comments(rng: random.Random, count: int) -> str:
    return "".join(
        f'<div class="comment-item"><span class="user-name">{person(rng)}</span>'
        f'<p class="full_content">{html.escape(sentence(rng))}</p>'
        f'<span class="time-com">{rng.randint(1, 23)} giờ trước</span>'
        '<a class="link-like">Thích</a> <a class="link-reply">Trả lời</a></div>'
        for _ in range(count)
    )


def _json_ld(outlet: Outlet, story: Story, url: str) -> str:
    if not outlet.has_json_ld:
        return ""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": story.title,
        "description": story.lead,
        "datePublished": story.published.isoformat(),
        "dateModified": (story.published + timedelta(minutes=7)).isoformat(),
        "author": {"@type": "Person", "name": story.author},
        "publisher": {"@type": "Organization", "name": outlet.name},
        "image": {"@type": "ImageObject", "url": url.replace(".html", ".jpg")},
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _dates(published: datetime) -> dict[str, str]:
    return {
        "weekday": WEEKDAYS[published.weekday()],
        "dmy": published.strftime("%d/%m/%Y"),
        "hm": published.strftime("%H:%M"),
        "iso": published.isoformat(),
    }


def render_page(
    outlet: Outlet, chrome: Chrome, story: Story, path: str, rng: random.Random, size: int
) -> bytes:
    """One article page of about ``size`` bytes (inline data pads the difference)."""
    story = restyle(story) if outlet.new_tones else story
    base = f"/{outlet.slug}/"
    esc = html.escape
    section = _pick(rng, SECTIONS)
    crumbs = (
        f'<ul class="breadcrumb"><li><a href="{base}">Trang chủ</a></li><li><a href="'
        f'{base}{slug(section)}">{section}</a></li></ul>'
    )
    body = "".join(f"<p>{esc(p)}</p>" for p in story.paragraphs)
    if outlet.layout == "express":
        body = body.replace("<p>", '<p class="Normal">')
    caption = f"{esc(story.topic.capitalize())} tại {_pick(rng, PROVINCES)}. Ảnh: {person(rng)}"
    figure = (
        f'<figure class="tplCaption"><img src="{base}img/{rng.randrange(10**8)}.jpg" '
        f'alt="{esc(story.title)}"><figcaption>{caption}</figcaption></figure>'
    )
    tags = "".join(
        f'<a class="tag" href="{base}tag/{slug(t)}">{t}</a>'
        for t in (story.topic, _pick(rng, TOPICS), _pick(rng, PROVINCES))
    )
    share = (
        '<div class="social share-tool"><a class="fb" href="#">Facebook</a>'
        '<a class="zalo" href="#">Zalo</a><a class="copy" href="#">Sao chép liên kết</a></div>'
    )
    ncomments = rng.randint(2, 6)
    article = LAYOUTS[outlet.layout].format(
        crumbs=crumbs, title=esc(story.title), lead=esc(story.lead), author=esc(story.author),
        body=body, figure=figure, tags=tags, share=share, base=base, outlet=outlet.name,
        related=_items(rng, base, 5, "item-related"), comments=_comments(rng, ncomments),
        ncomments=ncomments, views=rng.randint(100, 90_000), **_dates(story.published),
    )  # fmt: skip
    today = story.published + timedelta(days=rng.randint(0, 3))
    head = f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(story.title)} - {outlet.name}</title>
<meta name="description" content="{esc(story.lead)}">
<meta name="keywords" content="{esc(story.topic)}, {esc(section)}, tin tức">
<link rel="canonical" href="{path}">
<meta property="og:type" content="article"><meta property="og:site_name" content="{outlet.name}">
<meta property="og:title" content="{esc(story.title)}"><meta property="og:url" content="{path}">
<meta property="og:description" content="{esc(story.lead)}">
<meta property="og:image" content="{path.replace(".html", ".jpg")}">
{'<meta property="article:published_time" content="' + story.published.isoformat() + '">'
 if outlet.has_json_ld else ""}
{_json_ld(outlet, story, path)}
{chrome.head_assets}
</head>"""  # fmt: skip
    page = f"""{head}
<body class="{outlet.slug}-page">
<div class="top-bar"><span class="today">{WEEKDAYS[today.weekday()]}, {today:%d/%m/%Y}</span>
<a href="{base}lien-he">Liên hệ</a> <a href="{base}quang-cao">Quảng cáo</a></div>
<header class="site-header"><a class="logo" href="{base}">
<img src="{base}logo.svg" alt="{outlet.name}"></a>
<nav class="main-nav">{chrome.menu}</nav></header>
<div class="container">{article}
<aside class="sidebar"><div class="box-xemnhieu"><h3>Xem nhiều</h3>
{_items(rng, base, 10, "item-most")}</div>
<div class="box-tinmoi"><h3>Tin mới</h3>{_items(rng, base, 8, "item-new")}</div></aside></div>
<footer class="site-footer">{chrome.footer}</footer>
{chrome.scripts}
"""  # fmt: skip
    return _pad(page, rng, base, size)


def _box(rng: random.Random, base: str) -> str:
    """A sidebar block of teasers (thumbnail, headline, a line of text), as pages repeat."""
    items = []
    for _ in range(8):
        title = html.escape(headline(rng))
        href = f"{base}{slug(title)[:60]}-{rng.randrange(10**7)}.html"
        items.append(
            f'<li class="item-news"><a class="thumb" href="{href}"><img src="{base}img/'
            f'{rng.randrange(10**8)}.jpg" alt="{title}" loading="lazy"></a><h4 class="title">'
            f'<a href="{href}">{title}</a></h4><p class="sapo">{html.escape(sentence(rng))}'
            "</p></li>"
        )
    section = _pick(rng, SECTIONS)
    return f'<div class="box-category"><h3>{section}</h3><ul>{"".join(items)}</ul></div>\n'


def _pad(page: str, rng: random.Random, base: str, size: int) -> bytes:
    """Fill the page up to ``size`` bytes: teaser blocks above the footer, then an inline
    data script (as news sites ship their "trending" lists) for the last few kilobytes."""
    boxes: list[str] = []
    budget = size - len(page.encode()) - 8_000
    while budget > 0:
        boxes.append(_box(rng, base))
        budget -= len(boxes[-1].encode())
    data = page.replace("<footer", "".join(boxes) + "<footer", 1).encode()
    items: list[dict[str, object]] = []
    budget = size - len(data) - 200
    while budget > 0:
        url = f"{base}{rng.randrange(10**8)}.html"
        items.append({"id": rng.randrange(10**8), "title": headline(rng), "url": url})
        budget -= len(json.dumps(items[-1], ensure_ascii=False).encode()) + 1
    trending = json.dumps(items, ensure_ascii=False)
    return data + f"<script>window.__TRENDING__={trending};</script>\n</body></html>\n".encode()


# --- the whole site --------------------------------------------------------------------------


@dataclass
class Corpus:
    """What was generated; ``manifest.json`` in the root holds it."""

    seed: int
    pages: int
    originals: int
    near_copies: int
    exact_copies: int
    total_bytes: int = 0
    page_paths: list[str] = field(default_factory=list)  # "/outlet/section/slug.html"
    feeds: list[tuple[str, str]] = field(default_factory=list)  # (path, outlet name)
    version: int = VERSION

    @property
    def distinct(self) -> int:
        """Articles a store should keep: every page except the verbatim copies."""
        return self.pages - self.exact_copies


def plan(pages: int) -> tuple[int, int, int]:
    """(originals, near copies, verbatim copies) for ``pages`` pages."""
    if pages < 1:
        raise ValueError("at least one page")
    exact = round(pages * EXACT_SHARE) if pages >= 10 else 0
    near = round(pages * NEAR_SHARE) if pages >= 5 else 0
    return pages - near - exact, near, exact


def _rss(outlet: Outlet, number: int, items: list[tuple[str, Story]]) -> bytes:
    entries = "".join(
        f"<item><title>{html.escape(story.title)}</title><link>{path}</link>"
        f'<guid isPermaLink="false">{path}</guid><description>{html.escape(story.lead)}'
        f"</description><pubDate>{format_datetime(story.published.astimezone(UTC))}"
        "</pubDate></item>\n"
        for path, story in sorted(items, key=lambda entry: entry[1].published, reverse=True)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{outlet.name} - Tin mới {number}</title><link>/{outlet.slug}/</link>"
        f"<description>Tin tức mới nhất</description><language>vi</language>\n{entries}"
        "</channel></rss>\n"
    ).encode()


class _Writer:
    """Writes pages as they are made and each outlet's feed once it has ``FEED_SIZE`` items."""

    def __init__(self, root: Path, corpus: Corpus) -> None:
        self.root = root
        self.corpus = corpus
        self.pending: dict[str, list[tuple[str, Story]]] = {o.slug: [] for o in OUTLETS}

    def page(self, outlet: Outlet, path: str, story: Story, data: bytes) -> None:
        target = self.root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        self.corpus.page_paths.append(path)
        self.corpus.total_bytes += len(data)
        self.pending[outlet.slug].append((path, story))
        if len(self.pending[outlet.slug]) >= FEED_SIZE:
            self.flush(outlet)

    def flush(self, outlet: Outlet) -> None:
        items = self.pending[outlet.slug]
        if not items:
            return
        number = sum(1 for _, name in self.corpus.feeds if name == outlet.name) + 1
        path = f"/{outlet.slug}/rss/tin-moi-{number}.rss"
        (self.root / path.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
        (self.root / path.lstrip("/")).write_bytes(_rss(outlet, number, items))
        self.corpus.feeds.append((path, outlet.name))
        self.pending[outlet.slug] = []


def generate(root: Path, pages: int, seed: int = 7) -> Corpus:
    """Write the site under ``root`` (pages, feeds, robots.txt, manifest.json)."""
    originals, near, exact = plan(pages)
    rng = random.Random(seed)
    corpus = Corpus(seed, pages, originals, near, exact)
    chrome = {o.slug: make_chrome(o, random.Random(f"{seed}-{o.slug}")) for o in OUTLETS}
    copied = rng.sample(range(originals), near + exact)
    copies = dict.fromkeys(copied[:near], False) | dict.fromkeys(copied[near:], True)
    writer = _Writer(root, corpus)
    root.mkdir(parents=True, exist_ok=True)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /admin/\n")
    for index in range(originals):
        published = EPOCH + timedelta(minutes=index * 7 + rng.randint(0, 6))
        outlet = _pick(rng, OUTLETS)
        story = make_story(rng, published)
        editions = [(outlet, story)]
        if index in copies:  # another outlet reprints it
            verbatim = copies[index]
            others = tuple(o for o in OUTLETS if o is not outlet)
            others = tuple(o for o in others if o.layout == outlet.layout) if verbatim else others
            other = _pick(rng, others)
            editions.append((other, syndicated(story, rng, verbatim=verbatim)))
        for edition_outlet, edition in editions:
            serial = len(corpus.page_paths) + 100_001
            name = "-".join(slug(edition.title).split("-")[:10])
            path = f"/{edition_outlet.slug}/{slug(edition.topic)}/{name}-{serial}.html"
            size = rng.randint(62_000, 78_000)
            data = render_page(
                edition_outlet, chrome[edition_outlet.slug], edition, path, rng, size
            )
            writer.page(edition_outlet, path, edition, data)
    for outlet in OUTLETS:
        writer.flush(outlet)
    (root / "manifest.json").write_text(json.dumps(asdict(corpus), ensure_ascii=False))
    return corpus


def load_manifest(root: Path) -> Corpus | None:
    """The corpus generated earlier under ``root``, or None (missing, unreadable, outdated)."""
    try:
        data = json.loads((root / "manifest.json").read_text())
        data["feeds"] = [tuple(feed) for feed in data["feeds"]]
        corpus = Corpus(**data)
    except (OSError, ValueError, TypeError, KeyError):
        return None
    return corpus if corpus.version == VERSION else None


# --- serving it ------------------------------------------------------------------------------


class _Handler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real news site answers
    # TCP_NODELAY, as nginx sets on keep-alive connections: otherwise the last segment of a
    # page waits for the client's delayed ACK (40 ms on Linux) on about one request in ten.
    disable_nagle_algorithm = True
    extensions_map = {  # noqa: RUF012 (the base class declares a plain dict)
        ".html": "text/html; charset=utf-8",
        ".rss": "application/rss+xml; charset=utf-8",
        ".txt": "text/plain; charset=utf-8",
        ".json": "application/json",
    }

    def log_message(self, format: str, *args: Any) -> None:  # the base signature
        pass


def serve(root: Path) -> None:
    """Serve ``root`` on 127.0.0.1 (a free port, printed as "PORT n") until stdin closes."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(root)))
    server.daemon_threads = True
    print(f"PORT {server.server_address[1]}", flush=True)

    def stop_at_end_of_input() -> None:
        sys.stdin.read()  # returns when the parent closes the pipe, or dies
        server.shutdown()

    threading.Thread(target=stop_at_end_of_input, daemon=True).start()
    server.serve_forever(poll_interval=0.1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate (or serve) the benchmark site.")
    parser.add_argument("root", type=Path, help="directory of the site")
    parser.add_argument("--pages", type=int, default=1000, help="pages to generate")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generator")
    parser.add_argument("--serve", action="store_true", help="serve ROOT instead (127.0.0.1)")
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.root)
    else:
        corpus = generate(args.root, args.pages, args.seed)
        print(f"{corpus.pages} pages, {len(corpus.feeds)} feeds in {args.root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
