"""``toancanh worker`` whose page extractor crashes on pages that carry ``POISON_MARK``.

A hostile page that crashes a parsing library is the case the dead-letter queue exists
for; none of the hostile pages we tried crashes the real extractor (deep nesting, NUL
bytes, 10 MB attributes, broken encodings all end as recorded failures), so this test
worker stands in for a library bug. Everything else is the real worker.
"""

from __future__ import annotations

import sys
from typing import Any

import toancanh.ingest.pipeline as pipeline
from toancanh.cli import main

POISON_MARK = b"toancanh-test-poison-page"
_real_extract_page = pipeline.extract_page


def _crashing_extract_page(page: Any, **options: Any) -> Any:
    if POISON_MARK in page.body:
        raise RecursionError("maximum recursion depth exceeded while parsing the page")
    return _real_extract_page(page, **options)


pipeline.extract_page = _crashing_extract_page

if __name__ == "__main__":
    sys.exit(main())
