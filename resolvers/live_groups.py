"""Live subscribers grouped by what they would be sent: one source stream per group.

Subscribers of the same operation text, name and variables, with the same role, scope and
channel, get the same payload for every event (`live_scope`: what SharedResults keys on).
A group goes further than sharing the result: only its leader runs a source stream (a bus
listener, filtering, reading, executing), and each `next` payload the leader is sent is
written, encoded once, to every follower's socket under the follower's operation id. A
follower holds no bus listener and takes no step per event: through a stream of its own, a
status change cost about 160 µs of CPU per subscriber at 1,000 (bench/RESULTS.md, fan-out).

What stays each follower's own: its token (revocation from the bus watcher, expiry from a
timer, as its own stream would end it), its starting point (events the leader sends after it
joined) and its socket's bounded queue. When the leader leaves (its client completes, its
socket closes, its token ends), the follower that joined first leads, resuming after the
last event handed on: nothing lost, nothing twice. Only subscribers that start live (no
`after`) join; one resuming from a cursor replays through a stream of its own.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Hashable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from resolvers.errors import PublicError
from resolvers.shared_results import live_scope
from subscriptions.envelope import Envelope
from subscriptions.streams import TokenExpired, TokenRevoked, latest_seq, seconds_until, token_expiry
from subscriptions.topics import TOKEN_REVOKED

if TYPE_CHECKING:
    from datetime import datetime

    from services.access import Principal
    from subscriptions.bus import Resync


class Sink(Protocol):
    """A WebSocket connection's handler: queues a frame for its peer (bounded, in order)."""

    def send_frame(self, frame: str) -> None: ...

    def encode(self, value: object) -> str: ...


@dataclass(eq=False, slots=True)
class Outlet:
    """Where one operation's messages go: its connection and its id. Set by the WebSocket
    handler for the operation's task (LIVE_OPERATION); `leads` while it leads a group."""

    sink: Sink
    operation_id: str
    leads: LiveGroup | None = None
    # What each of its payloads carries besides the result: the extensions' results for the
    # operation (schema.cost: its cost), fixed when it started.
    extensions: dict[str, Any] = field(default_factory=dict)


# The operation the running task serves, for a subscription resolver to join a group with.
LIVE_OPERATION: ContextVar[Outlet | None] = ContextVar("oms_live_operation", default=None)


@dataclass(eq=False, slots=True)
class Member:
    outlet: Outlet
    group: LiveGroup
    token_id: int | None
    # A follower gets the events handed on after this sequence number (the group's at joining).
    start: int
    # Resolved with the sequence number to resume after when this member is to lead; set to
    # its token's end (PublicError) while it follows.
    turn: asyncio.Future[int]
    head: str = ""  # its `next` frame up to the payload's members
    tail: str = ""  # and after them: its own extensions
    timer: asyncio.TimerHandle | None = None
    check: asyncio.Task[None] | None = None


@dataclass(eq=False, slots=True)
class LiveGroup:
    key: Hashable
    # The last event's sequence number handed on (or, before any, when the group formed).
    last: int
    members: dict[Member, None] = field(default_factory=dict)  # in joining order
    leader: Member | None = None
    # The event the leader's stream yielded and whose payload is on its way.
    pending: int | None = None

    def fan_out(self, shared: str) -> int:
        """Hand the leader's `next` payload (its members but the extensions, as JSON without
        braces) to each follower, with the follower's own id and extensions; how many got it."""
        seq, self.pending = self.pending, None
        if seq is None:  # not an event's payload (the leader's own error): not theirs
            return 0
        self.last = seq
        sent = 0
        for member in self.members:
            if member is not self.leader and member.start < seq and not member.turn.done():
                member.outlet.sink.send_frame(member.head + shared + member.tail)
                sent += 1
        return sent


