"""Which queue each task goes to (kept apart from the tasks: the CLI reads it without
importing Celery)."""

from __future__ import annotations

# Task name -> queue. Operators size each queue's workers (`toancanh worker --queues`).
ROUTES = {
    "toancanh.queue_due_sources": "fetch",
    "toancanh.poll_source": "fetch",
    "toancanh.fetch_article": "fetch",
    "toancanh.extract_article": "extract",
    "toancanh.analyze_article": "analyze",
    "toancanh.match_articles": "alerts",
    "toancanh.periodic_alerts": "alerts",
}
QUEUES = ("fetch", "extract", "analyze", "alerts")
