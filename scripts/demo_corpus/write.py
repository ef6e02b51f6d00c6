"""Serialise the corpus byte-for-byte reproducibly (gzip with a zero mtime, sorted rows)."""

from __future__ import annotations

import gzip
import io
import json
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from .generate import Item


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def row(item: Item) -> dict[str, str]:
    """One JSONL object; keys in the documented order."""
    return {
        "url": item.url,
        "title": _nfc(item.draft.title),
        "text": _nfc(item.draft.text),
        "published_at": item.published.isoformat(),
        "outlet": item.outlet.name,
        "author": _nfc(item.author),
    }


def jsonl_gz(items: Sequence[Item]) -> bytes:
    lines = "".join(json.dumps(row(item), ensure_ascii=False) + "\n" for item in items)
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(lines.encode("utf-8"))
    return buffer.getvalue()


def json_bytes(document: object) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
