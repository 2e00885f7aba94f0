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


class ReactionJob(Model):
    """A reaction that must happen after a commit ("stock arrived: fill backorders"),
    written in the same transaction as its cause so that a crash cannot lose it.

    The process that commits runs it at once; `claimed_until` is its lease. A job still
    here once its lease has run out (its process died, or the reaction failed) is run
    again by any process's reaction worker. Reactions are idempotent.
    """

    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=64)
    payload: dict[str, Any] = fields.JSONField()  # type: ignore[assignment]
    created_at = fields.DatetimeField()
    claimed_until = fields.DatetimeField(db_index=True)
    attempts = fields.IntField(default=0)
    last_error = fields.TextField(null=True)

    class Meta:
        table = "reaction_job"
