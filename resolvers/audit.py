"""The audit log: the root field."""

from __future__ import annotations

import strawberry

from resolvers.context import Info, principal_of
from resolvers.paging import page_of
from schema.audit import AuditEvent, AuditEventConnection, AuditEventFilter
from schema.common import connection
from schema.sorts import AuditEventSort, sort_args
from services import audit as svc


@strawberry.type
class Query:
    @strawberry.field(description="Who changed what through the API, newest first.")
    async def audit_events(
        self,
        info: Info,
        filter: AuditEventFilter | None = None,
        sort_by: AuditEventSort | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> AuditEventConnection:
        f = filter or AuditEventFilter()
        criteria = svc.AuditSearch(
            actor=f.actor, object_id=f.object_id, operation=f.operation, since=f.from_, until=f.to
        )
        return connection(
            await page_of(
                info,
                svc.search_audit(principal_of(info), criteria),
                first=first,
                after=after,
                last=last,
                before=before,
                **sort_args(sort_by or AuditEventSort()),
            ),
            AuditEvent.from_model,
        )
