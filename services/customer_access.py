"""Customers sign themselves in without passwords: a one-time code by notification, traded
for a short-lived CUSTOMER token and a refresh token that rotates; and storefronts (CHANNEL
tokens) exchange their own signed-in session for a customer token limited to their channel.

No email oracle: asking for a code does the same work and gives the same answer for every
well-formed email (a code is stored and a notification recorded either way; the worker
sends nothing to an email that has never ordered). Codes and refresh tokens are stored as
keyed hashes only; a code works once, until it expires, and wrong codes spend it.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F

from models.access import Role
from models.customers import CustomerRefreshToken, NotificationKind, SignInCode
from services.access import EMAIL, Principal, hash_token, issue_token
from services.errors import DomainError, ErrorCode
from services.notifications import check_language, record_notification
from services.throttle import Limits, take
from services.uow import unit_of_work
from settings import Settings

REFRESH_PREFIX = "omsr_"  # not "oms_": a refresh token is never a bearer token
CODE_DIGITS = 6
MAX_EMAIL = SignInCode._meta.fields_map["email"].max_length  # type: ignore[attr-defined]
WRONG_CODE = "The code is wrong, used or expired; ask for a new one."
WRONG_REFRESH = "The refresh token is unknown, used or expired; sign in again."


@dataclass(frozen=True)
class CustomerSession:
    token: str
    expires_at: datetime
    refresh_token: str
    refresh_expires_at: datetime
    email: str


def normalize_email(email: str, field: str = "email") -> str:
    email = email.strip().lower()
    if len(email) > MAX_EMAIL or not EMAIL.match(email):
        raise DomainError.one(ErrorCode.INVALID, "email must be an email address.", [field])
    return email


def _code_hash(email: str, code: str, secret: str) -> str:
    return hash_token(f"sign-in:{email}:{code}", secret=secret)


async def start_sign_in(*, email: str, language: str | None, client: str, limits: Limits, settings: Settings) -> int:
    """Record a one-time code for `email` and its notification; returns how many seconds it works."""
    email = normalize_email(email)
    language = check_language(language)
    await take(limits.sign_in_address, client, what="sign-in codes from this address")
    await take(limits.sign_in_email, email, what="sign-in codes for this email")
    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    seconds = int(settings.sign_in_code_seconds)
    async with unit_of_work() as conn:
        row = await SignInCode.create(
            email=email,
            code_hash=_code_hash(email, code, settings.secret_key),
            expires_at=datetime.now(UTC) + timedelta(seconds=seconds),
            using_db=conn,
        )
        await record_notification(
            conn,
            email=email,
            kind=NotificationKind.SIGN_IN_CODE,
            data={"code": code, "minutes": max(1, seconds // 60)},
            about=("sign_in_code", row.id),
            language=language,
        )
    return seconds


async def finish_sign_in(*, email: str, code: str, client: str, limits: Limits, settings: Settings) -> CustomerSession:
    """Trade a code for a session; a wrong code counts against every open code of the email."""
    await take(limits.sign_in_attempts, client, what="sign-in attempts from this address")
    email = normalize_email(email)
    code = code.strip()
    now = datetime.now(UTC)
    session: CustomerSession | None = None
    async with unit_of_work() as conn:
        open_codes = SignInCode.filter(
            email=email,
            used_at__isnull=True,
            expires_at__gt=now,
            failed_attempts__lt=settings.sign_in_code_max_attempts,
        ).using_db(conn)
        fits = len(code) == CODE_DIGITS and code.isascii() and code.isdigit()
        used = (
            await open_codes.filter(code_hash=_code_hash(email, code, settings.secret_key)).update(used_at=now)
            if fits
            else 0
        )
        if used:
            session = await _issue_session(conn, email=email, channel=None, family=None, settings=settings)
        else:
            await open_codes.update(failed_attempts=F("failed_attempts") + 1)
    if session is None:  # after the commit: the wrong attempt is counted
        raise DomainError.one(ErrorCode.INVALID, WRONG_CODE, ["code"])
    return session


async def refresh_session(*, refresh_token: str, settings: Settings) -> CustomerSession:
    """Trade a refresh token (once) for a new session of the same customer and channel; a
    spent one presented again spends its whole chain (it was stolen, or a client misbehaves)."""
    now = datetime.now(UTC)
    token_hash = hash_token(refresh_token.strip(), secret=settings.secret_key)
    session: CustomerSession | None = None
    async with unit_of_work() as conn:
        row = await CustomerRefreshToken.filter(token_hash=token_hash).using_db(conn).first()
        if row is not None and row.used_at is not None:
            await (
                CustomerRefreshToken.filter(family=row.family, used_at__isnull=True).using_db(conn).update(used_at=now)
            )
        elif row is not None and row.expires_at > now:
            taken = (
                await CustomerRefreshToken.filter(id=row.id, used_at__isnull=True).using_db(conn).update(used_at=now)
            )
            if taken == 1:
                session = await _issue_session(
                    conn, email=row.email, channel=row.channel_code, family=row.family, settings=settings
                )
    if session is None:
        raise DomainError.one(ErrorCode.INVALID, WRONG_REFRESH, ["refreshToken"])
    return session


async def create_for_channel(principal: Principal, *, email: str, settings: Settings) -> CustomerSession:
    """A storefront that signed its customer in itself gets a session for them, limited to
    its own channel's orders."""
    if principal.role is not Role.CHANNEL or principal.scope is None:
        raise DomainError.one(ErrorCode.FORBIDDEN, "Only a channel token can create customer tokens.", None)
    email = normalize_email(email)
    async with unit_of_work() as conn:
        return await _issue_session(conn, email=email, channel=principal.scope, family=None, settings=settings)


async def _issue_session(
    conn: BaseDBAsyncClient, *, email: str, channel: str | None, family: str | None, settings: Settings
) -> CustomerSession:
    now = datetime.now(UTC)
    expires_at = now + timedelta(seconds=settings.customer_token_seconds)
    _, token = await issue_token(
        role=Role.CUSTOMER,
        scope=email,
        secret=settings.secret_key,
        name="customer sign-in" if channel is None else f"storefront {channel}"[:200],
        expires_at=expires_at,
        channel_code=channel,
        using_db=conn,
    )
    refresh = REFRESH_PREFIX + secrets.token_urlsafe(32)
    refresh_expires_at = now + timedelta(seconds=settings.customer_refresh_seconds)
    await CustomerRefreshToken.create(
        token_hash=hash_token(refresh, secret=settings.secret_key),
        family=family or uuid.uuid4().hex,
        email=email,
        channel_code=channel,
        expires_at=refresh_expires_at,
        using_db=conn,
    )
    return CustomerSession(token, expires_at, refresh, refresh_expires_at, email)
