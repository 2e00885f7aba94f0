"""The audit log through the real app: every successful mutation by a token is recorded once,
by the pipeline (who: token id and name, and the person the request names; what: operation,
object, input with secrets redacted; when), refused ones are not; staff list it with filters;
a warehouse request naming its picker (X-Operator) puts the name in the scan log, the ledger
and the audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from models.access import Role
from models.events import OutboxEvent
from models.orders import Order
from services import db
from tests.fixtures.catalog import ORDER_CREATE, order_input, place, seed_catalog
from tests.fixtures.database import SqlCounter, make_token
from tests.fixtures.fulfilment import BARCODES, CARRIER_CREATE, CLAIM, SCAN, seed_fulfilment
from tests.fixtures.server import Server
from tests.fixtures.stock import PRODUCT_CREATE, USER_ERRORS, call, movements, ok, placed
from tests.graphql.test_order_bulk_create import BULK

EVENTS = """query($f: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id occurredAt operation actor actorRole actorTokenId actorName operator objectType objectId input } } } }"""
TOKEN_CREATE = """mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { apiToken { id } secret %s } }""" % (
    USER_ERRORS
)
PRODUCT_UPDATE = (
    """mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { product { id } %s } }""" % USER_ERRORS
)
CHANNEL_CREATE = (
    """mutation($i: ChannelCreateInput!) { channelCreate(input: $i) { channel { id } %s } }""" % USER_ERRORS
)
WEBHOOK_CREATE = (
    """mutation($i: WebhookSubscriptionCreateInput!) {
  webhookSubscriptionCreate(input: $i) { webhookSubscription { id } %s } }"""
    % USER_ERRORS
)
SCANS = "query { scanEvents(first: 10) { edges { node { actor device result } } } }"


async def events(server: Server, token: str, **filter: Any) -> list[dict[str, Any]]:
    connection = await call(server, token, EVENTS, {"f": filter or None, "first": 100}, "auditEvents")
    assert connection["totalCount"] == len(connection["edges"])
    return [edge["node"] for edge in connection["edges"]]


async def named_token(server: Server, admin: str, role: str, name: str, scope: str | None = None) -> tuple[str, str]:
    """(plaintext, global id) of a token made through the API."""
    payload = await ok(
        server, admin, TOKEN_CREATE, {"i": {"role": role, "name": name, "scope": scope}}, "apiTokenCreate"
    )
    return payload["secret"], payload["apiToken"]["id"]


async def as_operator(server: Server, token: str, operator: str, doc: str, variables: dict[str, Any]) -> Any:
    headers = {"Authorization": f"Bearer {token}", "X-Operator": operator}
    response = await server.http.post("/graphql", json={"query": doc, "variables": variables}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["data"]


async def test_each_successful_mutation_is_recorded_once_with_who_what_and_the_input(
    server: Server, admin_token: str
) -> None:
    await seed_catalog(admin_token, stock=0)
    ops, ops_id = await named_token(server, admin_token, "OPS", "Olivia (ops)")
    started = datetime.now(UTC)

    updated = await ok(server, ops, PRODUCT_UPDATE, {"i": {"sku": "SKU-A", "price": "11.00"}}, "productUpdate")
    refused = await call(server, ops, PRODUCT_UPDATE, {"i": {"sku": "NOPE", "price": "1.00"}}, "productUpdate")
    by_ops = await events(server, admin_token, actor="Olivia (ops)")
    by_object = await events(server, admin_token, objectId=updated["product"]["id"])
    by_operation = await events(server, admin_token, operation="apiTokenCreate")
    later = await events(server, admin_token, **{"from": (datetime.now(UTC) + timedelta(hours=1)).isoformat()})
    window = await events(server, admin_token, **{"from": started.isoformat(), "to": datetime.now(UTC).isoformat()})

    assert [e["code"] for e in refused["userErrors"]] == ["NOT_FOUND"]  # not recorded
    (event,) = by_ops
    assert event["actor"].startswith("ops#token")
    assert {k: v for k, v in event.items() if k not in ("id", "occurredAt")} == {
        "operation": "productUpdate",
        "actor": event["actor"],
        "actorRole": "OPS",
        "actorTokenId": ops_id,
        "actorName": "Olivia (ops)",
        "operator": None,
        "objectType": "Product",
        "objectId": updated["product"]["id"],
        "input": {"sku": "SKU-A", "name": None, "price": "11.00", "weightGrams": None},
    }
    assert by_object == by_ops
    assert [e["actorRole"] for e in by_operation] == ["ADMIN"]
    assert later == []
    assert [e["operation"] for e in window] == ["productUpdate"]


async def test_secrets_in_the_input_are_redacted(server: Server, admin_token: str) -> None:
    await seed_catalog(admin_token, stock=0)

    await ok(
        server,
        admin_token,
        CHANNEL_CREATE,
        {"i": {"code": "shop", "name": "Shop", "intakeSecret": "s3cret-s3cret-s3cret"}},
        "channelCreate",
    )
    await ok(
        server,
        admin_token,
        WEBHOOK_CREATE,
        {
            "i": {
                "url": "https://hooks.example/x",
                "topics": ["order.status_changed"],
                "secret": "whsec-0123456789abcdef",
            }
        },
        "webhookSubscriptionCreate",
    )
    logged = await events(server, admin_token)
    text = str(logged)

    assert [e["operation"] for e in logged] == ["webhookSubscriptionCreate", "channelCreate"]  # newest first
    assert logged[1]["input"]["intakeSecret"] == "[redacted]"
    assert logged[0]["input"]["secret"] == "[redacted]"
    assert "s3cret" not in text and "whsec" not in text


async def test_a_picker_named_by_the_request_is_in_the_scan_log_the_ledger_and_the_audit(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    await placed(server, admin_token, "OP-1", [("SKU-A", 1)])
    east = await make_token(Role.WAREHOUSE, "east")

    claimed = await as_operator(server, east, "Maria", CLAIM, {"i": {"warehouse": "east"}})
    task = claimed["pickTaskClaim"]["pickTask"]
    scanned = await as_operator(
        server, east, "Maria", SCAN, {"i": {"task": task["id"], "barcode": BARCODES["SKU-A"], "device": "gun-7"}}
    )
    adjust = """mutation($i: StockAdjustInput!) { stockAdjust(input: $i) { %s } }""" % USER_ERRORS
    await as_operator(
        server, east, " Maria\n", adjust, {"i": {"sku": "SKU-B", "warehouse": "east", "delta": 1, "reason": "RECEIPT"}}
    )
    scans = await call(server, admin_token, SCANS, {}, "scanEvents")
    ledger = await movements(server, admin_token, sku="SKU-B", warehouse="east")
    audit = await events(server, admin_token, actor="Maria")

    assert scanned["pickScan"]["result"] == "ACCEPTED"
    (scan,) = [edge["node"] for edge in scans["edges"]]
    assert scan["actor"].endswith(" (Maria)") and scan["actor"].startswith("warehouse:east#token")
    assert ledger[0]["actor"] == scan["actor"]
    assert [(e["operation"], e["operator"], e["actorRole"]) for e in audit] == [
        ("stockAdjust", "Maria", "WAREHOUSE"),
        ("pickScan", "Maria", "WAREHOUSE"),
        ("pickTaskClaim", "Maria", "WAREHOUSE"),
    ]


CHANGES = (
    """query($f: AuditEventFilter) { auditEvents(filter: $f, first: 20) { edges { node { operation changes } } } }"""
)
CARRIER_UPDATE = (
    """mutation($i: CarrierUpdateInput!) { carrierUpdate(input: $i) { carrier { id } %s } }""" % USER_ERRORS
)
POLICY_UPDATE = (
    """mutation($i: StockPolicyUpdateInput!) { stockPolicyUpdate(input: $i) { stockLevel { id } %s } }""" % USER_ERRORS
)
WEBHOOK_UPDATE = (
    """mutation($i: WebhookSubscriptionUpdateInput!) {
  webhookSubscriptionUpdate(input: $i) { webhookSubscription { id } %s } }"""
    % USER_ERRORS
)
ARCHIVE = """mutation($i: ArchiveInput!) { productArchive(input: $i) { product { archivedAt } %s } }""" % USER_ERRORS


async def test_a_configuration_change_is_recorded_with_each_field_before_and_after(
    server: Server, admin_token: str
) -> None:
    await seed_catalog(admin_token, stock=0)
    await ok(server, admin_token, CARRIER_CREATE, {"i": {"code": "fedex", "name": "FedEx"}}, "carrierCreate")

    await ok(server, admin_token, PRODUCT_UPDATE, {"i": {"sku": "SKU-A", "price": "11", "name": "A2"}}, "productUpdate")
    await ok(server, admin_token, PRODUCT_UPDATE, {"i": {"sku": "SKU-A", "price": "11.00"}}, "productUpdate")
    hook = {"code": "fedex", "webhookUrl": "https://hooks.example.com/fedex?key=s3cret"}
    await ok(server, admin_token, CARRIER_UPDATE, {"i": hook}, "carrierUpdate")
    archived = await ok(server, admin_token, ARCHIVE, {"i": {"code": "SKU-B"}}, "productArchive")
    policy = {"sku": "SKU-A", "warehouse": "east", "safetyStock": 3, "reorderPoint": 5}
    await ok(server, admin_token, POLICY_UPDATE, {"i": policy}, "stockPolicyUpdate")
    hook_given = {
        "url": "https://hooks.example/x",
        "topics": ["order.status_changed"],
        "secret": "whsec-0123456789abcdef",
    }
    made = await ok(server, admin_token, WEBHOOK_CREATE, {"i": hook_given}, "webhookSubscriptionCreate")
    topics = {"id": made["webhookSubscription"]["id"], "topics": ["order.status_changed", "shipment.changed"]}
    await ok(server, admin_token, WEBHOOK_UPDATE, {"i": topics}, "webhookSubscriptionUpdate")
    body = await server.gql(CHANGES, {"f": None}, token=admin_token)

    assert "errors" not in body, body
    logged = [(e["node"]["operation"], e["node"]["changes"]) for e in body["data"]["auditEvents"]["edges"]]
    assert logged == [
        (
            "webhookSubscriptionUpdate",
            [
                {
                    "field": "topics",
                    "from": ["order.status_changed"],
                    "to": ["order.status_changed", "shipment.changed"],
                }
            ],
        ),
        ("webhookSubscriptionCreate", None),
        (
            "stockPolicyUpdate",
            [{"field": "reorderPoint", "from": 0, "to": 5}, {"field": "safetyStock", "from": 0, "to": 3}],
        ),
        ("productArchive", [{"field": "archivedAt", "from": None, "to": archived["product"]["archivedAt"]}]),
        ("carrierUpdate", [{"field": "webhookUrl", "from": None, "to": "[redacted]"}]),
        ("productUpdate", None),  # the same price again: nothing changed
        (
            "productUpdate",
            [
                {"field": "name", "from": "Product SKU-A", "to": "A2"},
                {"field": "price", "from": "10.00", "to": "11.00"},
            ],
        ),
        ("carrierCreate", None),
    ]
    assert "s3cret" not in str(body) and "whsec" not in str(body)


async def test_only_staff_read_the_audit_log(server: Server, admin_token: str) -> None:
    await seed_catalog(admin_token, stock=0)
    await ok(
        server, admin_token, PRODUCT_CREATE, {"i": {"sku": "SKU-Z", "name": "Z", "price": "1.00"}}, "productCreate"
    )
    ops = await make_token(Role.OPS)
    east = await make_token(Role.WAREHOUSE, "east")

    seen_by_ops = await events(server, ops)
    refused = await server.gql(EVENTS, {}, token=east)

    assert [e["operation"] for e in seen_by_ops] == ["productCreate"]
    assert refused["data"] is None and refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_an_order_s_audit_entry_commits_with_the_order_in_its_statements(
    server: Server, admin_token: str, sql_counter: SqlCounter
) -> None:
    # given a catalogue, and an order placed once before (its documents compiled)
    await seed_catalog(admin_token)
    await place(server, admin_token, externalRef="WARM-1")

    # when an order is created, then created again (a retry), and two more in one bulk request
    sql_counter.statements.clear()
    created = await place(server, admin_token, externalRef="AUD-1")
    statements = list(sql_counter.statements)
    retried = await place(server, admin_token, externalRef="AUD-1")
    body = await server.gql(
        BULK, {"input": {"orders": [order_input(externalRef=f"AUD-B{i}") for i in (1, 2)]}}, token=admin_token
    )
    assert body["data"]["orderBulkCreate"]["created"] == 2, body

    # then the create's entry went in before its COMMIT, with the order's other rows, and
    # names the order and the input; the retry has its own entry (after its answer was
    # found), the bulk request one entry of its own
    audit_writes = [i for i, text in enumerate(statements) if "audit_event" in text]
    commits = [i for i, text in enumerate(statements) if text.upper().startswith("COMMIT")]
    assert len(audit_writes) == 1 and commits and audit_writes[0] < commits[-1], statements
    assert retried["order"]["id"] == created["order"]["id"]
    entries = await events(server, admin_token, objectId=created["order"]["id"])
    assert [e["operation"] for e in entries] == ["orderCreate", "orderCreate"]
    assert all(e["objectType"] == "Order" and e["input"]["externalRef"] == "AUD-1" for e in entries)
    assert [e["operation"] for e in await events(server, admin_token, operation="orderBulkCreate")] == [
        "orderBulkCreate"
    ]
    assert len(await events(server, admin_token, operation="orderCreate")) == 3  # WARM-1's too


async def test_an_order_whose_audit_entry_cannot_be_written_is_not_written_either(
    server: Server, admin_token: str
) -> None:
    # given a catalogue, and a database that refuses orderCreate's audit entries
    await seed_catalog(admin_token)
    conn = db.connection()
    postgres = conn.capabilities.dialect == "postgres"
    if postgres:
        await conn.execute_script(
            "CREATE FUNCTION refuse_order_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.operation = 'orderCreate' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$; "
            "CREATE TRIGGER refuse_order_audit BEFORE INSERT ON audit_event FOR EACH ROW "
            "EXECUTE FUNCTION refuse_order_audit();"
        )
    else:
        await conn.execute_script(
            "CREATE TRIGGER refuse_order_audit BEFORE INSERT ON audit_event "
            "WHEN NEW.operation = 'orderCreate' BEGIN SELECT RAISE(ABORT, 'audit refused'); END;"
        )
    events_before = await OutboxEvent.all().count()
    try:
        # when an order is created
        body = await server.gql(ORDER_CREATE, {"input": order_input(externalRef="NOAUD-1")}, token=admin_token)
    finally:
        await conn.execute_script(
            "DROP TRIGGER refuse_order_audit ON audit_event; DROP FUNCTION refuse_order_audit();"
            if postgres
            else "DROP TRIGGER refuse_order_audit;"
        )

    # then it fails as a whole: no order without its entry (an order and its stock, history
    # and events are all or nothing with it)
    assert body["data"] is None and body["errors"][0]["message"] == "Unexpected error.", body
    assert await Order.filter(external_ref="NOAUD-1").count() == 0
    assert await OutboxEvent.all().count() == events_before
