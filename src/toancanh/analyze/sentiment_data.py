"""Readers for labelled sentiment sets: the project's JSONL and three public formats.

``read_labelled(path)`` detects the format and returns ``(text, label)`` pairs with
labels in ``positive | neutral | negative``:

* project JSONL: one ``{"text": ..., "label": "positive|neutral|negative"}`` per line
  (other keys, such as ``topic``, are ignored);
* AIVIVN 2019 JSONL: ``{"id", "text", "label"}`` with ``label`` 0 = positive,
  1 = negative (the set has no neutral class);
* UIT-VSFC: a folder with ``sents.txt`` and ``sentiments.txt`` (one sentence per line,
  0 = negative, 1 = neutral, 2 = positive);
* VLSP 2016: TSV, ``text<TAB>POS|NEG|NEU`` per line.
"""

from __future__ import annotations

import json
from pathlib import Path

from toancanh.analyze.types import SENTIMENT_LABELS

_UIT = {"0": "negative", "1": "neutral", "2": "positive"}
_VLSP = {"POS": "positive", "NEG": "negative", "NEU": "neutral"}
_AIVIVN = {0: "positive", 1: "negative"}
_ALIASES: dict[str, str] = {
    **{label: label for label in SENTIMENT_LABELS},
    "pos": "positive",
    "neg": "negative",
    "neu": "neutral",
}


class LabelledDataError(ValueError):
    """A labelled file is missing, of an unknown format, or has a malformed line."""


def read_labelled(path: Path) -> list[tuple[str, str]]:
    """``(text, label)`` pairs from a labelled file or UIT-VSFC folder (format detected)."""
    path = Path(path)
    if path.is_dir():
        return _read_uit(path)
    if not path.is_file():
        raise LabelledDataError(f"{path}: no such file or folder")
    if path.suffix.lower() == ".tsv":
        return _read_vlsp(path)
    if path.suffix.lower() in (".jsonl", ".json"):
        return _read_jsonl(path)
    raise LabelledDataError(
        f"{path}: unknown format (expected .jsonl, .tsv or a folder with sents.txt)"
    )


def normalize_label(value: str) -> str:
    """A label in ``positive | neutral | negative`` from a common spelling, or an error."""
    label = _ALIASES.get(str(value).strip().lower())
    if label is None:
        raise LabelledDataError(f"unknown label {value!r} (expected one of {SENTIMENT_LABELS})")
    return label


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise LabelledDataError(f"{path}: not UTF-8 text ({exc.reason})") from exc


def _read_uit(folder: Path) -> list[tuple[str, str]]:
    sents, labels = folder / "sents.txt", folder / "sentiments.txt"
    if not sents.is_file() or not labels.is_file():
        raise LabelledDataError(f"{folder}: a UIT-VSFC folder needs sents.txt and sentiments.txt")
    # "\n" only: a sentence may hold other characters that str.splitlines breaks on.
    texts = sents.read_text(encoding="utf-8-sig").rstrip("\n").split("\n")
    codes = labels.read_text(encoding="utf-8").split()
    if len(texts) != len(codes):
        raise LabelledDataError(f"{folder}: {len(texts)} sentences but {len(codes)} labels")
    pairs = []
    for number, (text, code) in enumerate(zip(texts, codes, strict=True), 1):
        if code not in _UIT:
            raise LabelledDataError(f"{labels}:{number}: label {code!r} is not 0, 1 or 2")
        pairs.append((text.strip(), _UIT[code]))
    return pairs


def _read_vlsp(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for number, line in enumerate(_lines(path), 1):
        if not line.strip():
            continue
        text, tab, code = line.rpartition("\t")
        if not tab or code.strip() not in _VLSP:
            raise LabelledDataError(f"{path}:{number}: expected text<TAB>POS|NEG|NEU")
        pairs.append((text.strip(), _VLSP[code.strip()]))
    return pairs


def _read_jsonl(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for number, line in enumerate(_lines(path), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LabelledDataError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise LabelledDataError(f'{path}:{number}: expected an object with a "text" string')
        label = record.get("label")
        if isinstance(label, int) and not isinstance(label, bool) and label in _AIVIVN:
            pairs.append((record["text"].strip(), _AIVIVN[label]))
            continue
        try:
            pairs.append((record["text"].strip(), normalize_label(str(label))))
        except LabelledDataError as exc:
            raise LabelledDataError(f"{path}:{number}: {exc}") from exc
    return pairs
