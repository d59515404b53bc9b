"""The audit trail, end to end over real gRPC on SQLite and PostgreSQL: what is recorded, how an
admin lists it, and `regserver audit verify` catching a row altered or deleted in the database."""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest
from regserver_client import Registry
from regserver_client.errors import NotFound, PermissionDenied, Unauthenticated, Unavailable
from regserver_client.v1 import access_pb2, audit_pb2, audit_pb2_grpc, model_registry_pb2
from sqlalchemy import text

from regserver.audit.chain import AuditFilter, AuditRecord
from regserver.audit.recorder import Recorder
from regserver.config import Settings
from regserver.store import migrate
from regserver.store.audit import SqlAuditStore
from regserver.store.engine import make_engine
from regserver.store.sql import SqlStore
from tests.support.postgres import PostgresServer
from tests.support.process import run_cli
from tests.support.server import ServerThread
from tests.test_auth import secured, token_for  # noqa: F401  (secured is a fixture)

MR = "/regserver.v1.ModelRegistry/"


def create_model(registry: Registry, name: str, request_id: str) -> None:
    registry.stub.CreateRegisteredModel(
        model_registry_pb2.CreateRegisteredModelRequest(registered_model={"name": name}),
        metadata=(("x-request-id", request_id),),
    )


def test_mutations_and_refusals_are_recorded_with_who_what_and_request_id(
    secured: tuple[ServerThread, str],  # noqa: F811
) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        viewer_secret = token_for(admin, "vic", "viewer")
        create_model(admin, "fraud", "audit-demo-1")
        admin.get_model("fraud")  # a read: not recorded
        with Registry(server.target, token=viewer_secret) as viewer:
            with pytest.raises(PermissionDenied):
                viewer.delete_model("fraud")
            with pytest.raises(PermissionDenied):
                list(viewer.list_audit_records())
        with Registry(server.target, token="rsk_" + "x" * 43) as stranger, pytest.raises(Unauthenticated):
            stranger.get_model("fraud")

        fraud = list(admin.list_audit_records(model_name="fraud"))
        assert [(r.principal, r.method, r.code) for r in fraud] == [
            ("root", MR + "CreateRegisteredModel", "OK"),
            ("vic", MR + "DeleteRegisteredModel", "PERMISSION_DENIED"),
            ("", MR + "GetRegisteredModel", "UNAUTHENTICATED"),
        ]
        created, denied, _ = fraud
        assert created.request_id == "audit-demo-1"
        assert created.resource == "registered_model.name=fraud"
        assert '"name":"fraud"' in created.after_json
        assert denied.resource == "name=fraud" and denied.after_json == ""
        assert len(denied.request_id) == 32  # the id the server assigned and returned to the caller

        refused = list(admin.list_audit_records(method="GetRegisteredModel"))
        assert [(r.principal, r.code) for r in refused] == [("", "UNAUTHENTICATED")]
        assert not list(admin.list_audit_records(principal="root", method="GetRegisteredModel"))
        assert [r.code for r in admin.list_audit_records(principal="vic")] == ["PERMISSION_DENIED"] * 2

        # Secrets never reach the trail.
        made = admin.access.CreateToken(access_pb2.CreateTokenRequest(principal="ci-bot"))
        record = list(admin.list_audit_records(method="/regserver.v1.AccessControl/CreateToken"))[-1]
        assert record.resource == "principal=ci-bot"
        assert made.secret not in record.after_json and '"secret":"<redacted>"' in record.after_json

        # Every record links to the one before it.
        every = list(admin.list_audit_records())
        assert [r.sequence for r in every] == list(range(1, len(every) + 1))
        assert all(b.previous_hash == a.hash for a, b in itertools.pairwise(every))


def test_a_refused_call_naming_no_possible_model_is_still_recorded(
    secured: tuple[ServerThread, str],  # noqa: F811
) -> None:
    """A name no model can have (PostgreSQL's column would refuse it) is kept in the request JSON only."""
    server, admin_secret = secured
    overlong = "m" * 300
    with Registry(server.target, token=admin_secret) as admin:
        viewer_secret = token_for(admin, "vic", "viewer")
        with Registry(server.target, token=viewer_secret) as viewer, pytest.raises(PermissionDenied):
            viewer.delete_model(overlong)
        [record] = admin.list_audit_records(principal="vic", method="DeleteRegisteredModel")
        assert record.code == "PERMISSION_DENIED" and record.model_name == ""
        assert overlong in record.request_json


