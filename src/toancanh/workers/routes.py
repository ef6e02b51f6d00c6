"""Which queue each task goes to, as the pipeline declares it (``toancanh.pipeline``,
which imports no Celery: the CLI reads the queues without loading it)."""

from __future__ import annotations

from toancanh.pipeline import QUEUES, ROUTES

__all__ = ["QUEUES", "ROUTES"]
