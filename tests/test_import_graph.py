"""Imports run one way (see docs/architecture.md): no circle among our modules, nothing upward."""

from __future__ import annotations

from pathlib import Path

from settings import ROOT
from tests.fixtures.import_graph import Layer, circles, forbidden_imports, import_graph, upward_imports

OURS = [
    "settings",
    "models",
    "subscriptions",
    "services",
    "resolvers",
    "schema",
    "graphql_view",
    "graphql_http",
    "graphql_ws",
    "graphql_compiled",
    "persisted",
    "ide",
    "dashboard",
    "intake_view",
    "request_log",
    "metrics",
    "app",
    "cli",
    "cli_data",
    "cli_errors",
    "cli_worker",
    "cli_bench",
    "background",
    "bench",
    "report_view",
    "importer",
    "export_view",
]

# Lowest first: a module may import its own layer and the ones before it, never one after.
LAYERS = [
    Layer("settings", ("settings",)),
    Layer("models", ("models",)),
    Layer("events", ("subscriptions",)),
    Layer("services", ("services",)),
    Layer(
        "api base",
        (
            "resolvers.context",
            "resolvers.loaders",
            "resolvers.loaded",
            "resolvers.shared_results",
            "resolvers.live_groups",
            "resolvers.errors",
            "resolvers.paging",
        ),
    ),
    Layer("schema types", ("schema",)),
    Layer("resolvers", ("resolvers",)),
    Layer(
        "assembly",
        (
            "schema.root",
            "schema.export",
            "graphql_view",
            "graphql_http",
            "graphql_ws",
            "graphql_compiled",
            "persisted",
            "ide",
            "dashboard",
            "intake_view",
            "request_log",
            "metrics",
            "app",
            "cli",
            "cli_data",
            "cli_errors",
            "cli_worker",
            "cli_bench",
            "background",
            "bench",
            "report_view",
            "importer",
            "export_view",
        ),
    ),
]


def test_our_modules_import_one_way() -> None:
    graph = import_graph(ROOT, OURS)

    assert len(graph) > 50  # the walk found our tree
    assert circles(graph) == []
    assert upward_imports(graph, LAYERS) == []


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_the_check_finds_a_circle_even_through_a_function_local_import(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "services/__init__.py": "",
            "services/stock.py": "def low():\n    from services.supply import draft\n    return draft\n",
            "services/supply.py": "from services.stock import low\n\ndef draft():\n    return low\n",
            "services/orders.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from services.stock import low\n",
        },
    )

    assert circles(import_graph(root, ["services"])) == [["services.stock", "services.supply"]]


def test_the_check_finds_an_import_that_runs_upward(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "models/__init__.py": "",
            "models/orders.py": "from services.orders import place\n",
            "services/__init__.py": "",
            "services/orders.py": "from models.orders import Order\n",
            "schema/__init__.py": "",
            "schema/orders.py": "from resolvers.orders import visible_order\n",
            "resolvers/__init__.py": "",
            "resolvers/orders.py": "import schema.orders\n",
        },
    )
    graph = import_graph(root, ["models", "services", "schema", "resolvers"])

    assert upward_imports(graph, LAYERS) == [
        "models.orders -> services.orders (models -> services)",
        "schema.orders -> resolvers.orders (schema types -> resolvers)",
    ]


def test_services_import_no_api_and_no_upward_function_local_imports() -> None:
    services = [m for m in import_graph(ROOT, ["services"]) if m != "services"]

    assert forbidden_imports(ROOT, services, ["strawberry", "graphql", "starlette", "resolvers", "schema"]) == []


def test_resolvers_reach_data_only_through_services_and_loaders() -> None:
    resolvers = [
        m for m in import_graph(ROOT, ["resolvers"]) if m not in ("resolvers", "resolvers.loaders", "resolvers.paging")
    ]

    assert len(resolvers) > 10
    assert forbidden_imports(ROOT, resolvers, ["models", "tortoise"]) == []


def test_no_module_of_the_house_is_over_450_lines() -> None:
    # Every module of ours: the packages' and the top-level ones (app.py, cli.py, graphql_view.py...).
    # bench/ is left out: benchmark scripts, not the service (bench/http.py is 494 lines).
    paths = [path for name in OURS if name != "bench" for path in sorted((ROOT / name).rglob("*.py"))]
    paths += [ROOT / f"{name}.py" for name in OURS if (ROOT / f"{name}.py").is_file()]
    sizes = {str(path.relative_to(ROOT)): len(path.read_text().splitlines()) for path in paths}

    assert "graphql_view.py" in sizes and "services/orders.py" in sizes  # both kinds are read

    assert {name: size for name, size in sizes.items() if size > 450} == {}
