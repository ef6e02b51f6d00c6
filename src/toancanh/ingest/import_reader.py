"""Reading an import file as rows, whatever is in it: JSONL, CSV or TSV, plain or gzip,
UTF-8, windows-1258, or UTF-16/32 with a byte-order mark.

``iter_records(path)`` gives ``(line number, record)`` for every row, where a record is a
dict of fields or a ``RejectedRow`` saying why the row cannot be read. Nothing a file holds
stops the reading before its end, and nothing it holds is kept in memory whole:

* a line longer than ``MAX_LINE_CHARS`` is refused (``line_too_long``) while it is read,
  in pieces that are dropped: one 1 GiB line costs a few MB, not gigabytes;
* a CSV field longer than ``MAX_FIELD_CHARS`` is refused (``field_too_long``) and the
  reading goes on after the end of its record (quotes are counted to find it);
* JSON nested deeper than the parser can follow is ``invalid_json``, not a crash;
* past ``MAX_FILE_BYTES`` of (decompressed) content the file is refused from that line
  on (``file_too_large``): a small gzip file may unpack to far more than any export. The
  file is read 64 KiB ahead, so the line named is where the cap was met within 64 KiB.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, AnyStr, Generic, cast

from toancanh.text.encoding import decode_text

# A row's text is at most 1,000,000 characters (importers.MAX_TEXT_CHARS); as JSON with
# \uXXXX escapes that is up to 6 MB, so a line may be 8 MB. CSV fields get the text limit
# with room for the other columns.
MAX_LINE_CHARS = 8 * 2**20
MAX_FIELD_CHARS = 4 * 2**20
MAX_FILE_BYTES = 4 * 2**30  # 4 GiB decompressed: several hundred thousand articles
_PIECE = 2**20  # an over-long line is read and dropped this much at a time
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

csv.field_size_limit(MAX_FIELD_CHARS)


@dataclass(frozen=True)
class RejectedRow:
    line: int
    reason: str
    detail: str


Record = dict[str, Any] | RejectedRow


class LineTooLong(Exception):
    """Raised by ``Lines`` for a line past the limit, after reading past it."""


class FileTooLarge(Exception):
    pass


class _Counted(io.RawIOBase):
    """A readable stream that refuses to give more than ``limit`` bytes."""

    def __init__(self, inner: IO[bytes], limit: int) -> None:
        self._inner, self._limit, self._read = inner, limit, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._inner.read(len(buffer))
        self._read += len(data)
        if self._read > self._limit:
            raise FileTooLarge(f"more than {self._limit:,} bytes once decompressed")
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._inner.close()
        super().close()


class Lines(Generic[AnyStr]):
    """The lines of a stream (bytes or text), each at most ``limit`` characters; a longer
    one raises ``LineTooLong`` once read to its end. ``number`` is the last line's number
    and ``quotes`` how many ``"`` the lines held since ``quotes`` was last reset."""

    def __init__(self, stream: IO[AnyStr], limit: int = MAX_LINE_CHARS) -> None:
        self._stream: IO[AnyStr] = stream
        self._limit = limit
        self.number = 0
        self.quotes = 0

    def __iter__(self) -> Lines[AnyStr]:
        return self

    def __next__(self) -> AnyStr:
        line = self._stream.readline(self._limit + 1)
        if not line:
            raise StopIteration
        self.number += 1
        newline: Any = b"\n" if isinstance(line, bytes) else "\n"
        quote: Any = b'"' if isinstance(line, bytes) else '"'
        self.quotes += line.count(quote)
        if len(line) <= self._limit or line.endswith(newline):
            return line
        length = len(line)
        while line and not line.endswith(newline):  # drop the rest, piece by piece
            line = self._stream.readline(_PIECE)
            length += len(line)
            self.quotes += line.count(quote)
        raise LineTooLong(f"line of {length:,}+ characters, at most {self._limit:,}")


