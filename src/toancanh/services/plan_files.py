"""Plans from a spreadsheet laid out the way units keep them today: one row per activity,
with its policy and stage, date, channel, person in charge and budget; and the template
of that sheet. XLSX (the first sheet, through openpyxl) or CSV (UTF-8, ``,`` or ``;``).

A row goes into the plan given (``plan_id``) or into the plan of its ``unit``, ``year``
and ``plan`` columns (found by title, else created). Each row is checked whole (kinds,
stages, dates, amounts, unit, watchlist, person) before anything of it is written; a bad
row is rejected with its line and reason, the others are imported. Headers are the
Vietnamese ones of the template or the English keys.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from toancanh.access import Actor
from toancanh.domain.plans import ACTIVITY_KINDS, STAGES, Plan, Stage
from toancanh.errors import Invalid, NotFound, ToanCanhError
from toancanh.services import directory, plans
from toancanh.services.directory_files import ImportReport, RowOutcome, parse_day
from toancanh.services.watchlists import find_watch
from toancanh.store import Store

# key → the template's Vietnamese header
COLUMNS = {
    "unit": "Đơn vị",
    "year": "Năm",
    "plan": "Kế hoạch",
    "policy": "Chính sách",
    "watch": "Danh mục theo dõi",
    "stage": "Giai đoạn",
    "stage_from": "Giai đoạn từ ngày",
    "stage_to": "Giai đoạn đến ngày",
    "activity": "Loại hoạt động",
    "title": "Hoạt động",
    "date": "Ngày",
    "channel": "Kênh",
    "responsible": "Người phụ trách",
    "planned": "Kinh phí dự kiến",
    "committed": "Đã cam kết",
    "spent": "Đã chi",
    "source": "Nguồn kinh phí",
}
HEADERS = {v.casefold(): k for k, v in COLUMNS.items()} | {k: k for k in COLUMNS}
KIND_NAMES = {
    "họp báo": "press_conference",
    "cung cấp thông tin": "briefing",
    "thông cáo": "statement",
    "loạt bài": "article_series",
    "mạng xã hội": "social_media",
    "sự kiện": "event",
    "đặt hàng": "commissioned_content",
}
STAGE_NAMES = {
    "soạn thảo": "drafting",
    "lấy ý kiến": "consultation",
    "thông qua": "adoption",
    "ban hành": "adoption",
    "triển khai": "implementation",
    "tổng kết": "review",
}
EXAMPLE = {
    "unit": "Bộ Y tế",
    "year": "2026",
    "plan": "Kế hoạch truyền thông chính sách 2026",
    "policy": "Luật Dược (sửa đổi)",
    "watch": "",
    "stage": "lấy ý kiến",
    "stage_from": "02/03/2026",
    "stage_to": "31/03/2026",
    "activity": "họp báo",
    "title": "Họp báo công bố dự thảo",
    "date": "05/03/2026",
    "channel": "Trực tiếp",
    "responsible": "",
    "planned": "15.000.000",
    "committed": "",
    "spent": "",
    "source": "Ngân sách nhà nước",
}


def template_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS.values())
    writer.writerow(EXAMPLE[k] for k in COLUMNS)
    return out.getvalue()


def write_template(path: Path) -> None:
    """The template: XLSX when the name ends in .xlsx, else CSV (UTF-8 with a BOM, which
    spreadsheet programs need to read Vietnamese)."""
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Kế hoạch"
        sheet.append(list(COLUMNS.values()))
        sheet.append([EXAMPLE[k] for k in COLUMNS])
        book.save(path)
    else:
        path.write_text(template_csv(), encoding="utf-8-sig")


def _cell(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def _table(path: Path) -> Iterator[list[str]]:
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield [_cell(v) for v in row]
        return
    text = path.read_text(encoding="utf-8-sig")
    dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;")
    yield from csv.reader(io.StringIO(text), dialect)


def rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, {key: value}) per non-empty row after the header."""
    table = _table(path)
    header = next(table, [])
    keys = [HEADERS.get(h.strip().casefold()) for h in header]
    if "title" not in keys and "activity" not in keys:
        raise Invalid("the sheet has no header row of the template (plans template)")
    for line, row in enumerate(table, start=2):
        values = {k: v.strip() for k, v in zip(keys, row, strict=False) if k and v and v.strip()}
        if values:
            yield line, values


