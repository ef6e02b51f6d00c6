"""Press commissioning (migration 0012): orders to press agencies, what each order asks
for, its watchlists and the analyst's decision on each delivered article.

``plan_id`` is a plain integer without a foreign key: the ``plans`` table (migration 0011)
is built on another branch at the same time. The service checks that the plan exists when
the store has a plans repository; a foreign key can be added by a later migration.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Date, Index, Integer, String, Text

from toancanh.store.schema.base import UTCDateTime, keyless_table, ref, table

commissions = table(
    "commissions",
    Column("plan_id", Integer),  # plans.id, no foreign key (see above)
    Column("unit", String(200)),  # the ordering unit (its account's unit); None: the operator's
    Column("outlet", String(200), nullable=False),
    Column("contract_number", String(100)),
    Column("contract_date", Date),
    Column("value", BigInteger, nullable=False),  # whole đồng
    Column("since", Date, nullable=False),
    Column("until", Date, nullable=False),
    Column("criteria", Text),
    Column("created_by", String(320), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index("ix_commissions_plan", "plan_id"),
    Index("ix_commissions_unit", "unit"),
)

# What an order asks for: 8 articles, 2 in-depth reports, 1 talk show.
commission_deliverables = keyless_table(
    "commission_deliverables",
    ref("commission_id", "commissions", primary_key=True),
    Column("kind", String(16), primary_key=True),
    Column("count", Integer, nullable=False),
)

commission_watches = keyless_table(
    "commission_watches",
    ref("commission_id", "commissions", primary_key=True),
    ref("watch_id", "watches", primary_key=True, index=True),
)

# The analyst's decision on a delivered article (an article found but not decided yet is
# "proposed" and has no row).
commission_items = keyless_table(
    "commission_items",
    ref("commission_id", "commissions", primary_key=True),
    ref("article_id", "articles", primary_key=True, index=True),
    Column("state", String(16), nullable=False),  # accepted, rejected
    Column("decided_by", String(320), nullable=False),
    Column("decided_at", UTCDateTime, nullable=False),
    Column("note", Text),
)
