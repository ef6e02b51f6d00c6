"""Search: the boolean query language with filters, highlighted snippets, paging, and the
results (up to 5,000) exported as CSV or Excel.

The form is a plain GET form (it works without JavaScript); with htmx it replaces the
search area in place and pushes the URL, so the back button and shared links work.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse

from toancanh.analyze.types import SENTIMENT_LABELS
from toancanh.domain.accounts import User
from toancanh.domain.articles import SearchHit
from toancanh.errors import Invalid
from toancanh.store import Store
from toancanh.text.dates import to_local
from toancanh.watch.matching import positive_phrases
from toancanh.web.deps import get_store, language, page_user
from toancanh.web.i18n import translations
from toancanh.web.marks import marked_title, segments
from toancanh.web.search_form import Resolved, SearchForm, form_from, resolve, topic_choices
from toancanh.web.templating import render

router = APIRouter()
PAGE_SIZE = 20
EXPORT_LIMIT = 5000
# A cell starting with one of these is a formula to Excel: scraped text must stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _gettext(request: Request) -> Callable[[str], str]:
    return translations(language(request)).gettext


def _form(request: Request) -> SearchForm:
    return form_from(dict(request.query_params))


def _search(store: Store, form: SearchForm, found: Resolved) -> tuple[list[SearchHit], bool]:
    if not found.ok or found.query is None:
        return [], False
    hits = store.articles.search(
        found.query, found.filters, limit=PAGE_SIZE + 1, offset=(form.page - 1) * PAGE_SIZE
    )
    return hits[:PAGE_SIZE], len(hits) > PAGE_SIZE


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, user: User = Depends(page_user)) -> HTMLResponse:
    store = get_store(request)
    form = _form(request)
    found = resolve(store, form, _gettext(request))
    try:
        hits, more = _search(store, form, found)
    except Invalid as error:  # the search was too costly: said next to the query
        found.errors["q"] = error.translated(_gettext(request))
        hits, more = [], False
    phrases = positive_phrases(found.query) if found.query else []
    results = [
        {
            "hit": hit,
            "title": marked_title(hit.title, phrases),
            "snippet": segments(hit.snippet, hit.highlights),
        }
        for hit in hits
    ]
    partial = bool(request.headers.get("hx-request")) and not request.headers.get(
        "hx-history-restore-request"
    )
    gettext = _gettext(request)
    response = render(
        request,
        "search_area.html" if partial else "search.html",
        form=form,
        found=found,
        query_message=gettext(found.query_error.message) if found.query_error else "",
        results=results,
        more=more,
        first=(form.page - 1) * PAGE_SIZE + 1,
        topics=topic_choices(),
        sentiments=SENTIMENT_LABELS,
    )
    response.headers["Vary"] = "HX-Request"
    return response


def _checked(request: Request) -> tuple[SearchForm, Resolved]:
    """The form of an export, or 400 with what is wrong."""
    form = _form(request)
    found = resolve(get_store(request), form, _gettext(request))
    if found.query_error is not None:
        raise HTTPException(400, found.query_error.render())
    if found.errors:
        raise HTTPException(400, " ".join(found.errors.values()))
    if found.query is None:
        raise HTTPException(400, _gettext(request)("Type what to search for."))
    return form, found


def _export_rows(request: Request) -> tuple[list[str], Iterator[list[Any]]]:
    """The header and rows of an export: every result up to ``EXPORT_LIMIT``."""
    _, found = _checked(request)
    assert found.query is not None
    gettext = _gettext(request)
    hits = get_store(request).articles.search(found.query, found.filters, limit=EXPORT_LIMIT)
    header = [
        gettext("ID"),
        gettext("Published"),
        gettext("Outlet"),
        gettext("Title"),
        gettext("Score"),
        gettext("Snippet"),
        gettext("URL"),
        gettext("Article page"),
    ]
    base = str(request.base_url).rstrip("/")

    def rows() -> Iterator[list[Any]]:
        for hit in hits:
            local = to_local(hit.published_at).replace(tzinfo=None) if hit.published_at else None
            yield [
                hit.id,
                local,
                hit.outlet or "",
                hit.title,
                hit.score,
                hit.snippet,
                hit.url,
                f"{base}/articles/{hit.id}",
            ]

    return header, rows()


def _file_name(extension: str) -> str:
    return f"toancanh-tim-kiem-{datetime.now(UTC):%Y%m%d-%H%M}.{extension}"


def _text_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@router.get("/search/export.csv")
def export_csv(request: Request, user: User = Depends(page_user)) -> Response:
    """UTF-8 with a byte-order mark, so that Excel reads Vietnamese correctly."""
    header, rows = _export_rows(request)
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        when = row[1].strftime("%d/%m/%Y %H:%M") if row[1] else ""
        writer.writerow([_text_cell(v) for v in [row[0], when, *row[2:]]])
    return Response(
        buffer.getvalue().encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{_file_name("csv")}"'},
    )


@router.get("/search/export.xlsx")
def export_xlsx(request: Request, user: User = Depends(page_user)) -> Response:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    header, rows = _export_rows(request)
    book = Workbook()
    sheet = book.active
    sheet.title = _gettext(request)("Results")[:31]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
            elif isinstance(value, datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
    for letter, width in zip("ABCDEFGH", (8, 17, 24, 60, 10, 80, 50, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return StreamingResponse(
        iter([out.getvalue()]),
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": f'attachment; filename="{_file_name("xlsx")}"'},
    )
