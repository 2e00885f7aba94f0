"""The validation cache hits: a document sent again is not validated again, and the depth
and alias limits still refuse (every time) what they refused before. Counted through a
validation rule added with strawberry's public AddValidationRules: graphql-core builds
each rule once per validation it runs."""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import ValidationContext, ValidationRule
from strawberry.extensions import AddValidationRules

from schema.root import build_schema
from settings import Settings


def counting_schema() -> tuple[strawberry.Schema, list[int]]:
    runs = [0]

    class CountRuns(ValidationRule):
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            runs[0] += 1

    class CountValidations(AddValidationRules):
        def __init__(self) -> None:
            super().__init__([CountRuns])

    schema = build_schema(Settings())
    schema.extensions = [*schema.extensions, CountValidations]
    return schema, runs


async def messages(schema: strawberry.Schema, query: str) -> list[str]:
    result: Any = await schema.execute(query)
    return [e.message for e in result.errors or []]


async def test_a_repeated_document_is_validated_once() -> None:
    schema, runs = counting_schema()
    query = "{ viewer { role } }"

    for _ in range(3):
        await schema.execute(query)
    after_same = runs[0]
    await schema.execute("{ viewer { role scope } }")

    assert after_same == 1
    assert runs[0] == 2


async def test_the_depth_and_alias_limits_still_refuse_and_keep_refusing() -> None:
    schema, runs = counting_schema()
    too_deep = "{ orders { edges { node {" + " shipments { order {" * 6 + " id" + " } }" * 6 + " } } } }"
    aliases = "{ " + " ".join(f"a{i}: viewer {{ role }}" for i in range(31)) + " }"
    allowed = "{ " + " ".join(f"a{i}: viewer {{ role }}" for i in range(30)) + " }"

    deep = [await messages(schema, too_deep) for _ in range(2)]
    many = [await messages(schema, aliases) for _ in range(2)]
    fine = await messages(schema, allowed)

    assert all(any("exceeds maximum operation depth" in m for m in errors) for errors in deep)
    assert all(any("aliases" in m.lower() for m in errors) for errors in many)
    assert not any("aliases" in m.lower() or "depth" in m for m in fine)
    assert runs[0] == 3