def test_filters_by_time_and_pages(secured: tuple[ServerThread, str]) -> None:  # noqa: F811
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        create_model(admin, "m0", "r0")
        time.sleep(0.05)
        middle = time.time()
        for i in range(1, 6):
            create_model(admin, f"m{i}", f"r{i}")
        paged = list(admin.list_audit_records(method="CreateRegisteredModel", page_size=2))
        assert [r.request_id for r in paged] == [f"r{i}" for i in range(6)]
        later = list(admin.list_audit_records(method="CreateRegisteredModel", start_time=middle, page_size=2))
        assert [r.request_id for r in later] == [f"r{i}" for i in range(1, 6)]
        assert not list(admin.list_audit_records(end_time=middle - 3600))
        # A page token only continues the query it came from.
        with grpc.insecure_channel(server.target) as channel:
            stub = audit_pb2_grpc.AuditStub(channel)  # type: ignore[no-untyped-call]
            auth = (("authorization", f"Bearer {admin_secret}"),)
            page = stub.ListAuditRecords(audit_pb2.ListAuditRecordsRequest(page_size=1), metadata=auth)
            with pytest.raises(grpc.RpcError) as bad:
                stub.ListAuditRecords(
                    audit_pb2.ListAuditRecordsRequest(page_token=page.next_page_token, principal="someone"),
                    metadata=auth,
                )
            assert bad.value.code() == grpc.StatusCode.INVALID_ARGUMENT
            assert "different query" in str(bad.value.details()) or "page_token" in str(bad.value.details())


def verify(settings: Settings) -> tuple[int, str]:
    result = run_cli(["audit", "verify", "--database-url", settings.resolved_database_url])
    return result.returncode, result.stdout + result.stderr


