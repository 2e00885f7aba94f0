"""Connections answered by PostgreSQL as JSON: the compiled SQL plan of a selection.

The compiled path (schema.compiled) still reads model rows, builds model instances and
strawberry objects, and completes them field by field; for a list page that is most of its
CPU (bench/RESULTS.md, session 20). Where every field selected below a connection's nodes
has a *form* here (a column, a global id, a decimal, an object of the same row, the rows of
a related table), the whole selection is one SQL expression instead: PostgreSQL builds each
node's JSON (`json_build_object`, `json_agg` for children) around the page's own statement,
and the node arrives as one text value, decoded with orjson. No model instance, no
strawberry object, no completion.

The forms restate what the types' resolvers answer (schema/order_projection.py for the
order types), so they are held to them twice: at compile time, each leaf is checked against
its GraphQL type and its column (a non-null field never reads a nullable column; an enum's
stored values are its GraphQL names; a Decimal is a numeric column, written as its text, as
the Decimal scalar's `str`), and anything without a form, or with arguments, leaves the
document to the compiled path as before (`NotProjected`); at test time
tests/graphql/test_projection.py compares the projected answers with graphql-core's, byte
for byte, over boundary rows (widest ids, longest texts, Unicode, zero and largest amounts)
and every form, and the PostgreSQL suite's page reads are served projected.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from graphql import GraphQLEnumType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLOutputType
from tortoise import fields as tf
from tortoise.fields.data import CharEnumFieldInstance
from tortoise.models import Model

# How root connections were read: "projected" (as JSON), "declined" (the resolver read them:
# not PostgreSQL, or a page tortoise must build). Tests read it to prove the projection is taken.
READS: Counter[str] = Counter()


class NotProjected(Exception):
    """A selection without a form for every field: the compiled path answers it as before."""


# -- forms: what a field of a node is, in SQL terms ----------------------------------------


@dataclass(frozen=True)
class Column:
    """The column's value: text, an integer, a boolean, an enum's stored name; a Decimal as
    its text (numeric's text is Python's `str(Decimal)` of the value read: places kept)."""

    name: str


@dataclass(frozen=True)
class GlobalId:
    """schema.common.to_global_id(type_name, column): URL-safe base64 of "Type:pk", unpadded."""

    type_name: str
    column: str = "id"


@dataclass(frozen=True)
class Numbered:
    """prefix + the column zero-padded to `width` digits (f"{prefix}{pk:0{width}d}")."""

    prefix: str
    width: int = 6
    column: str = "id"


@dataclass(frozen=True)
class OfParent:
    """A form read on the parent's row (an order line's currency is its order's)."""

    form: Form


@dataclass(frozen=True)
class Fields:
    """An object made of the same row (Money of an amount column and the currency)."""

    forms: dict[str, Form]


@dataclass(frozen=True)
class Lookup:
    """A text column of the last row of `model` (by `order`) that matches the row on `keys`
    (pairs of its column and the row's), `default` where none does (an allocation's SKU: its
    order's line of the same product)."""

    model: type[Model]
    column: str
    keys: tuple[tuple[str, str], ...]
    order: str = "id"
    default: str = ""


@dataclass(frozen=True)
class Related:
    """The rows of `model` whose `column` equals the row's `parent_column`: a list ordered by
    `order` (an order's lines, as the children loader reads them), or the one row (a foreign
    key's target, as the by-id loader reads it; null for a null key). `sees`: whether a
    caller sees them all (a warehouse sees its own allocations only): a caller who does not
    is answered by the resolvers."""

    model: type[Model]
    column: str
    parent_column: str
    forms: dict[str, Form]
    many: bool = False
    order: str = "id"
    sees: Callable[[Any], bool] | None = None


Form = Column | GlobalId | Numbered | OfParent | Fields | Lookup | Related


# -- compiling a selection into SQL ----------------------------------------------------------


@dataclass(frozen=True)
class Selected:
    """A field of the selection, as schema.compiled's steps give it: its response key, its
    GraphQL name and type, whether it has arguments, and what is selected below it."""

    key: str
    name: str
    type: GraphQLOutputType | None  # None: __typename
    parent: GraphQLObjectType
    has_arguments: bool
    below: list[Selected] | None = None
    # The field has strawberry extensions (a permission check, say) or directives: what they
    # do is not in a form, so such a field is never projected.
    extended: bool = False


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _column(model: type[Model], name: str) -> tuple[str, tf.Field[Any]]:
    found = model._meta.fields_map.get(name)
    column = model._meta.fields_db_projection.get(name)
    if found is None or column is None:
        raise NotProjected(f"{model.__name__}.{name}: no such column")
    return f'"{column}"', found


