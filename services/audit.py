"""The audit log: every successful state-changing mutation, with who (token id and name, and
the person at the device when the request names one), when, what (operation and object), the
input given and, where a service notes them (`note_change`: master data and configuration),
each field's value before and after; secrets redacted. Written once, by the mutation
pipeline (`schema.mutations`), right after the mutation's own transaction committed."""

from __future__ import annotations

import contextlib
import functools
import logging
import re
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from models.audit import AuditEvent
from models.inserts import insert_all, new_row
from services.access import MAX_OPERATOR, Principal
from services.db import connection

log = logging.getLogger("oms.audit")

REDACTED = "[redacted]"
# Input keys whose values are never stored: secrets, and URLs that may carry one.
SECRET_WORDS = ("secret", "password", "token", "webhook_url")


# The changes noted while one mutation runs; None outside a mutation (nothing is collected).
_changes: ContextVar[list[dict[str, Any]] | None] = ContextVar("audit_changes", default=None)


@contextlib.contextmanager
def collecting() -> Iterator[list[dict[str, Any]]]:
    """Collect the field changes the services note (`note_change`) while one mutation runs."""
    found: list[dict[str, Any]] = []
    token = _changes.set(found)
    try:
        yield found
    finally:
        _changes.reset(token)


def note_change(field: str, before: Any, after: Any) -> None:
    """Note a field's old and new value for the running mutation's audit event (`field` as the
    model names it; recorded by its API name). Unchanged values and calls outside a mutation
    are ignored."""
    found = _changes.get()
    if found is None or before == after:
        return
    name = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), field)
    found.append({"field": name, "from": redact(before, field), "to": redact(after, field)})


@functools.lru_cache(maxsize=4096)
def _secret(key: str) -> bool:
    """Whether a value under `key` is a secret. Kept per key: the same few field names come
    with every mutation's input (a client's own metadata keys too, hence the bound)."""
    lowered = key.lower()
    return any(word in lowered for word in SECRET_WORDS)


def redact(value: Any, key: str = "") -> Any:
    """A JSON-ready copy of `value`, every secret replaced by REDACTED."""
    if value is not None and _secret(key):
        return REDACTED
    if isinstance(value, dict):
        return {k: redact(v, str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)  # Decimal, and anything else a client can send


async def record(
    principal: Principal,
    *,
    operation: str,
    object_type: str | None,
    object_id: str | None,
    given: dict[str, Any] | None,
    changes: list[dict[str, Any]] | None = None,
) -> None:
    """Write one audit event (`changes`: what `collecting` gathered; none: null). Called after the mutation committed: a failure here is logged,
    not turned into an error for a change that has already happened."""
    try:
        # insert_all: the INSERT's text built once (tortoise's create builds it every time).
        row = new_row(
            AuditEvent,
            operation=operation,
            actor=principal.actor,
            actor_role=principal.role.value,
            actor_token_id=principal.token_id,
            actor_name=principal.name,
            operator=principal.operator,
            object_type=object_type,
            object_id=object_id,
            input=redact(given) if given is not None else None,
            changes=changes or None,
        )
        await insert_all([row], using_db=connection())
    except Exception:  # the change stands; say loudly that its audit entry is missing
        log.exception("audit event for %s by %s not recorded", operation, principal.actor)


@dataclass(frozen=True)
class AuditSearch:
    actor: str | None = None  # the token's name, its actor label or the operator
    object_id: str | None = None
    operation: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def search_audit(principal: Principal, criteria: AuditSearch) -> QuerySet[AuditEvent]:
    """Audit events, for staff only (anyone else: none)."""
    query = AuditEvent.all() if principal.is_staff else AuditEvent.filter(id__in=[])
    if criteria.actor:
        who = Q(actor_name=criteria.actor) | Q(actor=criteria.actor)
        if len(criteria.actor) <= MAX_OPERATOR:  # a longer name cannot be an operator's
            who |= Q(operator=criteria.actor)
        query = query.filter(who)
    if criteria.object_id:
        query = query.filter(object_id=criteria.object_id)
    if criteria.operation:
        query = query.filter(operation=criteria.operation)
    if criteria.since:
        query = query.filter(created_at__gte=criteria.since)
    if criteria.until:
        query = query.filter(created_at__lt=criteria.until)
    return query
