"""Intake formats beyond JSON (API.md "Integrations"): the marketplace flat-file order report
(`?format=marketplace-tsv`) and EDI X12 850 purchase orders (`?format=x12`, answered with a
997). Golden files in tests/fixtures/intake/; malformed rows are named by row and column."""

from __future__ import annotations

import json
from typing import Any

from models.orders import Order
from tests.fixtures.server import Server
from tests.graphql.test_intake import golden, push, read_order, shop

__all__ = ["shop"]

TSV = "text/tab-separated-values"


def tsv_rows(*edits: tuple[int, str, str]) -> bytes:
    """The golden report with cells replaced: (row number as in the file, column, value)."""
    lines = golden("marketplace_order.tsv").decode().splitlines()
    header = lines[0].split("\t")
    for row, column, value in edits:
        cells = lines[row - 1].split("\t")
        cells[header.index(column)] = value
        lines[row - 1] = "\t".join(cells)
    return ("\n".join(lines) + "\n").encode()


def x12(replace: str = "", by: str = "") -> bytes:
    body = golden("x12_850.edi").decode()
    assert not replace or replace in body
    return body.replace(replace, by).encode()


def segments(acknowledgment: str) -> list[str]:
    return [s for s in acknowledgment.split("~") if s]


# --- marketplace flat-file report --------------------------------------------------------


async def test_a_marketplace_report_becomes_one_order_with_its_rows_as_lines(shop: Server) -> None:
    first = await push(shop, golden("marketplace_order.tsv"), fmt="marketplace-tsv", content_type=TSV)
    again = await push(shop, golden("marketplace_order.tsv"), content_type=TSV)

    assert first.status_code == 201, first.text
    assert again.status_code == 200, again.text
    assert again.json() == first.json()
    order = await read_order(shop, first.json()["order"]["id"])
    assert order == {
        "externalRef": "114-3941689-8772232",
        "status": "ALLOCATED",
        "customer": {"email": "buyer@marketplace.example", "name": "Grace Hopper"},
        "lines": [
            {"sku": "SKU-A", "quantity": 2, "unitPrice": {"amount": "10.00"}},
            {"sku": "SKU-B", "quantity": 3, "unitPrice": {"amount": "5.50"}},
        ],
        "shippingAddress": {
            "country": "US",
            "region": "VA",
            "city": "Arlington",
            "postalCode": "22201",
            "line1": "12 Harbour Rd",
        },
    }
    assert await Order.all().count() == 1


async def test_malformed_report_rows_are_named_by_row_and_column_and_nothing_is_written(shop: Server) -> None:
    body = tsv_rows((3, "quantity-purchased", "three"), (3, "ship-country", "CA"), (2, "item-price", "ten"))

    answer = await push(shop, body, fmt="marketplace-tsv")

    assert answer.status_code == 422, answer.text
    assert [(e["field"], e["code"]) for e in answer.json()["errors"]] == [
        ("row[2].item-price", "INVALID"),
        ("row[3].ship-country", "INVALID"),
        ("row[3].quantity-purchased", "INVALID"),
    ]
    assert answer.json()["errors"][2]["message"] == "Row 3: quantity-purchased must be a whole number, not 'three'."
    assert await Order.all().count() == 0


async def test_the_pipelines_errors_name_the_reports_row_and_column(shop: Server) -> None:
    answer = await push(shop, tsv_rows((3, "sku", "NOPE")), fmt="marketplace-tsv")

    assert answer.status_code == 422, answer.text
    assert [(e["field"], e["code"]) for e in answer.json()["errors"]] == [("row[3].sku", "UNKNOWN_SKU")]
    assert await Order.all().count() == 0


async def test_a_report_missing_a_column_or_with_a_short_row_is_refused(shop: Server) -> None:
    header_only = b"order-id\tsku\n1\tSKU-A\n"
    short = golden("marketplace_order.tsv") + b"114-3941689-8772232\tSKU-C\n"

    missing = await push(shop, header_only, fmt="marketplace-tsv")
    ragged = await push(shop, short, fmt="marketplace-tsv")

    assert missing.status_code == 422
    assert missing.json()["errors"] == [
        {
            "field": "row[1]",
            "code": "INVALID",
            "message": "The header lacks the column(s): buyer-email, quantity-purchased, ship-country.",
        }
    ]
    assert ragged.status_code == 422
    assert ragged.json()["errors"] == [
        {"field": "row[4]", "code": "INVALID", "message": "Row 4 has 2 columns; the header has 15."}
    ]
    assert await Order.all().count() == 0


async def test_a_report_of_two_orders_is_refused_over_http(shop: Server) -> None:
    body = tsv_rows((3, "order-id", "ANOTHER"))

    answer = await push(shop, body, fmt="marketplace-tsv")

    assert answer.status_code == 422
    assert answer.json()["errors"] == [
        {"field": "", "code": "INVALID", "message": "One order per push; this body holds 2."}
    ]


# --- EDI X12 850 --------------------------------------------------------------------------


