"""CurrencyCode and CountryCode: outputs answer `currencyCode`/`countryCode` beside the
deprecated strings, inputs take the enum or (for a release) the string, never both different."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLEnumType

from schema.root import build_schema
from tests.fixtures.catalog import order_input
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS

ORDER = (
    """
mutation($input: OrderCreateInput!) { orderCreate(input: $input) {
  order { currency currencyCode total { currency currencyCode } shippingAddress { country countryCode } }
  %s } }
"""
    % USER_ERRORS
)
WAREHOUSE = (
    """
mutation($i: WarehouseCreateInput!) { warehouseCreate(input: $i) { warehouse { code country countryCode } %s } }
"""
    % USER_ERRORS
)
PRODUCT = (
    """
mutation($i: ProductCreateInput!) { productCreate(input: $i) { product { sku price { currency currencyCode } } %s } }
"""
    % USER_ERRORS
)


# The catalog's products are priced in USD: an order in another currency names its prices.
EURO_LINES = [{"sku": "SKU-A", "quantity": 1, "unitPrice": "9.00"}]


def address(**fields: Any) -> dict[str, Any]:
    return {"city": "Berlin", "line1": "Unter den Linden 1", **fields}


async def create_order(server: Server, token: str, **overrides: Any) -> dict[str, Any]:
    body = await server.gql(ORDER, {"input": order_input(**overrides)}, token=token)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["orderCreate"]
    return result


def test_the_code_enums_are_the_iso_lists_each_value_named() -> None:
    types = build_schema()._schema.type_map
    currencies, countries = types["CurrencyCode"], types["CountryCode"]
    assert isinstance(currencies, GraphQLEnumType) and isinstance(countries, GraphQLEnumType)

    assert (len(currencies.values), len(countries.values)) == (178, 249)
    assert currencies.values["EUR"].description == "Euro"
    assert countries.values["DE"].description == "Germany"
    assert all(v.description for v in [*currencies.values.values(), *countries.values.values()])


async def test_an_order_given_enums_answers_both_spellings(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    result = await create_order(
        server, admin_token, currencyCode="EUR", lines=EURO_LINES, shippingAddress=address(countryCode="DE")
    )

    assert result["userErrors"] == []
    assert result["order"] == {
        "currency": "EUR",
        "currencyCode": "EUR",
        "total": {"currency": "EUR", "currencyCode": "EUR"},
        "shippingAddress": {"country": "DE", "countryCode": "DE"},
    }


async def test_the_deprecated_strings_still_work_and_answer_the_enums(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    result = await create_order(
        server, admin_token, currency="EUR", lines=EURO_LINES, shippingAddress=address(country="DE")
    )

    assert result["userErrors"] == []
    assert result["order"]["currencyCode"] == "EUR"
    assert result["order"]["shippingAddress"] == {"country": "DE", "countryCode": "DE"}


async def test_a_stored_code_that_is_not_iso_answers_null_as_enum(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # The string inputs check only the length: "XX" was (and is) accepted as a country.
    result = await create_order(server, admin_token, shippingAddress=address(country="XX"))

    assert result["userErrors"] == []
    assert result["order"]["shippingAddress"] == {"country": "XX", "countryCode": None}


async def test_both_spellings_different_or_no_country_are_user_errors(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    both = await create_order(
        server, admin_token, externalRef="A", shippingAddress=address(country="FR", countryCode="DE")
    )
    both_currency = await create_order(server, admin_token, externalRef="B", currency="USD", currencyCode="EUR")
    neither = await create_order(server, admin_token, externalRef="C", shippingAddress=address())
    same = await create_order(
        server, admin_token, externalRef="D", shippingAddress=address(country="DE", countryCode="DE")
    )

    assert [(e["field"], e["code"]) for e in both["userErrors"]] == [(["countryCode"], "INVALID")]
    assert [(e["field"], e["code"]) for e in both_currency["userErrors"]] == [(["currencyCode"], "INVALID")]
    assert [(e["field"], e["code"]) for e in neither["userErrors"]] == [(["countryCode"], "REQUIRED")]
    assert both["order"] is both_currency["order"] is neither["order"] is None
    assert (same["userErrors"], same["order"]["shippingAddress"]["countryCode"]) == ([], "DE")


async def test_warehouses_and_products_take_the_enums(server: Server, admin_token: str) -> None:
    made = await server.gql(WAREHOUSE, {"i": {"code": "fr", "name": "Paris", "countryCode": "FR"}}, token=admin_token)
    old = await server.gql(WAREHOUSE, {"i": {"code": "it", "name": "Milan", "country": "IT"}}, token=admin_token)
    none = await server.gql(WAREHOUSE, {"i": {"code": "es", "name": "Madrid"}}, token=admin_token)
    product = await server.gql(
        PRODUCT, {"i": {"sku": "ISO-1", "name": "One", "price": "1.00", "currencyCode": "GBP"}}, token=admin_token
    )

    assert made["data"]["warehouseCreate"]["warehouse"] == {"code": "fr", "country": "FR", "countryCode": "FR"}
    assert old["data"]["warehouseCreate"]["warehouse"] == {"code": "it", "country": "IT", "countryCode": "IT"}
    assert [(e["field"], e["code"]) for e in none["data"]["warehouseCreate"]["userErrors"]] == [
        (["countryCode"], "REQUIRED")
    ]
    assert product["data"]["productCreate"]["product"]["price"] == {"currency": "GBP", "currencyCode": "GBP"}


async def test_an_unknown_enum_value_is_refused_by_graphql(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    body = await server.gql(ORDER, {"input": order_input(currencyCode="EURO")}, token=admin_token)

    assert "CurrencyCode" in body["errors"][0]["message"]
    assert body.get("data") is None
