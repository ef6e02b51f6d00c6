"""Places, invented residents and invented officials used to fill the templates.

Provinces are the 34 provincial units in force since 1 July 2025. Residents and named
officials are invented; high offices (ministers, provincial chairs) are named by title only.
"""

from __future__ import annotations

import random

PROVINCES: tuple[str, ...] = (
    "Hà Nội",
    "TP.HCM",
    "Hải Phòng",
    "Đà Nẵng",
    "Cần Thơ",
    "Huế",
    "Tuyên Quang",
    "Cao Bằng",
    "Lai Châu",
    "Lào Cai",
    "Thái Nguyên",
    "Điện Biên",
    "Lạng Sơn",
    "Sơn La",
    "Phú Thọ",
    "Bắc Ninh",
    "Quảng Ninh",
    "Hưng Yên",
    "Ninh Bình",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Trị",
    "Quảng Ngãi",
    "Gia Lai",
    "Khánh Hòa",
    "Lâm Đồng",
    "Đắk Lắk",
    "Đồng Nai",
    "Tây Ninh",
    "Vĩnh Long",
    "Đồng Tháp",
    "Cà Mau",
    "An Giang",
)
CITIES: tuple[str, ...] = ("Hà Nội", "TP.HCM", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")

_FAMILY = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Trương",
    "Lâm",
    "Mai",
)
_MALE_MIDDLE = ("Văn", "Minh", "Đức", "Quang", "Hữu", "Thanh", "Công", "Xuân", "Đình", "Anh")
_FEMALE_MIDDLE = ("Thị", "Thu", "Ngọc", "Thanh", "Thùy", "Mỹ", "Kim", "Phương", "Bích", "Hoài")
_MALE_GIVEN = (
    "Hùng",
    "Dũng",
    "Tâm",
    "Phúc",
    "Khoa",
    "Tuấn",
    "Long",
    "Thắng",
    "Hải",
    "Nam",
    "Quân",
    "Sơn",
    "Bình",
    "Tài",
    "Lộc",
    "Trung",
    "Hiếu",
    "Vinh",
    "Toàn",
    "Khải",
)
_FEMALE_GIVEN = (
    "Hạnh",
    "Lan",
    "Hoa",
    "Trang",
    "Hương",
    "Nhung",
    "Mai",
    "Thảo",
    "Yến",
    "Linh",
    "Hằng",
    "Vân",
    "Loan",
    "Ngân",
    "Diệp",
    "Quyên",
    "Thư",
    "Oanh",
    "Hà",
    "Tuyết",
)

# Invented office holders, fixed so that one office has one name in the whole corpus.
OFFICIALS: dict[str, str] = {
    "gd_sxd_dn": "ông Lê Quang Thịnh, Giám đốc Sở Xây dựng TP Đà Nẵng",
    "pgd_sxd_dn": "bà Nguyễn Thị Thu Hiền, Phó Giám đốc Sở Xây dựng TP Đà Nẵng",
    "ct_hoakhanh": "ông Võ Đình Sang, Chủ tịch UBND phường Hòa Khánh",
    "tgd_lamha": "ông Đỗ Minh Tuấn, Tổng Giám đốc Công ty cổ phần Đầu tư và Phát triển "
    "Đô thị Lam Hà",
    "ct_thanhtra_dn": "ông Phan Hữu Đạt, Phó Chánh Thanh tra TP Đà Nẵng",
    "vu_nha_bxd": "ông Trịnh Quốc Bảo, Phó Cục trưởng Cục Quản lý nhà và thị trường bất "
    "động sản (Bộ Xây dựng)",
    "csgt_hn": "Thượng tá Nguyễn Đức Mạnh, Phó Trưởng phòng Cảnh sát giao thông Công an TP Hà Nội",
    "csgt_hcm": "Trung tá Lâm Chí Hiếu, Đội trưởng Đội Tuyên truyền, Phòng Cảnh sát giao "
    "thông Công an TP.HCM",
    "csgt_dn": "Thượng tá Huỳnh Tấn Lộc, Trưởng phòng Cảnh sát giao thông Công an TP Đà Nẵng",
    "c08": "Đại tá Vũ Thanh Bình, Phó Cục trưởng Cục Cảnh sát giao thông (Bộ Công an)",
    "c06": "Đại tá Trần Minh Toàn, Phó Cục trưởng Cục Cảnh sát quản lý hành chính về trật "
    "tự xã hội (C06, Bộ Công an)",
    "gd_sgd_hn": "ông Đặng Văn Khải, Phó Giám đốc Sở Giáo dục và Đào tạo Hà Nội",
    "gd_sgd_hcm": "bà Trương Ngọc Diệp, Phó Giám đốc Sở Giáo dục và Đào tạo TP.HCM",
    "vu_ktcl": "ông Hồ Thanh Sơn, Vụ trưởng Vụ Kế hoạch - Tài chính (Bộ Giáo dục và Đào tạo)",
    "cuc_qlkcb": "bà Mai Thị Phương, Phó Cục trưởng Cục Quản lý Khám, chữa bệnh (Bộ Y tế)",
    "bhxh": "ông Ngô Xuân Vinh, Phó Trưởng ban Thực hiện chính sách bảo hiểm y tế (Bảo "
    "hiểm xã hội Việt Nam)",
    "cuc_qld": "ông Lý Công Tài, Phó Cục trưởng Cục Quản lý Dược (Bộ Y tế)",
    "vu_cq_bnv": "ông Bùi Đức Trung, Vụ trưởng Vụ Chính quyền địa phương (Bộ Nội vụ)",
    "gd_snv_hcm": "bà Huỳnh Thị Bích Loan, Phó Giám đốc Sở Nội vụ TP.HCM",
}


def resident(rng: random.Random, exclude: set[str] | None = None) -> dict[str, str]:
    """An invented private person: pronoun, full name, given name and age."""
    female = rng.random() < 0.5
    for _ in range(20):
        family = rng.choice(_FAMILY)
        middle = rng.choice(_FEMALE_MIDDLE if female else _MALE_MIDDLE)
        given = rng.choice(_FEMALE_GIVEN if female else _MALE_GIVEN)
        if not exclude or given not in exclude:
            break
    age = rng.randint(26, 58)
    pronoun = ("chị" if age < 45 else "bà") if female else ("anh" if age < 45 else "ông")
    return {
        "pr": pronoun,
        "full": f"{pronoun} {family} {middle} {given}",
        "ten": given,
        "tuoi": str(age),
        "initials": f"{pronoun} {family[0]}.{middle[0]}.{given[0]}.",
    }


def resident_slots(rng: random.Random, count: int = 3) -> dict[str, str]:
    """Slots dan_full, dan_pr, dan_ten, dan_tuoi, dan_initials, then dan2_..., dan3_..."""
    slots: dict[str, str] = {}
    used: set[str] = set()
    for index in range(count):
        person = resident(rng, used)
        used.add(person["ten"])
        prefix = "dan" if index == 0 else f"dan{index + 1}"
        for key, value in person.items():
            slots[f"{prefix}_{key}"] = value
    return slots


def distinct(rng: random.Random, items: tuple[str, ...], count: int) -> list[str]:
    return rng.sample(list(items), count)
