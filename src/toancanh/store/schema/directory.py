"""The network directory (migration 0010): units and the people in official roles there."""

from __future__ import annotations

from sqlalchemy import Column, Date, Index, String, Text, UniqueConstraint

from toancanh.store.schema.base import UTCDateTime, ref, table

directory_units = table(
    "directory_units",
    Column("name", String(300), nullable=False),
    # ministry, agency, government, province, press, other
    Column("kind", String(16), nullable=False),
    # A unit with children cannot be removed (the service refuses); SET NULL is the net.
    ref("parent_id", "directory_units", ondelete="SET NULL", index=True),
    Column("aliases", Text, nullable=False, default="[]"),  # JSON list of other names
    Column("origin", String(16), nullable=False),  # gazetteer, catalog, manual
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("name", name="uq_directory_units_name"),
    Index("ix_directory_units_kind", "kind", "name"),
)

directory_people = table(
    "directory_people",
    # A unit with people cannot be removed (the service refuses; RESTRICT holds it too).
    ref("unit_id", "directory_units", ondelete="RESTRICT", nullable=False),
    Column("name", String(200), nullable=False),
    Column("title", String(200)),
    Column("role", String(16), nullable=False),  # spokesperson, focal_point, head, ...
    Column("phone", String(50)),
    Column("email", String(320)),
    Column("verified_on", Date),
    Column("created_by", String(320), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index("ix_directory_people_unit_role", "unit_id", "role"),
    Index("ix_directory_people_role", "role"),
)
