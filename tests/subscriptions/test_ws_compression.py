"""WebSocket compression is off unless OMS_WS_COMPRESSION turns it on: a client that offers
permessage-deflate gets plain frames (an idle socket holds no zlib state, and a subscription
answer shared by many subscribers is not compressed once per socket)."""

from __future__ import annotations

import pytest
import websockets

from tests.fixtures.server import Server

pytestmark = pytest.mark.live_server


async def test_a_client_offering_permessage_deflate_gets_no_compression(server: Server) -> None:
    # given a client that offers permessage-deflate (websockets does by default)
    async with websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
        # then the server accepts without it
        assert ws.response is not None
        assert ws.response.headers.get("Sec-WebSocket-Extensions") is None
        assert server.settings.ws_compression is False
