"""Legal references: numbers of every type, named laws, messy typing, and what is not one."""

from __future__ import annotations

import gzip
import json
import tomllib
from importlib import resources
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toancanh.analyze.legal_refs import canonical_number, evaluate_legal_refs, find_legal_refs
from toancanh.analyze.legal_types import issuer_info, lexicon
from toancanh.analyze.types import LegalRef

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval" / "data" / "legal_refs_test.jsonl"


def only(text: str) -> LegalRef:
    refs = find_legal_refs(text)
    assert len(refs) == 1, refs
    return refs[0]


@pytest.mark.parametrize(
    ("text", "number", "type_", "issuer", "year"),
    [
        ("Theo Nghị định số 100/2019/NĐ-CP, ...", "100/2019/NĐ-CP", "Nghị định", "CP", 2019),
        ("nghi dinh 15/2020/ND-CP quy dinh", "15/2020/NĐ-CP", "Nghị định", "CP", 2020),
        ("Nghị định số 100 / 2019 / NĐ - CP", "100/2019/NĐ-CP", "Nghị định", "CP", 2019),
        ("Nghị định 30-2020-NĐ-CP", "30/2020/NĐ-CP", "Nghị định", "CP", 2020),
        ("Nghị định 15/2020 về xử phạt", "15/2020/NĐ-CP", "Nghị định", "CP", 2020),
        ("Thông tư 1/2023/TT-BNV", "01/2023/TT-BNV", "Thông tư", "BNV", 2023),
        ("Thông tư 29/2024/TT-BGD&ĐT", "29/2024/TT-BGDĐT", "Thông tư", "BGDĐT", 2024),
        ("Thông tư 09/2024/TT-BLDTBXH", "09/2024/TT-BLĐTBXH", "Thông tư", "BLĐTBXH", 2024),
        (
            "Thông tư liên tịch số 14/2015/TTLT-BTNMT-BNV",
            "14/2015/TTLT-BTNMT-BNV",
            "Thông tư liên tịch",
            "BTNMT-BNV",
            2015,
        ),
        ("Nghị quyết 57-NQ/TW của Bộ Chính trị", "57-NQ/TW", "Nghị quyết", "TW", 2024),
        ("Kết luận số 15/KL-TW", "15-KL/TW", "Kết luận", "TW", None),
        ("Quy định 144-QĐ/TW về đạo đức", "144-QĐ/TW", "Quy định", "TW", None),
        ("Quyết định 99-QĐ/TW", "99-QĐ/TW", "Quyết định", "TW", None),
        ("Chỉ thị 07/CT-TTg ngày 14/5/2024", "07/CT-TTg", "Chỉ thị", "TTg", 2024),
        ("Công điện 1280/CĐ-TTg về bão", "1280/CĐ-TTg", "Công điện", "TTg", None),
        ("cong dien 90/CD-TTg", "90/CĐ-TTg", "Công điện", "TTg", None),
        (
            "Quyết định 1234/QĐ-UBND ngày 3 tháng 6 năm 2020",
            "1234/QĐ-UBND",
            "Quyết định",
            "UBND",
            2020,
        ),
        ("Báo cáo 123/BC-BYT", "123/BC-BYT", "Báo cáo", "BYT", None),
        ("Thông báo 45/TB-VPCP", "45/TB-VPCP", "Thông báo", "VPCP", None),
        ("Công văn 3456/BYT-KHTC", "3456/BYT-KHTC", "Công văn", "BYT", None),
        ("văn bản số 1234/BGDĐT-GDTrH", "1234/BGDĐT-GDTrH", "Công văn", "BGDĐT", None),
        ("Luật số 31/2024/QH15", "31/2024/QH15", "Luật", "QH15", 2024),
        ("Nghị quyết 202/2025/QH15", "202/2025/QH15", "Nghị quyết", "QH15", 2025),
        ("Pháp lệnh 02/2022/UBTVQH15", "02/2022/UBTVQH15", "Pháp lệnh", "UBTVQH15", 2022),
        ("Lệnh số 05/2023/L-CTN", "05/2023/L-CTN", "Lệnh", "CTN", 2023),
        ("Decree 13/2023/ND-CP took effect", "13/2023/NĐ-CP", "Nghị định", "CP", 2023),
        ("Nghị quyết 57 của Bộ Chính trị", "57-NQ/TW", "Nghị quyết", "TW", 2024),
        ("Đề án 06 trên VNeID", "06/QĐ-TTg", "Quyết định", "TTg", 2022),
    ],
)
def test_numbers_of_every_type(
    text: str, number: str, type_: str, issuer: str, year: int | None
) -> None:
    ref = only(text)
    assert (ref.number, ref.type, ref.issuer, ref.year) == (number, type_, issuer, year)
    assert text[ref.start : ref.end] == ref.mention


