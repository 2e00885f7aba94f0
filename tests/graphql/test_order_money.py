"""An order's money through the real app: charges (shipping, tax lines, discounts) make the
total; payments and refunds drive the financial status along its transition table."""

from __future__ import annotations

from typing import Any

from tests.fixtures.fulfilment import run, seed_fulfilment
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, placed

MONEY = """
  status financialStatus subtotal { amount } shippingAmount { amount } taxTotal { amount }
  discountTotal { amount } total { amount currency }
  taxLines { name rate amount { amount } } discounts { code amount { amount } }
  payments { kind amount { amount } reference actor }
  history { kind reason }
"""
CHARGES = "mutation($i: OrderChargesSetInput!) { orderChargesSet(input: $i) { order { %s } %s } }" % (
    MONEY,
    USER_ERRORS,
)
PAY = (
    "mutation($i: OrderPaymentRecordInput!) { orderPaymentRecord(input: $i) { order { %s } payment { kind amount { amount } } %s } }"
    % (
        MONEY,
        USER_ERRORS,
    )
)
REFUND = (
    "mutation($i: RefundRecordInput!) { refundRecord(input: $i) { refund { amount { amount } } %s } }" % USER_ERRORS
)
EDIT = "mutation($i: OrderEditInput!) { orderEdit(input: $i) { order { %s } %s } }" % (MONEY, USER_ERRORS)
CHARGED = {
    "shippingAmount": "5.00",
    "taxLines": [{"name": "VAT", "rate": "0.19", "amount": "3.80"}],
    "discounts": [{"code": "WELCOME", "amount": "2.00"}],
}


async def charges(server: Server, token: str, order_id: str, **values: Any) -> Any:
    return await run(server, token, CHARGES, {"id": order_id, **values}, "orderChargesSet")


async def pay(server: Server, token: str, order_id: str, kind: str, amount: str | None = None) -> Any:
    variables: dict[str, Any] = {"id": order_id, "kind": kind, "reference": f"psp-{kind.lower()}"}
    if amount is not None:
        variables["amount"] = amount
    return await run(server, token, PAY, variables, "orderPaymentRecord")


async def refund(server: Server, token: str, order_id: str, amount: str) -> Any:
    return await run(server, token, REFUND, {"order": order_id, "amount": amount}, "refundRecord")


def money(order: dict[str, Any]) -> tuple[str, ...]:
    return (
        order["subtotal"]["amount"],
        order["shippingAmount"]["amount"],
        order["taxTotal"]["amount"],
        order["discountTotal"]["amount"],
        order["total"]["amount"],
    )


async def test_charges_make_the_total_and_an_edit_keeps_them(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "M-1", [("SKU-A", 2)])

    charged = await charges(server, admin_token, order["id"], **CHARGED)
    edited = await run(
        server,
        admin_token,
        EDIT,
        {"id": order["id"], "reason": "one more", "lines": [{"sku": "SKU-A", "quantity": 3}]},
        "orderEdit",
    )

    assert charged["userErrors"] == []
    assert money(charged["order"]) == ("20.00", "5.00", "3.80", "2.00", "26.80")
    assert charged["order"]["taxLines"] == [{"name": "VAT", "rate": "0.19", "amount": {"amount": "3.80"}}]
    assert charged["order"]["discounts"] == [{"code": "WELCOME", "amount": {"amount": "2.00"}}]
    assert charged["order"]["financialStatus"] == "PENDING"
    assert money(edited["order"]) == ("30.00", "5.00", "3.80", "2.00", "36.80")


