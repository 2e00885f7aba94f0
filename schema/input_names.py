"""The GraphQL names of a strawberry input type's fields, worked out once per type.

Every mutation's input is walked three times before and after its service runs (NULs:
`schema.nul`, domains: `schema.input_domains`, the audit's copy: `schema.mutations`), each
naming fields as the client gave them; strawberry's `to_camel_case` per field and walk was
~1% of orderCreate's CPU.
"""

from __future__ import annotations

import dataclasses
import functools

from strawberry.utils.str_converters import to_camel_case


@functools.cache
def given_names(input_type: type) -> tuple[tuple[str, str], ...]:
    """An input type's (attribute, GraphQL name) pairs."""
    return tuple((f.name, to_camel_case(f.name)) for f in dataclasses.fields(input_type))
