"""Slot values of one article: dates, places, people and storyline figures."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from .outlets import Outlet
from .people import CITIES, OFFICIALS, PROVINCES, resident_slots
from .schedule import SPIKE_DAY, START
from .templates import vn_number

_WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
REGIONS: dict[str, tuple[str, ...]] = {
    "mtht": ("Đà Nẵng", "Huế", "Quảng Ngãi", "Quảng Trị", "Gia Lai", "Khánh Hòa"),
    "sgnm": ("TP.HCM", "TP.HCM", "Đồng Nai", "Tây Ninh", "Lâm Đồng"),
    "htsn": ("Hà Nội", "Hà Nội", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Phú Thọ"),
    "tbcl": ("Cần Thơ", "Vĩnh Long", "Đồng Tháp", "An Giang", "Cà Mau"),
    "ctsh": ("Đà Nẵng",),
}
_BIG = ("Hà Nội", "TP.HCM", "Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế")
_CAMERAS = {
    "Hà Nội": 1850,
    "TP.HCM": 2140,
    "Đà Nẵng": 1120,
    "Hải Phòng": 640,
    "Cần Thơ": 420,
    "Huế": 390,
}
_CSGT = {"Hà Nội": "csgt_hn", "TP.HCM": "csgt_hcm", "Đà Nẵng": "csgt_dn"}
_WARDS = (
    "Tân Phú",
    "Hòa Bình",
    "Phú Lợi",
    "An Khánh",
    "Thạch Bàn",
    "Phước Long",
    "Tân Thới",
    "Long Hưng",
    "Quang Trung",
    "Thanh Xuân",
    "Hòa Xuân",
    "Bình Hưng",
)
_COMMUNES = (
    "Tân Lập",
    "Phú Xuân",
    "Quảng Phú",
    "Thạch Hà",
    "Đông Sơn",
    "Vĩnh Thạnh",
    "Hòa Thuận",
    "Yên Bình",
    "Mỹ Hòa",
    "Tân Châu",
    "Nghĩa Hưng",
    "Cẩm Xuyên",
)
_SERVICES = (
    "cấp phiếu lý lịch tư pháp",
    "đăng ký tạm trú cho người thuê trọ",
    "đổi giấy phép lái xe",
    "đăng ký khai sinh, thường trú cho trẻ",
    "xác nhận thông tin cư trú",
    "đăng ký kết hôn",
)
_DRUGS = (
    "albumin",
    "insulin",
    "thuốc cản quang",
    "kháng sinh nhóm carbapenem",
    "thuốc chống thải ghép",
    "thuốc điều trị ung thư",
    "huyết thanh kháng nọc rắn",
    "thuốc điều trị tăng huyết áp",
    "thuốc chống đông",
    "dịch truyền",
)


def event_phrase(published: datetime, rng: random.Random) -> tuple[date, str]:
    """The day the reported event happened and how the lead says it ("Chiều 14/10")."""
    day = published.date()
    if published.hour < 11 and rng.random() < 0.7:
        day -= timedelta(days=1)
        part = rng.choice(("chiều", "tối", "ngày", "chiều"))
        return day, f"{part} {day.day}/{day.month}"
    part = "sáng" if published.hour < 13 else rng.choice(("chiều", "ngày", "sáng"))
    return day, f"{part} {day.day}/{day.month}"


def base_slots(published: datetime, outlet: Outlet, rng: random.Random) -> dict[str, str]:
    event_day, phrase = event_phrase(published, rng)
    region = REGIONS.get(outlet.key)
    prov = rng.choice(region) if region and rng.random() < 0.8 else rng.choice(PROVINCES)
    prov2 = rng.choice([p for p in PROVINCES if p != prov])
    city = prov if prov in CITIES else rng.choice(_BIG)
    slots = {
        "luc": phrase,
        "ngay": f"{event_day.day}/{event_day.month}",
        "thu": _WEEKDAYS[event_day.weekday()],
        "thang": str(event_day.month),
        "prov": prov,
        "prov2": prov2,
        "city": city,
        "phuong": rng.choice(_WARDS),
        "xa": rng.choice(_COMMUNES),
        "outlet": outlet.name,
    }
    slots.update(resident_slots(rng))
    slots.update({f"off_{key}": value for key, value in OFFICIALS.items()})
    return slots


def lamha_slots(day: date, rng: random.Random) -> dict[str, str]:
    d = (day - START).days
    households = int(40 + 560 * (max(d, 0) / 89) ** 1.4)
    months_late = 8 + d // 30
    return {
        "so_ho": vn_number(households - households % 10),
        "thang_tre": rng.choice((f"gần {months_late + 1}", f"hơn {months_late}")),
        "tien_thue": rng.choice(("3 triệu", "3,5 triệu", "4 triệu", "gần 5 triệu")),
        "phase": "early" if d < 45 else "late",  # before or after the price notice
        "han_ky": "trước ngày 31/10" if d < 66 else "trước ngày 30/11",  # addendum deadline
    }


def traffic_slots(day: date, city: str, rng: random.Random) -> dict[str, str]:
    d = (day - START).days
    named = city in _CSGT
    big = 3 if city in ("Hà Nội", "TP.HCM") else 1
    csgt = (
        OFFICIALS[_CSGT[city]]
        if named
        else (f"lãnh đạo Phòng Cảnh sát giao thông Công an {_city_name(city)}")
    )
    return {
        "cam": vn_number(_CAMERAS.get(city, 400)),
        "csgt": csgt,
        "csgt_subj": f"{csgt}," if named else csgt,  # a name with a title takes a comma
        "so_vp": vn_number(rng.randint(900, 4800) * (3 if city in ("Hà Nội", "TP.HCM") else 1)),
        "tn_giam": vn_number(rng.uniform(7, 19), 1),
        "ngay_hl": str(max(0, d - SPIKE_DAY)),
        "so_tb": vn_number(_round_total(max(1, d - SPIKE_DAY) * rng.randint(1200, 3000) * big)),
        **_in_force_phrases(d - SPIKE_DAY),
    }


def _round_total(value: int) -> int:
    return round(value, -3) if value >= 10_000 else round(value, -2)


def _in_force_phrases(since: int) -> dict[str, str]:
    """How the traffic decree's start date reads before, on and after 15/10."""
    if since < 0:
        return {
            "hl_phrase": "từ ngày 15/10/2026",
            "hl_short": "15/10",
            "ngay_hl_phrase": "chỉ còn ít ngày trước khi áp dụng",
        }
    if since == 0:
        return {
            "hl_phrase": "từ hôm nay (15/10)",
            "hl_short": "hôm nay",
            "ngay_hl_phrase": "ngay trong ngày đầu áp dụng",
        }
    after = "chỉ sau một ngày áp dụng" if since == 1 else f"sau {since} ngày áp dụng"
    if since > 13:
        after = f"sau hơn {since // 7} tuần áp dụng"
    return {"hl_phrase": "từ ngày 15/10", "hl_short": "15/10", "ngay_hl_phrase": after}


