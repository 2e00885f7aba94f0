"""The scalars answer in the formats their descriptions promise (schema/scalars.py)."""

from __future__ import annotations

import re
from typing import Any

from tests.fixtures.catalog import place
from tests.fixtures.server import Server

ORDER = "query($id: ID!) { order(id: $id) { createdAt total { amount currency } lines { unitPrice { amount } } } }"
SPECIFIED_BY = '{ __type(name: "DateTime") { specifiedByURL description } }'
# RFC 3339 date-time in UTC, with microseconds when there are any.
UTC_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?\+00:00$")


async def test_date_time_is_rfc3339_in_utc_and_money_a_decimal_string_with_two_places(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # given an order
    order = (await place(server, admin_token))["order"]

    # when its times and amounts are read
    body = await server.gql(ORDER, {"id": order["id"]}, token=admin_token)

    # then the time is RFC 3339 in UTC and every amount a string with two decimal places
    assert "errors" not in body, body
    read = body["data"]["order"]
    assert UTC_DATE_TIME.match(read["createdAt"]), read["createdAt"]
    amounts = [read["total"]["amount"], *(line["unitPrice"]["amount"] for line in read["lines"])]
    assert all(isinstance(a, str) and re.fullmatch(r"\d+\.\d{2}", a) for a in amounts), amounts


async def test_introspection_gives_the_specification_of_date_time(server: Server, admin_token: str) -> None:
    # given the running server
    # when a client introspects DateTime
    body = await server.gql(SPECIFIED_BY, {}, token=admin_token)

    # then it learns where the format is specified and what it looks like
    assert "errors" not in body, body
    assert body["data"]["__type"]["specifiedByURL"] == "https://scalars.graphql.org/andimarek/date-time"
    assert "RFC 3339" in body["data"]["__type"]["description"]
