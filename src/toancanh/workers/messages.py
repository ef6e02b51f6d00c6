"""Records as task messages: JSON-safe dicts and back (the broker carries JSON only).

Datetimes travel as ISO 8601 with their offset, bytes (a fetched page's body) as base64;
every other field of the dataclasses passed between stages is already JSON.
"""

from __future__ import annotations

import base64
import dataclasses
import types
import typing
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # a typing-only protocol: "any dataclass"
    from _typeshed import DataclassInstance

Record = TypeVar("Record", bound="DataclassInstance")


def to_message(record: DataclassInstance) -> dict[str, Any]:
    """A dataclass instance as a JSON-safe dict."""
    return {
        field.name: _encode(getattr(record, field.name)) for field in dataclasses.fields(record)
    }


def _encode(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def from_message(kind: type[Record], message: dict[str, Any]) -> Record:
    """The dataclass ``kind`` from ``to_message``'s dict; unknown keys are an error."""
    hints = typing.get_type_hints(kind)
    names = {field.name for field in dataclasses.fields(kind)}
    unknown = set(message) - names
    if unknown:
        raise ValueError(f"{kind.__name__} has no field {', '.join(sorted(unknown))}")
    values = {name: _decode(hints[name], value) for name, value in message.items()}
    return kind(**values)


def _decode(hint: object, value: object) -> object:
    if value is None:
        return None
    options = typing.get_args(hint) if _is_union(hint) else (hint,)
    if datetime in options and isinstance(value, str):
        return datetime.fromisoformat(value)
    if bytes in options and isinstance(value, str):
        return base64.b64decode(value)
    return value


def _is_union(hint: object) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType)