def _city_name(city: str) -> str:
    if city in ("Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế"):
        return f"TP {city}"
    return city if city == "TP.HCM" else f"tỉnh {city}"


def story_slots(
    story: str, published: datetime, base: dict[str, str], rng: random.Random
) -> dict[str, str]:
    day = published.date()
    if story == "lamha":
        return lamha_slots(day, rng)
    if story == "traffic":
        return traffic_slots(day, base["city"], rng)
    if story == "background":
        return background_slots(day, rng)
    if story == "digital":
        return {"dich_vu": rng.choice(_SERVICES)}
    if story == "health":
        first, second = rng.sample(_DRUGS, 2)
        return {"thuoc": first, "thuoc2": second}
    return {}


_STORM_AREAS = (
    ("Nghệ An, Hà Tĩnh", "các tỉnh Bắc Trung Bộ", "khu vực Thanh Hóa - Hà Tĩnh"),
    ("Quảng Trị, Huế và Đà Nẵng", "các tỉnh Trung Trung Bộ", "khu vực Quảng Trị - Quảng Ngãi"),
)
_RIVALS = (
    "Malaysia",
    "Indonesia",
    "Philippines",
    "Singapore",
    "Lào",
    "Campuchia",
    "Myanmar",
    "Hồng Kông (Trung Quốc)",
    "Ấn Độ",
    "Kyrgyzstan",
)


def background_slots(day: date, rng: random.Random) -> dict[str, str]:
    """The storm of the episode (one in September, one in late October) and a rival team."""
    second = (day - START).days >= 45
    return {
        "bao_so": "bão số 10" if second else "bão số 7",
        "bao_vung": rng.choice(_STORM_AREAS[second]),
        "doi_khach": rng.choice(_RIVALS),
    }


def local_officials(prov: str, prov_full: str) -> dict[str, str]:
    """Heads of departments of the article's province, named where the corpus has a name.

    A named official is followed by a comma when they are the subject ("bà X, Phó Giám
    đốc..., cho biết"); a bare title is not, so the slot carries its own comma.
    """
    named_sgd = {"Hà Nội": "gd_sgd_hn", "TP.HCM": "gd_sgd_hcm"}.get(prov)
    named_snv = {"TP.HCM": "gd_snv_hcm"}.get(prov)
    return {
        "sgd_off": f"{OFFICIALS[named_sgd]},"
        if named_sgd
        else f"Giám đốc Sở Giáo dục và Đào tạo {prov_full}",
        "snv_off": f"{OFFICIALS[named_snv]}," if named_snv else f"Giám đốc Sở Nội vụ {prov_full}",
    }


def article_slots(
    story: str, published: datetime, outlet: Outlet, rng: random.Random
) -> dict[str, str]:
    slots = base_slots(published, outlet, rng)
    slots["city_full"] = _city_name(slots["city"])
    slots["prov_full"] = _city_name(slots["prov"])
    slots.update(local_officials(slots["prov"], slots["prov_full"]))
    slots.update(story_slots(story, published, slots, rng))
    return slots
