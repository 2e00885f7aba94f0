"""examples/: the typed TypeScript client stays in step with the schema. CI builds and runs
it against a real server (`examples/run` in .ci/run); these checks are the fast part: its
operations validate against the live schema, and its npm packages are pinned."""

from __future__ import annotations

import json
import re

from graphql import parse, validate

from schema.root import build_schema
from settings import ROOT

EXAMPLES = ROOT / "examples"
# graphql(`...`) calls: the documents graphql-codegen types.
DOCUMENT = re.compile(r"graphql\(`(.*?)`\)", re.S)


def operations() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted((EXAMPLES / "src").glob("*.ts")):
        for document in DOCUMENT.findall(path.read_text()):
            name = re.search(r"(?:query|mutation|subscription)\s+(\w+)", document)
            assert name, f"{path.name}: every example operation is named (codegen names its types after it)"
            found[name.group(1)] = document
    return found


def test_every_example_operation_validates_against_the_live_schema() -> None:
    # given the example's operations and the schema the server builds
    documents = operations()
    schema = build_schema()._schema

    # when each is validated
    errors = {name: [e.message for e in validate(schema, parse(doc))] for name, doc in documents.items()}

    # then all are valid: a renamed or removed field fails here before CI's TypeScript build does
    assert {name: e for name, e in errors.items() if e} == {}
    assert {"StorefrontPlaceOrder", "StorefrontOrderUpdates", "WarehouseDispatch", "CustomerTrack"} <= set(documents)


def test_npm_packages_are_pinned_exactly_and_locked() -> None:
    # given the example's package.json and package-lock.json
    package = json.loads((EXAMPLES / "package.json").read_text())
    lock = json.loads((EXAMPLES / "package-lock.json").read_text())

    # then every dependency names one version, the lock agrees, and codegen reads schema.graphql
    wanted = {**package["dependencies"], **package["devDependencies"]}
    assert {name: v for name, v in wanted.items() if not re.fullmatch(r"\d+\.\d+\.\d+", v)} == {}
    locked = {name: lock["packages"][f"node_modules/{name}"]["version"] for name in wanted}
    assert locked == wanted
    assert '"../schema.graphql"' in (EXAMPLES / "codegen.ts").read_text()


def test_ci_builds_and_runs_the_example() -> None:
    # given the CI script
    ci = (ROOT / ".ci" / "run").read_text()

    # then it runs examples/run, which builds the client and runs it against a server it starts
    assert "\nexamples/run\n" in ci
    run = (EXAMPLES / "run").read_text()
    assert "npm ci" in run and "npm run --silent codegen" in run and "node dist/storefront.js" in run


def test_the_codegen_config_maps_every_custom_scalar_of_the_schema() -> None:
    # given the custom scalars schema.graphql declares, and the scalars the codegen config maps
    declared = set(re.findall(r"^scalar (\w+)", (ROOT / "schema.graphql").read_text(), re.M))
    mapping = re.search(r"scalars: \{(.*?)\}", (EXAMPLES / "codegen.ts").read_text(), re.S)
    assert mapping, "codegen.ts maps the custom scalars (strictScalars refuses unknown ones)"
    mapped = set(re.findall(r"(\w+):", mapping.group(1)))

    # then none is missing (graphql-codegen's strictScalars fails the CI example step otherwise)
    assert declared and declared - mapped == set()
