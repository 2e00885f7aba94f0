"""The PostgreSQL client (tortoise's asyncpg one) made to survive dropped sessions.

A database restart, a failover, an idle timeout or pg_terminate_backend closes the
pooled sessions under us. asyncpg replaces a connection it *knows* is closed when it is
next acquired, but two things in tortoise 1.1.x turn one dropped session into a process
that fails for good:

* `TransactionContextPooled.__aenter__` takes a pool connection and installs the
  transaction in the task's context *before* sending BEGIN; when BEGIN fails on a dead
  session, `__aexit__` never runs. The connection is never given back to the pool (a few
  of those and every request waits for a connection forever), and the task keeps the dead
  transaction in its context: every later `in_transaction()` in that task nests into it
  (a SAVEPOINT on a closed connection). Long-lived tasks -- the outbox relay, the
  reaction worker -- then fail on every cycle. Here a failed start undoes both. Its
  `__aexit__` has the same hole: when giving the connection back fails (the pool resets
  a dead session), the task's context is never reset. Here it is.
* After a restart every idle pooled session is dead, and the pool would hand them out one
  by one, each failing one request. On the first connection-class error we expire the
  whole pool (asyncpg replaces its connections on their next acquire), so one request
  pays for a restart, not one per pooled session.

And one round trip less per use of the pool: asyncpg resets a session it takes back with
`SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *; RESET ALL;`, after every query run
outside a transaction and every transaction. Our sessions keep no state past a transaction
(SET LOCAL and pg_advisory_xact_lock only: no LISTEN, no session SET, no cursor, no
session-level advisory lock), so the pool here only ends a transaction left open
(`_keep_session`), which asyncpg does before calling it.

And sessions are lent in turn (`_FairHolderQueue`): asyncio's queue lets a task that asks
late take a session before the waiter it was given back to, for seconds under load.

And a request's reads may share one session (services.request_session): `acquire_connection`
lends the one the request keeps, and a transaction gives it back before it takes its own.

Named as the engine in `services.db.tortoise_config` for postgres:// URLs.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
from typing import Any

import asyncpg
from asyncpg.pool import PoolConnectionProxy, _PoolConnectionHolderQueue
from tortoise.backends.asyncpg.client import AsyncpgDBClient, TransactionWrapper
from tortoise.backends.base.client import TransactionContext, TransactionContextPooled
from tortoise.connection import get_connections
from tortoise.exceptions import DBConnectionError

from services import request_session

log = logging.getLogger("oms.db")

# What asyncpg raises when the session, not the statement, failed (AdminShutdownError:
# pg_terminate_backend or a fast shutdown; CannotConnectNowError: starting or stopping; a
# session killed mid-operation can leave its protocol stuck: InternalClientError).
# services.db.unavailable builds on the same list.
SESSION_ERRORS: tuple[type[BaseException], ...] = (
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.InternalClientError,
    asyncpg.AdminShutdownError,
    asyncpg.CannotConnectNowError,
)
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (*SESSION_ERRORS, ConnectionError, OSError)


def is_connection_error(exc: BaseException) -> bool:
    """True when `exc` (or what caused it) says the session, not the statement, failed."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, CONNECTION_ERRORS):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


async def _keep_session(connection: asyncpg.Connection) -> None:
    """The pool's reset: nothing beyond what asyncpg does first (roll back an open
    transaction, drop listener callbacks); see the module doc."""


class _FairHolderQueue(_PoolConnectionHolderQueue):
    """asyncpg's queue of pooled sessions, served first come, first served.

    asyncio's queue wakes its oldest waiter when a session comes back, but any task that asks
    before that waiter runs takes the session instead, and the waiter goes to the back of the
    line. tortoise takes a session for every statement outside a transaction, so a request
    running statements one after another gives back and takes again, and under load a waiter
    could lose its turn for seconds (orderCreate's p99 of 1.1-1.4 s at 16 connections, p50
    ~100 ms). Here a session given back goes to the oldest waiter directly, and a task asking
    while others wait queues behind them."""

    async def get(self) -> Any:
        # (a waiter cancelled while waiting stays in line until its task runs: not one to wait behind)
        if not self.empty() and all(waiter.done() for waiter in self._getters):
            return self.get_nowait()
        waiter: asyncio.Future[Any] = self._get_loop().create_future()
        self._getters.append(waiter)
        try:
            return await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled():
                self.put_nowait(waiter.result())  # handed one, but cancelled: the next waiter's
            else:
                with contextlib.suppress(ValueError):
                    self._getters.remove(waiter)
            raise

    def put_nowait(self, item: Any) -> None:
        while self._getters:
            waiter = self._getters.popleft()
            if not waiter.done():
                waiter.set_result(item)
                return
        super().put_nowait(item)


