"""Sending customer notifications: the notifiers (a signed webhook POST to the shop's
email/SMS provider, or SMTP) and the worker that claims due notifications, renders them and
hands them over, retrying with backoff until they go out or are given up. Like webhook
deliveries: claimed under a lease in a short transaction, sent after commit, at least once
(providers dedupe by `X-Event-Id`)."""

from __future__ import annotations

import asyncio
import json
import logging
import smtplib
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any, Protocol

import httpx

from models.customers import CustomerNotification, NotificationKind, NotificationPreference, NotificationStatus
from models.orders import Customer
from services.intake import signature
from services.notification_templates import render
from services.notifications import ALWAYS_SENT, without_secrets
from services.poll_worker import PollWorker
from services.sql import is_postgres
from services.uow import unit_of_work
from services.webhook_delivery import backoff_seconds
from settings import Settings
from subscriptions.topics import CUSTOMER_NOTIFICATION

log = logging.getLogger("oms.notifications")

N = NotificationStatus
CLAIM_BATCH = 50
ERROR_CHARS = 500


@dataclass(frozen=True)
class Message:
    id: int
    to: str
    kind: NotificationKind
    language: str
    subject: str
    body: str
    data: dict[str, Any]


class NotifyFailed(Exception):
    """The notifier did not take the message (it is tried again later)."""


class Notifier(Protocol):
    async def send(self, message: Message) -> None: ...


