"""Expected failures. Resolvers turn these into `userErrors`; nothing else is user-facing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class ErrorCode(StrEnum):
    INVALID = "INVALID"
    REQUIRED = "REQUIRED"
    NOT_FOUND = "NOT_FOUND"
    UNKNOWN_SKU = "UNKNOWN_SKU"
    UNKNOWN_CHANNEL = "UNKNOWN_CHANNEL"
    INVALID_QUANTITY = "INVALID_QUANTITY"
    DUPLICATE = "DUPLICATE"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT"
    INVALID_TRANSITION = "INVALID_TRANSITION"
    CURRENCY_MISMATCH = "CURRENCY_MISMATCH"
    INSUFFICIENT_STOCK = "INSUFFICIENT_STOCK"
    FORBIDDEN = "FORBIDDEN"
    WRONG_ITEM = "WRONG_ITEM"
    OVER_PICK = "OVER_PICK"
    ORDER_ON_HOLD = "ORDER_ON_HOLD"
    EDIT_WINDOW_CLOSED = "EDIT_WINDOW_CLOSED"
    ARCHIVED = "ARCHIVED"
    ORDER_NOT_EDITABLE = "ORDER_NOT_EDITABLE"
    LINE_ALREADY_PICKED = "LINE_ALREADY_PICKED"
    LINE_NOT_EDITABLE = "LINE_NOT_EDITABLE"
    BELOW_MINIMUM_ORDER_QUANTITY = "BELOW_MINIMUM_ORDER_QUANTITY"
    NOT_A_PACK_MULTIPLE = "NOT_A_PACK_MULTIPLE"


@dataclass(frozen=True)
class Problem:
    code: ErrorCode
    message: str
    field: tuple[str, ...] | None = None


@dataclass
class DomainError(Exception):
    """One or more expected problems; raised by services, rendered as userErrors."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        return "; ".join(p.message for p in self.problems)

    @classmethod
    def one(cls, code: ErrorCode, message: str, field: Sequence[str] | None = None) -> DomainError:
        return cls([Problem(code, message, tuple(field) if field is not None else None)])


def not_found(what: str, field: Sequence[str] | None = None) -> DomainError:
    return DomainError.one(ErrorCode.NOT_FOUND, f"{what} not found.", field)
