"""``toancanh worker`` whose page extractor crashes on pages that carry ``POISON_MARK``
and whose process dies on pages that carry ``DEATH_MARK`` (as a page exhausting memory
or crashing a C library would make it).

A hostile page that crashes a parsing library is the case the dead-letter queue exists
for; none of the hostile pages we tried crashes the real extractor (deep nesting, NUL
bytes, 10 MB attributes, broken encodings all end as recorded failures), so this test
worker stands in for a library bug. Everything else is the real worker.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import toancanh.ingest.pipeline as pipeline
from toancanh.cli import main

POISON_MARK = b"toancanh-test-poison-page"
DEATH_MARK = b"toancanh-test-deadly-page"
_real_extract_page = pipeline.extract_page


def _crashing_extract_page(page: Any, **options: Any) -> Any:
    if DEATH_MARK in page.body:
        os._exit(70)
    if POISON_MARK in page.body:
        raise RecursionError("maximum recursion depth exceeded while parsing the page")
    return _real_extract_page(page, **options)


pipeline.extract_page = _crashing_extract_page

if __name__ == "__main__":
    sys.exit(main())
