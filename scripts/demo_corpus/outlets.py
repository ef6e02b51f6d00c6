"""The fictional outlets of the demo corpus, their bylines and URL habits.

Every outlet and domain is invented; domains use the reserved ``.example`` TLD so that no
link in the demo can ever reach a real site.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

OFFICIAL_KINDS = ("official_portal", "provincial_portal")


@dataclass(frozen=True)
class Outlet:
    key: str
    name: str
    domain: str
    official: bool
    kind: str
    sections: tuple[str, ...]  # URL path sections; empty: slug at the site root
    id_digits: int
    bylines: tuple[str, ...]
    volume: float  # relative output


OUTLETS: tuple[Outlet, ...] = (
    Outlet(
        "tsv",
        "Báo Thời Sự Việt",
        "thoisuviet.example",
        False,
        "national_daily",
        ("thoi-su", "xa-hoi", "kinh-te"),
        7,
        ("Minh Khang", "Thu Hà", "Quang Huy", "Nhóm phóng viên", "PV"),
        1.4,
    ),
    Outlet(
        "tnqg",
        "Tin Nhanh Quốc Gia",
        "tinnhanhquocgia.example",
        False,
        "national_daily",
        (),
        8,
        ("Hoàng Nam", "Lê Vy", "Bảo Anh", "PV", ""),
        1.3,
    ),
    Outlet(
        "dsnn",
        "Báo Dân Sinh Ngày Nay",
        "dansinhngaynay.example",
        False,
        "national_daily",
        ("dan-sinh", "thoi-su", "ban-doc"),
        6,
        ("Ngọc Lan", "Trường Sơn", "Phạm Duy", "Nhóm phóng viên"),
        1.2,
    ),
    Outlet(
        "nd",
        "Báo Người Đọc",
        "nguoidoc.example",
        False,
        "national_daily",
        ("tin-tuc", "doi-song"),
        7,
        ("Hải Yến", "Đức Trung", "Mai Phương", ""),
        1.0,
    ),
    Outlet(
        "ttv",
        "Thương Trường Việt",
        "thuongtruongviet.example",
        False,
        "business",
        ("bat-dong-san", "tai-chinh", "chinh-sach"),
        6,
        ("Khánh Linh", "Tuấn Kiệt", "Vân Anh"),
        0.8,
    ),
    Outlet(
        "dttt",
        "Đầu Tư & Thị Trường",
        "daututhitruong.example",
        False,
        "business",
        ("thi-truong", "dia-oc", "vi-mo"),
        6,
        ("Thanh Tùng", "Phương Thảo", "PV"),
        0.7,
    ),
    Outlet(
        "mtht",
        "Báo Miền Trung Hôm Nay",
        "mientrunghomnay.example",
        False,
        "regional",
        ("da-nang", "mien-trung", "xa-hoi"),
        6,
        ("Hồ Văn Lợi", "Trà My", "Nhật Hạ", "Đoàn Cường"),
        1.0,
    ),
    Outlet(
        "sgnm",
        "Sài Gòn Nhịp Mới",
        "saigonnhipmoi.example",
        False,
        "regional",
        ("do-thi", "xa-hoi", "kinh-te"),
        7,
        ("Kim Ngân", "Thanh Phong", "Gia Bảo", ""),
        0.9,
    ),
    Outlet(
        "htsn",
        "Hà Thành Sáng Nay",
        "hathanhsangnay.example",
        False,
        "regional",
        ("thu-do", "xa-hoi"),
        6,
        ("Đỗ Hằng", "Việt Dũng", "Nhóm phóng viên"),
        0.8,
    ),
    Outlet(
        "tbcl",
        "Tin Tức Đồng Bằng",
        "dongbangtin.example",
        False,
        "regional",
        (),
        6,
        ("Út Em", "Huỳnh Lâm", "Thảo Nguyên", "PV"),
        0.6,
    ),
    Outlet(
        "nss",
        "Nhịp Sống Số",
        "nhipsongso.example",
        False,
        "e-magazine",
        ("cong-nghe", "doi-song-so", "goc-nhin"),
        5,
        ("An Nhiên", "Bảo Lâm", ""),
        0.7,
    ),
    Outlet(
        "plds",
        "Tạp chí Pháp Lý & Đời Sống",
        "phaplydoisong.example",
        False,
        "e-magazine",
        ("phap-luat", "hoi-dap", "ban-doc"),
        5,
        ("Luật sư Minh Trí", "Hà Linh", "PV"),
        0.6,
    ),
    Outlet(
        "cttcs",
        "Cổng Thông tin Chính sách",
        "chinhsach.example",
        True,
        "official_portal",
        ("chinh-sach-moi", "tin-hoat-dong"),
        6,
        ("", "Ban Biên tập"),
        0.7,
    ),
    Outlet(
        "ctsh",
        "Cổng Thông tin Sông Hàn",
        "songhan.example",
        True,
        "provincial_portal",
        ("tin-tuc", "thong-bao"),
        5,
        ("", "Trung tâm Truyền thông"),
        0.5,
    ),
)

BY_KEY = {outlet.key: outlet for outlet in OUTLETS}
BY_NAME = {outlet.name: outlet for outlet in OUTLETS}


def outlets_json() -> list[dict[str, object]]:
    """The public catalogue written to ``outlets.json``."""
    return [
        {"name": o.name, "domain": o.domain, "official": o.official, "kind": o.kind}
        for o in OUTLETS
    ]


def slugify(title: str, limit: int = 90) -> str:
    """Title to URL slug the way Vietnamese CMSs do it: no diacritics, hyphens."""
    text = title.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > limit:
        text = text[:limit].rsplit("-", 1)[0]
    return text


# Sections that suit each storyline, most fitting first.
SECTION_HINTS: dict[str, tuple[str, ...]] = {
    "housing": (
        "bat-dong-san",
        "dia-oc",
        "do-thi",
        "dan-sinh",
        "chinh-sach",
        "chinh-sach-moi",
        "xa-hoi",
        "doi-song",
        "mien-trung",
        "thu-do",
        "hoi-dap",
        "tin-tuc",
    ),
    "lamha": (
        "da-nang",
        "bat-dong-san",
        "dia-oc",
        "ban-doc",
        "dan-sinh",
        "phap-luat",
        "do-thi",
        "xa-hoi",
        "tin-tuc",
        "goc-nhin",
        "tin-hoat-dong",
        "thong-bao",
    ),
    "traffic": (
        "thoi-su",
        "phap-luat",
        "do-thi",
        "thu-do",
        "doi-song-so",
        "xa-hoi",
        "chinh-sach",
        "chinh-sach-moi",
        "tin-tuc",
        "thong-bao",
        "mien-trung",
    ),
    "digital": (
        "cong-nghe",
        "doi-song-so",
        "chinh-sach",
        "chinh-sach-moi",
        "thoi-su",
        "xa-hoi",
        "doi-song",
        "hoi-dap",
        "tin-tuc",
        "do-thi",
        "thu-do",
        "mien-trung",
    ),
    "education": (
        "xa-hoi",
        "dan-sinh",
        "doi-song",
        "thu-do",
        "do-thi",
        "mien-trung",
        "chinh-sach",
        "chinh-sach-moi",
        "hoi-dap",
        "goc-nhin",
        "tin-tuc",
    ),
    "health": (
        "xa-hoi",
        "dan-sinh",
        "doi-song",
        "ban-doc",
        "chinh-sach",
        "chinh-sach-moi",
        "hoi-dap",
        "thu-do",
        "mien-trung",
        "do-thi",
        "goc-nhin",
        "tin-tuc",
    ),
    "admin": (
        "thoi-su",
        "xa-hoi",
        "chinh-sach",
        "chinh-sach-moi",
        "tin-hoat-dong",
        "hoi-dap",
        "phap-luat",
        "mien-trung",
        "thu-do",
        "do-thi",
        "tin-tuc",
        "goc-nhin",
    ),
    "background": (
        "kinh-te",
        "vi-mo",
        "thi-truong",
        "tai-chinh",
        "xa-hoi",
        "thoi-su",
        "doi-song",
        "mien-trung",
        "thu-do",
        "do-thi",
        "tin-tuc",
        "goc-nhin",
    ),
}


def section_for(outlet: Outlet, story: str, rng: random.Random) -> str:
    hints = SECTION_HINTS.get(story, ())
    fitting = sorted((s for s in outlet.sections if s in hints), key=lambda s: hints.index(s))[:2]
    return rng.choice(fitting or list(outlet.sections))


def article_url(outlet: Outlet, story: str, title: str, number: int, rng: random.Random) -> str:
    section = f"{section_for(outlet, story, rng)}/" if outlet.sections else ""
    return f"https://{outlet.domain}/{section}{slugify(title)}-{number}.html"


def byline(outlet: Outlet, rng: random.Random) -> str:
    return rng.choice(outlet.bylines)