class WebhookNotifier:
    """POSTs `{id, topic, kind, language, to, subject, body, data}` to the provider, signed
    like outbound webhooks (X-Signature over the body with the shared secret)."""

    def __init__(self, client: httpx.AsyncClient, *, url: str, secret: str) -> None:
        self._client, self._url, self._secret = client, url, secret

    async def send(self, message: Message) -> None:
        body = json.dumps(
            {
                "id": f"ntf_{message.id}",
                "topic": CUSTOMER_NOTIFICATION,
                "kind": message.kind.value,
                "language": message.language,
                "to": message.to,
                "subject": message.subject,
                "body": message.body,
                "data": message.data,
            },
            ensure_ascii=False,
            separators=(",", ":"),
            sort_keys=True,
        ).encode()
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "Ordergraph-Notifications/1",
            "X-Signature": signature(self._secret, body, int(time.time())),
            "X-Event-Id": f"ntf_{message.id}",
            "X-Event-Topic": CUSTOMER_NOTIFICATION,
        }
        try:
            response = await self._client.post(self._url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise NotifyFailed(f"{type(exc).__name__}: {exc}") from exc
        if not 200 <= response.status_code < 300:
            raise NotifyFailed(f"HTTP {response.status_code}")


class SmtpNotifier:
    """Sends an email per notification through an SMTP server (smtplib, off the event loop)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def _send_now(self, message: Message) -> None:
        s = self._settings
        mail = EmailMessage()
        mail["From"] = s.smtp_sender
        mail["To"] = message.to
        mail["Subject"] = message.subject
        mail["X-Notification-Kind"] = message.kind.value
        mail["Message-ID"] = f"<ntf_{message.id}@{s.namespace}.ordergraph>"
        mail.set_content(message.body)
        mail["Content-Language"] = message.language  # after set_content, which drops Content-* headers
        with smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.webhook_timeout_seconds) as smtp:
            if s.smtp_starttls:
                smtp.starttls()
            if s.smtp_username:
                smtp.login(s.smtp_username, s.smtp_password or "")
            smtp.send_message(mail)

    async def send(self, message: Message) -> None:
        try:
            await asyncio.to_thread(self._send_now, message)
        except (smtplib.SMTPException, OSError) as exc:
            raise NotifyFailed(f"{type(exc).__name__}: {exc}") from exc


async def claim_due(*, now: datetime, lease: timedelta, limit: int = CLAIM_BATCH) -> list[CustomerNotification]:
    async with unit_of_work() as conn:
        query = (
            CustomerNotification.filter(status=N.PENDING, next_attempt_at__lte=now)
            .order_by("id")
            .limit(limit)
            .using_db(conn)
        )
        if is_postgres(conn):
            query = query.select_for_update(skip_locked=True)
        due = await query
        if due:
            await (
                CustomerNotification.filter(id__in=[n.id for n in due], status=N.PENDING)
                .using_db(conn)
                .update(next_attempt_at=now + lease)
            )
    return due


async def _finish(row: CustomerNotification, status: NotificationStatus, *, error: str | None = None) -> None:
    await CustomerNotification.filter(id=row.id, status=N.PENDING).update(
        status=status,
        attempts=row.attempts + (status is N.SENT),
        sent_at=datetime.now(UTC) if status is N.SENT else None,
        data=without_secrets(row.data),
        last_error=error,
    )


async def send_one(notifier: Notifier, row: CustomerNotification, settings: Settings) -> None:
    """Render and send one claimed notification, or skip it (opted out, nobody to send to),
    or schedule its next attempt."""
    kind = NotificationKind(row.kind)
    preference = await NotificationPreference.get_or_none(email=row.email)
    if kind not in ALWAYS_SENT and preference is not None and kind.value in preference.opted_out:
        await _finish(row, N.SKIPPED, error="opted out")
        return
    if kind in ALWAYS_SENT and not await Customer.exists(email=row.email):
        # Asked for an email that has never ordered: the API answered the same; nothing is sent.
        await _finish(row, N.SKIPPED, error="no such customer")
        return
    language = row.language or (preference.language if preference else None) or settings.notify_default_language
    values = dict(row.data)
    if values.get("tracking_number"):
        values["tracking_url"] = settings.tracking_url_template.format(tracking_number=values["tracking_number"])
    subject, body = render(kind, language, values)
    message = Message(row.id, row.email, kind, language, subject, body, without_secrets(row.data))
    try:
        await notifier.send(message)
    except NotifyFailed as exc:
        now = datetime.now(UTC)
        attempts = row.attempts + 1
        if (now - row.created_at).total_seconds() >= settings.notify_give_up_after_seconds:
            await _finish(row, N.GIVEN_UP, error=str(exc)[:ERROR_CHARS])
            return
        wait = backoff_seconds(
            attempts, base=settings.webhook_backoff_base_seconds, cap=settings.webhook_backoff_max_seconds
        )
        await CustomerNotification.filter(id=row.id, status=N.PENDING).update(
            attempts=attempts, next_attempt_at=now + timedelta(seconds=wait), last_error=str(exc)[:ERROR_CHARS]
        )
        return
    await _finish(row, N.SENT)


class NotificationWorker(PollWorker):
    """Turns events into notifications and sends the due ones, until stopped (background.py)."""

    name = "notification"
    log = log

    def __init__(self, settings: Settings) -> None:
        super().__init__(poll_seconds=settings.notify_poll_seconds, timeout_seconds=settings.webhook_timeout_seconds)
        self._settings = settings

    def _notifier(self, client: httpx.AsyncClient) -> Notifier | None:
        s = self._settings
        if s.notifier == "smtp":
            return SmtpNotifier(s)
        if not s.notify_webhook_url:
            return None  # nowhere to send yet: notifications wait
        return WebhookNotifier(client, url=s.notify_webhook_url, secret=s.notify_webhook_secret)

    async def run_once(self, client: httpx.AsyncClient) -> int:
        notifier = self._notifier(client)
        if notifier is None:
            return 0
        lease = timedelta(seconds=self._settings.webhook_timeout_seconds * 2 + 30)
        claimed = await claim_due(now=datetime.now(UTC), lease=lease)
        # Named like the worker ("oms-..."): the process's own background work, not a request's.
        sends = [
            asyncio.create_task(send_one(notifier, row, self._settings), name=f"oms-notification-{row.id}")
            for row in claimed
        ]
        await asyncio.gather(*sends)
        return len(claimed)
