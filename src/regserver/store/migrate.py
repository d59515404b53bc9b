"""Schema migrations: `regserver migrate` and start-up upgrades go through here."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

_SCRIPTS = Path(__file__).with_name("migrations")
# Several replicas may start at once against one PostgreSQL; one migrates.
_PG_LOCK_KEY = 0x7265677365727665  # "regserve"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_SCRIPTS))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = _config()
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # SQLite migrations may rebuild a table (copy, drop, rename); with foreign keys on,
            # the drop would cascade into child tables. The pragma only works outside a transaction.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def first_revision() -> str:
    revisions = list(ScriptDirectory.from_config(_config()).walk_revisions())
    return revisions[-1].revision


def known_revisions() -> set[str]:
    return {r.revision for r in ScriptDirectory.from_config(_config()).walk_revisions()}


def history() -> list[tuple[str, str]]:
    """(revision, description) from the first migration to the newest."""
    revisions = list(ScriptDirectory.from_config(_config()).walk_revisions())
    return [(r.revision, (r.doc or "").strip()) for r in reversed(revisions)]
