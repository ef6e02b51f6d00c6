"""``/sources``: the feeds, sitemaps and pages that are polled, with their health."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Response
from pydantic import BaseModel, Field

from toancanh.domain.sources import NewSource
from toancanh.services import sources as service
from toancanh.shapes import source_json
from toancanh.web.api.common import ActorDep, AdminActor, Router, StoreDep, id_path
from toancanh.web.api.models import Page, Source
from toancanh.web.api.paging import Limit, Offset, page_of

router = Router("sources", "/sources")


@router.read(
    "",
    "The sources, with their health",
    Page[Source],
    description="Last check, last success, last error and its reason, error streak (as "
    "`toancanh sources health --json`).",
)
def list_sources(
    store: StoreDep, actor: ActorDep, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    return page_of(service.list_sources(store, actor), limit, offset, source_json)


class SourceIn(BaseModel):
    url: str = Field(min_length=8, max_length=2000, description="Feed, sitemap or page URL.")
    kind: Literal["feed", "sitemap", "page"] = "feed"
    name: str | None = Field(default=None, max_length=200, description="A display name.")
    outlet: str | None = Field(
        default=None, max_length=200, description="The outlet that publishes it."
    )
    official: bool = Field(default=False, description="An official (state) source.")
    allow_private: bool = Field(
        default=False, description="Allow a private address (an intranet portal)."
    )
    interval_seconds: int | None = Field(
        default=None, ge=60, le=30 * 86400, description="Between polls (default: the setting)."
    )


@router.write(
    "post",
    "",
    "Add a source to poll (admin)",
    Source,
    status_code=201,
    description="The address is checked as every fetch checks it: a private or loopback "
    "address needs `allow_private`. A host that does not resolve now is accepted (every "
    "fetch checks it again).",
)
def add_source(store: StoreDep, actor: AdminActor, body: SourceIn) -> dict[str, Any]:
    new = NewSource(**body.model_dump())
    return source_json(service.add_source(store, actor, new).source)


@router.remove("/{source_id}", "Stop polling a source (admin)", "Its articles stay.")
def remove_source(
    store: StoreDep, actor: AdminActor, source_id: Annotated[int, id_path("source")]
) -> Response:
    service.remove_source(store, actor, source_id)
    return Response(status_code=204)
