"""The audit log: who changed what through the API, and with which input."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class AuditEvent(Model):
    """One successful state-changing mutation (written by the mutation pipeline)."""

    id = fields.BigIntField(primary_key=True)
    operation = fields.CharField(max_length=64, db_index=True)
    actor = fields.CharField(max_length=200)  # as history records callers: role:scope#tokenN (operator)
    actor_role = fields.CharField(max_length=16)
    actor_token_id = fields.IntField(null=True, db_index=True)
    actor_name = fields.CharField(max_length=200, null=True)  # the token's name
    operator = fields.CharField(max_length=100, null=True)  # the person at the device (X-Operator)
    object_type = fields.CharField(max_length=64, null=True)
    object_id = fields.CharField(max_length=100, null=True, db_index=True)  # a global id
    input: dict[str, Any] = fields.JSONField(null=True)  # type: ignore[assignment]  # secrets redacted
    # [{field, from, to}] where the service noted its changes (services.audit.note_change)
    changes: list[dict[str, Any]] = fields.JSONField(null=True)  # type: ignore[assignment]
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "audit_event"
