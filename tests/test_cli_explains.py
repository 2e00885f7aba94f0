"""`oms` explains configuration and state errors: one line saying what, one hint saying what
to do, no traceback (`--debug` shows it). `make run` reuses its demo token. cli.py reads no
environment variable itself (settings.py does). Real `oms` subprocesses, as in test_cli.py."""

from __future__ import annotations

import ast
import shutil
import socket
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.fixtures.waiting import eventually
from tests.test_cli import OMS, ROOT, Cli, Result


def run(cli: Cli, *args: str, **env: str) -> Result:
    done = subprocess.run(
        [str(OMS), *args], cwd=ROOT, env={**cli.env(), **env}, capture_output=True, text=True, timeout=120, check=False
    )
    return Result(done.returncode, done.stdout, done.stderr)


def closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def listening() -> Iterator[int]:
    """A port something else is listening on."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        yield int(held.getsockname()[1])


def accepts(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def fresh(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "var" / "oms.sqlite3")


@pytest.fixture(scope="module")
def migrated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("oms-explains") / "oms.sqlite3"
    assert Cli(path)("migrate").code == 0
    return path


@pytest.fixture
def migrated(tmp_path: Path, migrated_db: Path) -> Cli:
    path = tmp_path / "oms.sqlite3"
    shutil.copyfile(migrated_db, path)
    return Cli(path)


def test_a_command_on_an_unmigrated_database_says_so_and_how_to_fix_it(fresh: Cli) -> None:
    # given a database nobody has migrated
    # when a command that needs its tables runs
    result = run(fresh, "seed", "--demo")

    # then one line says what, one what to do, and there is no traceback
    assert result.code == 1, result
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith(f"error: the database at sqlite://{fresh.database} is not migrated (")
    assert "pending, the first 0_" in lines[0]
    assert lines[1] == "hint: run `oms migrate` (or `make run`, which migrates first)"


def test_debug_shows_the_traceback(fresh: Cli) -> None:
    # given the same unmigrated database
    # when the command runs with --debug
    result = run(fresh, "--debug", "seed", "--demo")

    # then the traceback is shown, ending with the problem
    assert result.code == 1, result
    assert "Traceback" in result.stderr
    assert "is not migrated" in result.stderr


def test_a_database_url_of_an_unknown_kind_is_a_configuration_error(fresh: Cli) -> None:
    # given an OMS_DATABASE_URL naming a database we do not speak
    # when any command that reads the settings runs
    result = run(fresh, "token", "list", OMS_DATABASE_URL="mysql://root@localhost/oms")

    # then it names the variable and what it must look like (exit 2: fix the configuration)
    assert result.code == 2, result
    assert result.stderr.splitlines() == [
        "error: configuration: OMS_DATABASE_URL: must start with sqlite:// (a file path follows) or "
        "postgres://user:password@host:port/name",
        'hint: fix that variable (README, "Configuration", lists the settings)',
    ]


def test_an_unreachable_postgresql_says_where_it_looked_without_the_password(fresh: Cli) -> None:
    # given a PostgreSQL URL with a password, where nothing listens
    port = closed_port()
    url = f"postgres://oms:s3cret@127.0.0.1:{port}/oms"

    # when a command needs the database
    result = run(fresh, "token", "list", OMS_DATABASE_URL=url)

    # then it says it cannot reach it, with the password hidden, and what to check
    assert result.code == 1, result
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith(f"error: cannot reach the database at postgres://oms:***@127.0.0.1:{port}/oms: ")
    assert lines[1].startswith("hint: is PostgreSQL running there and does OMS_DATABASE_URL name it")
    assert "s3cret" not in result.stderr


def test_serve_on_a_port_in_use_says_so_and_suggests_another(migrated: Cli) -> None:
    # given a port another program listens on
    with listening() as port:
        # when the server is asked to bind it, by --port and by PORT
        by_option = run(migrated, "serve", "--port", str(port))
        by_variable = run(migrated, "serve", PORT=str(port))

    # then each says the port is taken and how to pick another
    expected = [
        f"error: port {port} on 127.0.0.1 is in use (another server is listening there)",
        f"hint: stop that server, or pick another port: `--port {port + 1}` or PORT={port + 1}",
    ]
    assert (by_option.code, by_option.stderr.splitlines()) == (1, expected), by_option
    assert (by_variable.code, by_variable.stderr.splitlines()) == (1, expected), by_variable


def test_a_port_that_is_not_a_number_names_the_variable(migrated: Cli) -> None:
    # given PORT set to something that is not a port
    # when the server starts
    result = run(migrated, "serve", PORT="eighty")

    # then it says which variable is wrong
    assert result.code == 2, result
    assert result.stderr.splitlines()[0] == (
        "error: configuration: PORT: Input should be a valid integer, unable to parse string as an integer"
    )


@contextmanager
def serving(cli: Cli, *args: str, **env: str) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [str(OMS), *args],
        cwd=ROOT,
        env={**cli.env(), **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        process.terminate()
        process.communicate(timeout=30)


async def test_serve_warns_about_what_it_starts_without_and_serves(fresh: Cli) -> None:
    # given an unmigrated database and a Redis URL where nothing listens
    port, redis_port = closed_port(), closed_port()
    with serving(fresh, "serve", "--port", str(port), OMS_BROADCAST_URL=f"redis://127.0.0.1:{redis_port}") as server:
        # when the server starts
        assert server.stderr is not None
        warnings = [server.stderr.readline(), server.stderr.readline()]
        await eventually(lambda: accepts(port) or server.poll() is not None, within=30, what="the port accepting")

        # then it says what is missing, one line each, and serves anyway
        assert accepts(port), "the server did not start"
    assert warnings[0].startswith(f"warning: the database at sqlite://{fresh.database} is not migrated (")
    assert warnings[0].rstrip().endswith("/readyz fails until `oms migrate` has run")
    assert warnings[1].startswith(f"warning: cannot reach Redis at redis://127.0.0.1:{redis_port} (")
    assert "serving without live updates until it is back" in warnings[1]


def banner(process: subprocess.Popen[str]) -> tuple[str, str]:
    """The demo token and what the banner says of it, read as `make run` prints them."""
    assert process.stdout is not None
    token = ""
    for line in process.stdout:
        if "Demo ADMIN token:" in line:
            token = line.split(":", 1)[1].strip()
        elif token and "kept in" in line:
            return token, line.strip()
    raise AssertionError(f"no banner: {process.stderr.read() if process.stderr else ''}")


def test_make_run_reuses_its_demo_token_and_announces_only_once_listening(fresh: Cli, tmp_path: Path) -> None:
    # given a fresh database and where the demo token is kept
    token_file = tmp_path / "demo-token"
    env = {"OMS_DEMO_TOKEN_FILE": str(token_file)}

    # when `oms demo-run` (make run) runs, stops, and runs again
    port = closed_port()
    with serving(fresh, "demo-run", "--port", str(port), **env) as first:
        token, said = banner(first)
        listening_when_announced = accepts(port)
    with serving(fresh, "demo-run", PORT=str(closed_port()), **env) as second:
        again, said_again = banner(second)

    # then the second run prints the same token, kept in a file only its owner reads, and the
    # banner came once the port was bound
    assert listening_when_announced
    assert token.startswith("oms_") and again == token
    assert said.startswith("(new: kept in ") and said_again.startswith("(the same as last time: kept in ")
    assert token_file.read_text().strip() == token
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600


def test_a_demo_token_that_no_longer_works_is_replaced(fresh: Cli, tmp_path: Path) -> None:
    # given a saved demo token this database does not know (another database's, or revoked)
    token_file = tmp_path / "demo-token"
    token_file.write_text("oms_not-a-token-of-this-database\n")

    # when `make run` starts
    with serving(fresh, "demo-run", "--port", str(closed_port()), OMS_DEMO_TOKEN_FILE=str(token_file)) as run_:
        token, said = banner(run_)

    # then it mints a new one and keeps that
    assert token != "oms_not-a-token-of-this-database" and said.startswith("(new: ")
    assert token_file.read_text().strip() == token


def test_cli_reads_no_environment_variable_itself() -> None:
    # given the code of the `oms` command (cli.py and the modules it registers)
    tree = ast.Module(
        body=[ast.parse((ROOT / name).read_text()) for name in ("cli.py", "cli_data.py", "cli_errors.py")],
        type_ignores=[],
    )

    # when every read of the environment is looked for (os.getenv, os.environ.get, os.environ[...] read)
    reads = [
        ast.unparse(node)
        for node in ast.walk(tree)
        if (isinstance(node, ast.Call) and ast.unparse(node.func) in {"os.getenv", "os.environ.get", "getenv"})
        or (
            isinstance(node, ast.Subscript)
            and ast.unparse(node.value) == "os.environ"
            and isinstance(node.ctx, ast.Load)
        )
    ]

    # then there is none: settings.py is the only reader (writing PROMETHEUS_MULTIPROC_DIR for the workers is allowed)
    assert reads == []