@dataclass
class _Sql:
    aliases: int = 0
    parents: list[tuple[type[Model], str]] = field(default_factory=list)
    sees: list[Callable[[Any], bool]] = field(default_factory=list)

    def alias(self) -> str:
        self.aliases += 1
        return f'"p{self.aliases}"'

    def object(self, model: type[Model], at: str, forms: dict[str, Form], selected: list[Selected]) -> str:
        pairs: list[str] = []
        for item in selected:
            if item.type is None:
                pairs.append(f"{_literal(item.key)}, {_literal(item.parent.name)}")
                continue
            form = forms.get(item.name)
            if form is None or item.has_arguments or item.extended:
                raise NotProjected(f"{item.parent.name}.{item.name}: no form")
            pairs.append(f"{_literal(item.key)}, {self.value(model, at, form, item)}")
        if not pairs or len(pairs) > 50:  # json_build_object takes at most 100 arguments
            raise NotProjected("no fields, or too many")
        return f"json_build_object({', '.join(pairs)})"

    def value(self, model: type[Model], at: str, form: Form, item: Selected) -> str:
        assert item.type is not None
        non_null = isinstance(item.type, GraphQLNonNull)
        bare = item.type.of_type if isinstance(item.type, GraphQLNonNull) else item.type
        if isinstance(form, OfParent):
            if not self.parents:
                raise NotProjected("no parent row")
            parent_model, parent_at = self.parents.pop()
            try:
                return self.value(parent_model, parent_at, form.form, item)
            finally:
                self.parents.append((parent_model, parent_at))
        if isinstance(form, Fields | Related):
            many = isinstance(form, Related) and form.many
            inner = bare
            if many:
                if not isinstance(bare, GraphQLList) or not isinstance(bare.of_type, GraphQLNonNull):
                    raise NotProjected(f"{item.name}: not a list of non-null objects")
                inner = bare.of_type.of_type
            if not isinstance(inner, GraphQLObjectType) or item.below is None:
                raise NotProjected(f"{item.name}: not an object")
            if isinstance(form, Fields):
                if not non_null:  # a nullable object's resolver may answer null: a form never does
                    raise NotProjected(f"{item.name}: a nullable object made of the row")
                return self.object(model, at, form.forms, item.below)
            return self.related(model, at, form, item.below, non_null)
        if item.below is not None or isinstance(bare, GraphQLList):
            raise NotProjected(f"{item.name}: a leaf form for an object or a list")
        if isinstance(form, Lookup):
            return self.lookup(model, at, form, bare)
        if isinstance(form, GlobalId | Numbered):
            sql, column = _column(model, form.column)
            if not isinstance(column, tf.IntField) or column.null or bare.name not in ("ID", "String"):  # type: ignore[union-attr]
                raise NotProjected(f"{item.name}: not an integer key as text")
            value = f"{at}.{sql}"
            if isinstance(form, GlobalId):
                if not form.type_name.isidentifier() or not form.type_name.isascii():
                    raise NotProjected(f"{form.type_name}: not a type name")
                # "Type:digits" is ASCII without a backslash, so its text cast to bytea is its
                # bytes (cheaper than convert_to); base64's text has no line break below 57
                # bytes, and "Type:2147483647" is far less
                return (
                    f"translate(rtrim(encode(({_literal(form.type_name + ':')} || {value})::bytea, 'base64'), '='), "
                    f"'+/', '-_')"
                )
            limit = 10**form.width
            return (
                f"{_literal(form.prefix)} || CASE WHEN {value} >= 0 AND {value} < {limit} "
                f"THEN lpad({value}::text, {form.width}, '0') ELSE {value}::text END"
            )
        sql, column = _column(model, form.name)
        if non_null and column.null:
            raise NotProjected(f"{item.name}: a nullable column for a non-null field")
        return _leaf(item.name, bare, column, f"{at}.{sql}")

    def lookup(self, model: type[Model], at: str, form: Lookup, type_: Any) -> str:
        sql, column = _column(form.model, form.column)
        if getattr(type_, "name", "") != "String" or not isinstance(column, tf.CharField) or column.null:
            raise NotProjected(f"{form.model.__name__}.{form.column}: not a text column")
        alias = self.alias()
        matches = " AND ".join(
            f"{alias}.{_column(form.model, mine)[0]} = {at}.{_column(model, theirs)[0]}" for mine, theirs in form.keys
        )
        order_sql, _ = _column(form.model, form.order)
        table = f'"{form.model._meta.db_table}" {alias}'
        found = f"(SELECT {alias}.{sql} FROM {table} WHERE {matches} ORDER BY {alias}.{order_sql} DESC LIMIT 1)"
        return f"coalesce({found}, {_literal(form.default)})"

    def related(self, model: type[Model], at: str, form: Related, selected: list[Selected], non_null: bool) -> str:
        parent_sql, parent_column = _column(model, form.parent_column)
        child_sql, _ = _column(form.model, form.column)
        if not form.many and (non_null and parent_column.null):
            raise NotProjected(f"{form.model.__name__}: a nullable key for a non-null object")
        if form.sees is not None and form.sees not in self.sees:
            self.sees.append(form.sees)
        alias = self.alias()
        self.parents.append((model, at))
        try:
            body = self.object(form.model, alias, form.forms, selected)
        finally:
            self.parents.pop()
        table = f'"{form.model._meta.db_table}" {alias} WHERE {alias}.{child_sql} = {at}.{parent_sql}'
        if not form.many:
            return f"(SELECT {body} FROM {table})"
        order_sql, _ = _column(form.model, form.order)
        return f"(SELECT coalesce(json_agg({body} ORDER BY {alias}.{order_sql}), '[]'::json) FROM {table})"


