"""allocationPreview changes nothing, so it is a Query; the Mutation stays one release as a
deprecated alias answering the same."""

from __future__ import annotations

from typing import Any

from models.access import Role
from tests.fixtures.catalog import order_input
from tests.fixtures.database import make_token
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, receive

PLANS = (
    """
    allocationPreview(input: $input) {
      plans { rank strategy allowSplit chosen complete shipments reason picks { sku quantity warehouse { code } } }
      %s
    }
"""
    % USER_ERRORS
)
AS_QUERY = "query($input: OrderCreateInput!) { %s }" % PLANS
AS_MUTATION = "mutation($input: OrderCreateInput!) { %s }" % PLANS
DEPRECATION = """
{ __type(name: "Mutation") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }
"""


async def preview(server: Server, token: str, document: str, variables: dict[str, Any]) -> dict[str, Any]:
    body = await server.gql(document, variables, token=token)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["allocationPreview"]
    return result


async def test_the_query_and_the_deprecated_mutation_preview_the_same_plans(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "eu", 5)
    variables = {"input": order_input(lines=[{"sku": "SKU-A", "quantity": 2}, {"sku": "SKU-B", "quantity": 1}])}

    as_query = await preview(server, admin_token, AS_QUERY, variables)
    as_mutation = await preview(server, admin_token, AS_MUTATION, variables)
    channel = await make_token(Role.CHANNEL, "web")
    as_channel = await preview(server, channel, AS_QUERY, variables)

    assert as_query["userErrors"] == []
    assert as_query["plans"] and [p["rank"] for p in as_query["plans"]] == list(range(1, len(as_query["plans"]) + 1))
    assert as_query == as_mutation == as_channel


async def test_the_query_reports_input_problems_as_user_errors(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    variables = {"input": order_input(lines=[{"sku": "NOPE", "quantity": 1}])}

    answer = await preview(server, admin_token, AS_QUERY, variables)

    assert answer == {
        "plans": [],
        "userErrors": [{"field": ["lines", "0", "sku"], "message": "Unknown SKU 'NOPE'.", "code": "UNKNOWN_SKU"}],
    }


async def test_the_mutation_is_marked_deprecated(server: Server, admin_token: str) -> None:
    body = await server.gql(DEPRECATION, token=admin_token)

    fields = {f["name"]: f for f in body["data"]["__type"]["fields"]}
    assert fields["allocationPreview"]["isDeprecated"] is True
    assert "allocationPreview query" in fields["allocationPreview"]["deprecationReason"]
    assert fields["orderCreate"]["isDeprecated"] is False


async def test_a_channel_previews_only_its_own_channel(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    other = await make_token(Role.CHANNEL, "market")

    answer = await preview(server, other, AS_QUERY, {"input": order_input()})

    assert answer["plans"] == []
    assert [e["code"] for e in answer["userErrors"]] == ["UNKNOWN_CHANNEL"]
