"""Intake secret rotation (`channelIntakeSecretRotate`): the new secret is shown once, and the
old one stays valid next to it until the grace period ends, so a channel switches without
refused pushes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from models.access import Role
from models.catalog import Channel
from tests.fixtures.database import make_token
from tests.fixtures.server import Server
from tests.graphql.test_intake import SECRET, golden, push, shop

__all__ = ["shop"]

ROTATE = """
mutation($input: ChannelIntakeSecretRotateInput!) {
  channelIntakeSecretRotate(input: $input) {
    secret
    channel { code hasIntakeSecret previousIntakeSecretValidUntil }
    userErrors { field code message }
  }
}
"""


async def rotate(server: Server, **input: Any) -> dict[str, Any]:
    body = await server.gql(ROTATE, {"input": {"channel": "shop", **input}}, token=await make_token(Role.ADMIN))
    assert "errors" not in body, body
    return body["data"]["channelIntakeSecretRotate"]  # type: ignore[no-any-return]


def order(ref: str) -> bytes:
    doc = json.loads(golden("native_order.json"))
    doc["externalRef"] = ref
    return json.dumps(doc).encode()


async def test_both_secrets_are_accepted_during_the_grace_period(shop: Server) -> None:
    before = datetime.now(UTC)

    rotated = await rotate(shop, graceSeconds=3600)
    new = rotated["secret"]

    assert rotated["userErrors"] == []
    assert len(new) >= 40 and new != SECRET
    until = datetime.fromisoformat(rotated["channel"]["previousIntakeSecretValidUntil"])
    assert before + timedelta(seconds=3600) <= until <= datetime.now(UTC) + timedelta(seconds=3600)
    assert (await push(shop, order("OLD-1"), secret=SECRET)).status_code == 201
    assert (await push(shop, order("NEW-1"), secret=new)).status_code == 201


async def test_the_old_secret_is_refused_once_the_grace_period_has_ended(shop: Server) -> None:
    rotated = await rotate(shop, graceSeconds=3600)
    # given the hour has passed
    await Channel.filter(code="shop").update(previous_intake_secret_until=datetime.now(UTC) - timedelta(seconds=1))

    old = await push(shop, order("OLD-1"), secret=SECRET)
    new = await push(shop, order("NEW-1"), secret=rotated["secret"])

    assert old.status_code == 401
    assert new.status_code == 201


async def test_no_grace_retires_the_old_secret_at_once_and_a_second_rotation_the_oldest(shop: Server) -> None:
    at_once = await rotate(shop, graceSeconds=0)
    second = await rotate(shop)

    assert at_once["channel"]["previousIntakeSecretValidUntil"] is None
    assert second["channel"]["previousIntakeSecretValidUntil"] is not None
    assert (await push(shop, order("A"), secret=SECRET)).status_code == 401
    assert (await push(shop, order("B"), secret=at_once["secret"])).status_code == 201
    assert (await push(shop, order("C"), secret=second["secret"])).status_code == 201


async def test_the_secret_is_never_shown_again(shop: Server) -> None:
    await rotate(shop)

    body = await shop.gql('{ __type(name: "Channel") { fields { name } } }', {}, token=await make_token(Role.ADMIN))

    names = {f["name"] for f in body["data"]["__type"]["fields"]}
    assert not {n for n in names if "secret" in n.lower()} - {"hasIntakeSecret", "previousIntakeSecretValidUntil"}


async def test_an_unknown_channel_or_a_grace_out_of_range_is_a_user_error(shop: Server) -> None:
    token = await make_token(Role.ADMIN)

    unknown = await shop.gql(ROTATE, {"input": {"channel": "nope"}}, token=token)
    too_long = await shop.gql(ROTATE, {"input": {"channel": "shop", "graceSeconds": 40 * 24 * 3600}}, token=token)

    assert unknown["data"]["channelIntakeSecretRotate"]["userErrors"] == [
        {"field": ["channel"], "code": "NOT_FOUND", "message": "Channel not found."}
    ]
    errors = too_long["data"]["channelIntakeSecretRotate"]["userErrors"]
    assert [(e["field"], e["code"]) for e in errors] == [(["graceSeconds"], "INVALID")]
    assert (await push(shop, order("STILL"), secret=SECRET)).status_code == 201
