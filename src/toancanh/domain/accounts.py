"""Users, their roles, and the audit log of what they changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

ROLES = ("viewer", "analyst", "admin")  # each can do what the one before can, and more


@dataclass(frozen=True)
class User:
    id: int
    email: str
    role: str
    unit: str | None
    disabled: bool
    created_at: datetime
    last_login_at: datetime | None = None
    locked_until: datetime | None = None
    failed_logins: int = 0
    has_password: bool = True

    def at_least(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
