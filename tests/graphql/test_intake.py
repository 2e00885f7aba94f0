"""Signed order intake (`POST /intake/{channel}`, API.md "Integrations"): the signature,
the native and the storefront-webhook formats (golden files in tests/fixtures/intake/), and
what a bad, repeated or unsigned push gets. Every order goes through `orderCreate`."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from models.access import Role
from models.orders import Order
from services import catalog
from services.intake import TOLERANCE_SECONDS, signature, signature_valid
from tests.fixtures.catalog import seed_catalog
from tests.fixtures.database import make_token
from tests.fixtures.server import Server

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "intake"
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "intake_signature.py"
SECRET = "shop-intake-secret-0123456789"
ORDER = "query($id: ID!) { order(id: $id) { externalRef status customer { email name } lines { sku quantity unitPrice { amount } } shippingAddress { country region city postalCode line1 } } }"


@pytest.fixture
async def shop(server: Server) -> Server:
    await seed_catalog(await make_token(Role.ADMIN))
    await catalog.create_channel(code="shop", name="Shop", intake_secret=SECRET)
    return server


async def push(
    server: Server,
    body: bytes,
    *,
    channel: str = "shop",
    secret: str = SECRET,
    at: int | None = None,
    fmt: str | None = None,
    content_type: str = "application/json",
    header: str | None = None,
) -> httpx.Response:
    sig = header if header is not None else signature(secret, body, int(time.time()) if at is None else at)
    return await server.http.post(
        f"/intake/{channel}",
        content=body,
        params={"format": fmt} if fmt else None,
        headers={"X-Signature": sig, "Content-Type": content_type},
    )


def golden(name: str) -> bytes:
    return (HERE / name).read_bytes()


async def read_order(server: Server, order_id: str) -> dict[str, Any]:
    body = await server.gql(ORDER, {"id": order_id}, token=await make_token(Role.ADMIN))
    return body["data"]["order"]  # type: ignore[no-any-return]


async def test_a_signed_native_order_is_created_once_and_a_repeat_answers_the_same_order(shop: Server) -> None:
    body = golden("native_order.json")

    first = await push(shop, body)
    again = await push(shop, body)

    assert first.status_code == 201, first.text
    assert again.status_code == 200, again.text
    assert again.json() == first.json()
    assert first.json()["order"]["status"] == "ALLOCATED"
    order = await read_order(shop, first.json()["order"]["id"])
    assert order["externalRef"] == "N-1001"
    assert [(ln["sku"], ln["quantity"]) for ln in order["lines"]] == [("SKU-A", 1), ("SKU-C", 3)]
    assert await Order.all().count() == 1


async def test_a_storefront_order_webhook_is_mapped_field_by_field(shop: Server) -> None:
    answer = await push(shop, golden("shopify_order.json"), fmt="shopify")

    assert answer.status_code == 201, answer.text
    order = await read_order(shop, answer.json()["order"]["id"])
    assert order == {
        "externalRef": "820982911946154500",
        "status": "ALLOCATED",
        "customer": {"email": "jon@example.com", "name": "Jon Doe"},
        "lines": [
            {"sku": "SKU-A", "quantity": 2, "unitPrice": {"amount": "10.00"}},
            {"sku": "SKU-B", "quantity": 1, "unitPrice": {"amount": "5.50"}},
        ],
        "shippingAddress": {
            "country": "US",
            "region": "IL",
            "city": "Springfield",
            "postalCode": "62701",
            "line1": "123 Elm St.",
        },
    }


DETAILS = """query($id: ID!) { order(id: $id) {
  billingAddress { country city line1 } phone note tags metadata { key value }
  shippingAmount { amount } taxLines { name rate amount { amount } } discounts { code amount { amount } }
  subtotal { amount } total { amount } } }"""


async def test_a_storefront_orders_billing_address_phone_note_tags_and_attributes_are_kept(shop: Server) -> None:
    doc = json.loads(golden("shopify_order.json"))
    doc |= {
        "billing_address": {"country_code": "CA", "city": "Toronto", "address1": "1 King St."},
        "phone": "+1 416 555 0100",
        "note": "Ring twice",
        "tags": "vip, gift ,",
        "note_attributes": [{"name": "gift_message", "value": "Happy birthday"}],
        "shipping_lines": [{"title": "Standard", "price": "4.00"}, {"title": "Insurance", "price": "1.50"}],
        "tax_lines": [{"title": "HST", "rate": 0.13, "price": "3.32"}],
        "discount_codes": [{"code": "SPRING", "amount": "2.50", "type": "fixed_amount"}],
    }

    answer = await push(shop, json.dumps(doc).encode(), fmt="shopify")

    assert answer.status_code == 201, answer.text
    body = await shop.gql(DETAILS, {"id": answer.json()["order"]["id"]}, token=await make_token(Role.ADMIN))
    assert body["data"]["order"] == {
        "billingAddress": {"country": "CA", "city": "Toronto", "line1": "1 King St."},
        "phone": "+1 416 555 0100",
        "note": "Ring twice",
        "tags": ["gift", "vip"],
        "metadata": [{"key": "gift_message", "value": "Happy birthday"}],
        "shippingAmount": {"amount": "5.50"},
        "taxLines": [{"name": "HST", "rate": "0.13", "amount": {"amount": "3.32"}}],
        "discounts": [{"code": "SPRING", "amount": {"amount": "2.50"}}],
        "subtotal": {"amount": "25.50"},
        "total": {"amount": "31.82"},
    }


async def test_bad_storefront_details_are_422_naming_their_own_fields(shop: Server) -> None:
    doc = json.loads(golden("shopify_order.json"))
    shapes = await push(shop, json.dumps(doc | {"tags": ["vip"], "billing_address": "home"}).encode(), fmt="shopify")
    values = await push(
        shop,
        json.dumps(
            doc
            | {
                "phone": "call me",
                "note_attributes": [{"name": " ", "value": "x"}],
                "tax_lines": [{"title": "VAT", "rate": -1, "price": "1.00"}],
                "discount_codes": [{"code": "X", "amount": "0"}],
            }
        ).encode(),
        fmt="shopify",
    )
    prices = await push(shop, json.dumps(doc | {"shipping_lines": [{"price": "free"}]}).encode(), fmt="shopify")

    assert shapes.status_code == 422 and values.status_code == 422 and prices.status_code == 422
    assert sorted(e["field"] for e in shapes.json()["errors"]) == ["billing_address", "tags"]
    assert sorted(e["field"] for e in values.json()["errors"]) == [
        "discount_codes[0].amount",
        "note_attributes[0].name",
        "phone",
        "tax_lines[0].rate",
    ]
    assert [e["field"] for e in prices.json()["errors"]] == ["shipping_lines"]
    assert await Order.all().count() == 0


async def test_the_content_type_can_choose_the_format(shop: Server) -> None:
    answer = await push(shop, golden("shopify_order.json"), content_type="application/vnd.shopify.order+json")

    assert answer.status_code == 201, answer.text


@pytest.mark.parametrize(
    "case",
    ["wrong secret", "stale", "future", "no header", "garbage header", "unknown channel", "channel without secret"],
)
async def test_an_unsigned_or_badly_signed_push_is_401_and_writes_nothing(shop: Server, case: str) -> None:
    body = golden("native_order.json")
    now = int(time.time())
    kwargs: dict[str, Any] = {
        "wrong secret": {"secret": "another-secret-0123456789"},
        "stale": {"at": now - TOLERANCE_SECONDS - 1},
        # (a margin: seconds pass between `now` and the server's check, bringing it closer)
        "future": {"at": now + TOLERANCE_SECONDS + 30},
        "no header": {"header": ""},
        "garbage header": {"header": "t=abc,v1=zz"},
        "unknown channel": {"channel": "nope"},
        "channel without secret": {"channel": "web"},
    }[case]

    answer = await push(shop, body, **kwargs)

    assert answer.status_code == 401
    assert answer.json()["errors"][0]["code"] == "UNAUTHENTICATED"
    assert await Order.all().count() == 0


async def test_a_body_changed_after_signing_is_refused(shop: Server) -> None:
    body = golden("native_order.json")
    header = signature(SECRET, body, int(time.time()))

    answer = await push(shop, body.replace(b'"quantity": 3', b'"quantity": 30'), header=header)

    assert answer.status_code == 401
    assert await Order.all().count() == 0


async def test_a_bad_order_is_422_naming_the_formats_own_fields_and_writes_nothing(shop: Server) -> None:
    doc = json.loads(golden("shopify_order.json"))
    doc["line_items"][1]["sku"] = "NOPE"
    doc["line_items"][0]["quantity"] = "two"

    typed = await push(shop, json.dumps(doc).encode(), fmt="shopify")
    doc["line_items"][0]["quantity"] = 2
    unknown = await push(shop, json.dumps(doc).encode(), fmt="shopify")

    assert typed.status_code == 422
    assert [e["field"] for e in typed.json()["errors"]] == ["line_items[0].quantity"]
    assert unknown.status_code == 422
    assert [(e["field"], e["code"]) for e in unknown.json()["errors"]] == [("line_items[1].sku", "UNKNOWN_SKU")]
    assert await Order.all().count() == 0


@pytest.mark.parametrize(
    ("body", "fmt", "status", "fields"),
    [
        (b"{not json", None, 422, [""]),
        (b"\xff\xfe", None, 422, [""]),
        (b"[1, 2]", None, 422, [""]),
        (b'{"id": 1}', "shopify", 422, ["line_items", "shipping_address"]),
        (b"{}", "edifact", 415, None),
    ],
)
async def test_malformed_bodies_are_refused_with_a_reason(
    shop: Server, body: bytes, fmt: str | None, status: int, fields: list[str] | None
) -> None:
    answer = await push(shop, body, fmt=fmt)

    assert answer.status_code == status, answer.text
    if fields is not None:
        assert [e["field"] for e in answer.json()["errors"]] == fields
    assert await Order.all().count() == 0


def test_the_signature_is_the_documented_hmac() -> None:
    body = b'{"a":1}'
    # HMAC-SHA256(secret, "<t>.<raw body>") in hex, computed independently of our code:
    # printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'k'
    expected = "t=1700000000,v1=" + __import__("hmac").new(b"k", b'1700000000.{"a":1}', "sha256").hexdigest()

    assert signature("k", body, 1_700_000_000) == expected
    assert signature_valid(["old", "k"], expected, body, now=1_700_000_100)
    assert not signature_valid(["k"], expected, body, now=1_700_000_301)
    assert signature_valid(["k"], "t=1700000000,v1=00,v1=" + expected.split("v1=")[1], body, now=1_700_000_000)


async def test_the_documented_script_signs_what_the_server_accepts(shop: Server) -> None:
    path = HERE / "native_order.json"
    done = await asyncio.to_thread(
        subprocess.run, [sys.executable, str(SCRIPT), SECRET, str(path)], capture_output=True, text=True, check=True
    )
    header = done.stdout.strip()

    answer = await push(shop, path.read_bytes(), header=header)

    assert answer.status_code == 201, answer.text


async def test_input_the_pipeline_refuses_is_422_not_a_fault(shop: Server) -> None:
    doc = json.loads(golden("native_order.json"))
    doc["customer"]["name"] = "Ada\x00"

    answer = await push(shop, json.dumps(doc).encode())

    assert answer.status_code == 422, answer.text
    assert [(e["field"], e["code"]) for e in answer.json()["errors"]] == [("customer.name", "INVALID")]
    assert await Order.all().count() == 0