async def test_payments_and_refunds_drive_the_financial_status(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "M-2", [("SKU-A", 2)])
    await charges(server, admin_token, order["id"], **CHARGED)

    authorized = await pay(server, admin_token, order["id"], "AUTHORIZATION", "26.80")
    paid = await pay(server, admin_token, order["id"], "CAPTURE", "26.80")
    late_charges = await charges(server, admin_token, order["id"], shippingAmount="9.00")
    part = await refund(server, admin_token, order["id"], "10.00")
    after_part = await pay(server, admin_token, order["id"], "AUTHORIZATION", "1.00")
    rest = await refund(server, admin_token, order["id"], "16.80")
    final = await charges(server, admin_token, order["id"])

    assert (authorized["userErrors"], authorized["order"]["financialStatus"]) == ([], "AUTHORIZED")
    assert (paid["userErrors"], paid["order"]["financialStatus"]) == ([], "PAID")
    assert late_charges["userErrors"] == [
        {
            "field": ["id"],
            "message": f"Order {order['number']} is ALLOCATED and PAID; its charges are final.",
            "code": "INVALID_TRANSITION",
        }
    ]
    assert (part["userErrors"], rest["userErrors"]) == ([], [])
    assert after_part["userErrors"] == [
        {
            "field": ["kind"],
            "message": f"Order {order['number']} is PARTIALLY_REFUNDED; nothing to authorize.",
            "code": "INVALID_TRANSITION",
        }
    ]
    assert final["userErrors"][0]["code"] == "INVALID_TRANSITION"
    history = await pay(server, admin_token, order["id"], "CAPTURE", "1.00")
    assert [h["reason"] for h in paid["order"]["history"] if h["kind"] == "FINANCIAL_STATUS_CHANGED"] == [
        "PENDING -> AUTHORIZED: authorization of 26.80",
        "AUTHORIZED -> PAID: capture of 26.80",
    ]
    assert history["userErrors"] == [
        {
            "field": ["amount"],
            "message": f"Order {order['number']} is REFUNDED with 0.00 USD left to capture.",
            "code": "INVALID",
        }
    ]
    assert paid["order"]["payments"] == [
        {
            "kind": "AUTHORIZATION",
            "amount": {"amount": "26.80"},
            "reference": "psp-authorization",
            "actor": paid["order"]["payments"][0]["actor"],
        },
        {
            "kind": "CAPTURE",
            "amount": {"amount": "26.80"},
            "reference": "psp-capture",
            "actor": paid["order"]["payments"][0]["actor"],
        },
    ]


async def test_a_voided_authorization_ends_the_money_and_refunds_are_refused(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "M-3", [("SKU-A", 1)])

    await pay(server, admin_token, order["id"], "AUTHORIZATION", "10.00")
    voided = await pay(server, admin_token, order["id"], "VOID")
    capture = await pay(server, admin_token, order["id"], "CAPTURE", "10.00")
    refused = await refund(server, admin_token, order["id"], "1.00")

    assert (voided["userErrors"], voided["order"]["financialStatus"]) == ([], "VOIDED")
    assert voided["payment"] == {"kind": "VOID", "amount": {"amount": "10.00"}}
    assert capture["userErrors"] == [
        {
            "field": ["amount"],
            "message": f"Order {order['number']} is VOIDED with 10.00 USD left to capture.",
            "code": "INVALID",
        }
    ]
    assert refused["userErrors"] == [
        {
            "field": ["order"],
            "message": f"Order {order['number']} cannot go from VOIDED to PARTIALLY_REFUNDED.",
            "code": "INVALID_TRANSITION",
        }
    ]


async def test_a_refund_without_recorded_payments_still_moves_the_status(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "M-4", [("SKU-A", 1)])

    await refund(server, admin_token, order["id"], "4.00")
    part = await charges(server, admin_token, order["id"])

    assert (
        part["userErrors"][0]["message"]
        == f"Order {order['number']} is ALLOCATED and PARTIALLY_REFUNDED; its charges are final."
    )


async def test_bad_charges_are_refused_with_every_problem(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "M-5", [("SKU-A", 1)])

    bad = await charges(
        server,
        admin_token,
        order["id"],
        shippingAmount="-1.00",
        taxLines=[{"name": " ", "rate": "-0.1", "amount": "-1.00"}],
        discounts=[{"code": "", "amount": "0"}],
    )
    too_much = await charges(server, admin_token, order["id"], discounts=[{"code": "ALL", "amount": "10.01"}])
    too_precise = await charges(server, admin_token, order["id"], shippingAmount="1000000000000")

    assert bad["userErrors"] == [
        {"field": ["shippingAmount"], "message": "shippingAmount must not be negative.", "code": "INVALID"},
        {"field": ["taxLines", "0", "name"], "message": "A tax line needs a name.", "code": "REQUIRED"},
        {"field": ["taxLines", "0", "rate"], "message": "rate must not be negative.", "code": "INVALID"},
        {"field": ["taxLines", "0", "amount"], "message": "amount must not be negative.", "code": "INVALID"},
        {"field": ["discounts", "0", "code"], "message": "A discount needs a code.", "code": "REQUIRED"},
        {"field": ["discounts", "0", "amount"], "message": "amount must be positive.", "code": "INVALID"},
    ]
    assert too_much["userErrors"] == [
        {
            "field": ["discounts"],
            "message": "The discounts are more than the order's subtotal, shipping and tax.",
            "code": "INVALID",
        }
    ]
    assert [e["code"] for e in too_precise["userErrors"]] == ["INVALID"]