def amount(text: str | None, field: str) -> int | None:
    """ "15.000.000", "15 000 000", "15,000,000" or "15000000" đồng."""
    if not text:
        return None
    digits = text.replace(".", "").replace(",", "").replace(" ", "").removesuffix("đ")
    if not (digits.isascii() and digits.isdigit()):
        raise Invalid("“{value}” is not a whole amount of đồng", field=field, value=text)
    return int(digits)


def _choice(text: str | None, names: dict[str, str], keys: tuple[str, ...]) -> str | None:
    if not text:
        return None
    folded = text.strip().casefold()
    return names.get(folded, folded.replace(" ", "_") if folded.replace(" ", "_") in keys else text)


def _person(store: Store, unit_id: int | None, text: str | None) -> int | None:
    """A person by id or name, the unit's own people first."""
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    own = [unit_id] if unit_id is not None else []
    people = store.directory.list_people(unit_ids=own, limit=100_000) if own else []
    people += store.directory.list_people(limit=100_000)
    folded = text.casefold()
    for person in people:
        if person.name.casefold() == folded:
            return person.id
    raise NotFound("no person “{name}” in the directory", name=text)


def _unit_id(store: Store, actor: Actor, plan_id: int | None, values: dict[str, str]) -> int | None:
    if plan_id is not None:
        return plans.get_plan(store, actor, plan_id).unit_id
    return directory.find_unit(store, values["unit"]).id if values.get("unit") else None


def _plan(store: Store, actor: Actor, plan_id: int | None, values: dict[str, str]) -> Plan:
    if plan_id is not None:
        return plans.changeable_plan(store, actor, plan_id)
    unit, year, title = values.get("unit"), values.get("year", ""), values.get("plan")
    if not (unit and year.isascii() and year.isdigit() and title):
        raise Invalid("a row needs its unit, year and plan (or import with --plan)")
    for plan in plans.list_plans(store, actor, unit=unit, year=int(year)):
        if plan.title.casefold() == title.casefold():
            return plans.changeable_plan(store, actor, plan.id)
    return plans.add_plan(store, actor, unit, int(year), title)


def import_row(store: Store, actor: Actor, plan_id: int | None, values: dict[str, str]) -> int:
    """One row: its policy (and stage), activity and budget line; the plan's id."""
    kind = _choice(values.get("activity"), KIND_NAMES, ACTIVITY_KINDS)
    stage = _choice(values.get("stage"), STAGE_NAMES, STAGES)
    on_date = parse_day(values.get("date"))
    stage_dates = parse_day(values.get("stage_from")), parse_day(values.get("stage_to"))
    money = {k: amount(values.get(k), k) for k in ("planned", "committed", "spent")}
    if kind is not None and kind not in ACTIVITY_KINDS:
        raise Invalid(plans.UNKNOWN["kind"], value=kind, choices=", ".join(ACTIVITY_KINDS))
    if stage is not None and stage not in STAGES:
        raise Invalid(plans.UNKNOWN["stage"], value=stage, choices=", ".join(STAGES))
    if stage is not None and not values.get("policy"):
        raise Invalid("a stage needs its policy")
    # What the row names is found before anything is written: a bad row leaves nothing.
    if values.get("watch"):
        find_watch(store, actor, values["watch"])
    unit_id = _unit_id(store, actor, plan_id, values)
    person = _person(store, unit_id, values.get("responsible"))
    plan = _plan(store, actor, plan_id, values)
    policy_name = values.get("policy")
    if policy_name:
        try:
            policy = plans.find_policy(store, plan, policy_name)
        except NotFound:
            policy = plans.add_policy(store, actor, plan.id, policy_name, watch=values.get("watch"))
        if stage is not None:
            plans.set_stage(store, actor, policy.id, Stage(stage, *stage_dates))
    activity_id = None
    if kind is not None:
        spec = plans.ActivitySpec(
            kind, values.get("title"), on_date, values.get("channel"), person, policy=policy_name
        )
        activity_id = plans.add_activity(store, actor, plan.id, spec).id
    if any(v is not None for v in money.values()):
        item = values.get("title") or kind or policy_name or plan.title
        spec_b = plans.BudgetSpec(item, source=values.get("source"), activity=activity_id, **money)
        plans.add_budget(store, actor, plan.id, spec_b)
    return plan.id


def import_plans(
    store: Store, actor: Actor, path: Path, *, plan_id: int | None = None
) -> ImportReport:
    """The rows of a spreadsheet; ``imported``: the plans' ids, one per imported row."""
    report = ImportReport()
    for line, values in rows(path):
        try:
            report.imported.append(import_row(store, actor, plan_id, values))
        except ToanCanhError as error:
            report.rejected.append(RowOutcome(line, error))
    return report
