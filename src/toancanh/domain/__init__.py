"""The core records that flow between the stages and the areas, one module per area.

``sources`` (sources, outlets), ``ingest`` (the records of the ingest stages and their
failures), ``articles`` (stored articles, search hits, stories), ``watches``, ``alerts``
(rules, alerts, channels, deliveries), ``incidents``, ``accounts`` (users, audit) and
``work`` (dead letters). Nothing is re-exported here: an import names the area module.
"""
