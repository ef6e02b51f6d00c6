"""Finding the routers of a package (the API's resources, the dashboard's pages)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable

from fastapi import APIRouter


def routers_of(package: str, path: Iterable[str]) -> list[APIRouter]:
    """The ``router`` of every module of ``package`` (found on ``path``), in name order."""
    found = []
    for info in sorted(pkgutil.iter_modules(path), key=lambda i: i.name):
        module = importlib.import_module(f"{package}.{info.name}")
        router = getattr(module, "router", None)
        if isinstance(router, APIRouter):
            found.append(router)
    return found