def test_verify_catches_an_altered_and_a_deleted_record(
    settings: Settings,
    secured: tuple[ServerThread, str],  # noqa: F811
) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        for i in range(4):
            create_model(admin, f"v{i}", f"req-{i}")
        count = len(list(admin.list_audit_records()))
    code, out = verify(settings)
    assert code == 0, out
    assert f"audit trail intact: {count} records" in out

    engine = make_engine(settings.resolved_database_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE audit_records SET principal = 'mallory' WHERE sequence = 2"))
        code, out = verify(settings)
        assert code == 1 and "BROKEN at record 2" in out and "altered" in out, out
        with engine.begin() as conn:
            conn.execute(text("UPDATE audit_records SET principal = 'root' WHERE sequence = 2"))
        assert verify(settings)[0] == 0

        with engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_records WHERE sequence = 3"))
        code, out = verify(settings)
        assert code == 1 and "BROKEN at record 3" in out and "missing" in out, out
    finally:
        engine.dispose()


def test_two_replicas_writing_at_once_keep_one_chain(
    settings: Settings,
    secured: tuple[ServerThread, str],  # noqa: F811
) -> None:
    first, admin_secret = secured
    with ServerThread(dataclasses.replace(settings, auth="required")) as second:

        def create(target: str, prefix: str) -> None:
            with Registry(target, token=admin_secret) as registry:
                for i in range(8):
                    create_model(registry, f"{prefix}-{i}", f"{prefix}-{i}")

        with ThreadPoolExecutor(max_workers=4) as pool:
            done = [
                pool.submit(create, server.target, f"{server.port}-{n}") for server in (first, second) for n in (1, 2)
            ]
            for f in done:
                f.result()
    # The second replica has stopped: a graceful stop writes out what it had queued.
    with Registry(first.target, token=admin_secret) as admin:
        records = list(admin.list_audit_records(method="CreateRegisteredModel"))
    assert len(records) == 32 and all(r.code == "OK" for r in records)
    code, out = verify(settings)
    assert code == 0, out


def test_a_failed_audit_write_leaves_a_batched_call_answered(
    settings: Settings,
    secured: tuple[ServerThread, str],  # noqa: F811
) -> None:
    """Tracking records are written after the change committed: the answer stands, the failure is logged."""
    server, admin_secret = secured
    engine = make_engine(settings.resolved_database_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE audit_chain"))
        with Registry(server.target, token=admin_secret) as admin:
            admin.create_experiment("still-made")
            assert admin.get_experiment(name="still-made").name == "still-made"
            list(admin.list_audit_records())  # waits for this replica's queued records to be written
    finally:
        engine.dispose()
    assert server.server is not None and server.server.audit.failures == 1
    # Operators see it: the counter the RegserverAuditWriteFailing alert watches.
    scrape = urllib.request.urlopen(f"http://127.0.0.1:{server.server.metrics_port}/metrics", timeout=5).read()
    assert b"regserver_audit_write_failures_total 1.0" in scrape


def test_a_registry_change_that_cannot_be_audited_does_not_happen(
    settings: Settings,
    secured: tuple[ServerThread, str],  # noqa: F811
) -> None:
    """ModelRegistry, Governance and AccessControl write their record in the change's transaction."""
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        admin.create_model("fraud")
        engine = make_engine(settings.resolved_database_url)
        try:
            with engine.begin() as conn:
                conn.execute(text("ALTER TABLE audit_chain RENAME TO audit_chain_away"))
            with pytest.raises(Unavailable) as caught:
                admin.create_model("never-made")
            assert "audit_chain" in caught.value.message
            with pytest.raises(Unavailable):
                admin.set_model_tag("fraud", "team", "risk")
            with engine.begin() as conn:
                conn.execute(text("ALTER TABLE audit_chain_away RENAME TO audit_chain"))
        finally:
            engine.dispose()
        with pytest.raises(NotFound):
            admin.get_model("never-made")
        assert "team" not in admin.get_model("fraud").tags
    code, out = verify(settings)
    assert code == 0, out


def test_registry_records_hold_the_state_before_and_after(
    secured: tuple[ServerThread, str],  # noqa: F811
) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        admin.create_model("fraud", description="first")
        admin.update_model("fraud", description="second")
        admin.create_version("fraud")
        admin.set_alias("fraud", "champion", 1)
        admin.create_version("fraud")
        admin.set_alias("fraud", "champion", 2)
        token_for(admin, "ci-bot", "editor")
        created, updated = (
            admin.list_audit_records(model_name="fraud", method="CreateRegisteredModel"),
            list(admin.list_audit_records(model_name="fraud", method="UpdateRegisteredModel")),
        )
        [created_record] = created
        assert created_record.before_json == "" and '"description":"first"' in created_record.after_json
        [update] = updated
        assert '"description":"first"' in update.before_json and '"description":"second"' in update.after_json
        moves = list(admin.list_audit_records(model_name="fraud", method="SetAlias"))
        assert [m.before_json for m in moves] == [
            '{"alias":"champion","version":0}',
            '{"alias":"champion","version":1}',
        ]
        assert '"previous_version":"1"' in moves[1].after_json
        [made] = admin.list_audit_records(method="CreateToken")
        assert '"secret":"<redacted>"' in made.after_json and "rsk_" not in made.after_json + made.request_json


def test_a_record_the_database_refuses_does_not_take_its_batch_down(postgres: PostgresServer) -> None:
    """PostgreSQL refuses U+0000 in text; the records queued beside such a one are still written."""
    engine = make_engine(postgres.create_database())
    try:
        migrate.upgrade(engine)
        audit_store = SqlAuditStore(SqlStore(engine, purge_after_us=10**12))
        with ThreadPoolExecutor(2) as executor:
            recorder = Recorder(audit_store, executor)

            async def record_three() -> None:
                await recorder.start()
                for resource in ("name=a", "name=b\x00", "name=c"):
                    await recorder.record(
                        AuditRecord(1, "ana", "/regserver.v1.Tracking/CreateRun", resource, "", "r", "OK")
                    )
                await recorder.close()

            asyncio.run(record_three())
        assert recorder.failures == 1
        written = audit_store.list(AuditFilter(), None, 10)[0]
        assert [r.resource for r in written] == ["name=a", "name=c"]
        verdict = audit_store.verify()
        assert verdict.broken_at is None and verdict.checked == 2
    finally:
        engine.dispose()