class LiveGroups:
    """The process's groups, by `live_scope` key (held on EventReads, watched on the bus)."""

    def __init__(self) -> None:
        self._groups: dict[Hashable, LiveGroup] = {}
        self._by_token: dict[int, set[Member]] = {}
        # Counters for /metrics and tests: frames handed to followers, and followers now.
        self.deliveries = 0
        self.followers = 0

    async def join(self, info: Any) -> Member | None:
        """This subscription's membership of its group (formed if it is the first), or None
        when it cannot be grouped (not over a WebSocket, no caller, its own extensions)."""
        outlet = LIVE_OPERATION.get()
        raw = info._raw_info
        principal: Principal | None = info.context.principal
        # The coerced variables (graphql-core hands the source stream's resolver the plain dict).
        variables = getattr(raw.variable_values, "coerced", raw.variable_values)
        key = live_scope(raw.operation, variables, principal, getattr(raw, "operation_extensions", None))
        if outlet is None or key is None or principal is None:
            return None
        group = self._groups.get(key)
        if group is None:
            # Read before the group is visible: a follower starts after this point.
            last = await latest_seq()
            group = self._groups.get(key)
            if group is None:
                group = self._groups[key] = LiveGroup(key, last)
        member = Member(outlet, group, principal.token_id, group.last, asyncio.get_running_loop().create_future())
        member.head = '{"id":' + json.dumps(outlet.operation_id) + ',"type":"next","payload":{'
        extensions = outlet.extensions
        member.tail = (',"extensions":' + outlet.sink.encode(extensions) if extensions else "") + "}}"
        group.members[member] = None
        if group.leader is None:
            self._lead(member)
        else:
            self.followers += 1
            if member.token_id is not None:
                self._by_token.setdefault(member.token_id, set()).add(member)
            self._arm(member, principal)
        return member

    def leave(self, member: Member) -> None:
        group = member.group
        if member not in group.members:
            return  # left already
        del group.members[member]
        self._disarm(member)
        if group.leader is not member:
            self.followers -= 1
            return
        member.outlet.leads = None
        group.leader = None
        group.pending = None  # its payload, if any, was not handed on: the next leader resumes before it
        for follower in group.members:
            if not follower.turn.done():
                self.followers -= 1
                self._disarm(follower)
                self._lead(follower)
                break
        if group.leader is None and not group.members and self._groups.get(group.key) is group:
            del self._groups[group.key]

    def observe(self, item: Envelope | Resync) -> None:
        """The bus watcher's part: a revoked token's followers end (its leader's own stream ends it)."""
        if not isinstance(item, Envelope) or item.topic != TOKEN_REVOKED:
            return
        for member in list(self._by_token.get(item.payload.get("token_id"), ())):  # type: ignore[arg-type]
            _end(member, TokenRevoked())

    def _lead(self, member: Member) -> None:
        group = member.group
        group.leader = member
        member.outlet.leads = group
        member.turn.set_result(group.last)

    def _arm(self, member: Member, principal: Principal) -> None:
        """End the follower at its token's expiry, unless the token was extended by then."""
        if member.token_id is None or principal.expires_at is None:
            return
        self._arm_at(member, principal.expires_at)

    def _arm_at(self, member: Member, moment: datetime) -> None:
        seconds = max(seconds_until(moment) or 0.0, 0.0)
        member.timer = asyncio.get_running_loop().call_later(seconds, self._expire, member)

    def _expire(self, member: Member) -> None:
        member.timer = None
        member.check = asyncio.ensure_future(self._check(member))

    async def _check(self, member: Member) -> None:
        assert member.token_id is not None
        try:
            expires_at = await token_expiry(member.token_id)
        except (TokenRevoked, TokenExpired) as ended:
            _end(member, ended)
            return
        if expires_at is not None and member.group.leader is not member and not member.turn.done():
            self._arm_at(member, expires_at)

    def _disarm(self, member: Member) -> None:
        if member.timer is not None:
            member.timer.cancel()
            member.timer = None
        if member.check is not None and asyncio.current_task() is not member.check:
            member.check.cancel()
        member.check = None
        if member.token_id is not None:
            tokens = self._by_token.get(member.token_id)
            if tokens is not None:
                tokens.discard(member)
                if not tokens:
                    del self._by_token[member.token_id]


def _end(member: Member, ended: Exception) -> None:
    """The follower's token ended: its subscription ends with UNAUTHENTICATED, as its own stream would."""
    if member.group.leader is member or member.turn.done():
        return
    what = "was revoked" if isinstance(ended, TokenRevoked) else "expired"
    member.turn.set_exception(PublicError(f"The token {what}.", "UNAUTHENTICATED"))
