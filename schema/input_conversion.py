"""Input objects built from their GraphQL values by a converter made once per input type.

strawberry turns an argument's value (graphql-core's dict by GraphQL field names) into the
input's dataclass with `convert_argument`, which works out each field's GraphQL name and
type, and which of its cases applies, again for every value of every request: ~380 us for
the benchmark's 3-line orderCreate input, ~8% of the mutation's CPU. `install` gives every
input type of the schema a converter made from the same decisions taken once, through
strawberry's own hook for inputs that build their own value
(`StrawberryObjectDefinition.from_input`), so every path that converts arguments (the
resolvers' wrapper, schema.compiled_root) takes it.

What it builds is what `convert_argument` builds, case for case (a None or UNSET value as
it is; a list of leaves copied; other lists item by item; a GlobalID decoded, its error
strawberry's; an enum or scalar as graphql-core gave it; an input object with None for
every field without a default, then the fields given): tests/graphql/test_input_conversion.py
compares the two over generated values of every input type. A type this module does not
know how to convert (a `Maybe` field, whose nulls strawberry only checks for types without
the hook; a hook already set; a type it cannot resolve) keeps strawberry's conversion.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

import strawberry
from strawberry.relay.types import GlobalID, GlobalIDValueError, InvalidGlobalIDError
from strawberry.schema.config import StrawberryConfig
from strawberry.types.arguments import InputContext, _is_leaf_type, _is_optional_leaf_type
from strawberry.types.base import (
    StrawberryList,
    StrawberryMaybe,
    StrawberryObjectDefinition,
    StrawberryOptional,
    has_object_definition,
)
from strawberry.types.enum import StrawberryEnumDefinition, has_enum_definition
from strawberry.types.lazy_type import LazyType
from strawberry.types.unset import UNSET

Convert = Callable[[Any], Any]


class _Unsupported(Exception):
    """A type whose conversion stays strawberry's."""


def _same(value: Any) -> Any:
    return value


def _decode_global_id(value: Any) -> Any:
    if value is None or value is UNSET:
        return value
    try:
        return GlobalID.from_id(value)
    except GlobalIDValueError as error:  # as strawberry words it
        raise InvalidGlobalIDError(f'Value cannot represent a GlobalID: "{value}".') from error


class _Builder:
    """Converters for the input types of one schema (its scalars and name conversion)."""

    def __init__(self, registry: Mapping[object, Any], config: StrawberryConfig) -> None:
        self.registry = registry
        self.config = config
        # Each input class's converter, filled as they are made: a type refers to another's
        # (or its own) through this table, so recursive inputs need no order.
        self.objects: dict[type, Convert] = {}

    def object(self, cls: type) -> Convert:
        """The converter of values of the input class `cls` (made on first need)."""
        made = self.objects.get(cls)
        if made is not None:
            return made
        definition: StrawberryObjectDefinition = cls.__strawberry_definition__  # type: ignore[attr-defined]
        earlier = getattr(definition.from_input, "oms_converter", None)
        if earlier is not None:  # installed for a schema built before
            return earlier  # type: ignore[no-any-return]
        if definition.from_input is not None or not definition.is_input:
            raise _Unsupported(cls)
        fields: list[tuple[str, str, Convert]] = []
        base: dict[str, Any] = {}

        def convert(value: Any, cls: type = cls) -> Any:
            if value is None or value is UNSET:
                return value
            kwargs = dict(base)
            for graphql_name, python_name, field_convert in fields:
                if graphql_name in value:
                    kwargs[python_name] = field_convert(value[graphql_name])
            return cls(**kwargs)

        self.objects[cls] = convert  # before the fields: one may be of this very type
        try:
            for field in definition.fields:
                if field.default_value is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
                    base[field.python_name] = None  # strawberry's implicit default (required ones overwritten)
                field_type = field.resolve_type(type_definition=definition)
                fields.append((self.config.name_converter.from_field(field), field.python_name, self.value(field_type)))
        except _Unsupported:
            del self.objects[cls]
            raise
        return convert

    def value(self, type_: Any) -> Convert:
        """The converter of a value of `type_` (a field's or a list item's)."""
        if isinstance(type_, StrawberryMaybe):
            raise _Unsupported(type_)
        if isinstance(type_, StrawberryOptional):
            return self.value(type_.of_type)  # every converter gives None back as it is
        if isinstance(type_, StrawberryList):
            item = type_.of_type
            if _is_leaf_type(item, self.registry, skip_classes=(GlobalID,)) or _is_optional_leaf_type(
                item, self.registry, skip_classes=(GlobalID,)
            ):
                # Copied: graphql-core gives every request that omits the value the same
                # default list (strawberry copies it for the same reason).
                return lambda value: value if value is None or value is UNSET else list(value)
            convert_item = self.value(item)
            return lambda value: value if value is None or value is UNSET else [convert_item(one) for one in value]
        if type_ is GlobalID:
            return _decode_global_id
        if _is_leaf_type(type_, self.registry):
            return _same  # scalars and enums: graphql-core's value is the Python one
        if isinstance(type_, LazyType):
            return self.value(type_.resolve_type())
        if has_enum_definition(type_):
            # strawberry converts it as its definition, a leaf: the value as it is
            definition = type_.__strawberry_definition__
            if isinstance(definition, StrawberryEnumDefinition) and _is_leaf_type(definition, self.registry):
                return _same
            raise _Unsupported(type_)
        if has_object_definition(type_):
            return self._late(type_)
        raise _Unsupported(type_)

    def _late(self, cls: type) -> Convert:
        """The converter of `cls`, looked up when first called (it may be in the making)."""
        self.object(cls)  # made now, or refused now
        objects = self.objects
        return lambda value: objects[cls](value)


def install(schema: strawberry.Schema) -> int:
    """Give each input type of `schema` its converter as strawberry's `from_input` hook;
    returns how many took it. A class converted for a schema built before keeps the hook it
    has (every schema of this process is built from the same code: the same scalars and
    names)."""
    converter = schema.schema_converter
    input_classes = [
        concrete.definition.origin
        for concrete in converter.type_map.values()
        if isinstance(concrete.definition, StrawberryObjectDefinition) and concrete.definition.is_input
    ]
    builder = _Builder(converter.scalar_registry, converter.config)
    installed = 0
    for cls in input_classes:
        definition: StrawberryObjectDefinition = cls.__strawberry_definition__  # type: ignore[attr-defined]
        if getattr(definition.from_input, "oms_converter", None) is not None:
            installed += 1
            continue
        try:
            convert = builder.object(cls)
        except _Unsupported:
            continue
        hook = _hook(convert)
        definition.from_input = hook
        installed += 1
    return installed


def _hook(convert: Callable[..., Any]) -> Callable[[type, Mapping[str, Any], InputContext], Any]:
    def from_input(cls: type, value: Mapping[str, Any], context: InputContext) -> Any:
        return convert(value, cls)  # the class strawberry asks for (a generic's concrete one)

    from_input.oms_converter = convert  # type: ignore[attr-defined]
    return from_input
