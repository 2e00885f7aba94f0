"""schema.common's global ids: the API's ids as documented (urlsafe base64 of "Type:pk",
unpadded), and read back as what they name."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bench.queries import global_id
from schema.common import MAX_PK, from_global_id, to_global_id

TYPE_NAMES = st.text(alphabet=st.characters(min_codepoint=65, max_codepoint=122, categories=["L"]), min_size=1)


@given(TYPE_NAMES, st.integers(min_value=0, max_value=MAX_PK))
def test_an_id_is_the_urlsafe_base64_of_its_type_and_key_and_reads_back(type_name: str, pk: int) -> None:
    made = to_global_id(type_name, pk)
    assert made == global_id(type_name, pk)
    assert "=" not in made and "+" not in made and "/" not in made
    assert from_global_id(made) == (type_name, pk)


def test_ids_of_every_padding_and_the_widest_key() -> None:
    for type_name in ("Order", "OrderLine", "Allocation", "X", "PurchaseOrder"):
        for pk in (0, 1, 12, 123, 99_999, MAX_PK):
            assert to_global_id(type_name, pk) == global_id(type_name, pk)
    assert to_global_id("Order", 1) == "T3JkZXI6MQ"
