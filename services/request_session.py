"""One pooled PostgreSQL session for a request's reads, taken once and given back once.

tortoise takes a session from the pool for every statement run outside a transaction and
gives it back straight after: a read of an order and then of its lines is two checkouts
and two returns, each with asyncpg's bookkeeping (the holder, the idle timer, the fair
queue's hand-over). A raw asyncpg handler takes one session for the whole request. Inside
`RequestSession()` the first such statement takes a session from the pool and keeps it,
and the statements after it (one after the other, as a resolver and the prefetch it starts
run them) use it too; the session goes back when the block ends. A request under load waits
for a session once, not once per statement, and the checkouts' bookkeeping goes (-1.5% of
`order(id)`'s instructions; bench/RESULTS.md, session 18).

What keeps this safe:

* Statements that run at the same time (a gather of loads) run one after the other on it,
  as a raw handler runs them: a request holding a session never waits for a second one
  from the pool. (Taking one did deadlock: with every session of the pool kept by requests
  whose loads each waited for another, nothing moved; bench/RESULTS.md, session 18.)
* A transaction never waits behind it: starting one gives the kept session back first and
  ends the keeping for the rest of the request (`end`), so a request never holds two
  sessions, and a full pool cannot deadlock with requests holding one and waiting for
  another (services.pg_client._PooledTransaction).
* A session that failed (a connection error: services.pg_client) is given back and not
  used again; the request's later statements take fresh ones.
* Tasks the request started that outlive it find the keeping ended and use the pool.

Only the compiled path opens one, around a root field's resolver and the prefetch it runs
(schema.compiled_run): reads without side effects. The objects are completed after the
session went back: a request does not hold it through the CPU-bound part of its work.
"""

from __future__ import annotations

import asyncio
from collections import deque
from contextvars import ContextVar, Token
from typing import Any

from tortoise.backends.base.client import PoolConnectionWrapper

# The request's session, where one is kept; the tasks the request starts see it too.
CURRENT: ContextVar[RequestSession | None] = ContextVar("oms_request_session", default=None)


class RequestSession:
    """The session kept for one request, once its first statement has taken it: `async with
    RequestSession():` around the statements (a class, not a generator-based context manager:
    contextlib's machinery was ~1% of an `order(id)` request's instructions)."""

    __slots__ = ("busy", "client", "connection", "ended", "token", "waiting")

    def __init__(self) -> None:
        self.client: Any = None  # the tortoise client whose pool lent the session
        self.connection: Any = None
        self.busy = False  # a statement is running on it
        self.ended = False
        self.waiting: deque[asyncio.Future[None]] = deque()  # statements waiting for it
        self.token: Token[RequestSession | None] | None = None

    async def __aenter__(self) -> RequestSession:
        self.token = CURRENT.set(self)
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        if self.token is not None:
            CURRENT.reset(self.token)
        await self.end()

    def lend(self, client: Any) -> _Use | None:
        """The session as `client.acquire_connection()` gives it; None once the keeping
        ended (and for another client's statements)."""
        if self.ended or (self.client is not None and self.client is not client):
            return None
        self.client = client
        return _Use(self)

    async def end(self) -> None:
        """No more statements on the kept session; it goes back to the pool now, or when the
        statement running on it is done (and those waiting for it take sessions of their own)."""
        self.ended = True
        if not self.busy:
            await self._give_back()
            self._wake()

    async def _give_back(self) -> None:
        connection, self.connection = self.connection, None
        pool = None if connection is None else self.client._pool
        if pool is not None:  # (None: the client closed its pool, and its sessions, already)
            await pool.release(connection)

    def _wake(self) -> None:
        """The session is free: the next statement waiting for it goes on (all of them once
        the keeping ended: they go to the pool)."""
        while self.waiting:
            waiter = self.waiting.popleft()
            if not waiter.done():
                waiter.set_result(None)
                if not self.ended:
                    return


class _Use:
    """`async with` around one statement on the request's session (tortoise's
    PoolConnectionWrapper, without the checkout and return)."""

    __slots__ = ("own", "session")

    def __init__(self, session: RequestSession) -> None:
        self.session = session
        self.own: PoolConnectionWrapper[Any] | None = None  # a session of its own: the keeping ended

    async def __aenter__(self) -> Any:
        session = self.session
        while session.busy and not session.ended:
            # Another statement of the request runs on it: wait for it, never for a second
            # session from the pool. Requests holding every session of the pool, each waiting
            # for another, would wait forever (a gather of loads under load did).
            waiter = asyncio.get_running_loop().create_future()
            session.waiting.append(waiter)
            try:
                await waiter
            except BaseException:
                if waiter.done() and not waiter.cancelled():
                    session._wake()  # woken, but cancelled: the turn passes on
                raise
        if session.ended:
            self.own = PoolConnectionWrapper(session.client, session.client._pool_init_lock)
            return await self.own.__aenter__()
        session.busy = True
        if session.connection is None:
            try:
                session.connection = await session.client._pool.acquire()
            except BaseException:
                session.busy = False
                session._wake()
                raise
        return session.connection

    async def __aexit__(self, *exc_info: Any) -> None:
        if self.own is not None:
            await self.own.__aexit__(*exc_info)
            return
        session = self.session
        session.busy = False
        if session.ended:
            await session._give_back()
        session._wake()


def current() -> RequestSession | None:
    return CURRENT.get()


async def end_current() -> None:
    """End the current request's keeping, if any (a transaction starts; a session failed)."""
    session = CURRENT.get()
    if session is not None:
        await session.end()
