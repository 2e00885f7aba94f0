from __future__ import annotations
import json
from typing import Any
from models.access import Role
from tests.conftest import make_token
from tests.fixtures.server import Server
from tests.fulfilment_helpers import *  # noqa
from tests.stock_helpers import placed, movements, levels

async def test_explore(server: Server, admin_token: str) -> None:
    await setup_fulfilment(server, admin_token, stock={("SKU-A", "east"): 3, ("SKU-B", "east"): 5, ("SKU-A", "eu"): 5})
    order = await placed(server, admin_token, "R1", [("SKU-A", 3), ("SKU-B", 1)])
    print(json.dumps(order, indent=1))
    wh = await make_token(Role.WAREHOUSE, "east")
    task = await claimed(server, wh, "east", "alice")
    print(task)
    print(await scan(server, wh, task["id"], BARCODES["SKU-C"]))
    print(await scan(server, wh, task["id"], BARCODES["SKU-A"], 2, client_scan_id="c1"))
    print(await scan(server, wh, task["id"], BARCODES["SKU-A"], 2, client_scan_id="c1"))
    print(await short(server, wh, task["id"], "SKU-A", 1))
    print(await scan(server, wh, task["id"], "SKU-B"))
    print(await complete(server, wh, task["id"]))
    print(json.dumps(await order_view(server, admin_token, order["id"]), indent=1))
    s = await pack(server, wh, task["id"])
    print(s)
    d = await dispatch(server, wh, s["shipment"]["id"], "ups", "1Z1")
    print(d)
    print(json.dumps(await order_view(server, admin_token, order["id"]), indent=1))
    print(await movements(server, admin_token))
    print(await task_view(server, admin_token, task["id"]))
    assert False
