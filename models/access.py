"""API tokens: one role and, for scoped roles, one scope each. Only a hash is stored."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class Role(StrEnum):
    ADMIN = "ADMIN"
    OPS = "OPS"
    WAREHOUSE = "WAREHOUSE"
    CUSTOMER = "CUSTOMER"
    SUPPLIER = "SUPPLIER"
    CARRIER = "CARRIER"
    CHANNEL = "CHANNEL"


class ApiToken(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=200, default="")
    token_hash = fields.CharField(max_length=64, unique=True)
    # The first characters of the token, to tell tokens apart in listings.
    prefix = fields.CharField(max_length=16)
    role = fields.CharEnumField(Role, max_length=16)
    scope = fields.CharField(max_length=254, null=True)
    # A CUSTOMER token a storefront obtained (customerTokenCreate) sees that channel's orders only.
    channel_code = fields.CharField(max_length=64, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "api_token"
