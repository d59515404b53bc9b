"""End to end: a real server on port 0, driven through the Python SDK, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from regserver_client import (
    AlreadyExists,
    ColumnSpec,
    Conflict,
    DataType,
    FailedPrecondition,
    ModelSignature,
    NotFound,
    Registry,
    Schema,
    Stage,
    TensorSpec,
)
from regserver_client.v1 import model_registry_pb2 as pb

from regserver.config import Settings
from tests.support.server import ServerThread


def separate_connection(target: str) -> Registry:
    # A local subchannel pool gives this client its own TCP connection.
    return Registry(target, options=[("grpc.use_local_subchannel_pool", 1)])


def test_a_trainer_registers_and_a_server_resolves_the_champion(registry: Registry) -> None:
    model = registry.create_model("fraud-detector", description="scores card payments", tags={"team": "risk"})
    assert model.name == "fraud-detector" and model.uid and model.etag
    assert model.create_time.seconds > 0

    signature = ModelSignature(
        inputs=Schema(columns=[ColumnSpec(name="amount", data_type=DataType.DATA_TYPE_FLOAT64)]),
        outputs=Schema(tensors=[TensorSpec(name="score", data_type=DataType.DATA_TYPE_FLOAT32, shape=[-1, 1])]),
    )
    v1 = registry.create_version(
        "fraud-detector",
        source="gs://models/fraud/1",
        run_id="run-1",
        metrics={"auc": 0.91},
        tags={"framework": "xgboost"},
        signature=signature,
    )
    assert (v1.version, v1.stage, v1.creator) == (1, Stage.STAGE_NONE, "anonymous")
    assert v1.signature == signature
    assert dict(v1.metrics) == {"auc": 0.91}

    registry.transition_stage("fraud-detector", 1, "Production")
    registry.set_alias("fraud-detector", "champion", 1)
    champion = registry.get_version_by_alias("fraud-detector", "champion")
    assert champion.version == 1 and champion.stage == Stage.STAGE_PRODUCTION
    assert list(champion.aliases) == ["champion"]
    assert champion.source == "gs://models/fraud/1" and champion.signature == signature

    got = registry.get_model("fraud-detector")
    assert [(a.alias, a.version) for a in got.aliases] == [("champion", 1)]
    assert got.latest_version == 1


def test_32_concurrent_creates_get_versions_1_to_32(registry: Registry, server: ServerThread) -> None:
    registry.create_model("busy")
    clients = [separate_connection(server.target) for _ in range(32)]
    barrier = threading.Barrier(32)

    def create(client: Registry) -> int:
        barrier.wait()
        return client.create_version("busy", source="s3://b").version

    try:
        with ThreadPoolExecutor(32) as pool:
            numbers = list(pool.map(create, clients))
    finally:
        for c in clients:
            c.close()
    assert sorted(numbers) == list(range(1, 33))
    assert sorted(v.version for v in registry.list_versions("busy")) == list(range(1, 33))
    assert registry.get_model("busy").latest_version == 32


def test_version_numbers_are_never_reused_after_a_delete(registry: Registry) -> None:
    registry.create_model("m")
    for _ in range(3):
        registry.create_version("m")
    registry.delete_version("m", 3)
    assert registry.create_version("m").version == 4


def test_stale_etag_is_aborted_and_changes_nothing(registry: Registry) -> None:
    model = registry.create_model("m", description="first")
    registry.update_model("m", description="second", etag=model.etag)
    with pytest.raises(Conflict) as err:
        registry.update_model("m", description="third", etag=model.etag)
    assert err.value.reason == "ETAG_MISMATCH"
    assert registry.get_model("m").description == "second"

    version = registry.create_version("m")
    registry.update_version("m", 1, description="a", etag=version.etag)
    with pytest.raises(Conflict):
        registry.delete_version("m", 1, etag=version.etag)
    assert registry.get_version("m", 1).description == "a"


def test_a_retried_create_returns_the_first_result_and_creates_nothing(registry: Registry) -> None:
    first_model = registry.create_model("m", request_id="req-model-1")
    assert registry.create_model("m", request_id="req-model-1").uid == first_model.uid

    first = registry.create_version("m", source="s3://a", request_id="req-1")
    again = registry.create_version("m", source="s3://a", request_id="req-1")
    assert (again.version, again.create_time) == (first.version, first.create_time)
    assert [v.version for v in registry.list_versions("m")] == [1]

    with pytest.raises(Conflict) as err:
        registry.create_version("m", source="s3://other", request_id="req-1")
    assert err.value.reason == "REQUEST_ID_REUSED"
    assert [v.version for v in registry.list_versions("m")] == [1]


def test_rename_keeps_versions_aliases_and_tags(registry: Registry) -> None:
    before = registry.create_model("old-name", tags={"team": "risk"})
    for _ in range(2):
        registry.create_version("old-name")
    registry.set_alias("old-name", "champion", 2)

    renamed = registry.rename_model("old-name", "new-name")
    assert renamed.uid == before.uid and dict(renamed.tags) == {"team": "risk"}
    assert [(a.alias, a.version) for a in renamed.aliases] == [("champion", 2)]
    assert registry.get_version_by_alias("new-name", "champion").model_name == "new-name"
    assert [v.version for v in registry.list_versions("new-name")] == [2, 1]
    with pytest.raises(NotFound):
        registry.get_model("old-name")
    # The old name is free again.
    registry.create_model("old-name")


def test_soft_delete_then_undelete_restores_everything(registry: Registry) -> None:
    registry.create_model("m", description="d", tags={"k": "v"})
    registry.create_version("m", tags={"x": "y"})
    registry.create_version("m")
    registry.transition_stage("m", 2, "production")
    registry.set_alias("m", "champion", 2)
    before = registry.get_model("m")

    deleted = registry.delete_model("m")
    assert deleted.delete_time.seconds > 0 and deleted.purge_time.seconds > deleted.delete_time.seconds
    with pytest.raises(NotFound):
        registry.get_model("m")
    with pytest.raises(NotFound):
        registry.get_version("m", 1)
    with pytest.raises(NotFound):
        registry.get_version_by_alias("m", "champion")
    assert [m.name for m in registry.list_models()] == []
    assert [m.name for m in registry.list_models(show_deleted=True)] == ["m"]
    assert registry.get_model("m", show_deleted=True).delete_time.seconds > 0
    with pytest.raises(AlreadyExists):
        registry.create_model("m")

    restored = registry.undelete_model("m")
    assert (restored.description, dict(restored.tags), restored.uid) == ("d", {"k": "v"}, before.uid)
    assert [(a.alias, a.version) for a in restored.aliases] == [("champion", 2)]
    assert not restored.HasField("delete_time")
    assert registry.get_version_by_alias("m", "champion").stage == Stage.STAGE_PRODUCTION
    assert dict(registry.get_version("m", 1).tags) == {"x": "y"}


def test_deleting_a_version_removes_its_aliases_and_undelete_restores_free_ones(registry: Registry) -> None:
    registry.create_model("m")
    for _ in range(3):
        registry.create_version("m")
    registry.set_alias("m", "champion", 1)
    registry.set_alias("m", "challenger", 1)

    deleted = registry.delete_version("m", 1)
    assert list(deleted.aliases) == []
    with pytest.raises(NotFound):
        registry.get_version_by_alias("m", "champion")
    assert [a.alias for a in registry.get_model("m").aliases] == []
    assert [v.version for v in registry.list_versions("m")] == [3, 2]
    assert [v.version for v in registry.list_versions("m", show_deleted=True)] == [3, 2, 1]

    registry.set_alias("m", "challenger", 2)  # taken while version 1 was deleted
    restored = registry.undelete_version("m", 1)
    assert list(restored.aliases) == ["champion"]
    assert registry.get_version_by_alias("m", "challenger").version == 2
    with pytest.raises(FailedPrecondition) as err:
        registry.undelete_version("m", 1)
    assert err.value.reason == "NOT_DELETED"


def test_setting_an_alias_moves_it_atomically(registry: Registry) -> None:
    registry.create_model("m")
    for _ in range(2):
        registry.create_version("m")
    response = registry.stub.SetAlias(pb.SetAliasRequest(model_name="m", alias="champion", version=1))
    assert response.previous_version == 0
    response = registry.stub.SetAlias(pb.SetAliasRequest(model_name="m", alias="champion", version=2))
    assert response.previous_version == 1 and list(response.model_version.aliases) == ["champion"]
    assert list(registry.get_version("m", 1).aliases) == []
    assert registry.delete_alias("m", "champion") == 2
    with pytest.raises(NotFound):
        registry.get_version_by_alias("m", "champion")


def test_archive_existing_keeps_exactly_one_production_version_under_concurrency(
    registry: Registry, server: ServerThread
) -> None:
    registry.create_model("m")
    for _ in range(8):
        registry.create_version("m")
    stop = threading.Event()
    seen: list[int] = []

    def watch_production() -> None:
        with separate_connection(server.target) as reader:
            while not stop.is_set():
                seen.append(len(list(reader.list_versions("m", filter="stage = PRODUCTION"))))

    def promote(version: int) -> None:
        with separate_connection(server.target) as client:
            for _ in range(3):
                client.transition_stage("m", version, "production", archive_existing_versions=True)

    reader = threading.Thread(target=watch_production)
    reader.start()
    try:
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(promote, range(1, 9)))
    finally:
        stop.set()
        reader.join()
    production = list(registry.list_versions("m", filter="stage = PRODUCTION"))
    assert len(production) == 1
    assert len(list(registry.list_versions("m", filter="stage = ARCHIVED"))) == 7
    assert seen and max(seen) <= 1


def test_transition_reports_the_versions_it_archived(registry: Registry) -> None:
    registry.create_model("m")
    for _ in range(3):
        registry.create_version("m")
    registry.transition_stage("m", 1, "production")
    registry.transition_stage("m", 2, "production")  # without archiving: two PRODUCTION versions
    response = registry.stub.TransitionModelVersionStage(
        pb.TransitionModelVersionStageRequest(
            model_name="m", version=3, stage=Stage.STAGE_PRODUCTION, archive_existing_versions=True
        )
    )
    assert sorted(v.version for v in response.archived_versions) == [1, 2]
    assert all(v.stage == Stage.STAGE_ARCHIVED for v in response.archived_versions)
    assert [v.version for v in registry.list_versions("m", filter="stage = PRODUCTION")] == [3]


def test_filters_run_on_every_documented_field(registry: Registry) -> None:
    registry.create_model("alpha", owner="ana", tags={"team": "risk", "team/sub": "cards"})
    registry.create_model("Beta", owner="bo", tags={"team": "growth"})
    registry.create_version("alpha", run_id="r1", metrics={"auc": 0.8}, tags={"env": "prod"}, source="s3://a/1")
    registry.create_version("alpha", run_id="r2", metrics={"auc": 0.95}, source="s3://a/2")
    registry.create_version("Beta", run_id="r3", metrics={"auc": 0.99}, tags={"env": "dev"})
    registry.transition_stage("alpha", 2, "staging")
    registry.set_alias("alpha", "champion", 1)

    def models(f: str) -> list[str]:
        return [m.name for m in registry.list_models(filter=f)]

    def versions(f: str, model: str = "") -> list[tuple[str, int]]:
        return [(v.model_name, v.version) for v in registry.list_versions(model, filter=f)]

    assert models('tags.team = "risk"') == ["alpha"]
    assert models('tags.`team/sub` = "cards"') == ["alpha"]
    assert models('NOT tags.team = "risk"') == ["Beta"]
    assert models('owner = "bo" OR name = "alpha"') == ["Beta", "alpha"]
    assert models('aliases = "champion"') == ["alpha"]
    assert models('aliases != "champion"') == ["Beta"]
    # LIKE is case-sensitive on both databases, ILIKE is not.
    assert models('name LIKE "b%"') == []
    assert models('name ILIKE "b%"') == ["Beta"]
    # A backslash escapes LIKE wildcards the same way on both databases.
    registry.create_model("pct", tags={"rate": "100%", "path": "a\\b"})
    assert models('tags.rate LIKE "100\\\\%"') == ["pct"]
    assert models('tags.rate LIKE "1\\\\%"') == []
    assert models('tags.path LIKE "a\\\\\\\\b"') == ["pct"]
    registry.delete_model("pct")
    assert models('create_time > "2000-01-01T00:00:00Z" AND update_time < "2100-01-01T00:00:00Z"') == [
        "Beta",
        "alpha",
    ]

    assert versions("metrics.auc > 0.9") == [("Beta", 1), ("alpha", 2)]
    assert versions("metrics.auc >= 0.8 AND NOT (stage = STAGING)", "alpha") == [("alpha", 1)]
    assert versions('run_id = "r1" OR tags.env = "dev"') == [("Beta", 1), ("alpha", 1)]
    assert versions('aliases = "champion"') == [("alpha", 1)]
    assert versions("version >= 2") == [("alpha", 2)]
    assert versions('name = "Beta"') == [("Beta", 1)]
    assert versions("status = READY", "Beta") == [("Beta", 1)]
    assert versions('source LIKE "s3://a/%" AND creator = "anonymous"') == [("alpha", 2), ("alpha", 1)]
    assert versions("metrics.missing > 0") == []


def test_pages_are_keyset_cursors_that_neither_skip_nor_repeat(registry: Registry) -> None:
    registry.create_model("m")
    for _ in range(250):
        registry.create_version("m")
    first = registry.stub.ListModelVersions(pb.ListModelVersionsRequest(model_name="m", page_size=100))
    assert [v.version for v in first.model_versions] == list(range(250, 150, -1))
    # Rows added between pages do not shift the next page.
    registry.create_version("m")
    second = registry.stub.ListModelVersions(
        pb.ListModelVersionsRequest(model_name="m", page_size=100, page_token=first.next_page_token)
    )
    assert [v.version for v in second.model_versions] == list(range(150, 50, -1))
    third = registry.stub.ListModelVersions(
        pb.ListModelVersionsRequest(model_name="m", page_size=100, page_token=second.next_page_token)
    )
    assert [v.version for v in third.model_versions] == list(range(50, 0, -1))
    assert third.next_page_token == ""

    ascending = [v.version for v in registry.list_versions("m", order_by="create_time asc", page_size=7)]
    assert ascending == list(range(1, 252))


def test_models_page_in_name_order_with_any_page_size(registry: Registry) -> None:
    names = [f"model-{i:03d}" for i in range(25)]
    for name in reversed(names):
        registry.create_model(name)
    assert [m.name for m in registry.list_models(page_size=4)] == names
    newest_first = [m.name for m in registry.list_models(order_by="create_time desc", page_size=3)]
    assert newest_first == names


def test_update_masks_change_only_what_they_name(registry: Registry) -> None:
    registry.create_model("m", description="d", owner="ana", tags={"a": "1", "b": "2"})
    registry.set_model_tag("m", "c", "3")
    registry.delete_model_tag("m", "a")
    registry.set_model_tag("m", "team/owner", "x")
    model = registry.get_model("m")
    assert dict(model.tags) == {"b": "2", "c": "3", "team/owner": "x"}
    assert (model.description, model.owner) == ("d", "ana")

    updated = registry.update_model("m", owner="bo")
    assert (updated.description, updated.owner) == ("d", "bo")
    replaced = registry.update_model("m", tags={"only": "this"})
    assert dict(replaced.tags) == {"only": "this"}

    registry.create_version("m", tags={"k": "v"}, description="first")
    registry.set_version_tag("m", 1, "k2", "v2")
    version = registry.update_version("m", 1, description="second")
    assert dict(version.tags) == {"k": "v", "k2": "v2"} and version.description == "second"


def test_data_survives_a_server_restart(settings: Settings) -> None:
    with ServerThread(settings) as first, Registry(first.target) as client:
        client.create_model("durable", tags={"k": "v"})
        client.create_version("durable", source="s3://d", metrics={"auc": 0.7})
        client.set_alias("durable", "champion", 1)
    with ServerThread(settings) as second, Registry(second.target) as client:
        version = client.get_version_by_alias("durable", "champion")
        assert (version.version, version.source, dict(version.metrics)) == (1, "s3://d", {"auc": 0.7})
        assert dict(client.get_model("durable").tags) == {"k": "v"}
        assert client.create_version("durable").version == 2