class _Pool(asyncpg.Pool):
    """asyncpg's pool, lending sessions in turn and giving them back in the caller's task.

    asyncpg's `release` runs the holder's release in a task of its own under
    `asyncio.shield`, so that cancelling the caller cannot interrupt it: a task and a wake-up
    for every statement run outside a transaction (~5% of an `order(id)` request's CPU,
    bench/RESULTS.md, session 14). Here it runs in the caller's task. A cancellation in the
    middle of it loses nothing: the holder's release terminates the connection on any error,
    cancellation included, and the pool replaces it on its next acquire.

    And when there is nothing to reset (the common case: a statement outside a transaction
    on a healthy session), the holder's release has nothing to wait for either; it is then
    done without its coroutines and timeout scope (`_release_at_once`)."""

    __slots__ = ()

    async def _initialize(self) -> None:
        """asyncpg's, then its queue of sessions replaced by a fair one (`_FairHolderQueue`)."""
        await super()._initialize()
        pool: Any = self  # (asyncpg's slots: untyped to mypy)
        fair = _FairHolderQueue(maxsize=pool._maxsize)
        fair._queue.extend(pool._queue._queue)  # the same sessions in the same order
        pool._queue = fair

    async def release(self, connection: Any, *, timeout: float | None = None) -> None:
        holder = getattr(connection, "_holder", None)
        if type(connection) is not PoolConnectionProxy or holder is None or holder._pool is not self:
            return await super().release(connection, timeout=timeout)  # asyncpg's refusal
        if connection._con is None:
            return None  # already released
        self._check_init()
        connection._con._on_release()  # the connection's own housekeeping, as asyncpg does first
        if not _release_at_once(self, holder):
            await holder.release(holder._timeout if timeout is None else timeout)
        return None


def _release_at_once(pool: asyncpg.Pool, holder: Any) -> bool:
    """asyncpg 0.32's `PoolConnectionHolder.release`, when it would not await anything: the
    session open, not to be closed (its query budget or the pool's generation), no
    cancellation pending, no transaction to roll back, and our reset (which does nothing).
    What it does then: forget the acquire's timeout, drop the listener callbacks
    (`Connection._reset`), free the holder, re-arm the idle timer. False: the holder's own
    release must run."""
    con = holder._con
    if (
        pool._reset is not _keep_session
        or holder._in_use is None
        or con is None
        or con.is_closed()
        or con._protocol.queries_count >= holder._max_queries
        or holder._generation != pool._generation
        or con._protocol._is_cancelling()
        or con._protocol.is_in_transaction()
        or con._top_xact is not None
    ):
        return False
    holder._timeout = None
    con._listeners.clear()
    con._log_listeners.clear()
    holder._release()
    holder._setup_inactive_callback()
    return True


# asyncpg.create_pool's defaults: the pool is made as create_pool makes it.
_POOL_DEFAULTS = {
    name: parameter.default
    for name, parameter in inspect.signature(asyncpg.create_pool).parameters.items()
    if parameter.kind is inspect.Parameter.KEYWORD_ONLY
}


async def create_pool(dsn: str | None = None, **kwargs: Any) -> asyncpg.Pool:
    """Our pool (`_Pool`), made as asyncpg.create_pool makes its own, with our reset."""
    return await _Pool(dsn, **{**_POOL_DEFAULTS, "reset": _keep_session, **kwargs})


class ResilientAsyncpgClient(AsyncpgDBClient):
    def acquire_connection(self) -> Any:
        # the request's kept session when there is one to use (services.request_session)
        session = request_session.current()
        lent = None if session is None or self._pool is None else session.lend(self)
        return super().acquire_connection() if lent is None else lent

    async def create_pool(self, **kwargs: Any) -> asyncpg.Pool:
        return await create_pool(**kwargs)

    async def discard_connections(self) -> None:
        """Replace every pooled session on its next use (after the database dropped them)."""
        if self._pool is not None:
            log.warning("database session lost: replacing the pool's connections")
            await self._pool.expire_connections()

    async def _translate_exceptions(self, func: Any, *args: Any, **kwargs: Any) -> Exception:
        try:
            return await super()._translate_exceptions(func, *args, **kwargs)
        except TimeoutError as exc:
            # asyncpg's command_timeout (services.db.tortoise_config): the server did not
            # answer, not even its own statement_timeout, so it or the network hangs. The
            # database is unavailable (503, retry later), and its sessions are suspect.
            await self.discard_connections()
            raise DBConnectionError("The database did not answer in time.") from exc
        except Exception as exc:
            if is_connection_error(exc):
                await request_session.end_current()  # not used again: it may be the dead one
                await self.discard_connections()
            raise

    def _in_transaction(self) -> TransactionContext:
        return _PooledTransaction(TransactionWrapper(self), self._pool_init_lock)


class _PooledTransaction(TransactionContextPooled):
    async def __aenter__(self) -> Any:
        # A request holds one session at most: the one it kept for its reads goes back first.
        await request_session.end_current()
        try:
            return await super().__aenter__()
        except BaseException as exc:
            # BEGIN failed after the connection was taken and the context switched to it:
            # undo both, or the task stays inside a dead transaction (see the module doc).
            token = getattr(self, "token", None)
            if token is not None:
                get_connections().reset(token)
            parent = self.client._parent
            connection = self.client._connection
            if connection is not None and parent._pool is not None:
                self.client._connection = None
                with contextlib.suppress(Exception):
                    await parent._pool.release(connection)
            if isinstance(parent, ResilientAsyncpgClient) and is_connection_error(exc):
                await parent.discard_connections()
            raise

    async def __aexit__(self, exc_type: Any, exc_val: Any, exc_tb: Any) -> None:
        failed: BaseException | None = exc_val
        try:
            await super().__aexit__(exc_type, exc_val, exc_tb)
        except BaseException as exc:
            # COMMIT/ROLLBACK, or the pool's reset of the connection on release, failed on a
            # dead session. tortoise resets the task's context only after the release, so a
            # failed release leaves the task inside this finished transaction: reset it here.
            failed = exc
            with contextlib.suppress(RuntimeError, ValueError):  # already reset
                get_connections().reset(self.token)
            raise
        finally:
            parent = self.client._parent
            if failed is not None and is_connection_error(failed) and isinstance(parent, ResilientAsyncpgClient):
                await parent.discard_connections()


client_class = ResilientAsyncpgClient