@pytest.mark.parametrize(
    ("text", "title", "year", "number"),
    [
        ("Luật Đất đai 2024 có hiệu lực", "Luật Đất đai", 2024, None),
        ("Luật Đất đai năm 2013", "Luật Đất đai", 2013, None),
        ("Luật Đất đai số 31/2024/QH15 được thông qua", "Luật Đất đai", 2024, "31/2024/QH15"),
        ("luat dat dai 2024 co diem moi", "Luật Đất đai", 2024, None),
        ("dự thảo Luật Nhà ở (sửa đổi)", "Luật Nhà ở", None, None),
        ("Luật Dược sửa đổi năm 2024", "Luật Dược", 2024, None),
        ("Luật Trật tự, an toàn giao thông đường bộ 2024", None, 2024, None),
        ("Bộ luật hình sự", "Bộ luật Hình sự", None, None),
        ("theo Điều 174 BLHS", "Bộ luật Hình sự", None, None),
        ("Hiến pháp năm 2013", "Hiến pháp", 2013, None),
        ("Luật Thủ đô 2024", "Luật Thủ đô", 2024, None),
        ("Luật BHXH 2024", "Luật Bảo hiểm xã hội", 2024, None),
        ("công bố Luật Căn cước", "Luật Căn cước", None, None),
    ],
)
def test_named_laws(text: str, title: str | None, year: int | None, number: str | None) -> None:
    ref = only(text)
    assert ref.title == (title or "Luật Trật tự, an toàn giao thông đường bộ")
    assert (ref.year, ref.number) == (year, number)


def test_a_list_of_laws_after_plural_luat() -> None:
    refs = find_legal_refs("sửa đổi ba luật Đất đai, Nhà ở và Kinh doanh bất động sản")
    assert [r.title for r in refs] == [
        "Luật Đất đai",
        "Luật Nhà ở",
        "Luật Kinh doanh bất động sản",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hà Nội FC thắng 3/1 trước Hải Phòng",
        "Có 7/10 người được hỏi đồng ý",
        "Hội nghị ngày 5/10/2023, cửa hàng mở 24/7",
        "Lạm phát tháng 10/2023 tăng nhẹ",
        "Họp lúc 14h30, kết thúc 17:15",
        "Gọi 0912.345.678 hoặc 1900 9095",
        "Văn phòng ở số 12/34 đường Láng, hẻm 45/7/2",
        "Xem https://chinhphu.vn/nghi-dinh-15-2020-nd-cp.htm",
        "Galaxy S24/S24+, iPhone 15/15 Pro, 4G/5G, F0/F1",
        "Luật sư Nguyễn Văn Hậu nhận định",
        "Trường Đại học Luật Hà Nội công bố điểm chuẩn năm 2025",
        "Anh là thạc sĩ Luật Kinh tế năm 2015",
        "Theo Quyết định 1234 của Thủ tướng",
        "Thông tư 01/2023 được quan tâm",
        "Mẫu số 01/TK-TNCN, biển số 51A-123.45",
        "Mùa giải 2023/2024, năm học 2024-2025",
        "luật chơi đã thay đổi",
    ],
)
def test_not_references(text: str) -> None:
    assert find_legal_refs(text) == ()


def test_refs_in_order_without_overlap_and_spans_are_the_mentions() -> None:
    text = (
        "Chỉ thị 07/CT-TTg, Nghị quyết 57-NQ/TW và Luật Đất đai 2024; "
        "7/10 người biết Nghị định 168/2024/NĐ-CP."
    )
    refs = find_legal_refs(text)
    assert [r.number or r.title for r in refs] == [
        "07/CT-TTg",
        "57-NQ/TW",
        "Luật Đất đai",
        "168/2024/NĐ-CP",
    ]
    assert all(text[r.start : r.end] == r.mention for r in refs)
    assert all(a.end <= b.start for a, b in pairwise(refs))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("nghi dinh 15/2020/ND-CP", "15/2020/NĐ-CP"),
        ("15/2020/nd-cp", "15/2020/NĐ-CP"),
        ("Nghị định số 100 / 2019 / NĐ - CP", "100/2019/NĐ-CP"),
        ("57/nq-tw", "57-NQ/TW"),
        ("so 1/ct-ttg", "01/CT-TTg"),
        ("43/CP", "43/CP"),  # alone, a number needs no type word
        ("Nghị quyết 57", "57-NQ/TW"),
        ("Luật Đất đai 2024", None),
        ("7/10", None),
        ("", None),
    ],
)
def test_canonical_number(raw: str, expected: str | None) -> None:
    assert canonical_number(raw) == expected