# The DateTime scalar's text (schema.scalars: Python's isoformat of a UTC instant):
# microseconds only when there are any, the offset always +00:00.
_INSTANT = (
    "to_char({v} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') || CASE WHEN to_char({v}, 'US') = '000000' "
    "THEN '' ELSE to_char({v}, '.US') END || '+00:00'"
)


def _leaf(name: str, type_: Any, column: tf.Field[Any], value: str) -> str:
    """`value` (the column's SQL) written as `type_`'s JSON value; NotProjected where the two
    differ."""
    if isinstance(type_, GraphQLEnumType):
        # Each stored value must be its own GraphQL name (graphql-core serialises the member).
        same = all(
            isinstance(v.value, str) and getattr(v.value, "value", v.value) == n for n, v in type_.values.items()
        )
        if not same or not isinstance(column, tf.CharField | CharEnumFieldInstance):
            raise NotProjected(f"{name}: an enum whose stored values are not its names")
        return value
    kinds: dict[str, tuple[type, ...]] = {
        "String": (tf.CharField, tf.TextField),
        "ID": (tf.CharField,),
        "Int": (tf.IntField, tf.SmallIntField),
        "Boolean": (tf.BooleanField,),
        "Decimal": (tf.DecimalField,),
        "DateTime": (tf.DatetimeField,),
    }
    allowed = kinds.get(getattr(type_, "name", ""))
    if allowed is None or not isinstance(column, allowed) or isinstance(column, CharEnumFieldInstance):
        raise NotProjected(f"{name}: no projection of {type_} from {type(column).__name__}")
    if isinstance(column, tf.DatetimeField):
        return "(" + _INSTANT.format(v=value) + ")"
    return f"{value}::text" if isinstance(column, tf.DecimalField) else value


# -- a root field -------------------------------------------------------------------------

# (info, wrap, the resolver's converted arguments) -> the nodes as JSON texts, in order; None
# where they are not read this way (another database, a queryset tortoise must run itself).
ReadJson = Callable[..., Awaitable[list[str] | None]]


@dataclass(frozen=True)
class Nodes:
    """A root field's nodes: their model and their fields' forms."""

    model: type[Model]
    forms: dict[str, Form]


@dataclass(frozen=True)
class RootProjection:
    """A root field PostgreSQL may answer: the resolver's twin that reads its nodes as JSON
    (`read`), the nodes, and whether it answers a connection of them (`orders`) or one node
    or null (`order`)."""

    read: ReadJson
    nodes: Nodes
    connection: bool = True


@dataclass(frozen=True)
class Projected:
    """A root field's selection compiled: one node or null, or `{edges: [{node: ...}]}`
    under these keys (`edges_key` None: one node)."""

    read: ReadJson
    node_sql: str  # the node's JSON over the statement's row, aliased "p0"
    edges_key: str | None
    node_key: str | None
    sees: tuple[Callable[[Any], bool], ...]  # the caller sees all it reads (else: the resolvers)

    def wrap(self, sql: str, order: Sequence[str] = ()) -> str:
        """The statement `sql` with each row's node as its one column, in `order` (tortoise's
        order_by, a field name with "-" for descending)."""
        keys = ", ".join(f'"p0"."{name.lstrip("-")}"' + (" DESC" if name.startswith("-") else "") for name in order)
        return f'SELECT {self.node_sql}::text FROM ({sql}) "p0"' + (f" ORDER BY {keys}" if keys else "")

    def answer(self, nodes: list[str]) -> Any:
        """The field's value of the nodes read (a single node's root: none or one)."""
        if self.edges_key is None:
            return orjson.loads(nodes[0]) if nodes else None
        node_key = self.node_key
        return {self.edges_key: [{node_key: orjson.loads(node)} for node in nodes]}


def project_root(selected: list[Selected], root: RootProjection) -> Projected:
    """The root field's selection compiled: for a connection, `edges { node { ... } }` and
    nothing else; for one node, its fields."""
    edges_key = node_key = None
    if root.connection:
        if len(selected) != 1 or selected[0].name != "edges" or selected[0].has_arguments:
            raise NotProjected("a connection's selection other than edges")
        edges = selected[0]
        below = edges.below or []
        if len(below) != 1 or below[0].name != "node" or below[0].below is None:
            raise NotProjected("an edge's selection other than node")
        edges_key, node_key, selected = edges.key, below[0].key, below[0].below
    sql = _Sql()
    node_sql = sql.object(root.nodes.model, '"p0"', root.nodes.forms, selected)
    return Projected(root.read, node_sql, edges_key, node_key, tuple(sql.sees))
