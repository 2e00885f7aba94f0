"""The graphql-transport-ws handler of /graphql: connection caps, the anonymous socket's init
deadline, persisted operations, the HTTP time limit for queries and mutations, and a bounded
queue of messages per connection (a slow consumer is closed with 1008, SLOW_CONSUMER)."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import deque
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, cast

from cross_web import HTTPException
from graphql import GraphQLError
from starlette import status
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
    Operation,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import (
    ConnectionInitMessage,
    Message,
    SubscribeMessage,
)

import metrics
from graphql_http import operation_of, runs_once
from persisted import PersistedQueryError
from resolvers.context import Context
from resolvers.live_groups import LIVE_OPERATION, Outlet
from resolvers.loaders import Loaders

if TYPE_CHECKING:  # the view builds this handler: only its type is needed here
    from graphql_view import OmsGraphQL

# graphql-transport-ws's own code for "too many" (it closes a second connection_init with it).
TOO_MANY_CONNECTIONS = 4429
# RFC 6455 "policy violation": the peer did not read its messages as fast as they came (its
# queue, Settings.ws_send_queue_size, was full). Not a graphql-ws fatal code: a client
# reconnects, and resumes each subscription with `after` set to the last cursor it got.
SLOW_CONSUMER = 1008
# The scope key under which a WebSocket's held connection slots live until it closes.
SLOTS_SCOPE_KEY = "oms.ws_slots"


async def _finish(coroutine: Coroutine[Any, Any, None], waiting: Any) -> None:
    """Run to its end, in this task, a coroutine that was stepped by hand and suspended on
    `waiting` (what it yielded: a future, or None for a bare yield)."""
    try:
        while True:
            if waiting is None:
                await asyncio.sleep(0)
            else:
                # What a task does with a future its coroutine yields: the flag says "yielded
                # by an await", and awaiting it again with the flag still set is refused.
                waiting._asyncio_future_blocking = False
                await waiting
            try:
                waiting = coroutine.send(None)
            except StopIteration:
                return
    except BaseException:
        coroutine.close()
        raise


class TooManyConnections(Exception):
    """A token or an address already holds as many open WebSockets as it may."""


class TimedTransportWSHandler(BaseGraphQLTransportWSHandler[Context, None]):
    """graphql-transport-ws with the HTTP time limit on queries and mutations (a
    subscription runs as long as it is open): over it, the operation ends with a TIMEOUT
    error and its work is cancelled (a transaction rolls back). A socket that initialised
    without a token is closed at the init timeout too (4408), as one that never initialised:
    only public queries serve it, and those have HTTP."""

    anonymous_deadline: asyncio.Task[None] | None = None
    # Messages waiting to be written, oldest first (the one being written included), and the
    # task writing them: running only while there are some (an idle socket holds no task).
    outbox: deque[str] | None = None
    writer: asyncio.Task[None] | None = None
    too_slow = False
    closer: asyncio.Task[None] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.outlets: dict[str, Outlet] = {}  # subscription operation id -> where its frames go

    def on_request_accepted(self) -> None:
        super().on_request_accepted()
        self.accepted_at = asyncio.get_running_loop().time()

    async def handle_connection_init(self, message: ConnectionInitMessage) -> None:
        try:
            await super().handle_connection_init(message)
        except TooManyConnections as exc:
            await self.websocket.close(code=TOO_MANY_CONNECTIONS, reason=str(exc))
            return
        except HTTPException as exc:
            if exc.status_code != status.HTTP_503_SERVICE_UNAVAILABLE:
                raise
            # RFC 6455 / IANA: 1013 Try Again Later; the reason fits the 123-byte limit.
            await self.websocket.close(code=1013, reason="Try again later: the database is unavailable.")
            return
        if self.connection_acknowledged and self.context.principal is None:
            self.anonymous_deadline = asyncio.create_task(self._close_at_init_deadline())

    async def _close_at_init_deadline(self) -> None:
        left = self.accepted_at + self.connection_init_wait_timeout.total_seconds()
        await asyncio.sleep(max(0.0, left - asyncio.get_running_loop().time()))
        with contextlib.suppress(Exception):  # the peer may be gone already
            await self.websocket.close(code=4408, reason="Unauthenticated connection: closed at the init timeout")

    async def shutdown(self) -> None:
        if self.writer is not None:
            self.writer.cancel()
        if self.anonymous_deadline is not None:
            self.anonymous_deadline.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.anonymous_deadline
        await super().shutdown()

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        # A persisted operation's hash becomes its document here, as over HTTP.
        payload = message["payload"]
        view: OmsGraphQL = self.view  # type: ignore[assignment]
        try:
            query = await view.persisted.document(payload.get("query"), payload.get("extensions"))
        except PersistedQueryError as exc:
            await self.send_message({"id": message["id"], "type": "error", "payload": [exc.graphql_error().formatted]})
            return
        if isinstance(query, str) and operation_of(query, payload.get("operationName")) is not None:
            # It parses and names its operation; validation runs with the operation.
            await view.persisted.register(payload.get("query"), payload.get("extensions"))
        await super().handle_subscribe({**message, "payload": {**payload, "query": query}})  # type: ignore[typeddict-item]

    async def send_message(self, message: Message) -> None:
        """Queue `message` for the writer; a `next` of an operation that leads a group of
        live subscribers (resolvers.live_groups) goes to each of its followers too, with
        each one's own id and extensions."""
        if message["type"] != "next":
            if not self.too_slow:
                self.send_frame(self.view.encode_json_string(message))
            return
        payload = cast("dict[str, Any]", message["payload"])
        shared = self._shared_part(payload)
        extensions = payload.get("extensions")
        if not self.too_slow:
            own = shared + (',"extensions":' + self.encode(extensions) if extensions else "")
            self.send_frame('{"id":' + json.dumps(message["id"]) + ',"type":"next","payload":{' + own + "}}")
        outlet = self.outlets.get(message["id"])
        if outlet is not None and outlet.leads is not None:
            self.context.event_reads.groups.deliveries += outlet.leads.fan_out(shared)

    def send_frame(self, frame: str) -> None:
        """Queue an encoded message for the writer: an operation goes on to its next event
        while its peer reads, and a peer whose queue is full is closed (SLOW_CONSUMER) rather
        than holding memory or every later message of its connection."""
        if self.too_slow:
            return
        if self.outbox is None:
            self.outbox = deque()
        limit = self.context.settings.ws_send_queue_size
        if len(self.outbox) >= limit:
            self.too_slow = True
            metrics.SLOW_CONSUMERS.inc()
            self.outbox.clear()
            if self.writer is not None:
                self.writer.cancel()  # it may be stuck writing to a full socket
            reason = f"Too slow: {limit} messages were waiting. Resume with `after`."
            self.closer = asyncio.create_task(self._close(SLOW_CONSUMER, reason))
            return
        if not self.outbox:
            # Nothing waiting: a write almost always completes without suspending (the
            # socket takes the bytes), so it is tried here, not in a task of its own (a task
            # per frame was ~8% of a worker's time at 1,000 subscribers). One that has to
            # wait for the socket finishes in the writer, and later frames queue behind it.
            send = self.websocket.ws.send_text(frame)  # type: ignore[attr-defined]
            try:
                waiting = send.send(None)
            except StopIteration:
                return
            except Exception:  # the peer is gone: the handler's receive loop ends the operations
                return
            self.outbox.append(frame)
            self.writer = asyncio.create_task(self._write(self.outbox, (send, waiting)))
            return
        self.outbox.append(frame)

    def encode(self, value: object) -> str:
        return self.view.encode_json_string(value)

    def _shared_part(self, payload: dict[str, Any]) -> str:
        """A `next` payload's members but its extensions (each subscription's own: its cost),
        as JSON without the braces. Data shared by the subscribers of the same operation and
        scope (schema.live_execution.SharedEventExecutor) is encoded once."""
        parts = []
        for key, value in payload.items():
            if key == "data":
                parts.append('"data":' + self.context.event_reads.results.encoded(value, self.encode))
            elif key != "extensions":
                parts.append(json.dumps(key) + ":" + self.encode(value))
        return ",".join(parts)

    async def _write(self, outbox: deque[str], started: tuple[Coroutine[Any, Any, None], Any]) -> None:
        """Write the queued frames in order, the first one's write already `started`."""
        socket = self.websocket.ws  # type: ignore[attr-defined]
        try:
            await _finish(*started)
            outbox.popleft()
            while outbox:
                await socket.send_text(outbox[0])
                outbox.popleft()
        except Exception:  # the peer is gone: the handler's receive loop ends the operations
            outbox.clear()

    async def _close(self, code: int, reason: str) -> None:
        with contextlib.suppress(Exception):  # the peer may be gone already
            await self.websocket.close(code=code, reason=reason)

    async def run_operation(self, operation: Operation[Context, None]) -> None:
        # The connection's context outlives every operation on it: each operation reads
        # through loaders of its own (subscriptions renew theirs per event: resolvers.live).
        self.context.loaders = Loaders()
        if not runs_once(operation.query, operation.operation_name):
            # A subscription's resolver may join a group of live subscribers: where its frames go.
            outlet = self.outlets[operation.id] = Outlet(self, operation.id)
            LIVE_OPERATION.set(outlet)  # this operation's own task: its context is its own
            try:
                await super().run_operation(operation)
            finally:
                if self.outlets.get(operation.id) is outlet:
                    del self.outlets[operation.id]
            return
        try:
            async with asyncio.timeout(self.context.settings.request_timeout_seconds):
                await super().run_operation(operation)
        except TimeoutError:
            error = GraphQLError("The request took too long.", extensions={"code": "TIMEOUT"})
            await operation.send_initial_errors([error])
