"""Query cost without HTTP (schema/cost.py: query_cost on the real schema): objects cost 1,
scalars 0, a connection `first` (default 20) times one node, a mutation 10 more; the actual
cost counts what was returned."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from graphql import FieldNode, GraphQLSchema, parse, visit
from graphql.language import Visitor
from hypothesis import given
from hypothesis import strategies as st

from schema.cost import DEFAULT_PAGE, MUTATION_COST, RequestedCosts, query_cost
from schema.returned_cost import ReturnedCost
from schema.root import build_schema

ORDERS = "query($n: Int) { orders(first: $n) { edges { node { number lines { sku } channel { code } } } } }"


@cache
def schema() -> GraphQLSchema:
    return build_schema()._schema


def cost(
    document: str, variables: dict[str, Any] | None = None, *, operation: str | None = None, data: Any = None
) -> int:
    parsed = parse(document)
    if data is None:
        return query_cost(schema(), parsed, operation, variables or {})
    return query_cost(schema(), parsed, operation, variables or {}, data=data)


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("{ __typename }", 0),
        ("{ viewer { role } }", 1),
        ("{ viewer { role scope } }", 1),  # scalars are free
        ('{ order(id: "x") { lines { sku } channel { code } } viewer { role } }', 4),
    ],
)
def test_objects_cost_one_and_scalars_nothing(document: str, expected: int) -> None:
    assert cost(document) == expected


def test_a_connection_costs_first_times_one_node_and_twenty_without_first() -> None:
    assert cost(ORDERS, {"n": 10}) == 1 + 10 * 4  # orders, then per edge: the edge, its node, lines, channel
    assert cost(ORDERS, {"n": 100}) == 1 + 100 * 4
    assert cost(ORDERS, {}) == 1 + DEFAULT_PAGE * 4
    assert cost("{ orders(first: 3) { totalCount } }") == 1 + 3 * 1, "an empty selection still costs one per item"


def test_fragments_cost_what_they_select() -> None:
    inline = '{ viewer { role } node(id: "x") { ... on Order { channel { code } } } }'
    named = "query { ...Root } fragment Root on Query { viewer { role } }"

    assert cost(inline) == 1 + 1 + 1
    assert cost(named) == 1


def test_a_list_without_paging_costs_one_object_asked_for_and_each_item_answered() -> None:
    query = '{ order(id: "x") { lines { sku } history { kind } } }'
    many = {"order": {"lines": [{"sku": str(i)} for i in range(500)], "history": []}}
    one = {"order": {"lines": [{"sku": "A"}], "history": [{"kind": "CREATED"}]}}

    assert cost(query) == 1 + 1 + 1
    assert cost(query, data=one) == 1 + 1 + 1
    assert cost(query, data=many) == 1 + 500, "500 lines returned are 500 objects; an empty list is none"


def test_a_mutation_costs_ten_more_and_the_chosen_operation_is_the_one_costed() -> None:
    mutation = 'mutation { orderCancel(input: {id: "x", reason: "r"}) { order { channel { code } } } }'
    two = "query Cheap { viewer { role } } query Dear { orders(first: 5) { totalCount } }"

    assert cost(mutation) == MUTATION_COST + 3
    assert cost(two, operation="Cheap") == 1
    assert cost(two, operation="Dear") == 1 + 5
    assert cost(two) == 1, "without a name, the first operation"


def test_the_actual_cost_counts_the_edges_returned_and_nothing_for_null_objects() -> None:
    node = {"number": "OG-1", "lines": [{"sku": "A"}, {"sku": "B"}], "channel": {"code": "web"}}
    three = {"orders": {"edges": [{"node": node}] * 3}}
    missing = {"order": None, "viewer": {"role": "ADMIN"}}

    assert cost(ORDERS, {"n": 100}, data=three) == 1 + 3 * 5  # edge, node, two lines, channel
    assert cost(ORDERS, {"n": 100}, data={"orders": {"edges": []}}) == 1
    assert cost('{ order(id: "x") { lines { sku } channel { code } } viewer { role } }', data=missing) == 1


def test_a_list_sized_by_an_argument_costs_one_object_per_item() -> None:
    # nodes(ids:) returns as many objects as it is given ids: each costs as one node(id:).
    ids = [f"id{i}" for i in range(100)]
    listed = "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Order { channel { code } } } }"

    assert cost('{ nodes(ids: ["a", "b", "c"]) { id } }') == 3
    assert cost(listed, {"ids": ids}) == 100 * 2
    assert cost(listed, {"ids": ids[:1]}) == cost('{ node(id: "x") { ... on Order { channel { code } } } }')
    assert cost('{ nodes(ids: "a") { id } }') == 1, "a single value is a list of one"


def test_thirty_aliases_of_a_hundred_ids_cost_as_much_as_they_can_return() -> None:
    ids = ", ".join(f'"id{i}"' for i in range(100))
    aliased = "{ " + " ".join(f"a{i}: nodes(ids: [{ids}]) {{ id }}" for i in range(30)) + " }"

    assert cost(aliased) == 30 * 100


def test_the_actual_cost_of_an_argument_sized_list_counts_the_objects_returned() -> None:
    listed = '{ nodes(ids: ["a", "b", "c"]) { ... on Order { channel { code } } } }'
    two_found = {"nodes": [{"channel": {"code": "web"}}, None, {"channel": {"code": "b2b"}}]}

    assert cost(listed, data=two_found) == 2 * 2
    assert cost(listed, data={"nodes": [None, None, None]}) == 0


def test_a_variable_left_out_is_costed_with_its_default() -> None:
    ids = ", ".join(f'"id{i}"' for i in range(100))
    page = "query($n: Int = 100) { orders(first: $n) { totalCount } }"
    listed = f"query($ids: [ID!]! = [{ids}]) {{ nodes(ids: $ids) {{ id }} }}"

    assert cost(page) == 1 + 100
    assert cost(page, {"n": 5}) == 1 + 5, "what the client sends wins"
    assert cost(listed) == 100


class Watched(dict[str, Any]):
    """A result object that notes each field the cost walk reads from it."""

    reads: list[str] = []

    def get(self, key: str, default: Any = None) -> Any:
        Watched.reads.append(key)
        return super().get(key, default)


def test_the_actual_cost_of_a_page_stops_at_the_first_item_that_costs_the_most() -> None:
    def order(channel: dict[str, Any] | None) -> Watched:
        return Watched(node=Watched(number="OG-1", lines=[Watched(sku="A")], channel=channel))

    full = {"orders": Watched(edges=[order({"code": "web"}) for _ in range(100)])}
    late = {"orders": Watched(edges=[order(None), order(None), order({"code": "web"}), order(None)])}

    Watched.reads = []
    assert cost(ORDERS, {"n": 100}, data=full) == 1 + 100 * 4
    reads_of_a_full_page = len(Watched.reads)
    assert cost(ORDERS, {"n": 4}, data=late) == 1 + 4 * 4  # the dearest item decides, wherever it is

    # the page's edges, then one edge's node and the node's lines and channel: not the 99 others
    assert reads_of_a_full_page == 1 + 3


VARIABLE_SIZES = (
    "query($n: Int = 7, $m: Int, $ids: [ID!]!, $id: ID!) { orders(first: $n) { edges { node { number "
    "lines { sku } } } } products(last: $m) { edges { node { sku } } } nodes(ids: $ids) { id } "
    "order(id: $id) { lines { sku } } }"
)
SIZES = st.one_of(st.none(), st.integers(-3, 300), st.booleans(), st.floats(allow_nan=False), st.text(max_size=3))


@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(["n", "m", "ids", "id", "other"]),
            st.one_of(SIZES, st.lists(st.text(max_size=2), max_size=4)),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_a_document_s_kept_requested_costs_are_what_the_walk_gives(requests: list[dict[str, Any]]) -> None:
    # given one document's kept costs, asked for request after request with other variables
    document = parse(VARIABLE_SIZES)
    kept = RequestedCosts()
    for variables in requests:
        # then each answer is the walk's own for those variables
        assert kept.requested(schema(), document, None, variables) == query_cost(schema(), document, None, variables)


def test_a_document_whose_cost_reads_no_variable_is_walked_once() -> None:
    # given the order(id) document, asked for with a hundred ids
    document = parse("query($id: ID!) { order(id: $id) { lines { sku } customer { email } } }")
    kept = RequestedCosts()
    costs = {kept.requested(schema(), document, None, {"id": f"o{i}"}) for i in range(100)}

    # then one cost, kept once under no variables at all
    assert costs == {query_cost(schema(), document, None, {"id": "x"})}
    assert kept._names == () and len(kept._costs) == 1


# Documents whose answers the returned cost is compared on: connections with `first` from a
# literal, a variable or its default, a list sized by ids, lists without paging, aliases of
# one field, a response key selected both directly and by a fragment, named and inline
# fragments (one on a type the field is not), and a mutation.
RETURNED_DOCUMENTS = [
    VARIABLE_SIZES,
    ORDERS,
    "query($id: ID!) { order(id: $id) { id lines { id sku unitPrice { amount } } customer { email } } }",
    "{ orders(first: 3) { edges { node { a: lines { sku } b: lines { sku } channel { code } } } } }",
    'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Order { lines { sku } } ...Ch } x: nodes(ids: ["a", "b"]) '
    "{ id } } fragment Ch on Order { channel { code } lines { sku } }",
    '{ node(id: "x") { ... on Order { channel { code } } ... on Product { __typename } ... { id } } viewer { role } }',
    "query Q { ...Root orders { edges { node { ...O } } } } fragment Root on Query { viewer { role } } "
    "fragment O on Order { channel { code } ... on Order { lines { sku } } }",
    "mutation M($id: ID!) { orderCancel(id: $id) { order { lines { sku } } userErrors { code } } }",
]


def _response_keys(document: str) -> list[str]:
    keys: set[str] = {"edges", "node", "nodes"}

    class Keys(Visitor):
        def enter_field(self, node: FieldNode, *_: Any) -> None:
            keys.add(node.alias.value if node.alias else node.name.value)

    visit(parse(document), Keys())
    return sorted(keys)


def _answers(keys: list[str]) -> st.SearchStrategy[Any]:
    leaves = st.one_of(st.none(), st.integers(-2, 5), st.text(max_size=2), st.booleans())
    return st.recursive(
        leaves,
        lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(keys), inner, max_size=6)),
        max_leaves=40,
    )


def _outcome(call: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return call(*args, **kwargs)
    except Exception as exc:  # a junk answer that the walk cannot cost: the same refusal
        return type(exc)


@pytest.mark.parametrize("document", RETURNED_DOCUMENTS)
@given(data=st.data())
def test_a_compiled_document_s_returned_cost_is_what_the_walk_of_the_answer_gives(document: str, data: Any) -> None:
    # given a document, answers of any shape (its response keys anywhere, junk included) and
    # variables of any kind
    parsed = parse(document)
    keys = _response_keys(document)
    returned = ReturnedCost(schema(), parsed, None)
    for _ in range(3):
        answer = data.draw(st.dictionaries(st.sampled_from(keys), _answers(keys), max_size=5))
        variables = data.draw(
            st.dictionaries(
                st.sampled_from(["n", "m", "ids", "id"]),
                st.one_of(SIZES, st.lists(st.text(max_size=2), max_size=4)),
            )
        )
        # then the kept walk costs it as query_cost does
        assert _outcome(returned, variables, answer) == _outcome(
            query_cost, schema(), parsed, None, variables, data=answer
        )
