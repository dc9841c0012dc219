"""The store's tests run on SQLite and on a real PostgreSQL server started just for them.

`db_target` is parametrised over both: a SQLite file in the test's folder, or a fresh
database on a throwaway PostgreSQL cluster (initdb + pg_ctl from Debian's packages, run as
the `postgres` user when the tests run as root, which PostgreSQL refuses to run as). One
cluster serves the whole session and is stopped at exit. `SITREPS_TEST_POSTGRESQL` may name
an existing server instead (`postgresql://user@host:port/`).

Where no server can be had, the PostgreSQL tests are skipped with the reason, except on CI
(`CI=true`), where they fail: `.ci/services.sh` installs PostgreSQL there.

Use them in a test module as `db_target = store_fixtures.db_target` (and `postgresql_url`).
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

ON_CI = os.environ.get("CI", "").lower() in ("true", "1")


def _bin_dir() -> Path | None:
    override = os.environ.get("SITREPS_PG_BIN")
    if override:
        return Path(override)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3].split(".")[0]))
    if found:
        return Path(found[-1]).parent
    which = shutil.which("initdb")
    return Path(which).parent if which else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Cluster:
    """A throwaway PostgreSQL cluster on 127.0.0.1, trust authentication, no fsync."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="sitreps-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.prefix: list[str] = []
        if os.geteuid() == 0:  # postgres will not run as root
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/"

    def _run(self, program: str, *args: str) -> None:
        command = [*self.prefix, str(self.bin_dir / program), *args]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{program} failed ({done.returncode}): {done.stderr or done.stdout}")

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


_server: dict[str, str | None] = {}


def _server_url() -> tuple[str | None, str]:
    """The base URL of a PostgreSQL server for the tests, or (None, why there is none)."""
    if "url" in _server:
        return _server["url"], _server.get("why") or ""
    url: str | None = os.environ.get("SITREPS_TEST_POSTGRESQL")
    why = ""
    if not url:
        bin_dir = _bin_dir()
        if bin_dir is None or not (bin_dir / "pg_ctl").exists():
            why = "PostgreSQL server programs (initdb, pg_ctl) not found; install Debian's postgresql"
        elif os.geteuid() == 0 and not _has_user("postgres"):
            why = "running as root and there is no postgres user to run the server as"
        else:
            try:
                cluster = _Cluster(bin_dir)
            except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
                why = f"could not start a PostgreSQL server: {exc}"
            else:
                atexit.register(cluster.stop)
                url = cluster.url
    _server["url"], _server["why"] = url, why
    return url, why


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _admin_url(base: str, database: str = "postgres") -> str:
    return base.replace("postgresql://", "postgresql+psycopg://", 1).rstrip("/") + f"/{database}"


@pytest.fixture(scope="session")
def postgresql_url() -> str:
    """Base URL of the tests' PostgreSQL server (skipped without one, failed on CI)."""
    url, why = _server_url()
    if url is None:
        if ON_CI:
            pytest.fail(f"PostgreSQL is required on CI: {why}")
        pytest.skip(why)
    return url


def new_database(base: str) -> str:
    """A fresh, empty database on the server; returns its `postgresql://` URL."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(_admin_url(base), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    return base.rstrip("/") + f"/{name}"


def drop_database(url: str) -> None:
    base, name = url.rsplit("/", 1)
    engine = sa.create_engine(_admin_url(base + "/"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database for one test: a SQLite file path, or a new PostgreSQL database's URL."""
    if request.param == "sqlite":
        yield str(tmp_path / "sitreps.db")
        return
    base = request.getfixturevalue("postgresql_url")
    url = new_database(base)
    try:
        yield url
    finally:
        drop_database(url)