async def test_an_x12_850_is_created_and_acknowledged_with_a_997(shop: Server) -> None:
    first = await push(shop, golden("x12_850.edi"), fmt="x12", content_type="application/edi-x12")
    again = await push(shop, golden("x12_850.edi"), content_type="application/edi-x12")

    assert first.status_code == 201, first.text
    assert again.status_code == 200, again.text
    assert again.json()["order"] == first.json()["order"]
    ack = segments(first.json()["acknowledgment"])
    assert ack[0].startswith("ISA*00*          *00*          *ZZ*ORDERGRAPH     *ZZ*ACMEBUYER      *")
    assert ack[0].endswith("*U*00401*000000905*0*P*>")
    assert ack[1].startswith("GS*FA*ORDERGRAPH*ACMEBUYER*")
    assert ack[2:] == [
        "ST*997*0001",
        "AK1*PO*905",
        "AK2*850*0001",
        "AK5*A",
        "AK9*A*1*1*1",
        "SE*6*0001",
        "GE*1*905",
        "IEA*1*000000905",
    ]
    order = await read_order(shop, first.json()["order"]["id"])
    assert order == {
        "externalRef": "PO-4500012345",
        "status": "ALLOCATED",
        "customer": {"email": "purchasing@acme.example", "name": "Acme Receiving Dock"},
        "lines": [
            {"sku": "SKU-A", "quantity": 4, "unitPrice": {"amount": "10.00"}},
            {"sku": "SKU-B", "quantity": 1, "unitPrice": {"amount": "5.50"}},
        ],
        "shippingAddress": {
            "country": "US",
            "region": "OH",
            "city": "Columbus",
            "postalCode": "43215",
            "line1": "500 Industrial Pkwy",
        },
    }


async def test_a_malformed_850_is_refused_with_segment_and_element_and_a_rejecting_997(shop: Server) -> None:
    answer = await push(shop, x12("PO1*1*4*EA*10.00", "PO1*1*four*EA*10.00"), fmt="x12")

    assert answer.status_code == 422, answer.text
    assert answer.json()["errors"] == [
        {
            "field": "segment[11].PO102",
            "code": "INVALID",
            "message": "PO102 (quantity) must be a whole number, not 'four'.",
        }
    ]
    ack = segments(answer.json()["acknowledgment"])
    assert ack[2:-2] == [
        "ST*997*0001",
        "AK1*PO*905",
        "AK2*850*0001",
        "AK3*PO1*9**8",
        "AK4*2**7",
        "AK5*R*5",
        "AK9*R*1*1*0",
        "SE*8*0001",
    ]
    assert await Order.all().count() == 0


async def test_broken_control_counts_and_missing_parties_are_named(shop: Server) -> None:
    miscounted = await push(shop, x12("SE*13*0001", "SE*12*0001"), fmt="x12")
    no_email = await push(shop, x12("*EM*purchasing@acme.example", ""), fmt="x12")
    bad_group = await push(shop, x12("GE*1*905", "GE*2*905"), fmt="x12")

    assert [(e["field"], e["message"]) for e in miscounted.json()["errors"]] == [
        ("segment[15].SE01", "SE01 says '12' segments; the set has 13.")
    ]
    assert [(e["field"], e["message"]) for e in no_email.json()["errors"]] == [
        ("segment[3].ST", "A PER segment with an EM (email) contact is required.")
    ]
    assert [(e["field"], e["message"]) for e in bad_group.json()["errors"]] == [
        ("segment[16].GE01", "GE01 says '2' transaction sets; the group has 1.")
    ]
    assert segments(bad_group.json()["acknowledgment"])[-4] == "AK9*R*1*1*1"
    assert {miscounted.status_code, no_email.status_code, bad_group.status_code} == {422}
    assert await Order.all().count() == 0


async def test_the_pipelines_errors_name_the_850s_segment_and_element(shop: Server) -> None:
    unknown = await push(shop, x12("VP*SKU-B", "VP*NOPE"), fmt="x12")
    typed = await push(shop, x12("*EM*purchasing@acme.example", "*EM*" + "x" * 300 + "@acme.example"), fmt="x12")

    assert [(e["field"], e["code"]) for e in unknown.json()["errors"]] == [("segment[13].PO109", "UNKNOWN_SKU")]
    assert segments(unknown.json()["acknowledgment"])[-4] == "AK9*A*1*1*1"  # the syntax was fine
    assert [e["field"] for e in typed.json()["errors"]] == ["segment[7].PER06"]
    assert await Order.all().count() == 0


async def test_a_body_that_is_not_x12_has_no_acknowledgment(shop: Server) -> None:
    answer = await push(shop, b"UNB+UNOA:1+SENDER+RECEIVER'", fmt="x12")

    assert answer.status_code == 422
    assert answer.json() == {
        "errors": [{"field": "", "code": "INVALID", "message": "The body must start with a 106-character ISA segment."}]
    }


# --- typed paths (no parsing of graphql-core's messages) ---------------------------------


async def test_type_errors_anywhere_in_the_input_are_named_by_their_structured_path(shop: Server) -> None:
    doc: dict[str, Any] = json.loads(golden("shopify_order.json"))
    doc["line_items"][1]["quantity"] = [2]
    doc["shipping_address"]["latitude"] = "north"

    answer = await push(shop, json.dumps(doc).encode(), fmt="shopify")

    assert answer.status_code == 422, answer.text
    assert [e["field"] for e in answer.json()["errors"]] == ["shipping_address.latitude", "line_items[1].quantity"]
    assert await Order.all().count() == 0


async def test_a_value_that_looks_like_a_path_does_not_mislead_the_error(shop: Server) -> None:
    doc: dict[str, Any] = json.loads(golden("native_order.json"))
    doc["lines"][1]["quantity"] = "3 at .customer.email"

    answer = await push(shop, json.dumps(doc).encode())

    assert answer.status_code == 422, answer.text
    assert [e["field"] for e in answer.json()["errors"]] == ["lines[1].quantity"]
