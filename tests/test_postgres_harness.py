"""The throw-away PostgreSQL harness used by the store tests works end to end."""

from __future__ import annotations

import socket
import time

import sqlalchemy as sa

from tests.support.postgres import PostgresServer


def _port_is_free(port: int) -> bool:
    # Nothing accepts connections, and the port can be bound again.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(2)
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            return False
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_server_lifecycle_and_isolated_databases() -> None:
    server = PostgresServer()
    t0 = time.monotonic()
    server.start()
    started_in = time.monotonic() - t0
    try:
        port = server.port
        data_dir = server.data_dir
        assert data_dir.is_dir()
        assert server.url == f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"

        url_a = server.create_database("harness_a")
        url_b = server.create_database()  # auto-named
        assert url_a != url_b

        engine_a = sa.create_engine(url_a)
        engine_b = sa.create_engine(url_b)
        try:
            for engine in (engine_a, engine_b):
                with engine.connect() as conn:
                    version = conn.execute(sa.text("select version()")).scalar_one()
                    assert version.startswith("PostgreSQL"), version

            with engine_a.begin() as conn:
                conn.execute(sa.text("create table only_in_a (id int primary key)"))
                conn.execute(sa.text("insert into only_in_a values (1)"))

            inspect_a = sa.inspect(engine_a)
            inspect_b = sa.inspect(engine_b)
            assert inspect_a.has_table("only_in_a")
            assert not inspect_b.has_table("only_in_a")
        finally:
            engine_a.dispose()
            engine_b.dispose()
    finally:
        server.stop()

    assert not server.running
    assert not data_dir.exists()
    assert not data_dir.parent.exists()
    assert _port_is_free(port)
    server.stop()  # idempotent
    print(f"postgres start took {started_in:.2f}s")
