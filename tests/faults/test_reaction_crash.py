"""A server SIGKILLed between a cause's commit and its reaction: the reaction's job row
survives, and the next server to start runs it.

The crash is placed exactly: the test holds a row lock that the reaction needs (and the
cause does not), sends the cause without waiting for the answer, waits until the cause is
committed and the reaction is blocked on the lock, then SIGKILLs the server and releases
the lock. Real `oms serve` processes on PostgreSQL + Redis."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import httpx
import pytest

from models.access import ApiToken, Role
from models.catalog import Product, Warehouse
from models.events import ReactionJob
from models.inventory import MovementReason, StockLevel, StockMovement
from models.orders import Order, OrderStatus
from models.supply import PurchaseOrder, PurchaseOrderStatus
from services.db import connection
from services.inventory import ledger_mismatches
from settings import ROOT, Settings
from tests.fixtures.backends import SECRET, Backends
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import (
    allocations,
    claimed,
    order_ledger,
    order_view,
    scan_ok,
    setup_fulfilment,
    short,
    stock_of,
    tasks_of,
)
from tests.fixtures.processes import oms_process
from tests.fixtures.server import Server, free_port
from tests.fixtures.stock import (
    USER_ERRORS,
    fetch_order,
    ledger_view,
    level,
    line_state,
    make_channel,
    make_product,
    make_warehouse,
    movements,
    ok,
    placed,
    sourcing,
)
from tests.fixtures.waiting import until

pytestmark = pytest.mark.postgres

OMS = str(Path(sys.executable).parent / "oms")
T = TypeVar("T")

SUPPLIER_CREATE = """
mutation($i: SupplierCreateInput!) { supplierCreate(input: $i) { supplier { code } %s } }
""" % (USER_ERRORS,)
PO_FIELDS = "id number status lines { sku quantity receivedQuantity }"
PO_CREATE = """
mutation($i: PurchaseOrderCreateInput!) { purchaseOrderCreate(input: $i) { purchaseOrder { %s } %s } }
""" % (PO_FIELDS, USER_ERRORS)
PO_SEND = """
mutation($i: PurchaseOrderIdInput!) { purchaseOrderSend(input: $i) { purchaseOrder { %s } %s } }
""" % (PO_FIELDS, USER_ERRORS)
PO_RECEIVE = """
mutation($i: PurchaseOrderReceiveInput!) { purchaseOrderReceive(input: $i) { purchaseOrder { %s } %s } }
""" % (PO_FIELDS, USER_ERRORS)


# --- machinery ------------------------------------------------------------------------------


@dataclass
class Killable:
    """`oms serve` whose process the test holds (to SIGKILL it)."""

    proc: asyncio.subprocess.Process
    server: Server


@contextlib.asynccontextmanager
async def killable_server(backends: Backends, log: Path) -> AsyncIterator[Killable]:
    """`oms serve` as tests/fixtures/processes.py starts it; its stderr goes to `log`."""
    port = free_port()
    environment = {
        **os.environ,
        "OMS_DATABASE_URL": backends.database_url,
        "OMS_BROADCAST_URL": backends.broadcast_url,
        "OMS_SECRET_KEY": SECRET,
        "OMS_LOG_LEVEL": "WARNING",
        "OMS_COST_BUCKET_SIZE": "1e12",
    }
    with log.open("wb") as stderr:
        proc = await asyncio.create_subprocess_exec(
            OMS,
            "serve",
            "--port",
            str(port),
            cwd=ROOT,
            env=environment,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=stderr,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:

            async def ready() -> int | None:
                if proc.returncode is not None:
                    raise RuntimeError(f"oms serve exited: {(await asyncio.to_thread(log.read_text))[-2000:]}")
                try:
                    return (await http.get("/readyz")).status_code
                except httpx.TransportError:
                    return None

            await until(ready, lambda status: status == 200, what="oms serve ready", within=15)
            settings = Settings(database_url=backends.database_url, broadcast_url=backends.broadcast_url)
            yield Killable(proc, Server(base, settings, http))
    finally:
        if proc.returncode is None:
            proc.terminate()
            try:
                await asyncio.wait_for(proc.wait(), 15)
            except TimeoutError:
                proc.kill()
                await proc.wait()


class RowLock:
    """A row lock held by the test's own connection (BEGIN; SELECT ... FOR UPDATE)."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self.conn = conn
        self.pid: int = conn.get_server_pid()

    @classmethod
    @contextlib.asynccontextmanager
    async def held(cls, backends: Backends, query: str, *args: object) -> AsyncIterator[RowLock]:
        conn = await asyncpg.connect(backends.database_url.replace("postgres://", "postgresql://", 1))
        try:
            await conn.execute("BEGIN")
            assert len(await conn.fetch(query, *args)) == 1
            yield cls(conn)
        finally:
            await conn.close()  # rolls back whatever is still open

    async def release(self) -> None:
        await self.conn.execute("ROLLBACK")


