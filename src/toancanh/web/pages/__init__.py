"""The dashboard's pages: each module has a ``router`` of server-rendered pages."""

from __future__ import annotations

from fastapi import APIRouter

from toancanh.web.routers import routers_of


def routers() -> list[APIRouter]:
    """The ``router`` of every module of this package, in name order."""
    return routers_of(__name__, __path__)
