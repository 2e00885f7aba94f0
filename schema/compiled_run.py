"""Executing a compiled query (schema.compiled): one request's run over the prepared steps.

The synchronous run is the fast one: every value below the root is there already (the root
resolvers prefetch what the hot selections read). A field that answers with an awaitable
stops it (NotLoaded) and marks the document asynchronous: the request goes on from the root
value it has (the root field is not resolved twice), and it and the later requests complete
their objects as graphql-core does, each field as soon as its value is there beside its
siblings, and a list's objects together, so that the loads of one loop step go out as one
batch."""

from __future__ import annotations

import asyncio
import inspect
import keyword
import types
from collections.abc import Awaitable, Callable
from typing import Any

from graphql import (
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    Undefined,
    coerce_input_value,
)
from graphql.execution.executor import Executor, default_field_resolver, default_type_resolver
from graphql.execution.get_variable_signature import GraphQLVariableSignature
from graphql.execution.values import VariableValues, VariableValueSource, get_argument_values
from graphql.pyutils import Path
from strawberry.types.info import Info

from schema.compiled import Bail, CompiledQuery, FieldStep, NotLoaded, ObjectStep
from schema.projection import READS, Projected
from services.request_session import RequestSession

# Run.projected: the root field is not answered by PostgreSQL (its resolver answers it).
DECLINED = object()


