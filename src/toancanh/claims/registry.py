"""One index of the statements registry per process, read by claim matching and pickup.

The claims step (``ingest.claims``, ``services.claims``) and the pickup step
(``claims.pickup``) compare text with the same statements (the published and corrected
ones, by id) through the same TF-IDF index (``claims.match.build_index``). A fit of
10,000 statements costs about a second and some 70 MB: a process running both steps
would hold two copies and fit twice after each change of the registry. A
``RegistryIndex`` is built once for both, and again only when the registry's stamp
(``store.pickups.stamp``: the count, highest id and latest change of the statements)
differs from the one it was built at. It belongs to whoever runs the steps (a worker
process, an ingest or import run, the web app, a command), so nothing is cached in a
module, and a process that matches nothing builds nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from toancanh.domain.pickups import PickupStatement

if TYPE_CHECKING:
    from toancanh.claims.match import StatementIndex


class RegistrySource(Protocol):
    """What the index is read from (``store.pickups``)."""

    def stamp(self) -> object: ...
    def statements(self) -> list[PickupStatement]: ...


class RegistryStore(Protocol):
    """A store that has the statements (a protocol: the store is a layer above)."""

    @property
    def pickups(self) -> RegistrySource: ...


@dataclass(frozen=True)
class Registry:
    """The statements at one stamp and their index; never changed once built."""

    stamp: object
    statements: list[PickupStatement]  # by id, as the index's rows
    index: StatementIndex
    titles: dict[str, str]  # statement id (as the index has it) -> title


def build_registry(statements: Sequence[PickupStatement], stamp: object = None) -> Registry:
    from toancanh.claims.match import build_index  # sklearn: on first use

    index = build_index([(str(s.id), s.text) for s in statements])
    titles = {str(s.id): s.title for s in statements}
    return Registry(stamp, list(statements), index, titles)


@dataclass
class RegistryIndex:
    """The registry's index, rebuilt only when the registry has changed since."""

    _built: Registry | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    builds: int = 0  # how many times the index was built (tests, the benches)

    def get(self, source: RegistrySource) -> Registry:
        stamp = source.stamp()
        with self._lock:  # one build at a time: concurrent callers wait for it
            built = self._built
            if built is None or built.stamp != stamp:
                built = self._built = build_registry(source.statements(), stamp)
                self.builds += 1
        return built

    def of(self, store: RegistryStore) -> Registry:
        """``get`` from a store's statements."""
        return self.get(store.pickups)
