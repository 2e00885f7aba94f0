"""The audit log: every successful state-changing mutation, with who (token id and name, and
the person at the device when the request names one), when, what (operation and object), the
input given and, where a service notes them (`note_change`: master data and configuration),
each field's value before and after; secrets redacted. Written once per mutation: with the
mutation's own transaction where its service says which object it acted on (`record_with`,
at the end of its outermost unit of work: orderCreate), so the change and its entry commit
together; else by the mutation pipeline (`schema.mutations`) right after that transaction."""

from __future__ import annotations

import contextlib
import functools
import logging
import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime
from enum import Enum
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from models.audit import AuditEvent
from models.inserts import insert_all, insert_later, new_row
from services.access import MAX_OPERATOR, Principal
from services.db import connection
from services.uow import on_commit, outermost

log = logging.getLogger("oms.audit")

REDACTED = "[redacted]"
# Input keys whose values are never stored: secrets, and URLs that may carry one.
SECRET_WORDS = ("secret", "password", "token", "webhook_url")


@dataclass
class Running:
    """The mutation running now, as its audit event needs it (`collecting`): who (None: an
    anonymous caller, or a mutation that is not audited), the operation, the input as given
    (made when the event is), how the API names an object by type and primary key, the
    changes the services note, and the object of an event already committed with the
    mutation's transaction (`record_with`)."""

    principal: Principal | None
    operation: str
    given: Callable[[], dict[str, Any] | None]
    global_id: Callable[[str, int], str]
    changes: list[dict[str, Any]] = dataclass_field(default_factory=list)
    committed: tuple[str, str] | None = None

    def event(self, principal: Principal, object_type: str | None, object_id: str | None) -> AuditEvent:
        """Its audit event (unsaved), naming `object_type` and `object_id`."""
        given = self.given()
        return new_row(
            AuditEvent,
            operation=self.operation,
            actor=principal.actor,
            actor_role=principal.role.value,
            actor_token_id=principal.token_id,
            actor_name=principal.name,
            operator=principal.operator,
            object_type=object_type,
            object_id=object_id,
            input=redact(given) if given is not None else None,
            changes=self.changes or None,
        )


# The mutation running now; None outside one (nothing is collected).
_running: ContextVar[Running | None] = ContextVar("audit_running", default=None)


@contextlib.contextmanager
def collecting(running: Running) -> Iterator[Running]:
    """Collect the field changes the services note (`note_change`) while `running` runs."""
    token = _running.set(running)
    try:
        yield running
    finally:
        _running.reset(token)


def note_change(field: str, before: Any, after: Any) -> None:
    """Note a field's old and new value for the running mutation's audit event (`field` as the
    model names it; recorded by its API name). Unchanged values and calls outside a mutation
    are ignored."""
    running = _running.get()
    if running is None or before == after:
        return
    name = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), field)
    running.changes.append({"field": name, "from": redact(before, field), "to": redact(after, field)})


async def record_with(object_type: str, pk: int, *, conn: BaseDBAsyncClient) -> None:
    """The running mutation's audit event, written with its transaction's held-back rows (no
    statement of its own, and never missing for a change that committed), naming the object
    the mutation answers with. For the end of a service's outermost unit of work, after the
    changes it notes; nothing inside a nested one (it is another mutation's part: an order
    of orderBulkCreate) or outside an audited mutation, where the pipeline writes the event
    after the commit as before."""
    running = _running.get()
    if running is None or running.principal is None or running.committed is not None or not outermost():
        return
    object_id = running.global_id(object_type, pk)
    await insert_later([running.event(running.principal, object_type, object_id)], using_db=conn)

    async def committed() -> None:  # only once the commit has taken the row with it
        running.committed = (object_type, object_id)

    on_commit(committed)


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


async def record(running: Running, *, object_type: str | None, object_id: str | None) -> None:
    """Write the running mutation's audit event after its transaction committed (one that
    `record_with` wrote is not written again). A failure here is logged, not turned into an
    error for a change that has already happened."""
    principal = running.principal
    if principal is None or running.committed is not None:
        return
    try:
        # insert_all: the INSERT's text built once (tortoise's create builds it every time).
        await insert_all([running.event(principal, object_type, object_id)], using_db=connection())
    except Exception:  # the change stands; say loudly that its audit entry is missing
        log.exception("audit event for %s by %s not recorded", running.operation, principal.actor)


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
