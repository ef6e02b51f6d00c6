"""``/statements``: the registry of official statements, through ``services.statements``.

A draft is seen by its unit's analysts and the admins only (others get a 404); a published
statement by every signed-in user. Only its unit's analysts and the admins change one.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import Query
from pydantic import BaseModel, ConfigDict, Field

from toancanh.domain.statements import StatementSpec
from toancanh.services import pickup
from toancanh.services import statements as service
from toancanh.services.statements import MAX_TEXT, MAX_TITLE, StatementEdit
from toancanh.shapes import statement_json
from toancanh.web.api.common import MAX_ID, ActorDep, AnalystActor, Router, StoreDep, id_path
from toancanh.web.api.models import Page, Time
from toancanh.web.api.paging import Limit, Offset, page

router = Router("statements", "/statements")
StatementId = Annotated[int, id_path("statement")]
Kind = Literal["press_release", "briefing", "press_answer", "correction_request", "explainer"]
Status = Literal["draft", "published", "corrected", "withdrawn"]
Title = Annotated[str, Field(min_length=1, max_length=MAX_TITLE)]
Body = Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]
Issuer = Annotated[
    str, Field(min_length=1, max_length=300, description="A body's name or abbreviation.")
]
Short = Annotated[str, Field(max_length=200)]
Url = Annotated[str, Field(max_length=2000, description="http:// or https:// only.")]
WatchIds = list[Annotated[int, Field(ge=1, le=MAX_ID)]]


class Version(BaseModel):
    version: int
    title: str
    text: str
    note: str = Field(description="What the correction changed.")
    changed_at: Time
    changed_by: str


class StatementOut(BaseModel):
    id: int
    title: str
    text: str
    issuer: str = Field(description="Today's body (the successor after the 2025 reorganisation).")
    issuer_written: str
    spokesperson: str | None
    kind: str
    issued_at: Time
    url: str | None
    legal_refs: list[str]
    status: str = Field(description="draft, published, corrected or withdrawn")
    embargo_until: Time
    withdrawn_reason: str | None
    unit: str | None
    version: int
    watch_ids: list[int]
    created_by: str
    created_at: Time
    updated_at: Time
    published_at: Time


class StatementDetail(StatementOut):
    versions: list[Version] = Field(description="Earlier wordings, oldest first.")


@router.read(
    "",
    "Statements, newest first",
    Page[StatementOut],
    description="Drafts only of your unit (admins: all), as `toancanh statements list --json`.",
)
def list_statements(
    store: StoreDep,
    actor: ActorDep,
    status: Annotated[Status | None, Query(description="Only these.")] = None,
    issuer: Annotated[str | None, Query(max_length=300, description="Only this body's.")] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = service.list_statements(
        store, actor, status=status, issuer=issuer, limit=limit + 1, offset=offset
    )
    return page(found, limit, offset, statement_json)


class StatementIn(BaseModel):
    title: Title
    text: Body
    issuer: Issuer
    issued_at: datetime
    kind: Kind = "press_release"
    spokesperson: Short | None = None
    url: Url | None = None
    watch_ids: WatchIds = Field(default_factory=list, max_length=50)
    embargo_until: datetime | None = Field(
        default=None, description="Not in the public feeds before this time."
    )
    status: Literal["draft", "published"] = "draft"


@router.write("post", "", "Register a statement (analyst)", StatementOut, status_code=201)
def add_statement(store: StoreDep, actor: AnalystActor, body: StatementIn) -> dict[str, Any]:
    spec = StatementSpec(
        **body.model_dump(exclude={"status", "watch_ids"}),
        watch_ids=tuple(body.watch_ids),
        unit=actor.unit,
    )
    return statement_json(service.add_statement(store, actor, spec, status=body.status))


@router.read("/{statement_id}", "One statement with its earlier versions", StatementDetail)
def show_statement(store: StoreDep, actor: ActorDep, statement_id: StatementId) -> dict[str, Any]:
    return statement_json(service.get_statement(store, actor, statement_id), versions=True)


class FigureDifference(BaseModel):
    kind: str = Field(description="amount or date")
    article: str = Field(description="As the article writes it.")
    statement: str = Field(description="As the statement writes it.")


class PickupArticle(BaseModel):
    article_id: int
    title: str
    url: str
    outlet: str | None
    published_at: Time
    score: float
    differences: list[FigureDifference]


class OutletCount(BaseModel):
    outlet: str
    articles: int


class PickupOut(BaseModel):
    """The monitored articles that carry the statement (published after it)."""

    statement_id: int
    articles: int
    outlets: int
    first_pickup_at: Time
    time_to_first_pickup_seconds: int | None
    top_outlets: list[OutletCount]
    differing: list[PickupArticle] = Field(description="Articles stating a figure otherwise.")
    pickups: list[PickupArticle] = Field(description="The first pickups, earliest first.")


@router.read("/{statement_id}/pickup", "The articles that carry a statement", PickupOut)
def statement_pickup(store: StoreDep, actor: ActorDep, statement_id: StatementId) -> dict[str, Any]:
    return pickup.summary(store, actor, statement_id).as_json()


class EditIn(BaseModel):
    """Only the fields given change; ``watch_ids`` replaces the list."""

    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    text: Body | None = None
    issuer: Issuer | None = None
    issued_at: datetime | None = None
    kind: Kind | None = None
    spokesperson: Short | None = None
    url: Url | None = None
    watch_ids: WatchIds | None = Field(default=None, max_length=50)
    embargo_until: datetime | None = None


@router.write(
    "patch",
    "/{statement_id}",
    "Change a draft (analyst)",
    StatementOut,
    description="A published statement answers 409: correct it instead.",
)
def edit_statement(
    store: StoreDep, actor: AnalystActor, statement_id: StatementId, body: EditIn
) -> dict[str, Any]:
    edit = StatementEdit(**body.model_dump(exclude_unset=True))
    return statement_json(service.edit_statement(store, actor, statement_id, edit))


@router.write(
    "post",
    "/{statement_id}/publish",
    "Publish a draft (analyst)",
    StatementOut,
    description="The public feeds show it once any embargo has passed.",
)
def publish_statement(
    store: StoreDep, actor: AnalystActor, statement_id: StatementId
) -> dict[str, Any]:
    return statement_json(service.publish_statement(store, actor, statement_id))


class CorrectIn(BaseModel):
    note: Annotated[str, Field(min_length=1, max_length=5000)] = Field(
        description="What the correction changes."
    )
    title: Title | None = None
    text: Body | None = None


@router.write(
    "post",
    "/{statement_id}/correct",
    "Correct a published statement (analyst)",
    StatementDetail,
    description="The earlier wording is kept as a version with the note.",
)
def correct_statement(
    store: StoreDep, actor: AnalystActor, statement_id: StatementId, body: CorrectIn
) -> dict[str, Any]:
    done = service.correct_statement(
        store, actor, statement_id, note=body.note, title=body.title, text=body.text
    )
    return statement_json(done, versions=True)


class WithdrawIn(BaseModel):
    reason: Annotated[str, Field(min_length=1, max_length=5000)]


@router.write(
    "post",
    "/{statement_id}/withdraw",
    "Withdraw a statement (analyst)",
    StatementOut,
    description="The record stays, with its reason.",
)
def withdraw_statement(
    store: StoreDep, actor: AnalystActor, statement_id: StatementId, body: WithdrawIn
) -> dict[str, Any]:
    return statement_json(service.withdraw_statement(store, actor, statement_id, body.reason))
