"""Rows into model instances in one pass: what tortoise's `Model._init_from_db(**row)`
builds, made from a row's values by one C-level update of the instance's attributes and the
few conversions tortoise makes (services.statements sends the statements; turning rows into
models was a third of a page's CPU: bench/RESULTS.md).

A *plan* (`builder`) says how a row of a model's whole columns becomes an instance; a
*layout* (`layout`) how a row with one-level `select_related` columns splits into the root's
instance and its related ones. Both are made once per model and column names."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any, NamedTuple, TypeVar

from tortoise.fields.data import CharEnumFieldInstance, DatetimeField
from tortoise.models import Model
from tortoise.timezone import get_default_timezone, get_use_tz

M = TypeVar("M", bound=Model)

CACHE_LIMIT = 1024


@dataclass(frozen=True)
class Plan:
    """How a row of a model's whole columns becomes an instance: `make(model, custom_pk, row,
    zone)`, generated for the row's columns (`_maker`: the attribute of each column, and the
    conversions tortoise's `Model._init_from_db` makes, written into its code)."""

    make: Callable[[type[Any], bool, Sequence[Any], tzinfo | None], Any]


class Conversion(NamedTuple):
    """A column tortoise converts (`convert`, applied to None too when `also_none`), and how
    the commonest values of the two commonest conversions are made without the call: an
    enum's member by its value (`members`), an aware timestamp moved into tortoise's time
    zone (`timestamp`). Together they were ~8% of a 50-order page's CPU, mostly tortoise
    reading its time zone settings again for every value."""

    position: int
    attr: str
    convert: Callable[[Any], Any]
    also_none: bool
    members: dict[Any, Any] | None
    timestamp: bool


# By (model, the row's column names, the executor class of the database read); None: rows
# tortoise must build (a partial row, a column that is not the model's, an attribute a
# descriptor owns).
_BUILDERS: dict[tuple[type[Model], tuple[str, ...], type], Plan | None] = {}


def builder(model: type[Model], columns: tuple[str, ...], executor: type) -> Plan | None:
    """The plan for rows of `model`'s `columns` read from a database whose client's
    `executor_class` is `executor`. Which columns tortoise converts depends on what that
    database's driver returns (its executor's DB_NATIVE: asyncpg gives a Decimal for a
    numeric column, SQLite the text `oms migrate` stores): a plan made for one database's rows
    is wrong for another's, and one process may open both (the suite on PostgreSQL, then an
    embedded SQLite)."""
    key = (model, columns, executor)
    if key in _BUILDERS:
        return _BUILDERS[key]
    meta = model._meta
    kinds: dict[str, tuple[str, Callable[[Any], Any] | None, bool, Any]] = {}
    for column, attr, field in meta.db_native_fields:
        kinds[column] = (attr, None, False, field)
    for column, attr, field in meta.db_default_fields:
        kinds[column] = (attr, field.field_type, False, field)
    for column, attr, field in meta.db_complex_fields:
        kinds[column] = (attr, field.to_python_value, True, field)
    plan: Plan | None = None
    if len(columns) == len(kinds) and set(columns) == kinds.keys():
        attrs = tuple(kinds[column][0] for column in columns)
        # A data descriptor on the class would see the value set; the builder writes the
        # instance's __dict__, so such a model is left to tortoise.
        if not any(hasattr(type(model.__dict__.get(attr)), "__set__") for attr in attrs):
            conversions = tuple(
                Conversion(index, attr, convert, also_none, _members(field), _is_timestamp(field))
                for index, (attr, convert, also_none, field) in enumerate(kinds[column] for column in columns)
                if convert is not None
            )
            plan = Plan(_maker(model, attrs, conversions))
    if len(_BUILDERS) < CACHE_LIMIT:
        _BUILDERS[key] = plan
    return plan


def _members(field: Any) -> dict[Any, Any] | None:
    """An enum field's members by value, where tortoise converts with `enum_type(value)`,
    which looks them up there first."""
    if type(field).to_python_value is not CharEnumFieldInstance.to_python_value:
        return None
    members = getattr(field.enum_type, "_value2member_map_", None)
    return members if isinstance(members, dict) else None


def _is_timestamp(field: Any) -> bool:
    return type(field).to_python_value is DatetimeField.to_python_value


@dataclass(frozen=True)
class Part:
    """Where one model's columns sit in a row of a select with related rows: `columns`,
    built by `plan`, kept on the root instance as `_<attr>` (None: the root itself)."""

    model: type[Model]
    columns: slice
    plan: Plan
    attr: str | None
    custom_pk: bool


# By (model, the row's column names, the related attributes, the executor class): how its
# rows split into instances; None: rows tortoise's executor must build.
_LAYOUTS: dict[tuple[Any, ...], tuple[Part, ...] | None] = {}


def layout(
    model: type[Model], columns: tuple[str, ...], related: Sequence[Any], executor: type
) -> tuple[Part, ...] | None:
    """The parts of a row of `model` with the one-level `select_related` entries `related`
    (tortoise's `_select_related_idx` after the root's), as its executor splits them; read
    from a database with `executor` (`builder`)."""
    key = (model, columns, tuple(entry[2] for entry in related), executor)
    if key in _LAYOUTS:
        return _LAYOUTS[key]
    layout = _split(model, columns, related, executor)
    if len(_LAYOUTS) < CACHE_LIMIT:
        _LAYOUTS[key] = layout
    return layout


def _split(
    model: type[Model], columns: tuple[str, ...], related: Sequence[Any], executor: type
) -> tuple[Part, ...] | None:
    start = len(model._meta.db_fields)
    root = builder(model, columns[:start], executor)
    if root is None or any(len(entry[4]) != 2 or not entry[1] for entry in related):
        return None  # a partial row, or a relation of a relation: the executor's
    parts = [Part(model, slice(0, start), root, None, custom_pk(model))]
    for related_model, count, attr, *_ in related:
        names = columns[start : start + count]
        plan = builder(related_model, tuple(name.split(".", 1)[1] for name in names), executor)
        if plan is None or len(names) != count:
            return None
        parts.append(Part(related_model, slice(start, start + count), plan, attr, custom_pk(related_model)))
        start += count
    return tuple(parts) if start == len(columns) else None


def custom_pk(model: type[Model]) -> bool:
    return model._meta.db_pk_column not in model._meta.generated_db_fields


def _maker(
    model: type[Model], attrs: tuple[str, ...], conversions: tuple[Conversion, ...]
) -> Callable[[type[Any], bool, Sequence[Any], tzinfo | None], Any]:
    """`build` for one plan, generated: the same steps with each conversion's constants in
    the code, without the loop that reads them from a tuple per column and row (an order's
    row has nine conversions: ~a third of its building)."""
    env: dict[str, Any] = {"datetime": datetime, "UTC": UTC, "attrs": attrs}
    code = [
        "def build(model, custom_pk, row, zone):",
        "    instance = model.__new__(model)",
        "    state = instance.__dict__",
        "    state['_partial'] = False",
        "    state['_saved_in_db'] = True",
        "    state['_custom_generated_pk'] = custom_pk",
        "    state['_await_when_save'] = {}",
        "    state.update(zip(attrs, row, strict=True))",
    ]
    for k, conversion in enumerate(conversions):
        env[f"convert{k}"], env[f"members{k}"], attr = conversion.convert, conversion.members, repr(conversion.attr)
        code += [f"    value = row[{int(conversion.position)}]", "    if value is None:"]
        code.append(f"        state[{attr}] = convert{k}(value)" if conversion.also_none else "        pass")
        if conversion.members is not None:
            code += [f"    elif (member := members{k}.get(value)) is not None:", f"        state[{attr}] = member"]
        if conversion.timestamp:
            code += [
                "    elif zone is not None and type(value) is datetime and value.tzinfo is UTC:",
                f"        state[{attr}] = value.astimezone(zone)",
            ]
        code += ["    else:", f"        state[{attr}] = convert{k}(value)"]
    code.append("    return instance")
    # (the code holds the model's metadata only: attribute names and column positions)
    exec(compile("\n".join(code), f"<row builder {model.__name__}>", "exec"), env)
    return env["build"]  # type: ignore[no-any-return]


def build(model: type[M], plan: Plan, custom_pk: bool, row: Sequence[Any], zone: tzinfo | None) -> M:
    """An instance of `model` from its columns' values, as `_init_from_db(**row)` builds it:
    one C-level update of its attributes and the few conversions tortoise makes (`zone`:
    tortoise's time zone when it keeps timestamps aware, read once per statement)."""
    return plan.make(model, custom_pk, row, zone)  # type: ignore[no-any-return]


def zone() -> tzinfo | None:
    return get_default_timezone() if get_use_tz() else None


def instance(model: type[M], layout: tuple[Part, ...], row: Sequence[Any], zone: tzinfo | None) -> M:
    """One row of `layout` as its instance, with its one-level related ones."""
    root, *parts = layout
    if not parts:
        return root.plan.make(model, root.custom_pk, row, zone)  # type: ignore[no-any-return]
    whole = tuple(row)
    instance = root.plan.make(model, root.custom_pk, whole[root.columns], zone)
    for part in parts:
        values_of = whole[part.columns]
        # tortoise's test: a related row whose every value is falsy is no row (a LEFT JOIN's)
        related_row = part.plan.make(part.model, part.custom_pk, values_of, zone) if any(values_of) else None
        instance.__dict__[f"_{part.attr}"] = related_row
    return instance
