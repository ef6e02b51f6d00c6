"""Task forces (migration 0013): the members confirmed for an incident, the notifications
sent to them and the after-action review written when the incident closes."""

from __future__ import annotations

from sqlalchemy import Column, Index, String, Text, UniqueConstraint

from toancanh.store.schema.base import UTCDateTime, ref, table

task_force_members = table(
    "task_force_members",
    ref("incident_id", "incidents", nullable=False),
    # The directory record; the name, unit and official role are copied so that the task
    # force still reads right after the directory changes (SET NULL when a person leaves).
    ref("person_id", "directory_people", ondelete="SET NULL"),
    Column("name", String(200), nullable=False),
    Column("unit", String(300)),
    Column("official_role", String(16)),  # spokesperson, focal_point, head, press_contact
    Column("role", String(16), nullable=False),  # lead, spokesperson, liaison, analyst, member
    Column("reason", Text),  # why it was proposed
    Column("email", String(320)),
    Column("confirmed_by", String(320), nullable=False),
    Column("confirmed_at", UTCDateTime, nullable=False),
    UniqueConstraint("incident_id", "person_id", name="uq_task_force_members_person"),
    Index("ix_task_force_members_incident", "incident_id"),
)

task_force_notifications = table(
    "task_force_notifications",
    ref("incident_id", "incidents", nullable=False),
    Column("member", String(200), nullable=False),  # the member's name when it was sent
    Column("channel", String(100), nullable=False),
    Column("status", String(16), nullable=False),  # sent, failed
    Column("error", Text),
    Column("sent_by", String(320), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Index("ix_task_force_notifications_incident", "incident_id", "at"),
)

task_force_reviews = table(
    "task_force_reviews",
    ref("incident_id", "incidents", nullable=False),
    Column("what_happened", Text, nullable=False),
    Column("to_change", Text, nullable=False),
    Column("statement_ids", Text, nullable=False, default="[]"),  # JSON: the statements chosen
    Column("updated_by", String(320), nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("incident_id", name="uq_task_force_reviews_incident"),
)
