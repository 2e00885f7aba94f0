"""The outbox: every domain event, written in the business transaction.

`id` orders inserts; `seq` is the public, gap-free delivery order assigned by the relay
after commit (commit order, which `id` is not under concurrency). Cursors are `seq`.
"""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class OutboxEvent(Model):
    id = fields.BigIntField(primary_key=True)
    seq = fields.BigIntField(null=True, unique=True)
    topic = fields.CharField(max_length=64)
    aggregate_type = fields.CharField(max_length=32)
    aggregate_id = fields.BigIntField()
    payload: dict[str, Any] = fields.JSONField()  # type: ignore[assignment]
    occurred_at = fields.DatetimeField()
    published = fields.BooleanField(default=False)

    class Meta:
        table = "outbox_event"
        indexes = (("published", "seq"),)