def test_issuer_names_and_their_successors() -> None:
    old = issuer_info("BTTTT")
    assert old is not None
    assert (old.name, old.current) == ("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ")
    health = issuer_info("byt")
    assert health is not None and health.name == "Bộ Y tế"
    assembly = issuer_info("QH15")
    assert assembly is not None and assembly.name == "Quốc hội khóa XV"
    assert issuer_info("XYZ") is None


def test_the_demo_corpus_storylines_find_their_legal_references() -> None:
    """Every legal reference a demo storyline lists is found in the demo articles."""
    demo = resources.files("toancanh.data.demo")
    storylines = json.loads(demo.joinpath("storylines.json").read_text(encoding="utf-8"))
    with demo.joinpath("articles.jsonl.gz").open("rb") as raw, gzip.open(raw, "rt") as lines:
        found = {
            r.number or f"{r.title} {r.year}"
            for line in lines
            for r in find_legal_refs(json.loads(line)["text"])
        }
    listed = [ref for s in storylines["storylines"] for ref in s["legal_refs"]]
    wanted = {canonical_number(ref) or f"{only(ref).title} {only(ref).year}" for ref in listed}
    assert wanted <= found


# --- evaluation ------------------------------------------------------------------------------


def test_gold_set_meets_its_floors() -> None:
    floors = tomllib.loads((ROOT / "eval" / "floors.toml").read_text(encoding="utf-8"))
    wanted = floors.get("legal_refs", {"precision": 0.98, "recall": 0.98, "f1": 0.98})
    report = evaluate_legal_refs(GOLD)
    assert report.sentences >= 300 and report.gold >= 300
    assert {"precision", "recall", "f1"} <= set(wanted)
    for figure, floor in wanted.items():
        assert getattr(report, figure) >= floor, f"{figure} below {floor}\n{report.format()}"