async def waiting_on(pid: int) -> list[tuple[int, str]]:
    """(pid, statement) of the sessions blocked by session `pid`."""
    rows = await connection().execute_query_dict(
        "SELECT pid, query FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))", [pid]
    )
    return [(int(r["pid"]), str(r["query"])) for r in rows]


async def session_alive(pid: int) -> bool:
    rows = await connection().execute_query_dict("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [pid])
    return bool(rows)


async def crash_while_the_reaction_waits(
    first: Killable, lock: RowLock, cause: Coroutine[Any, Any, object], committed: Callable[[], Awaitable[bool]]
) -> str:
    """Send `cause` to `first` without awaiting it; once `committed()` holds, its job row
    exists and a session waits on `lock`, SIGKILL the server, release the lock and wait
    until the dead server's session is gone. Returns the statement that was waiting."""
    request = asyncio.create_task(cause)

    async def progress() -> tuple[bool, int, list[tuple[int, str]]]:
        if request.done():  # the answer came back: the reaction did not wait on the lock
            request.result()
            raise AssertionError("the request finished while the lock was held")
        return await committed(), await ReactionJob.all().count(), await waiting_on(lock.pid)

    try:
        _, _, waiting = await until(
            progress, lambda p: p[0] and p[1] == 1 and len(p[2]) == 1, what="commit + job + reaction waiting", within=20
        )
    except BaseException:
        request.cancel()
        raise
    first.proc.send_signal(signal.SIGKILL)
    assert await first.proc.wait() == -signal.SIGKILL
    with pytest.raises(httpx.TransportError):
        await request  # the client never hears back
    await lock.release()
    # The dead server's session gets the lock, then finds its client gone and rolls back.
    await until(lambda: session_alive(waiting[0][0]), lambda alive: not alive, what="dead session", within=20)
    return waiting[0][1]


async def pending_jobs() -> list[tuple[str, dict[str, Any], int, str | None]]:
    return [(j.kind, j.payload, j.attempts, j.last_error) for j in await ReactionJob.all().order_by("id")]


async def order_and_jobs(order_id: int) -> tuple[str, int]:
    return (await Order.get(id=order_id)).status, await ReactionJob.all().count()


# --- tests ----------------------------------------------------------------------------------


async def test_a_receipt_whose_server_dies_before_the_backorder_fill_is_filled_by_the_next_server(
    backends: Backends, database: None, tmp_path: Path
) -> None:
    admin = await make_token(Role.ADMIN)
    actor = f"admin#token{(await ApiToken.get()).id}"
    async with killable_server(backends, tmp_path / "first.log") as first:
        # Given: a BACKORDERED order for 2 SKU-A and a sent purchase order for them.
        await make_channel(first.server, admin, "web")
        await make_warehouse(first.server, admin, "east", "US")
        await make_product(first.server, admin, "SKU-A")
        await ok(first.server, admin, SUPPLIER_CREATE, {"i": {"code": "acme", "name": "Acme"}}, "supplierCreate")
        order = await placed(first.server, admin, "BO-1", [("SKU-A", 2)])
        draft = await ok(
            first.server,
            admin,
            PO_CREATE,
            {"i": {"supplier": "acme", "warehouse": "east", "lines": [{"sku": "SKU-A", "quantity": 2}]}},
            "purchaseOrderCreate",
        )
        po = (await ok(first.server, admin, PO_SEND, {"i": {"id": draft["purchaseOrder"]["id"]}}, "purchaseOrderSend"))[
            "purchaseOrder"
        ]
        order_pk = (await Order.get(external_ref="BO-1")).id
        product = await Product.get(sku="SKU-A")
        east = await Warehouse.get(code="east")
        assert (order["status"], po["status"]) == ("BACKORDERED", "SENT")

        async def receipt_committed() -> bool:
            return await StockMovement.exists(reason=MovementReason.RECEIPT, reference=f"po:{po['number']}")

        # When: the goods are received while the test holds the order's row, and the
        # server dies once the receipt has committed and the fill waits for the order.
        async with RowLock.held(backends, 'SELECT id FROM "order" WHERE id = $1 FOR UPDATE', order_pk) as lock:
            receive = {"id": po["id"], "lines": [{"sku": "SKU-A", "quantity": 2}]}
            waited = await crash_while_the_reaction_waits(
                first, lock, first.server.gql(PO_RECEIVE, {"i": receive}, token=admin), receipt_committed
            )

    # Then: the receipt is committed, the order still waits, the job is still there.
    stock = await StockLevel.get(product_id=product.id, warehouse_id=east.id)
    assert 'FROM "order"' in waited and "FOR UPDATE" in waited
    assert [p.status for p in await PurchaseOrder.all()] == [PurchaseOrderStatus.RECEIVED]
    assert (stock.on_hand, stock.reserved) == (2, 0)
    assert (await Order.get(id=order_pk)).status == OrderStatus.BACKORDERED
    assert await pending_jobs() == [("stock.arrived", {"product_ids": [product.id], "actor": actor}, 0, None)]

    # And when the next server starts, it fills the backorder and the job is done.
    async with oms_process(backends) as second:
        settled = await until(
            lambda: order_and_jobs(order_pk), lambda s: s == (OrderStatus.ALLOCATED, 0), what="order, jobs", within=30
        )
        filled = await fetch_order(second, admin, order["id"])
        ledger = ledger_view(await movements(second, admin, sku="SKU-A"))
        stock_view = await level(second, admin, "SKU-A", "east")

    assert settled == (OrderStatus.ALLOCATED, 0)
    assert filled is not None
    assert filled["status"] == "ALLOCATED"
    assert line_state(filled) == {"SKU-A": (2, 0)}
    assert sourcing(filled) == [("SKU-A", "east", 2)]
    assert [(h["kind"], h["fromStatus"], h["toStatus"], h["actor"]) for h in filled["history"]] == [
        ("CREATED", None, "PENDING", actor),
        ("STATUS_CHANGED", "PENDING", "BACKORDERED", actor),
        ("STATUS_CHANGED", "BACKORDERED", "ALLOCATED", actor),
    ]
    assert ledger == [
        ("RESERVE", 0, 2, f"order:{order['number']}"),
        ("RECEIPT", 2, 0, f"po:{po['number']}"),
    ]
    assert stock_view is not None
    assert (stock_view["onHand"], stock_view["reserved"], stock_view["available"]) == (2, 2, 0)
    assert await ledger_mismatches() == []


async def test_a_short_pick_whose_server_dies_before_the_shortfall_is_sourced_is_sourced_by_the_next_server(
    backends: Backends, database: None, tmp_path: Path
) -> None:
    admin = await make_token(Role.ADMIN)
    actor = f"admin#token{(await ApiToken.get()).id}"
    async with killable_server(backends, tmp_path / "first.log") as first:
        # Given: an order for 2 SKU-A reserved at east (picking started, 1 scanned); 5 more at eu.
        await setup_fulfilment(first.server, admin, stock={("SKU-A", "east"): 2, ("SKU-A", "eu"): 5})
        order = await placed(first.server, admin, "SH-1", [("SKU-A", 2)])
        task = await claimed(first.server, admin, "east", "alice")
        await scan_ok(first.server, admin, task["id"], "SKU-A")
        order_pk = (await Order.get(external_ref="SH-1")).id
        product = await Product.get(sku="SKU-A")
        eu = await Warehouse.get(code="eu")
        assert sourcing(await order_view(first.server, admin, order["id"])) == [("SKU-A", "east", 2)]
        assert await pending_jobs() == []

        async def short_committed() -> bool:
            return await StockMovement.exists(reason=MovementReason.ADJUSTMENT, reference=f"order:{order['number']}")

        # When: the picker reports a unit short while the test holds eu's stock row (which
        # the short pick does not touch and re-sourcing locks), and the server dies once
        # the short has committed and re-sourcing waits for that row.
        query = "SELECT id FROM stock_level WHERE product_id = $1 AND warehouse_id = $2 FOR UPDATE"
        async with RowLock.held(backends, query, product.id, eu.id) as lock:
            waited = await crash_while_the_reaction_waits(
                first, lock, short(first.server, admin, task["id"], "SKU-A", 1), short_committed
            )

    # Then: the short is committed (east lost the unit, the reservation shrank), nothing
    # was sourced at eu, and the job is still there.
    assert "FROM stock_level" in waited and "FOR UPDATE" in waited
    assert await pending_jobs() == [("order.units_short", {"order_id": order_pk, "actor": actor}, 0, None)]
    assert [
        (s.on_hand, s.reserved) for s in await StockLevel.filter(product_id=product.id).order_by("warehouse_id")
    ] == [(1, 1), (5, 0)]

    # And when the next server starts, it sources the missing unit at eu.
    async with oms_process(backends) as second:

        async def reserved_at_eu() -> tuple[int, int]:
            return (await StockLevel.get(product_id=product.id, warehouse_id=eu.id)).reserved, (
                await ReactionJob.all().count()
            )

        settled = await until(reserved_at_eu, lambda s: s == (1, 0), what="eu reserved, jobs", within=30)
        view = await order_view(second, admin, order["id"])
        ledger = await order_ledger(second, admin, order["number"])
        stocks = (await stock_of(second, admin, "SKU-A", "east"), await stock_of(second, admin, "SKU-A", "eu"))

    assert settled == (1, 0)
    assert view["status"] == "PICKING"
    assert allocations(view) == [("SKU-A", "east", 1, "RESERVED"), ("SKU-A", "eu", 1, "RESERVED")]
    assert tasks_of(view) == [
        ("east", "IN_PROGRESS", [("SKU-A", 2, 1, 1)]),
        ("eu", "OPEN", [("SKU-A", 1, 0, 0)]),
    ]
    assert ledger == [
        ("RESERVE", "SKU-A", "east", 0, 2),
        ("ADJUSTMENT", "SKU-A", "east", -1, -1),
        ("RESERVE", "SKU-A", "eu", 0, 1),
    ]
    assert stocks == ((1, 1, 0), (5, 1, 4))
    assert await ledger_mismatches() == []
