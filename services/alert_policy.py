"""A channel's alert policy: which alert rules run for its orders, their thresholds, and
whether a suspicious order is checked as it is placed (and held).

Stored as JSON on the channel row (`Channel.alert_policy`, NULL: the defaults) so that placing
an order, which reads the channel anyway, learns the policy without another statement: with
`check_at_intake` off (the default) placing an order costs nothing more.

The rules that are not about one channel's orders (stockout risk, failing webhooks, demand
spikes) are not in a channel's policy: they run for the whole shop.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from models.alerts import AlertKind
from models.catalog import Channel
from services.errors import DomainError, ErrorCode, Problem

# The rules a channel may switch on or off for its own orders.
CHANNEL_RULES = (
    AlertKind.SLA_BREACH,
    AlertKind.SUSPICIOUS_ORDER,
    AlertKind.TRACKING_EXCEPTION,
    AlertKind.STALLED_SHIPMENT,
)

# field -> (lowest, highest) accepted; the GraphQL input states the same bounds.
BOUNDS: dict[str, tuple[float, float]] = {
    "value_multiple": (1.1, 1000.0),
    "min_history": (1, 1000),
    "address_window_minutes": (1, 10_080),  # up to a week
    "address_order_count": (2, 1000),
    "stalled_hours": (1, 720),  # up to 30 days
}
_CAMEL = {
    "value_multiple": "valueMultiple",
    "min_history": "minHistory",
    "address_window_minutes": "addressWindowMinutes",
    "address_order_count": "addressOrderCount",
    "stalled_hours": "stalledHours",
}


@dataclass(frozen=True)
class AlertPolicy:
    rules: frozenset[AlertKind] = frozenset(CHANNEL_RULES)
    # Check each new order against the suspicious-order rules as it is placed.
    check_at_intake: bool = False
    # A suspicious order found at intake goes ON_HOLD (with its alert) until staff release it.
    hold_suspicious: bool = False
    # Suspicious: worth more than this multiple of the customer's average earlier order...
    value_multiple: float = 3.0
    # ... once the customer has at least this many earlier orders (in the same currency);
    min_history: int = 2
    # or the address has this many orders (this one included) within the window;
    address_window_minutes: int = 60
    address_order_count: int = 5
    # or the billing country differs from the shipping country.
    country_mismatch: bool = True
    # A dispatched shipment with no carrier report for this long is stalled.
    stalled_hours: int = 48

    def on(self, kind: AlertKind) -> bool:
        return kind in self.rules

    @property
    def checks_at_intake(self) -> bool:
        return self.check_at_intake and self.on(AlertKind.SUSPICIOUS_ORDER)

    def stored(self) -> dict[str, Any]:
        body = asdict(self)
        body["rules"] = sorted(k.value for k in self.rules)
        return body


DEFAULT = AlertPolicy()


def policy_of(channel: Channel) -> AlertPolicy:
    """The channel's policy; the defaults for what it does not say (a policy stored before a
    setting existed keeps working)."""
    stored = channel.alert_policy
    if not stored:
        return DEFAULT
    known = {f.name for f in fields(AlertPolicy)}
    values: dict[str, Any] = {k: v for k, v in stored.items() if k in known}
    if "rules" in values:
        values["rules"] = frozenset(AlertKind(k) for k in values["rules"] if k in AlertKind.__members__)
    return replace(DEFAULT, **values)


def _check(changes: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    for name, (low, high) in BOUNDS.items():
        value = changes.get(name)
        if value is None:
            continue
        if not (math.isfinite(value) and low <= value <= high):
            problems.append(
                Problem(ErrorCode.INVALID, f"{_CAMEL[name]} must be within {low:g}..{high:g}.", (_CAMEL[name],))
            )
    rules = changes.get("rules")
    if rules is not None:
        wrong = sorted(str(k) for k in rules if k not in CHANNEL_RULES)
        if wrong:
            problems.append(
                Problem(
                    ErrorCode.INVALID,
                    f"{', '.join(wrong)} cannot be set per channel; a channel chooses among "
                    f"{', '.join(k.value for k in CHANNEL_RULES)}.",
                    ("rules",),
                )
            )
    return problems


async def alert_policy_of(*, code: str) -> AlertPolicy | None:
    channel = await Channel.get_or_none(code=code)
    return policy_of(channel) if channel is not None else None


async def update_alert_policy(*, code: str, **changes: Any) -> tuple[Channel, AlertPolicy]:
    """Change what is given (None: keep); the whole policy is checked and stored at once."""
    channel = await Channel.get_or_none(code=code)
    if channel is None:
        raise DomainError.one(ErrorCode.NOT_FOUND, f"Channel {code!r} not found.", ["code"])
    given = {k: v for k, v in changes.items() if v is not None}
    if problems := _check(given):
        raise DomainError(problems)
    if "rules" in given:
        given["rules"] = frozenset(AlertKind(k) for k in given["rules"])
    if "value_multiple" in given:
        given["value_multiple"] = round(float(given["value_multiple"]), 2)
    policy = replace(policy_of(channel), **given)
    if given:
        channel.alert_policy = policy.stored()
        await channel.save(update_fields=["alert_policy"])
    return channel, policy
