"""Communication plans (migration 0011): a unit's plan for a year, the policies it covers
with their lifecycle stages, its activities, budget lines and KPIs."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Date, Float, Index, Integer, String, Text

from toancanh.store.schema.base import UTCDateTime, ref, table

plans = table(
    "plans",
    # A unit with plans cannot be removed (RESTRICT): its plans are its record.
    ref("unit_id", "directory_units", ondelete="RESTRICT", nullable=False),
    Column("year", Integer, nullable=False),
    Column("title", String(300), nullable=False),
    Column("objectives", Text, nullable=False, default=""),
    Column("created_by", String(320), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index("ix_plans_year_unit", "year", "unit_id"),
)

plan_policies = table(
    "plan_policies",
    ref("plan_id", "plans", nullable=False, index=True),
    Column("name", String(300), nullable=False),
    ref("watch_id", "watches", ondelete="SET NULL"),
)

# One row per stage of a policy: drafting, consultation, adoption, implementation, review.
plan_stages = table(
    "plan_stages",
    ref("policy_id", "plan_policies", nullable=False, index=True),
    Column("stage", String(16), nullable=False),
    Column("starts_on", Date),
    Column("ends_on", Date),
)

plan_activities = table(
    "plan_activities",
    ref("plan_id", "plans", nullable=False),
    ref("policy_id", "plan_policies", ondelete="SET NULL"),
    Column("kind", String(24), nullable=False),
    Column("title", String(300), nullable=False),
    Column("on_date", Date),
    Column("channel", String(200)),
    ref("person_id", "directory_people", ondelete="SET NULL"),
    Column("status", String(16), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index("ix_plan_activities_plan_date", "plan_id", "on_date"),
)

# Amounts in whole đồng.
plan_budget_lines = table(
    "plan_budget_lines",
    ref("plan_id", "plans", nullable=False, index=True),
    ref("activity_id", "plan_activities", ondelete="SET NULL"),
    Column("item", String(300), nullable=False),
    Column("planned", BigInteger, nullable=False, default=0),
    Column("committed", BigInteger, nullable=False, default=0),
    Column("spent", BigInteger, nullable=False, default=0),
    Column("source", String(200)),
)

plan_kpis = table(
    "plan_kpis",
    ref("plan_id", "plans", nullable=False, index=True),
    Column("name", String(300), nullable=False),
    Column("metric", String(24), nullable=False),
    ref("watch_id", "watches", ondelete="SET NULL"),
    Column("target", Float, nullable=False),
    Column("since", Date, nullable=False),
    Column("until", Date, nullable=False),
    Column("value", Float),  # manual KPIs only
    Column("source", Text),  # manual KPIs: where the value comes from
)
