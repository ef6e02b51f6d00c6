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

from toancanh.analyze.topics import topic_display_name
from toancanh.analyze.types import SENTIMENT_LABELS
from toancanh.domain.accounts import User
from toancanh.domain.articles import SearchHit
from toancanh.errors import Invalid
from toancanh.store import Store
from toancanh.store.sql.search import COUNT_CAP, RANK_WINDOW
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


def _search(
    store: Store, form: SearchForm, found: Resolved
) -> tuple[list[SearchHit], bool, int | None]:
    """One page of results, whether there are more, and the total (None: no search)."""
    if not found.ok or found.query is None:
        return [], False, None
    hits = store.articles.search(
        found.query,
        found.filters,
        limit=PAGE_SIZE + 1,
        offset=(form.page - 1) * PAGE_SIZE,
        by_date=form.sort == "date",
    )
    return (
        hits[:PAGE_SIZE],
        len(hits) > PAGE_SIZE,
        store.articles.count_matches(found.query, found.filters, cap=COUNT_CAP),
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, user: User = Depends(page_user)) -> HTMLResponse:
    store = get_store(request)
    form = _form(request)
    found = resolve(store, form, _gettext(request))
    try:
        hits, more, total = _search(store, form, found)
    except Invalid as error:  # the search was too costly: said next to the query
        found.errors["q"] = error.translated(_gettext(request))
        hits, more, total = [], False, None
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
        total=total,
        total_cap=COUNT_CAP,
        ranked_window=RANK_WINDOW,
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
        raise found.query_error  # shown translated by the pages' error handler
    if found.errors:
        raise HTTPException(400, " ".join(found.errors.values()))
    if found.query is None:
        raise HTTPException(400, _gettext(request)("Type what to search for."))
    return form, found


def _export_rows(request: Request) -> tuple[list[str], Iterator[list[Any]]]:
    """The header and rows of an export: every result up to ``EXPORT_LIMIT``, in the
    page's order, with what the analysis found (topic, tone, agencies, places, legal
    documents) in the reader's language."""
    form, found = _checked(request)
    assert found.query is not None
    gettext = _gettext(request)
    store = get_store(request)
    hits = store.articles.search(
        found.query, found.filters, limit=EXPORT_LIMIT, by_date=form.sort == "date"
    )
    facets = store.articles.facets_of([hit.id for hit in hits])
    header = [
        gettext("ID"),
        gettext("Published"),
        gettext("Outlet"),
        gettext("Title"),
        gettext("Topic"),
        gettext("Tone"),
        gettext("Agencies"),
        gettext("Places"),
        gettext("Legal documents"),
        gettext("Snippet"),
        gettext("URL"),
        gettext("Article page"),
    ]
    base = str(request.base_url).rstrip("/")

    def rows() -> Iterator[list[Any]]:
        for hit in hits:
            local = to_local(hit.published_at).replace(tzinfo=None) if hit.published_at else None
            found_in = facets.get(hit.id, {})
            yield [
                hit.id,
                local,
                hit.outlet or "",
                hit.title,
                topic_display_name(hit.topic) if hit.topic else "",
                gettext(hit.sentiment.capitalize()) if hit.sentiment else "",
                "; ".join(found_in.get("agency", [])),
                "; ".join(found_in.get("place", [])),
                "; ".join(found_in.get("legal_ref", [])),
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
    widths = (8, 17, 24, 60, 24, 12, 30, 24, 24, 80, 50, 40)
    for letter, width in zip("ABCDEFGHIJKL", widths, strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return StreamingResponse(
        iter([out.getvalue()]),
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": f'attachment; filename="{_file_name("xlsx")}"'},
    )
