"""API tokens over GraphQL: create (secret shown once), list, revoke, expiry, viewer, who may."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from models.access import ApiToken as ApiTokenRow
from models.access import Role
from schema.common import pk_of, to_global_id
from services import catalog
from services.access import Principal, TokenCache, create_token, hash_token
from settings import Settings
from tests.fixtures.backends import SECRET
from tests.fixtures.catalog import without_cost
from tests.fixtures.database import make_token
from tests.fixtures.server import Server, serve_clean

TOKEN_FIELDS = "id name prefix role scope createdAt expiresAt revokedAt"
CREATE = (
    "mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { apiToken { %s } secret userErrors { field message code } } }"
    % TOKEN_FIELDS
)
REVOKE = (
    "mutation($i: ApiTokenRevokeInput!) { apiTokenRevoke(input: $i) { apiToken { %s } userErrors { field message code } } }"
    % (TOKEN_FIELDS)
)
LIST = "{ apiTokens { %s } }" % TOKEN_FIELDS
VIEWER = "{ viewer { role scope } }"


async def create(server: Server, token: str, **fields: Any) -> dict[str, Any]:
    body = await server.gql(CREATE, {"i": fields}, token=token)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["apiTokenCreate"]
    return result


async def viewer(server: Server, token: str) -> httpx.Response:
    return await server.post(VIEWER, token=token)


def assert_rejected_token(response: httpx.Response) -> None:
    assert response.status_code == 401, (response.status_code, response.text)
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert "data" not in response.text


async def test_admin_creates_a_scoped_token_whose_secret_works(server: Server, admin_token: str) -> None:
    await catalog.create_warehouse(code="east", name="East", country="US")
    result = await create(server, admin_token, role="WAREHOUSE", scope=" east ", name="scanner 1")

    created, secret = result["apiToken"], result["secret"]
    assert result["userErrors"] == []
    assert secret.startswith("oms_") and len(secret) > 40
    assert {k: v for k, v in created.items() if k not in ("id", "createdAt")} == {
        "name": "scanner 1",
        "prefix": secret[:10],
        "role": "WAREHOUSE",
        "scope": "east",
        "expiresAt": None,
        "revokedAt": None,
    }
    seen = await viewer(server, secret)
    assert seen.status_code == 200 and without_cost(seen.json()) == {
        "data": {"viewer": {"role": "WAREHOUSE", "scope": "east"}}
    }
    row = await ApiTokenRow.get(prefix=secret[:10])
    assert secret not in (row.token_hash, row.prefix, row.name)  # only a hash is stored


async def test_token_listing_never_shows_a_secret(server: Server, admin_token: str) -> None:
    first = await create(server, admin_token, role="CUSTOMER", scope="Ada@Example.com", name="ada")
    second = await create(server, admin_token, role="OPS", name="night shift")
    ops = second["secret"]

    listing = await server.post(LIST, token=admin_token)
    by_node = await server.gql(
        "query($id: ID!) { node(id: $id) { id ... on ApiToken { name } } }",
        {"id": first["apiToken"]["id"]},
        token=admin_token,
    )
    ops_node = await server.gql("query($id: ID!) { node(id: $id) { id } }", {"id": first["apiToken"]["id"]}, token=ops)
    asking_for_secret = await server.gql("{ apiTokens { secret } }", token=admin_token)

    tokens = listing.json()["data"]["apiTokens"]
    assert [(t["role"], t["scope"], t["name"]) for t in tokens] == [
        ("ADMIN", None, ""),  # the fixture's token
        ("CUSTOMER", "ada@example.com", "ada"),
        ("OPS", None, "night shift"),
    ]
    assert tokens[1:] == [first["apiToken"], second["apiToken"]]
    for secret in (first["secret"], second["secret"], admin_token):
        assert secret not in listing.text and secret[10:] not in listing.text
    assert by_node == {"data": {"node": {"id": first["apiToken"]["id"], "name": "ada"}}}
    assert ops_node == {"data": {"node": None}}
    assert [e["message"] for e in asking_for_secret["errors"]] == ["Cannot query field 'secret' on type 'ApiToken'."]


async def test_invalid_create_inputs_are_user_errors_and_create_nothing(server: Server, admin_token: str) -> None:
    past = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
    cases = {
        "scoped without scope": {"role": "WAREHOUSE"},
        "scoped with blank scope": {"role": "SUPPLIER", "scope": "   "},
        "staff with scope": {"role": "OPS", "scope": "east"},
        "admin with scope": {"role": "ADMIN", "scope": "x"},
        "expired already": {"role": "ADMIN", "expiresAt": past},
        "name too long": {"role": "ADMIN", "name": "n" * 201},
        "scope too long": {"role": "CHANNEL", "scope": "c" * 255},
    }

    results = {name: await create(server, admin_token, **fields) for name, fields in cases.items()}

    def failed(field: str, message: str, code: str) -> dict[str, Any]:
        return {"apiToken": None, "secret": None, "userErrors": [{"field": [field], "message": message, "code": code}]}

    assert results == {
        "scoped without scope": failed("scope", "WAREHOUSE tokens need a scope.", "REQUIRED"),
        "scoped with blank scope": failed("scope", "SUPPLIER tokens need a scope.", "REQUIRED"),
        "staff with scope": failed("scope", "OPS tokens take no scope.", "INVALID"),
        "admin with scope": failed("scope", "ADMIN tokens take no scope.", "INVALID"),
        "expired already": failed("expiresAt", "expiresAt must be in the future.", "INVALID"),
        "name too long": failed("name", "name must be at most 200 characters.", "INVALID"),
        "scope too long": failed("scope", "scope must be at most 254 characters.", "INVALID"),
    }
    assert await ApiTokenRow.all().count() == 1  # the fixture's admin token only


async def test_a_scope_must_name_something_that_exists(server: Server, admin_token: str) -> None:
    await catalog.create_warehouse(code="east", name="East", country="US")
    await catalog.create_supplier(code="acme", name="Acme")
    await catalog.create_carrier(code="ups", name="UPS")
    await catalog.create_channel(code="web", name="Web")
    typos = {
        Role.WAREHOUSE: "esat",
        Role.SUPPLIER: "acme-inc",
        Role.CARRIER: "usp",
        Role.CHANNEL: "webb",
        Role.CUSTOMER: "ada.example.com",
    }
    longer_than_a_code = await create(server, admin_token, role="WAREHOUSE", scope="e" * 65)
    good = {
        Role.WAREHOUSE: "east",
        Role.SUPPLIER: "acme",
        Role.CARRIER: "ups",
        Role.CHANNEL: "web",
        Role.CUSTOMER: "nobody-yet@example.com",
    }

    refused = {role: await create(server, admin_token, role=role.value, scope=scope) for role, scope in typos.items()}
    made = {role: await create(server, admin_token, role=role.value, scope=scope) for role, scope in good.items()}

    def not_found(what: str, scope: str) -> dict[str, Any]:
        error = {"field": ["scope"], "message": f"{what} '{scope}' not found.", "code": "NOT_FOUND"}
        return {"apiToken": None, "secret": None, "userErrors": [error]}

    assert refused == {
        Role.WAREHOUSE: not_found("Warehouse", "esat"),
        Role.SUPPLIER: not_found("Supplier", "acme-inc"),
        Role.CARRIER: not_found("Carrier", "usp"),
        Role.CHANNEL: not_found("Channel", "webb"),
        Role.CUSTOMER: {
            "apiToken": None,
            "secret": None,
            "userErrors": [
                {"field": ["scope"], "message": "A CUSTOMER scope is the customer's email.", "code": "INVALID"}
            ],
        },
    }
    assert longer_than_a_code == not_found("Warehouse", "e" * 65)
    assert {role: (p["userErrors"], p["apiToken"]["scope"]) for role, p in made.items()} == {
        role: ([], scope) for role, scope in good.items()
    }
    assert await ApiTokenRow.all().count() == 1 + len(good)


async def test_expires_at_is_kept_and_a_time_without_offset_is_utc(server: Server, admin_token: str) -> None:
    later = (datetime.now(UTC) + timedelta(days=30)).replace(microsecond=0)

    with_offset = await create(server, admin_token, role="ADMIN", expiresAt=later.isoformat())
    without_offset = await create(server, admin_token, role="ADMIN", expiresAt=later.replace(tzinfo=None).isoformat())

    for result in (with_offset, without_offset):
        assert result["userErrors"] == []
        assert datetime.fromisoformat(result["apiToken"]["expiresAt"]) == later
        assert (await viewer(server, result["secret"])).status_code == 200


async def test_revoke_stops_the_token_at_once(server: Server, admin_token: str) -> None:
    await catalog.create_carrier(code="ups", name="UPS")
    created = await create(server, admin_token, role="CARRIER", scope="ups")
    secret, token_id = created["secret"], created["apiToken"]["id"]
    before = await viewer(server, secret)

    revoked = await server.gql(REVOKE, {"i": {"id": token_id}}, token=admin_token)
    after = await viewer(server, secret)
    again = await server.gql(REVOKE, {"i": {"id": token_id}}, token=admin_token)

    assert without_cost(before.json()) == {"data": {"viewer": {"role": "CARRIER", "scope": "ups"}}}
    payload = revoked["data"]["apiTokenRevoke"]
    assert payload["userErrors"] == []
    assert payload["apiToken"]["id"] == token_id and payload["apiToken"]["revokedAt"] is not None
    assert_rejected_token(after)
    assert again["data"]["apiTokenRevoke"] == payload  # idempotent: the first revocation time stays
    listed = (await server.gql(LIST, token=admin_token))["data"]["apiTokens"]
    assert [t["revokedAt"] for t in listed if t["id"] == token_id] == [payload["apiToken"]["revokedAt"]]


async def test_revoking_an_unknown_token_is_a_user_error(server: Server, admin_token: str) -> None:
    order_id = "T3JkZXI6MQ"  # Order:1, not a token
    unknown = await server.gql(REVOKE, {"i": {"id": "QXBpVG9rZW46OTk5"}}, token=admin_token)  # ApiToken:999
    wrong_type = await server.gql(REVOKE, {"i": {"id": order_id}}, token=admin_token)

    not_found = {
        "apiToken": None,
        "userErrors": [{"field": ["id"], "message": "Token not found.", "code": "NOT_FOUND"}],
    }
    assert unknown["data"]["apiTokenRevoke"] == not_found
    assert wrong_type["data"]["apiTokenRevoke"] == not_found


async def test_an_expired_token_is_rejected(settings: Settings) -> None:
    # The lapse is written into the row, standing for time passing; a process trusts a
    # lookup for token_cache_seconds (and checks the expiry it read on every use: see
    # test_a_cached_token_lapses_at_its_expiry), so here every request looks the token up.
    async with serve_clean(settings.model_copy(update={"token_cache_seconds": 0})) as server:
        await expiry_is_enforced(server)


async def expiry_is_enforced(server: Server) -> None:
    _, expired = await create_token(role=Role.ADMIN, scope=None, secret=SECRET)
    # Tokens are issued for the future only: this one has lapsed since.
    await ApiTokenRow.filter(prefix=expired[:10]).update(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    _, valid = await create_token(
        role=Role.OPS, scope=None, secret=SECRET, expires_at=datetime.now(UTC) + timedelta(hours=1)
    )
    _, lapsing = await create_token(role=Role.OPS, scope=None, secret=SECRET)
    row = await ApiTokenRow.get(prefix=lapsing[:10])
    ok_before = await viewer(server, lapsing)
    row.expires_at = datetime.now(UTC) - timedelta(seconds=1)
    await row.save(update_fields=["expires_at"])

    assert_rejected_token(await viewer(server, expired))
    assert without_cost((await viewer(server, valid)).json()) == {"data": {"viewer": {"role": "OPS", "scope": None}}}
    assert ok_before.status_code == 200
    assert_rejected_token(await viewer(server, lapsing))


@pytest.mark.parametrize(
    "header",
    ["Bearer oms_not-a-real-token", "Bearer not-even-our-prefix", "Bearer", "Basic b21zOm9tcw=="],
    ids=["unknown", "foreign", "empty", "not-bearer"],
)
async def test_a_bad_authorization_header_is_401(server: Server, header: str) -> None:
    response = await server.http.post("/graphql", json={"query": VIEWER}, headers={"Authorization": header})

    assert_rejected_token(response)


async def test_viewer_returns_the_role_and_scope_of_every_kind_of_token(server: Server) -> None:
    scopes = {
        Role.ADMIN: None,
        Role.OPS: None,
        Role.WAREHOUSE: "east",
        Role.CUSTOMER: "Grace@Example.com",
        Role.SUPPLIER: "acme",
        Role.CARRIER: "ups",
        Role.CHANNEL: "web",
    }
    assert set(scopes) == set(Role)

    seen = {
        role: (await server.gql(VIEWER, token=await make_token(role, scope)))["data"]["viewer"]
        for role, scope in scopes.items()
    }

    assert seen == {
        Role.ADMIN: {"role": "ADMIN", "scope": None},
        Role.OPS: {"role": "OPS", "scope": None},
        Role.WAREHOUSE: {"role": "WAREHOUSE", "scope": "east"},
        Role.CUSTOMER: {"role": "CUSTOMER", "scope": "grace@example.com"},
        Role.SUPPLIER: {"role": "SUPPLIER", "scope": "acme"},
        Role.CARRIER: {"role": "CARRIER", "scope": "ups"},
        Role.CHANNEL: {"role": "CHANNEL", "scope": "web"},
    }


async def test_only_admin_manages_tokens(server: Server, admin_token: str) -> None:
    target = (await create(server, admin_token, role="OPS"))["apiToken"]["id"]
    ops = await make_token(Role.OPS)
    channel = await make_token(Role.CHANNEL, "web")

    create_as_ops = await server.gql(CREATE, {"i": {"role": "ADMIN"}}, token=ops)
    list_as_ops = await server.gql(LIST, token=ops)
    revoke_as_channel = await server.gql(REVOKE, {"i": {"id": target}}, token=channel)

    def forbidden(path: str) -> dict[str, Any]:
        return {
            "message": "This token is not allowed to perform this operation.",
            "path": [path],
            "extensions": {"code": "FORBIDDEN"},
        }

    for body, path in (
        (create_as_ops, "apiTokenCreate"),
        (list_as_ops, "apiTokens"),
        (revoke_as_channel, "apiTokenRevoke"),
    ):
        assert body["data"] is None
        assert [{k: v for k, v in e.items() if k != "locations"} for e in body["errors"]] == [forbidden(path)]
    assert await ApiTokenRow.all().count() == 4  # fixture admin, target, ops, channel: nothing created by OPS
    assert (await ApiTokenRow.get(id=pk_of(target, "ApiToken"))).revoked_at is None


async def test_without_a_token_token_operations_are_unauthenticated(server: Server) -> None:
    for document, variables, path in (
        (VIEWER, None, "viewer"),
        (LIST, None, "apiTokens"),
        (CREATE, {"i": {"role": "ADMIN"}}, "apiTokenCreate"),
    ):
        body = await server.gql(document, variables)

        assert body["data"] is None
        assert [{k: v for k, v in e.items() if k != "locations"} for e in body["errors"]] == [
            {
                "message": "Authentication required: send Authorization: Bearer <token>.",
                "path": [path],
                "extensions": {"code": "UNAUTHENTICATED"},
            }
        ]
    assert await ApiTokenRow.all().count() == 0


async def test_a_token_used_again_is_not_looked_up_again_and_its_revocation_holds_at_once(
    server: Server, admin_token: str, sql_counter: Any
) -> None:
    ops = await make_token(Role.OPS)
    row = await ApiTokenRow.get(role=Role.OPS)

    assert (await viewer(server, ops)).status_code == 200
    sql_counter.statements.clear()
    again = await viewer(server, ops)
    looked_up = list(sql_counter.statements)
    revoked = await server.gql(REVOKE, {"i": {"id": to_global_id("ApiToken", row.id)}}, token=admin_token)
    after = await viewer(server, ops)

    assert (again.status_code, looked_up) == (200, [])
    assert revoked["data"]["apiTokenRevoke"]["userErrors"] == []
    assert after.status_code == 401


def test_a_cached_token_lapses_at_its_expiry() -> None:
    cache = TokenCache(3600)
    cache.put("lapsed", Principal(Role.OPS, token_id=1, expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    cache.put("valid", Principal(Role.OPS, token_id=2, expires_at=datetime.now(UTC) + timedelta(hours=1)))
    cache.put("revoked", Principal(Role.OPS, token_id=3))
    cache.forget(3)

    assert [cache.get(key) is not None for key in ("lapsed", "valid", "revoked")] == [False, True, False]


def test_a_token_hashes_as_hmac_sha256_of_the_secret_key_so_stored_tokens_keep_working() -> None:
    # given tokens and keys of every length and of non-ASCII text (the hash is what the
    # database keeps: a change of function would lock out every token issued before)
    tokens = ["", "oms_x", "oms_" + "a" * 196, "oms_é😀"]
    keys = ["k", SECRET, "ß" * 100]

    # then each is HMAC-SHA256 of the token under the key, in lowercase hex
    for token in tokens:
        for key in keys:
            expected = hmac.new(key.encode(), token.encode(), hashlib.sha256).hexdigest()
            assert hash_token(token, secret=key) == expected