class Run:
    """One request's execution: graphql-core's executor (variables coerced as it does, its
    info objects), with infos and arguments made once per field step, not per item."""

    __slots__ = ("_args", "_infos", "_strawberry_infos", "executor")

    def __init__(self, executor: Executor) -> None:
        self.executor = executor
        self._infos: dict[int, Any] = {}
        self._args: dict[int, dict[str, Any]] = {}
        self._strawberry_infos: dict[int, Info[Any, Any]] = {}

    def info(self, step: FieldStep, path: Path | None = None) -> Any:
        found = self._infos.get(id(step))
        if found is None:
            assert step.field_def is not None
            path = path or Path(None, step.key, step.parent.name)
            found = self.executor.build_resolve_info(step.field_def, [step.node], step.parent, path)
            self._infos[id(step)] = found
        return found

    def args(self, step: FieldStep) -> dict[str, Any]:
        if not step.takes_args:
            return {}
        found = self._args.get(id(step))
        if found is None:
            assert step.field_def is not None
            found = get_argument_values(step.field_def, step.node, self.executor.variable_values)
            self._args[id(step)] = found
        return found

    def strawberry_info(self, step: FieldStep) -> Info[Any, Any]:
        found = self._strawberry_infos.get(id(step))
        if found is None:
            assert step.definition is not None
            found = Info(_raw_info=self.info(step), _field=step.definition)
            self._strawberry_infos[id(step)] = found
        return found

    def _guarded_arguments(self, step: FieldStep) -> tuple[Any, dict[str, Any]]:
        """A root field's info and converted arguments (GuardedRoot), or Bail where its
        extensions would refuse it."""
        direct = step.guarded
        assert direct is not None
        info = self.strawberry_info(step)
        kwargs = direct.convert(self.args(step), info) if direct.convert is not None else {}
        if not direct.allows(info, kwargs):
            raise Bail(f"{step.key} refused")  # graphql-core refuses it, with its error
        return info, kwargs

    def resolve_guarded(self, step: FieldStep, source: Any) -> Any:
        """A root field's resolver called directly (GuardedRoot)."""
        direct = step.guarded
        assert direct is not None
        info, kwargs = self._guarded_arguments(step)
        if direct.info_name is not None:
            kwargs[direct.info_name] = info
        return direct.func(source, **kwargs) if direct.takes_self else direct.func(**kwargs)

    async def projected(self, step: FieldStep, projection: Projected) -> Any:
        """A root field answered by PostgreSQL (schema.projection), behind the same guard as
        its resolver; DECLINED where it is not read so (the resolver answers)."""
        info, kwargs = self._guarded_arguments(step)
        principal = info.context.principal
        nodes = None
        if all(sees(principal) for sees in projection.sees):
            nodes = await projection.read(info, projection.wrap, **kwargs)
        if nodes is None or (projection.edges_key is None and len(nodes) > 1):
            READS["declined"] += 1
            return DECLINED
        READS["projected"] += 1
        return projection.answer(nodes)

    def resolve(self, step: FieldStep, source: Any) -> Any:
        if step.attribute is not None:
            return getattr(source, step.attribute)
        if step.field_def is None:
            return step.parent.name
        if step.method is not None:
            return step.method(source, self.strawberry_info(step)) if step.takes_info else step.method(source)
        assert step.field_def.resolve is not None
        return step.field_def.resolve(source, self.info(step), **self.args(step))

    def object(self, step: ObjectStep, source: Any) -> dict[str, Any]:
        run = step.run
        if run is None:
            run = step.run = object_function(step)
        return run(source, self)

    # Asynchronously, as graphql-core does it: an object's awaitable fields are awaited
    # together, and the objects of a list are completed together, so that what their fields
    # load in one step of the loop goes out in one batch (the DataLoaders).

    async def object_async(self, step: ObjectStep, source: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        waiting: list[FieldStep] = []
        pending: list[Awaitable[Any]] = []
        for child in step.fields:
            value = self.resolve(child, source)
            if inspect.isawaitable(value) or (child.child is not None and child.field_def is not None):
                # Each field completes as soon as its own value is there, beside its siblings
                # (graphql-core's execute_fields): what they load then goes out in the same
                # batches whatever the page's size.
                out[child.key] = None
                waiting.append(child)
                pending.append(self._field_async(child, value))
            else:
                out[child.key] = child.complete(value, self)
        if pending:
            values = await asyncio.gather(*pending, return_exceptions=True)
            for child, value in zip(waiting, values, strict=True):
                if isinstance(value, BaseException):
                    raise Bail(f"{step.type.name}.{child.key} raised") from value
                out[child.key] = value
        return out

    async def _field_async(self, step: FieldStep, value: Any) -> Any:
        if inspect.isawaitable(value):
            value = await value
        return await self.complete_async(step, value)

    async def complete_async(self, step: FieldStep, value: Any) -> Any:
        if step.child is None or step.field_def is None:  # leaves (and lists of them) complete at once
            return step.complete(value, self)
        return await self._complete_async(step.field_def.type, step.child, value)

    async def _complete_async(self, type_: GraphQLOutputType, child: ObjectStep, value: Any) -> Any:
        if isinstance(type_, GraphQLNonNull):
            if value is None:
                raise Bail("null where non-null")
            type_ = type_.of_type
        elif value is None:
            return None
        if isinstance(value, Exception):
            raise Bail("an error as a value")
        if isinstance(type_, GraphQLList):
            if not isinstance(value, list | tuple):
                raise Bail("not a list")
            items = await asyncio.gather(
                *(self._complete_async(type_.of_type, child, item) for item in value), return_exceptions=True
            )
            for item in items:
                if isinstance(item, BaseException):
                    raise Bail("an item raised") from item
            return items
        assert isinstance(type_, GraphQLObjectType)
        if type_.is_type_of is not None and type_.is_type_of(value, None) is not True:  # type: ignore[arg-type]  # reads no info
            raise Bail("not of the type")
        return await self.object_async(child, value)


def object_function(step: ObjectStep) -> Callable[[Any, Run], dict[str, Any]]:
    """The synchronous completion of `step`'s objects as one generated function: for each
    field in order, its value (the attribute of a plain field; a direct resolver method
    called; any other resolver through Run.resolve, and NotLoaded if it answers with an
    awaitable) completed by the field's completer (a str of a String or ID leaf is itself,
    without the call), and the object as one dict display. It does what a loop over the steps
    did, without the loop, the per-field branches and two calls per text leaf: the walk was
    the largest part of a 50-order page's CPU left (bench/RESULTS.md)."""
    env: dict[str, Any] = {"NotLoaded": NotLoaded, "isawaitable": _isawaitable, "discard": _discard}
    body: list[str] = []
    entries: list[str] = []
    for i, child in enumerate(step.fields):
        env[f"c{i}"], env[f"s{i}"] = child.complete, child
        if child.attribute is not None:  # a plain field: never awaitable
            if child.attribute.isidentifier() and not keyword.iskeyword(child.attribute):
                body.append(f"v{i} = source.{child.attribute}")
            else:
                env[f"a{i}"] = child.attribute
                body.append(f"v{i} = getattr(source, a{i})")
        else:
            if child.method is not None and child.field_def is not None:
                env[f"m{i}"] = child.method
                call = f"m{i}(source, run.strawberry_info(s{i}))" if child.takes_info else f"m{i}(source)"
            else:
                call = f"run.resolve(s{i}, source)"
            body += [
                f"v{i} = {call}",
                f"if isawaitable(v{i}):",
                f"    discard(v{i})",
                f"    raise NotLoaded({f'{step.type.name}.{child.key} is not loaded yet'!r})",
            ]
        if child.passes_str:
            body += [f"if type(v{i}) is not str:", f"    v{i} = c{i}(v{i}, run)"]
        else:
            body.append(f"v{i} = c{i}(v{i}, run)")
        entries.append(f"{child.key!r}: v{i}")
    body.append("return {" + ", ".join(entries) + "}")
    source = "def run_object(source, run):\n" + "".join(f"    {line}\n" for line in body)
    exec(compile(source, f"<compiled {step.type.name}>", "exec"), env)  # our own text, names from the schema
    return env["run_object"]  # type: ignore[no-any-return]


# Types whose values are never awaitable: no ABC check for them. What a resolver answers most
# often to begin with, then every type found not awaitable once (the schema's objects: an
# order's customer, a line's price), which is a property of the type (`isinstance(value,
# Awaitable)`) except for generators: inspect.isawaitable reads each one's code flags. The
# check was ~9% of a 50-order page's CPU (bench/RESULTS.md, session 14).
_NEVER_AWAITABLE: set[type] = {str, int, float, bool, list, dict, tuple, type(None)}
_NEVER_AWAITABLE_LIMIT = 4096


def _isawaitable(value: Any) -> bool:
    kind = type(value)
    if kind in _NEVER_AWAITABLE:
        return False
    if inspect.isawaitable(value):
        return True
    if kind is not types.GeneratorType and len(_NEVER_AWAITABLE) < _NEVER_AWAITABLE_LIMIT:
        _NEVER_AWAITABLE.add(kind)
    return False


def _discard(value: Any) -> None:
    if inspect.iscoroutine(value):
        value.close()  # never awaited: no warning, nothing runs


def _variable_values(signatures: tuple[GraphQLVariableSignature, ...], given: dict[str, Any]) -> VariableValues | None:
    """graphql-core's `coerce_variable_values` for variables given as plain values that
    coerce without an error; None for anything else (one left out, a list or an object, a
    value refused), which `Executor.build` coerces, and reports, itself."""
    sources: dict[str, VariableValueSource] = {}
    coerced: dict[str, Any] = {}
    for signature in signatures:
        value = given.get(signature.name, Undefined)
        if value is Undefined or isinstance(value, dict | list | tuple):
            return None
        result = coerce_input_value(value, signature.type)
        if result is Undefined:
            return None
        sources[signature.name] = VariableValueSource(signature, value)
        coerced[signature.name] = result
    return VariableValues(sources, coerced)


def _executor(schema: GraphQLSchema, compiled: CompiledQuery, context: Any, variables: dict[str, Any]) -> Any:
    """`Executor.build(...)` for a compiled document: the same executor, with what does not
    change between executions made when it was compiled (`Prepared`: ~5% of an `order(id)`
    request's CPU went to finding the operation and the variables' types again)."""
    prepared = compiled.prepared
    values = None if prepared.signatures is None else _variable_values(prepared.signatures, variables)
    if values is None:
        return Executor.build(schema, compiled.document, None, context, variables, compiled.operation_name)
    return Executor(
        schema,
        prepared.fragment_definitions,
        prepared.fragments,
        None,
        context,
        prepared.operation,
        values,
        default_field_resolver,
        default_type_resolver,
        default_field_resolver,
    )


async def execute_compiled(
    schema: GraphQLSchema, compiled: CompiledQuery, context: Any, variables: dict[str, Any] | None
) -> dict[str, Any]:
    """The query's `data`, as graphql-core would give it; Bail when it would not be the same."""
    executor = _executor(schema, compiled, context, variables or {})
    if isinstance(executor, list):
        raise Bail("variables did not coerce")
    run = Run(executor)
    data: dict[str, Any] = {}
    try:
        for step in compiled.root.fields:
            # The root's fields one after the other (graphql-core starts them together;
            # the answer is the same, and the hot reads have one root field).
            # The root resolver's statements (and its prefetch's) take turns on one pooled
            # session, given back before the objects are completed (services.request_session).
            async with RequestSession():
                if step.projection is not None:
                    projected = await run.projected(step, step.projection)
                    if projected is not DECLINED:
                        data[step.key] = projected
                        continue
                value = run.resolve(step, None) if step.guarded is None else run.resolve_guarded(step, None)
                if inspect.isawaitable(value):
                    value = await value
            if not compiled.asynchronous:
                try:
                    data[step.key] = step.complete(value, run)
                    continue
                except NotLoaded:
                    # A field still to load: this document completes asynchronously from now
                    # on, starting with this request and the root value in hand (the root
                    # field is not resolved again: its page would be read twice).
                    compiled.asynchronous = True
            data[step.key] = await run.complete_async(step, value)
    except Bail:
        compiled.bails += 1
        raise
    except Exception as exc:  # a resolver's error: graphql-core reports it, with its path
        compiled.bails += 1
        raise Bail(f"{type(exc).__name__}") from exc
    compiled.hits += 1
    return data
