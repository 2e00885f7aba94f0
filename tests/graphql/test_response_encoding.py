"""graphql_http.encode_response_json: the bytes json.dumps writes, orjson or not."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from graphql_http import encode_response_json


def standard(data: Any) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode()


# JSON values as a response holds them: text of every code point (lone surrogates among them:
# a client's input echoed in an error), integers past 64 bits, floats written without an
# exponent by both encoders (json.dumps writes 1e-07 where orjson writes 1e-7).
leaves = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False).filter(lambda f: "e" not in repr(f))
    | st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF))
)
values = st.recursive(leaves, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4))


@settings(max_examples=500, deadline=None)
@given(values)
def test_every_value_is_written_as_json_dumps_writes_it(data: Any) -> None:
    assert encode_response_json(data) == standard(data)


def test_the_edges_orjson_writes_otherwise_are_written_by_json() -> None:
    for data in [
        {"name": "Zoë Ünïcode ✓ 😀"},  # UTF-8 from orjson; json escapes it
        {"text": "a\x7fb"},  # DEL: orjson writes it as is
        {"echo": "\ud800"},  # a lone surrogate: orjson refuses it
        {"n": 2**64},  # past 64 bits: orjson refuses it
        {"tab": '\t\n\r\x00\x1f"\\/'},
        {"cost": {"maximumAvailable": 1000000000000.0, "currentlyAvailable": 19998.5}},
    ]:
        assert encode_response_json(data) == standard(data), data
