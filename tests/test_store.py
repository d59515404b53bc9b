"""The store suite: the same tests on SQLite and on a real PostgreSQL, with time under test control."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, select, text

from regserver.domain.errors import AlreadyExists, FailedPrecondition, NotFound
from regserver.domain.governance import Kind
from regserver.domain.governance import Target as Target_
from regserver.domain.listing import Target, build_query
from regserver.domain.models import NewModel, NewVersion, RequestKey, Stage
from regserver.store import migrate
from regserver.store.engine import make_engine
from regserver.store.governance import SqlGovernanceStore
from regserver.store.rows import REQUEST_ID_TTL_US
from regserver.store.schema import metadata, model_versions, registered_models
from regserver.store.sql import SqlStore

DAY = 86_400 * 1_000_000
T0 = 1_800_000_000 * 1_000_000


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def store(engine: Engine) -> SqlStore:
    migrate.upgrade(engine)
    return SqlStore(engine, purge_after_us=30 * DAY)


def test_migrations_build_exactly_the_declared_schema(engine: Engine) -> None:
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == []
    assert migrate.current_revision(engine) == migrate.head_revision()


def test_a_database_from_the_first_migration_upgrades_with_its_data_intact(engine: Engine) -> None:
    migrate.upgrade(engine, migrate.first_revision())
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO registered_models (uid, name, description, owner, create_time, update_time, revision,"
                " last_version) VALUES ('u1', 'legacy', 'old model', 'ana', 1, 2, 3, 1)"
            )
        )
        model_id = conn.execute(text("SELECT id FROM registered_models WHERE name = 'legacy'")).scalar_one()
        conn.execute(
            text(
                "INSERT INTO model_versions (model_id, version, description, stage, status, source, run_id,"
                " creator, create_time, update_time, revision) VALUES"
                " (:m, 1, '', 'PRODUCTION', 'READY', 's3://legacy', 'run', 'ana', 1, 1, 1)"
            ),
            {"m": model_id},
        )
        version_id = conn.execute(text("SELECT id FROM model_versions")).scalar_one()
        conn.execute(text("INSERT INTO model_tags (model_id, key, value) VALUES (:m, 'team', 'risk')"), {"m": model_id})
        conn.execute(text("INSERT INTO version_tags (version_id, key, value) VALUES (:v, 'k', 'v')"), {"v": version_id})
        conn.execute(
            text("INSERT INTO version_metrics (version_id, key, value) VALUES (:v, 'auc', 0.9)"), {"v": version_id}
        )
        conn.execute(
            text("INSERT INTO model_aliases (model_id, alias, version_id) VALUES (:m, 'champion', :v)"),
            {"m": model_id, "v": version_id},
        )

    migrate.upgrade(engine)
    store = SqlStore(engine, purge_after_us=DAY)
    model = store.get_model("legacy", show_deleted=False)
    assert (model.description, model.owner, model.tags, model.aliases) == (
        "old model",
        "ana",
        {"team": "risk"},
        {"champion": 1},
    )
    version = store.get_version_by_alias("legacy", "champion")
    assert (version.version, version.stage, version.source) == (1, Stage.PRODUCTION, "s3://legacy")
    assert (version.tags, version.metrics, version.files) == ({"k": "v"}, {"auc": 0.9}, [])
    assert store.create_version("legacy", NewVersion(), "ana", T0, None).version == 2
    # Alias and stage history begins at the upgrade with what was held then.
    governance = SqlGovernanceStore(store)
    for target in (Target_(Kind.ALIAS, "champion"), Target_(Kind.STAGE, "PRODUCTION")):
        [entry] = governance.history("legacy", target, None, None, 10)[0]
        assert (entry.version, entry.cause, entry.end_time) == (1, "migration", None)


def test_a_deleted_model_is_restorable_until_retention_then_purged(store: SqlStore) -> None:
    store.create_model(NewModel("m"), T0, None)
    store.create_version("m", NewVersion(source="s3://m"), "ana", T0, None)
    deleted = store.delete_model("m", "", T0 + 1)
    assert deleted.purge_time == T0 + 1 + 30 * DAY

    assert store.purge(T0 + 29 * DAY) == (0, 0)
    assert store.undelete_model("m", T0 + 29 * DAY).delete_time is None

    store.delete_model("m", "", T0 + 30 * DAY)
    too_late = T0 + 61 * DAY
    with pytest.raises(FailedPrecondition) as err:
        store.undelete_model("m", too_late)
    assert err.value.reason == "PURGED"
    assert store.purge(too_late) == (1, 0)
    with pytest.raises(NotFound):
        store.get_model("m", show_deleted=True)
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(model_versions)).scalar_one() == 0


def test_a_deleted_name_stays_taken_until_its_purge_time(store: SqlStore) -> None:
    store.create_model(NewModel("m"), T0, None)
    store.delete_model("m", "", T0)
    with pytest.raises(AlreadyExists):
        store.create_model(NewModel("m"), T0 + DAY, None)
    # Past retention the name is free even before the periodic purge ran.
    fresh = store.create_model(NewModel("m", description="new"), T0 + 31 * DAY, None)
    assert fresh.description == "new" and fresh.latest_version == 0


def test_purged_versions_do_not_give_their_numbers_back(store: SqlStore) -> None:
    store.create_model(NewModel("m"), T0, None)
    for _ in range(2):
        store.create_version("m", NewVersion(), "ana", T0, None)
    store.delete_version("m", 2, "", T0)
    assert store.purge(T0 + 31 * DAY) == (0, 1)
    with pytest.raises(NotFound):
        store.get_version("m", 2, show_deleted=True)
    assert store.create_version("m", NewVersion(), "ana", T0 + 31 * DAY, None).version == 3


def test_request_ids_expire_after_a_day(store: SqlStore) -> None:
    store.create_model(NewModel("m"), T0, None)
    key = RequestKey("CreateModelVersion", "retry-me", "same-request")
    assert store.create_version("m", NewVersion(), "ana", T0, key).version == 1
    assert store.create_version("m", NewVersion(), "ana", T0 + DAY - 1, key).version == 1
    assert store.create_version("m", NewVersion(), "ana", T0 + REQUEST_ID_TTL_US + 1, key).version == 2


def test_filtered_pages_follow_the_cursor(store: SqlStore) -> None:
    store.create_model(NewModel("m"), T0, None)
    for i in range(30):
        store.create_version("m", NewVersion(metrics={"auc": i / 100}), "ana", T0 + i, None)
    query = build_query(Target.VERSIONS, "m", "metrics.auc >= 0.25", "", 3, "", False)
    page = store.list_page(query)
    assert [v.version for v in page.items] == [30, 29, 28]
    rest = store.list_page(build_query(Target.VERSIONS, "m", "metrics.auc >= 0.25", "", 3, page.next_page_token, False))
    assert [v.version for v in rest.items] == [27, 26]
    assert rest.next_page_token == ""


def test_model_rows_are_keyed_by_id_so_a_rename_touches_one_row(store: SqlStore, engine: Engine) -> None:
    store.create_model(NewModel("a"), T0, None)
    store.create_version("a", NewVersion(), "ana", T0, None)
    store.rename_model("a", "b", "", T0 + 1)
    with engine.connect() as conn:
        names = conn.execute(select(registered_models.c.name)).scalars().all()
        owners = conn.execute(select(model_versions.c.model_id)).scalars().all()
    assert names == ["b"] and len(owners) == 1
