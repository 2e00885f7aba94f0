"""Top-level GraphQL errors we mean to show (auth, bad arguments); everything else is masked."""

from __future__ import annotations

from collections.abc import Sequence

from graphql import GraphQLError

from services.errors import DomainError
from services.throttle import Throttled


class PublicError(GraphQLError):
    def __init__(self, message: str, code: str, **extensions: object) -> None:
        super().__init__(message, extensions={"code": code, **extensions})


def unauthenticated() -> PublicError:
    return PublicError("Authentication required: send Authorization: Bearer <token>.", "UNAUTHENTICATED")


def forbidden() -> PublicError:
    return PublicError("This token is not allowed to perform this operation.", "FORBIDDEN")


# Seconds a client is told to wait before trying again while a dependency is down.
RETRY_AFTER_SECONDS = 5


def service_unavailable() -> PublicError:
    """A dependency (the database) cannot be reached now; the request may be retried."""
    return PublicError(
        "The service is temporarily unavailable; try again shortly.",
        "SERVICE_UNAVAILABLE",
        retryAfter=RETRY_AFTER_SECONDS,
    )


def throttled(exc: Throttled) -> PublicError:
    """Over a rate limit: THROTTLED, with the seconds to wait (as the query-cost budget does)."""
    return PublicError(str(exc), "THROTTLED", retryAfter=exc.retry_after)


def from_domain(error: DomainError) -> PublicError:
    """A domain error where the API has no payload to put it in (queries, subscriptions)."""
    first = error.problems[0]
    return PublicError(str(error), first.code.value)


def user_error_fields(field: Sequence[str] | None) -> list[str] | None:
    return list(field) if field is not None else None
