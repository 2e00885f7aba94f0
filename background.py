"""What runs beside the requests: the database and the bus opened, the outbox relay, and the
background loops. One list, started in order and stopped in reverse, for the API's lifespan
(app.py) and for `oms worker` (cli_worker.py), which runs the same without HTTP.

The loops (reactions left behind, webhook delivery, customer notifications, alert rules,
forecast refresh, rollup refresh) run in every `oms serve` process unless `OMS_BACKGROUND_WORKERS=false`
hands them to dedicated `oms worker` processes. Every loop claims its rows (`FOR UPDATE SKIP
LOCKED`, leases, unique keys, advisory locks), so any number of processes on any number of
hosts may run them at once.

The relay is not one of the loops an API process gives up: a commit wakes its own process's
relay, which sequences and publishes at once (services/uow.py); without it, live events
would wait for a worker's idle poll (`OMS_RELAY_POLL_SECONDS`). So every process that
commits keeps one, a worker included (its loops commit events too), except a worker on the
in-process bus (`memory://`): its events would be published where no subscriber listens,
and marked published, so it leaves them to the API process's relay.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager, AsyncExitStack

from services import db
from services.alert_rules import AlertRulesWorker
from services.forecast_refresh import ForecastRefreshWorker
from services.notifiers import NotificationWorker
from services.reactions import ReactionWorker
from services.rollup_refresh import RollupRefreshWorker
from services.webhook_delivery import WebhookWorker
from services.wiring import wire
from settings import Settings
from subscriptions.bus import EventBus, events_channel
from subscriptions.relay import OutboxRelay


def make_bus(settings: Settings) -> EventBus:
    return EventBus(
        settings.broadcast_url,
        queue_size=settings.subscriber_queue_size,
        channel=events_channel(settings.namespace),
        connect_timeout=settings.bus_connect_timeout_seconds,
    )


class Background:
    """One process's relay and loops (`loops`: the background loops too; `relay`: whether the
    outbox relay runs, `self.relay` either way). `start` opens them on an AsyncExitStack,
    which closes them in reverse: the loops stop before the relay, the relay before the bus,
    the bus before the database."""

    def __init__(self, settings: Settings, bus: EventBus, *, loops: bool, relay: bool = True) -> None:
        self.settings = settings
        self.bus = bus
        self.relay = OutboxRelay(
            bus, poll_seconds=settings.relay_poll_seconds, lock_timeout_seconds=settings.relay_lock_timeout_seconds
        )
        self.relay_on = relay
        self.reactions = ReactionWorker(poll_seconds=settings.reaction_poll_seconds) if loops else None
        # The loops, in start order: a name for the start-up log line, and how to make one
        # (the reaction worker is made here: /metrics reads it).
        self.loops: list[tuple[str, Callable[[], AbstractAsyncContextManager[object]]]] = []
        if (reactions := self.reactions) is not None:
            self.loops = [
                # Reactions whose process died before running them (at start, then as leases run out).
                ("reactions", lambda: reactions),
                # Outbound webhooks: fan-out and delivery.
                ("webhooks", lambda: WebhookWorker(settings)),
                # Customer notifications: from events and services to the notifier (email/SMS provider or SMTP).
                ("notifications", lambda: NotificationWorker(settings)),
                # Risk alert rules every alert_rules_seconds (services/alert_rules.py; 0: off).
                ("alert rules", lambda: AlertRulesWorker(settings)),
                # Stored demand forecasts every forecast_refresh_seconds (services/forecast_refresh.py; 0: off).
                ("forecast refresh", lambda: ForecastRefreshWorker(settings)),
                # Report rollups caught up every rollup_refresh_seconds (services/rollup_refresh.py; 0: off).
                ("rollup refresh", lambda: RollupRefreshWorker(settings)),
            ]
        # Reactions are looked up by kind when a cause records one: wired before anything runs.
        wire()

    def describe(self) -> str:
        running = (["relay"] if self.relay_on else []) + [name for name, _ in self.loops]
        return ", ".join(running) or "nothing"

    async def start(self, stack: AsyncExitStack) -> None:
        await stack.enter_async_context(db.opened(self.settings))
        await stack.enter_async_context(self.bus)
        if self.relay_on:
            await stack.enter_async_context(self.relay)
        for _, make in self.loops:
            await stack.enter_async_context(make())
