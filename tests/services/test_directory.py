"""The network directory: units kept by the admins, people by their unit's analysts, every
change audited, refusals that say what to fix, the stale flag after 12 months, the seed
from the gazetteers (idempotent), CSV imports with a report per row, and the vCard and
CSV exports read back; on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from toancanh.access import Actor
from toancanh.domain.directory import PersonSpec, UnitSpec
from toancanh.errors import Conflict, Forbidden, Invalid, NotFound
from toancanh.services import directory, directory_files
from toancanh.services.directory import PersonEdit, UnitEdit
from toancanh.store import Store
from toancanh.web.i18n import translations

ADMIN = Actor("admin@bo.gov.vn", "admin", None, 1)
OWN = Actor("tt@moh.gov.vn", "analyst", "vụ truyền thông", 2)  # case differs: same unit
OTHER = Actor("khac@tinh.gov.vn", "analyst", "Sở Văn hóa tỉnh", 3)
VIEWER = Actor("xem@moh.gov.vn", "viewer", "Vụ Truyền thông", 4)
TODAY = date(2026, 12, 8)


def units(store: Store) -> tuple[int, int]:
    ministry = directory.add_unit(store, ADMIN, UnitSpec("Bộ Y tế", "ministry", aliases=("BYT",)))
    own = directory.add_unit(
        store, ADMIN, UnitSpec("Vụ Truyền thông", "other", parent="BYT", aliases=("Vụ TT",))
    )
    return ministry.id, own.id


def spec(**changes: object) -> PersonSpec:
    values: dict[str, object] = {
        "name": "Nguyễn Văn An",
        "unit": "Vụ TT",
        "role": "spokesperson",
        "title": "Vụ trưởng",
        "phone": "024 3846 4416",
        "email": "phatngon@moh.gov.vn",
    }
    return PersonSpec(**(values | changes))  # type: ignore[arg-type]


def test_units_and_people_are_kept_and_audited(store: Store) -> None:
    ministry, own = units(store)
    person = directory.add_person(store, OWN, spec(), today=TODAY)
    assert (person.unit, person.verified_on, person.created_by) == (
        "Vụ Truyền thông",
        TODAY,
        OWN.name,
    )
    unit = directory.get_unit(store, VIEWER, own)
    assert (unit.parent, unit.people, unit.aliases) == ("Bộ Y tế", 1, ("Vụ TT",))
    moved = directory.edit_person(
        store, OWN, person.id, PersonEdit(title="", phone=""), today=TODAY
    )
    assert (moved.title, moved.phone, moved.email) == (None, None, "phatngon@moh.gov.vn")
    directory.remove_person(store, OWN, person.id)
    with pytest.raises(NotFound):
        directory.get_person(store, VIEWER, person.id)
    renamed = directory.edit_unit(store, ADMIN, ministry, UnitEdit(aliases=["Bộ YT"]))
    assert renamed.aliases == ("Bộ YT",)
    people = store.audit.entries(entity="directory_person")
    assert [e.action for e in people] == ["delete", "update", "create"]
    assert people[1].before["phone"] == "024 3846 4416" and people[1].after["phone"] is None
    assert people[0].before["name"] == "Nguyễn Văn An" and people[0].after is None
    unit_actions = [(e.action, e.actor) for e in store.audit.entries(entity="directory_unit")]
    assert unit_actions == [
        ("update", ADMIN.name),
        ("create", ADMIN.name),
        ("create", ADMIN.name),
    ]


def test_who_may_change_what(store: Store) -> None:
    ministry, own = units(store)
    with pytest.raises(Forbidden, match="admin"):
        directory.add_unit(store, OWN, UnitSpec("Vụ Mới", "other"))
    with pytest.raises(Forbidden, match="only the analysts of Bộ Y tế"):
        directory.add_person(store, OWN, spec(unit="Bộ Y tế"))  # the parent is not its own
    with pytest.raises(Forbidden, match="only the analysts of Vụ Truyền thông"):
        directory.add_person(store, OTHER, spec())
    with pytest.raises(Forbidden, match="analyst"):
        directory.add_person(store, VIEWER, spec())
    with pytest.raises(Forbidden, match="sign in"):
        directory.list_people(store, Actor.anonymous())
    person = directory.add_person(store, ADMIN, spec())
    with pytest.raises(Forbidden):
        directory.edit_person(store, OTHER, person.id, PersonEdit(title="x"))
    with pytest.raises(Forbidden):  # a move needs the right on the new unit too
        directory.edit_person(store, OWN, person.id, PersonEdit(unit="Bộ Y tế"))
    with pytest.raises(Forbidden):
        directory.remove_person(store, OTHER, person.id)
    assert [p.name for p in directory.list_people(store, OTHER, unit=own)] == ["Nguyễn Văn An"]
    assert len(store.audit.entries(entity="directory_person")) == 1  # the refusals wrote none
    assert ministry


def test_refusals_say_what_to_fix(store: Store) -> None:
    ministry, own = units(store)
    cases = [
        (spec(name=" "), "a name is needed", "name"),
        (spec(unit=""), "a person needs a unit", "unit"),
        (spec(role=""), "a person needs a role", "role"),
        (spec(role="boss"), "unknown role “boss”", "role"),
        (spec(email="an@"), "not an e-mail address", "email"),
        (spec(phone="gọi tôi"), "not a phone number", "phone"),
        (spec(verified_on=date(2027, 1, 1)), "between 2000 and today", "verified_on"),
    ]
    for bad, message, field in cases:
        with pytest.raises(Invalid, match=message) as refused:
            directory.add_person(store, ADMIN, bad, today=TODAY)
        assert refused.value.field == field
    with pytest.raises(NotFound, match="no unit “Bộ Không Có”"):
        directory.add_person(store, ADMIN, spec(unit="Bộ Không Có"))
    with pytest.raises(Invalid, match="unknown kind of unit"):
        directory.add_unit(store, ADMIN, UnitSpec("X", "party"))
    with pytest.raises(Conflict, match="exists already"):
        directory.add_unit(store, ADMIN, UnitSpec("Bộ Y tế", "ministry"))
    with pytest.raises(Invalid, match="under itself"):
        directory.edit_unit(store, ADMIN, ministry, UnitEdit(parent="Vụ Truyền thông"))
    with pytest.raises(Conflict, match="still has people \\(0\\) or units under it \\(1\\)"):
        directory.remove_unit(store, ADMIN, ministry)
    directory.add_person(store, ADMIN, spec())
    with pytest.raises(Conflict, match="still has people \\(1\\)"):
        directory.remove_unit(store, ADMIN, own)
    vi = translations("vi").gettext
    with pytest.raises(Invalid) as refused:
        directory.add_person(store, ADMIN, spec(email="an@"))
    assert refused.value.translated(vi) == "“an@” không phải là địa chỉ thư điện tử"


def test_a_person_not_verified_for_12_months_is_stale(store: Store) -> None:
    units(store)
    old = directory.add_person(store, ADMIN, spec(verified_on=date(2025, 12, 7)), today=TODAY)
    recent = directory.add_person(
        store, ADMIN, spec(name="Lê Thị Bình", verified_on=date(2025, 12, 8)), today=TODAY
    )
    assert old.stale(TODAY) and not recent.stale(TODAY)
    checked = directory.verify_person(store, OWN, old.id, today=TODAY)
    assert checked.verified_on == TODAY and not checked.stale(TODAY)
    from toancanh.shapes import person_json

    assert person_json(recent, date(2026, 12, 9))["stale"] is True


def test_the_seed_takes_todays_bodies_once(store: Store) -> None:
    added = directory_files.seed(store, ADMIN)
    assert directory_files.seed(store, ADMIN) == []  # idempotent
    assert [e.action for e in store.audit.entries(entity="directory_unit")] == ["seed"]
    names = set(added)
    assert {"Bộ Khoa học và Công nghệ", "Văn phòng Chính phủ", "Thành phố Hồ Chí Minh"} <= names
    assert "Bộ Thông tin và Truyền thông" not in names  # merged in 2025
    assert "Tỉnh Bình Dương" not in names  # merged into Hồ Chí Minh City in July 2025
    provinces = directory.list_units(store, VIEWER, kind="province")
    assert len(provinces) == 34
    cand = directory.find_unit(store, "cand.vn")
    assert (cand.kind, cand.parent) == ("press", "Bộ Công an")
    assert directory.find_unit(store, "VPCP").kind == "agency"
    with pytest.raises(Forbidden):
        directory_files.seed(store, OWN)


def test_imports_report_each_row(store: Store, tmp_path: Path) -> None:
    units(store)
    people = tmp_path / "people.csv"
    people.write_text(
        "name,unit,role,title,phone,email,verified_on\n"
        "Trần Thị Bình,Vụ Truyền thông,đầu mối,Chuyên viên,0912 345 678,b@moh.gov.vn,01/02/2025\n"
        "Trần Thị Bình,Vụ Truyền thông,focal_point,,,,\n"
        "Lê Văn C,Bộ Không Có,spokesperson,,,,\n"
        "Lê Văn D,Vụ Truyền thông,boss,,,,\n"
        ",Vụ Truyền thông,head,,,,\n"
        "Lê Văn E,Vụ Truyền thông,head,,,,2026-13-01\n"
        "Lê Văn G,Bộ Y tế,head,,,,\n",
        encoding="utf-8",
    )
    done = directory_files.import_people(store, OWN, people, today=TODAY)
    assert len(done.imported) == 1
    assert [(r.line, r.reason) for r in done.skipped] == [
        (3, "Trần Thị Bình is in the directory already")
    ]
    assert [(r.line, r.error.field) for r in done.rejected] == [
        (4, "unit"),
        (5, "role"),
        (6, "name"),
        (7, "verified_on"),
        (8, None),  # Bộ Y tế is not the analyst's unit: Forbidden
    ]
    vi = translations("vi").gettext
    assert done.rejected[0].error.translated(vi) == "danh bạ không có đơn vị “Bộ Không Có”"
    imported = directory.get_person(store, VIEWER, done.imported[0])
    assert (imported.role, imported.verified_on) == ("focal_point", date(2025, 2, 1))
    units_file = tmp_path / "units.csv"
    units_file.write_text(
        "name,kind,parent,aliases\nCục Mới,other,Bộ Y tế,CM;Cục M\nBộ Y tế,ministry,,\n"
        "Cục Lạ,party,,\nCục Con,other,Không Có,\n",
        encoding="utf-8",
    )
    report = directory_files.import_units(store, ADMIN, units_file)
    assert len(report.imported) == 1
    assert [r.line for r in report.skipped] == [3]
    assert [(r.line, r.error.field) for r in report.rejected] == [(4, "kind"), (5, "unit")]
    assert directory.find_unit(store, "Cục M").parent == "Bộ Y tế"
    no_name = tmp_path / "bad.csv"
    no_name.write_text("ten,don_vi\nA,B\n", encoding="utf-8")
    [refused] = directory_files.import_people(store, OWN, no_name).rejected
    assert refused.line == 1 and "no 'name' column" in refused.reason


def parse_vcards(text: str) -> list[dict[str, str]]:
    """vCards read back: unfolded, split at the first unquoted colon, unescaped."""
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    lines = text.replace("\r\n ", "").split("\r\n")
    cards: list[dict[str, str]] = []
    for line in filter(None, lines):
        assert len(line.encode()) > 0
        name, _, value = line.partition(":")
        key = name.split(";")[0]
        if key == "BEGIN":
            cards.append({})
            continue
        unescaped = (
            value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
        )
        cards[-1][key] = unescaped
    return cards


def test_people_export_as_vcard_and_csv(store: Store) -> None:
    units(store)
    title = "Phó Vụ trưởng; phụ trách báo chí, truyền thông \\ quan hệ công chúng " * 2
    directory.add_person(store, ADMIN, spec(title=title.strip()), today=TODAY)
    directory.add_person(
        store,
        ADMIN,
        spec(name="=HYPERLINK(1)", role="focal_point", phone="+84 24 3846"),
        today=TODAY,
    )
    people = directory.list_people(store, VIEWER, unit="Vụ Truyền thông")
    text = directory_files.people_vcards(people)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))  # folded
    assert "\\;" in text and "\\," in text
    cards = parse_vcards(text)
    assert [c["FN"] for c in cards] == ["=HYPERLINK(1)", "Nguyễn Văn An"]
    an = cards[1]
    assert (an["VERSION"], an["TITLE"], an["ORG"], an["ROLE"]) == (
        "4.0",
        title.strip(),
        "Vụ Truyền thông",
        "Người phát ngôn",
    )
    assert (an["TEL"], an["EMAIL"]) == ("024 3846 4416", "phatngon@moh.gov.vn")
    rows = list(csv.DictReader(io.StringIO(directory_files.people_csv(people, TODAY))))
    assert rows[0]["name"] == "'=HYPERLINK(1)"  # a spreadsheet does not run it
    assert rows[0]["phone"] == "+84 24 3846"  # a phone number stays as it is
    assert (rows[1]["name"], rows[1]["stale"], rows[1]["verified_on"]) == (
        "Nguyễn Văn An",
        "false",
        "2026-12-08",
    )


def test_search_by_name_with_or_without_diacritics(store: Store) -> None:
    ministry, own = units(store)
    directory.add_person(store, ADMIN, spec(name="Đặng Thị Hòa"))
    found = [u.id for u in directory.list_units(store, VIEWER, search="truyen THONG")]
    assert found == [own]
    assert [u.id for u in directory.list_units(store, VIEWER, search="dang thi hoa")] == [own]
    assert [u.id for u in directory.list_units(store, VIEWER, search="byt")] == [ministry]
    assert [p.name for p in directory.list_people(store, VIEWER, search="Hòa")] == ["Đặng Thị Hòa"]
    assert directory.list_units(store, VIEWER, search="không có") == []


def test_the_public_list_holds_spokespersons_only(store: Store) -> None:
    units(store)
    directory.add_person(store, ADMIN, spec())
    directory.add_person(store, ADMIN, spec(name="Đầu Mối", role="focal_point"))
    [(unit, people)] = directory.public_spokespersons(store)
    assert unit.name == "Vụ Truyền thông" and [p.name for p in people] == ["Nguyễn Văn An"]