def iter_records(path: Path, *, required: str = "text") -> Iterator[tuple[int, Record]]:
    """(line number, record or rejection) for every row of a JSONL, CSV or TSV file; a CSV
    without a ``required`` column is refused at its header."""
    with _open(path) as stream:
        lines: Lines[Any] = Lines(stream)
        try:
            head = stream.peek(65536)[:65536]
            kind = _format_of(path, head)
            if kind != "jsonl" or head.startswith(_WIDE_BOMS):  # else: lines decoded one by
                encoding = decode_text(head).encoding if head else "utf-8"  # one (mixed)
                text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
                lines = Lines(text)
            if kind == "jsonl":
                yield from _jsonl_records(lines)
            else:
                delimiter = "\t" if kind == "tsv" else ","
                yield from _csv_records(lines, delimiter=delimiter, required=required)
        except FileTooLarge as exc:
            line = lines.number + 1
            yield line, RejectedRow(line, "file_too_large", f"{exc}; the rest is not read")
        except (OSError, EOFError, zlib.error) as exc:  # a damaged gzip file, say
            line = lines.number + 1
            yield line, RejectedRow(line, "unreadable_file", f"{exc}; the rest is not read")


def _open(path: Path) -> io.BufferedReader:
    """The file's content (decompressed), counted: closing it closes the file."""
    return io.BufferedReader(_Counted(_raw(path), MAX_FILE_BYTES), buffer_size=65536)


def _raw(path: Path) -> IO[bytes]:
    with path.open("rb") as probe:
        magic = probe.read(2)
    return cast(IO[bytes], gzip.open(path, "rb")) if magic == b"\x1f\x8b" else path.open("rb")


def _format_of(path: Path, head: bytes) -> str:
    """jsonl, csv or tsv: by the name (``.gz`` aside), else by the first character."""
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".gz"]
    if suffixes and suffixes[-1] in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffixes and suffixes[-1] in (".csv", ".tsv"):
        return suffixes[-1][1:]
    if head.startswith(_WIDE_BOMS):
        start = decode_text(head[:4096]).text.lstrip("\ufeff \t\r\n")
        return "jsonl" if start.startswith("{") else "csv"
    return "jsonl" if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "csv"


def _jsonl_records(lines: Lines[Any]) -> Iterator[tuple[int, Record]]:
    while True:
        try:
            raw = next(lines)
        except StopIteration:
            return
        except LineTooLong as exc:
            yield lines.number, RejectedRow(lines.number, "line_too_long", str(exc))
            continue
        text = raw if isinstance(raw, str) else decode_text(raw).text
        if text.strip():
            yield lines.number, parse_json_row(text, lines.number)


def parse_json_row(text: str, line: int) -> Record:
    """One JSONL line as a record with lower-case keys, or why it is refused."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return RejectedRow(line, "invalid_json", exc.msg)
    except RecursionError:
        return RejectedRow(line, "invalid_json", "nested too deeply")
    if not isinstance(record, dict):
        return RejectedRow(line, "not_an_object", "each line must be {...}")
    return {str(k).strip().lower(): v for k, v in record.items()}


def _csv_records(
    lines: Lines[str], delimiter: str, required: str = "text"
) -> Iterator[tuple[int, Record]]:
    """Rows of a CSV file; a row that cannot be read is reported and skipped, up to the
    end of its record (a quoted field may hold newlines)."""
    reader = csv.reader(lines, delimiter=delimiter)
    header: list[str] | None = None
    while True:
        start, lines.quotes = lines.number + 1, 0
        try:
            cells = next(reader)
        except StopIteration:
            return
        except (csv.Error, LineTooLong) as exc:
            reason = "line_too_long" if isinstance(exc, LineTooLong) else "invalid_csv"
            detail = str(exc)
            if "field larger than field limit" in detail:
                reason = "field_too_long"
                detail = f"a field of more than {MAX_FIELD_CHARS:,} characters"
            _skip_rest_of_record(lines)
            yield start, RejectedRow(start, reason, detail)
            continue
        if header is None:
            header = [c.strip().lstrip("\ufeff").lower() for c in cells]
            if required not in header:
                detail = f"no '{required}' column in {header}"
                yield start, RejectedRow(start, "missing_column", detail)
                return
        elif len(cells) > len(header):
            yield start, RejectedRow(start, "extra_fields", "more cells than header columns")
        elif cells:  # a blank line has none
            yield start, dict(zip(header, cells, strict=False))


def _skip_rest_of_record(lines: Lines[str]) -> None:
    """After a failure inside a quoted field (an odd number of quotes so far), read on to
    the line that closes it."""
    while lines.quotes % 2:
        try:
            next(lines)
        except StopIteration:
            return
        except LineTooLong:
            continue