def test_report_counts_misses_and_false_hits(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "text": "Nghị định 15/2020/NĐ-CP", "refs": [_gold(0, 23, "15/2020/NĐ-CP")]},
        {"id": "b", "text": "Nghị định 15/2020/NĐ-CP", "refs": [_gold(0, 23, "16/2020/NĐ-CP")]},
        {"id": "c", "text": "tỷ số 3/1", "refs": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    report = evaluate_legal_refs(path)
    assert (report.gold, report.predicted, report.matched) == (2, 2, 1)
    assert report.precision == report.recall == report.f1 == 0.5
    assert [e.id for e in report.misses] == ["b"] and [e.id for e in report.false_hits] == ["b"]
    assert "F1 0.5000" in report.format()
    assert report.as_json()["per_type"][0]["type"] == "Nghị định"


def test_bad_gold_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "x", "refs": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        evaluate_legal_refs(path)
    with pytest.raises(ValueError, match="cannot read"):
        evaluate_legal_refs(tmp_path / "missing.jsonl")


def _gold(start: int, end: int, number: str) -> dict[str, object]:
    return {"start": start, "end": end, "type": "Nghị định", "number": number, "issuer": "CP"}


# --- properties ------------------------------------------------------------------------------


@given(st.text(max_size=300))
def test_never_crashes_and_spans_are_consistent(text: str) -> None:
    refs = find_legal_refs(text)
    assert all(0 <= r.start < r.end <= len(text) for r in refs)
    assert all(text[r.start : r.end] == r.mention for r in refs)
    assert all(a.end <= b.start for a, b in pairwise(refs))


_NUMBERISH = st.text(alphabet="0123456789/-– ĐđNnDdCcPpQqTtGgBbYyHhWw&số.", max_size=30)


@given(st.one_of(st.text(max_size=60), _NUMBERISH))
def test_canonical_number_is_idempotent(raw: str) -> None:
    first = canonical_number(raw)
    if first is not None:
        assert canonical_number(first) == first


_NOT_REFS = st.one_of(
    st.builds("{}/{}/{}".format, st.integers(1, 31), st.integers(1, 12), st.integers(1900, 2100)),
    st.builds("{}/{}".format, st.integers(0, 999), st.integers(0, 999)),
    st.builds("{}-{}".format, st.integers(0, 99), st.integers(0, 99)),
    st.builds("{}:{:02d}".format, st.integers(0, 23), st.integers(0, 59)),
    st.builds("{}h{:02d}".format, st.integers(0, 23), st.integers(0, 59)),
    st.builds(
        "0{}.{}.{}".format, st.integers(900, 999), st.integers(100, 999), st.integers(100, 999)
    ),
    st.builds("số {}/{} đường".format, st.integers(1, 999), st.integers(1, 99)),
    st.builds("{},{}%".format, st.integers(0, 99), st.integers(0, 9)),
    st.sampled_from(
        ["ngày", "tháng", "tỷ số", "thắng", "người", "năm học", "lúc", "hotline", "và"]
    ),
)


@given(st.lists(_NOT_REFS, max_size=12), st.sampled_from([" ", ", ", "; ", " - "]))
def test_numbers_dates_and_ratios_are_not_references(parts: list[str], sep: str) -> None:
    assert find_legal_refs(sep.join(parts)) == ()


_ISSUERS = ["CP", "TTg", "BYT", "BGDĐT", "BLĐTBXH", "BTTTT", "UBND", "HĐND", "NHNN", "BNV"]
_UNITS = ["KHTC", "KTTH", "GDTrH", "VP", "KT"]
_WORDS = ["Nghị định", "nghi dinh", "Thông tư", "Quyết định", "quyet dinh", "Văn bản", "CÔNG VĂN"]


@st.composite
def document_numbers(draw: st.DrawFn) -> str:
    """A valid number in canonical form."""
    n = f"{draw(st.integers(1, 9999)):02d}"
    year = draw(st.integers(1990, 2030))
    kind = draw(st.sampled_from(["normative", "joint", "plain", "party", "assembly", "dispatch"]))
    issuer = draw(st.sampled_from(_ISSUERS))
    if kind == "normative":
        return f"{n}/{year}/{draw(st.sampled_from(['NĐ', 'TT', 'QĐ', 'NQ']))}-{issuer}"
    if kind == "joint":
        issuers = draw(st.lists(st.sampled_from(_ISSUERS), min_size=2, max_size=3, unique=True))
        return f"{n}/{year}/TTLT-{'-'.join(issuers)}"
    if kind == "plain":
        return f"{n}/{draw(st.sampled_from(['QĐ', 'CT', 'CĐ', 'TB', 'BC', 'KH', 'TTr']))}-{issuer}"
    if kind == "party":
        return f"{n}-{draw(st.sampled_from(['NQ', 'CT', 'KL', 'QĐ', 'TB', 'HD']))}/TW"
    if kind == "assembly":
        return f"{n}/{year}/{draw(st.sampled_from(['QH', 'UBTVQH']))}{draw(st.integers(11, 15))}"
    return f"{n}/{issuer}-{draw(st.sampled_from(_UNITS))}"


@st.composite
def messy(draw: st.DrawFn, number: str) -> str:
    """``number`` as people type it: no diacritics, lower case, spaces, "số", no zero."""
    text = number.lstrip("0") if draw(st.booleans()) else number
    if draw(st.booleans()):
        text = text.replace("Đ", "D").replace("đ", "d")
    if draw(st.booleans()) and "GDTrH" not in text:
        text = text.lower()
    if draw(st.booleans()):
        text = text.replace("/", draw(st.sampled_from([" / ", "/ ", " /"]))).replace("-", " - ")
    if "-" in number.split("/")[0] and draw(st.booleans()):
        head, org = text.split("/")  # the Party form typed the other way: "57/NQ-TW"
        text = head.replace("-", "/") + "-" + org.strip()
    word = draw(st.sampled_from(["", *_WORDS]))
    so = draw(st.sampled_from(["", " số", " so", " số:"])) if word else ""
    return f"{word}{so} {text}".strip()


@given(document_numbers().flatmap(lambda n: st.tuples(st.just(n), messy(n))))
@settings(max_examples=300)
def test_messy_numbers_come_back_canonical(pair: tuple[str, str]) -> None:
    number, typed = pair
    assert canonical_number(typed) == number
    refs = find_legal_refs(f"Theo {typed}, các địa phương triển khai ngay.")
    assert [r.number for r in refs] == [number]


def test_lexicon_codes_are_consistent() -> None:
    lex = lexicon()
    assert set(lex.code_types.values()) <= {t.name for t in lex.doc_types}
    assert all(w.number == canonical_number(w.number) for w in lex.well_known)
