"""Blob bytes by every path a client may take (issue 20), over real gRPC and HTTP against a real
server, on SQLite and PostgreSQL:

- the digest named at the end (WriteBlob's final_digest, or CommitUpload after the bytes);
- parts written on concurrent streams and joined at commit, which must tile the blob exactly;
- the HTTP data plane (`PUT /v1/blobs/uploads/<id>`, ranged `GET /v1/blobs/sha256/<hash>`) behind
  the same tokens and permissions as WriteBlob and ReadBlob;
- the SDK on each path, its resume after the client is killed mid-upload, and its digest cache.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import httpx
import pytest
from regserver_client import Registry, digest_cache
from regserver_client.errors import from_rpc_error
from regserver_client.v1 import artifacts_pb2 as apb
from regserver_client.v1 import artifacts_pb2_grpc, model_pb2

from regserver.artifacts.backend import UploadChanged
from regserver.artifacts.local import LocalBackend
from regserver.config import Settings
from tests.support.server import ServerThread
from tests.test_auth import secured, token_for  # noqa: F401  (secured is a fixture)

READY = model_pb2.MODEL_VERSION_STATUS_READY
MIB = 1 << 20


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def digest_of(data: bytes) -> apb.Digest:
    return apb.Digest(hash=sha(data), size_bytes=len(data))


@pytest.fixture
def stub(server: ServerThread) -> Iterator[artifacts_pb2_grpc.ArtifactStoreStub]:
    with grpc.insecure_channel(server.target) as channel:
        yield artifacts_pb2_grpc.ArtifactStoreStub(channel)  # type: ignore[no-untyped-call]


@pytest.fixture
def http(server: ServerThread) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.http_url, timeout=60) as client:
        yield client


def received(server: ServerThread) -> int:
    assert server.server is not None
    return int(server.server.artifacts.bytes_received)


def write(
    stub: Any, upload_id: str, pieces: list[bytes], *, digest: apb.Digest | None = None,
    final: apb.Digest | None = None, offset: int = 0, part: bool = False, finish: bool = True,
) -> apb.WriteBlobResponse:  # fmt: skip
    """One WriteBlob stream: the pieces as messages, the last with finish_write (and final_digest)."""
    messages = []
    for i, piece in enumerate(pieces or [b""]):
        message = apb.WriteBlobRequest(data=piece)
        if i == 0:
            message.upload_id, message.write_offset, message.part = upload_id, offset, part
            if digest is not None:
                message.digest.CopyFrom(digest)
        messages.append(message)
    if finish:
        messages[-1].finish_write = True
        if final is not None:
            messages[-1].final_digest.CopyFrom(final)
    response: apb.WriteBlobResponse = stub.WriteBlob(iter(messages))
    return response


def refused(call: Any, code: grpc.StatusCode) -> Any:
    with pytest.raises(grpc.RpcError) as caught:
        call()
    error = from_rpc_error(caught.value)
    assert error.code == code, error
    return error


def missing(stub: Any, data: bytes) -> bool:
    request = apb.FindMissingBlobsRequest(blob_digests=[digest_of(data)])
    return bool(stub.FindMissingBlobs(request).missing_blob_digests)


def uploads_dir(server: ServerThread) -> Path:
    return Path(server.settings.data_dir) / "artifacts" / "uploads"


# -- the digest at the end, over gRPC ------------------------------------------------------------


def test_the_digest_may_come_with_the_last_message(stub: Any) -> None:
    data = os.urandom(3 * MIB + 17)
    pieces = [data[i : i + MIB] for i in range(0, len(data), MIB)]
    response = write(stub, "end-1", pieces, final=digest_of(data))
    assert (response.committed_size, response.already_existed) == (len(data), False)
    assert not missing(stub, data)
    status = stub.QueryWriteStatus(apb.QueryWriteStatusRequest(upload_id="end-1"))
    assert (status.committed_size, status.complete) == (len(data), True)
    # The same bytes again under another id: stored once, and the stream is told so.
    again = write(stub, "end-2", pieces, final=digest_of(data))
    assert again.already_existed


def test_a_final_digest_that_does_not_match_keeps_nothing(stub: Any, server: ServerThread) -> None:
    data = os.urandom(MIB)
    wrong = digest_of(data + b"x")
    error = refused(lambda: write(stub, "bad-end", [data], final=wrong), grpc.StatusCode.INVALID_ARGUMENT)
    assert error.reason == "DIGEST_MISMATCH"
    assert "do not match" in error.message
    assert missing(stub, data)
    refused(lambda: stub.QueryWriteStatus(apb.QueryWriteStatusRequest(upload_id="bad-end")), grpc.StatusCode.NOT_FOUND)
    assert not (uploads_dir(server) / "bad-end").exists(), "the temporary bytes were left behind"

    # finish_write with neither digest: told which field to set.
    error = refused(lambda: write(stub, "no-digest", [data]), grpc.StatusCode.INVALID_ARGUMENT)
    assert "final_digest" in error.message
    # A final digest that contradicts the first message's.
    error = refused(
        lambda: write(stub, "two-digests", [data], digest=digest_of(data), final=wrong),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert "final_digest" in error.message


def test_an_upload_sent_in_pieces_is_committed_by_digest(stub: Any) -> None:
    data = os.urandom(2 * MIB)
    first = write(stub, "later", [data[:MIB]], finish=False)
    assert first.committed_size == MIB
    status = stub.QueryWriteStatus(apb.QueryWriteStatusRequest(upload_id="later"))
    assert (status.committed_size, [(p.offset, p.size_bytes) for p in status.parts]) == (MIB, [(0, MIB)])
    write(stub, "later", [data[MIB:]], offset=MIB, finish=False)
    assert missing(stub, data)  # nothing visible before the commit
    committed = stub.CommitUpload(apb.CommitUploadRequest(upload_id="later", digest=digest_of(data)))
    assert (committed.committed_size, committed.already_existed) == (len(data), False)
    assert not missing(stub, data)
    # Committing it again with the same digest is answered the same; with another, refused.
    stub.CommitUpload(apb.CommitUploadRequest(upload_id="later", digest=digest_of(data)))
    error = refused(
        lambda: stub.CommitUpload(apb.CommitUploadRequest(upload_id="later", digest=digest_of(b"other"))),
        grpc.StatusCode.FAILED_PRECONDITION,
    )
    assert "already committed" in error.message
    error = refused(
        lambda: stub.CommitUpload(apb.CommitUploadRequest(upload_id="never", digest=digest_of(data))),
        grpc.StatusCode.NOT_FOUND,
    )
    assert "send its bytes first" in error.message


# -- parts ---------------------------------------------------------------------------------------


def test_parts_on_concurrent_streams_are_joined_and_verified(stub: Any, server: ServerThread) -> None:
    data = os.urandom(6 * MIB + 5)
    bounds = [(0, 2 * MIB), (2 * MIB, 4 * MIB), (4 * MIB, len(data))]
    part: dict[str, Any] = {"part": True, "finish": False}
    threads = [
        threading.Thread(target=write, args=(stub, "parts", [data[a:b]]), kwargs={"offset": a, **part})
        for a, b in reversed(bounds)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    status = stub.QueryWriteStatus(apb.QueryWriteStatusRequest(upload_id="parts"))
    assert [(p.offset, p.size_bytes) for p in status.parts] == [(a, b - a) for a, b in bounds]
    stub.CommitUpload(apb.CommitUploadRequest(upload_id="parts", digest=digest_of(data)))
    got = b"".join(m.data for m in stub.ReadBlob(apb.ReadBlobRequest(digest=digest_of(data))))
    assert got == data
    assert not (uploads_dir(server) / "parts").exists()


def test_parts_that_leave_a_hole_or_overlap_are_refused_naming_the_range(stub: Any) -> None:
    data = os.urandom(30)
    write(stub, "hole", [data[:10]], part=True, finish=False)
    write(stub, "hole", [data[20:]], offset=20, part=True, finish=False)
    commit = apb.CommitUploadRequest(upload_id="hole", digest=digest_of(data))
    error = refused(lambda: stub.CommitUpload(commit), grpc.StatusCode.INVALID_ARGUMENT)
    assert (error.reason, error.metadata["range"]) == ("PARTS_HOLE", "10-19")
    assert "bytes 10-19 were never sent" in error.message
    # Filling the hole makes it whole.
    write(stub, "hole", [data[10:20]], offset=10, part=True, finish=False)
    stub.CommitUpload(commit)

    write(stub, "overlap", [data[:20]], part=True, finish=False)
    write(stub, "overlap", [data[15:]], offset=15, part=True, finish=False)
    commit = apb.CommitUploadRequest(upload_id="overlap", digest=digest_of(data + b"!"))
    error = refused(lambda: stub.CommitUpload(commit), grpc.StatusCode.INVALID_ARGUMENT)
    assert (error.reason, error.metadata["range"]) == ("PARTS_OVERLAP", "15-19")

    # The end missing, and parts longer than the digest says.
    write(stub, "short", [data[:10]], part=True, finish=False)
    error = refused(
        lambda: stub.CommitUpload(apb.CommitUploadRequest(upload_id="short", digest=digest_of(data))),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert error.metadata["range"] == "10-29"
    error = refused(
        lambda: stub.CommitUpload(apb.CommitUploadRequest(upload_id="short", digest=digest_of(data[:5]))),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert error.metadata["range"] == "5-9"


def test_parts_whose_bytes_do_not_match_are_discarded(stub: Any, server: ServerThread) -> None:
    data = os.urandom(2 * MIB)
    write(stub, "liar", [data[:MIB]], part=True, finish=False)
    write(stub, "liar", [os.urandom(MIB)], offset=MIB, part=True, finish=False)
    error = refused(
        lambda: stub.CommitUpload(apb.CommitUploadRequest(upload_id="liar", digest=digest_of(data))),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert error.reason == "DIGEST_MISMATCH"
    assert missing(stub, data)
    assert not (uploads_dir(server) / "liar").exists()
    # A part names no digest, and does not end with finish_write.
    refused(
        lambda: write(stub, "p", [data], part=True, digest=digest_of(data), finish=False),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    refused(lambda: write(stub, "p2", [data], part=True), grpc.StatusCode.INVALID_ARGUMENT)


# -- the HTTP data plane ---------------------------------------------------------------------------


def test_http_put_then_commit_then_ranged_gets(http: httpx.Client, stub: Any, server: ServerThread) -> None:
    data = os.urandom(5 * MIB + 3)
    put = http.put("/v1/blobs/uploads/web-1", params={"offset": 0}, content=data)
    assert put.status_code == 200, put.text
    assert put.json() == {"committed_size": str(len(data)), "already_existed": False}
    assert missing(stub, data)
    stub.CommitUpload(apb.CommitUploadRequest(upload_id="web-1", digest=digest_of(data)))

    whole = http.get(f"/v1/blobs/sha256/{sha(data)}")
    assert whole.status_code == 200
    assert whole.content == data
    assert whole.headers["etag"] == f'"sha256:{sha(data)}"'
    assert whole.headers["accept-ranges"] == "bytes"
    ranged = http.get(f"/v1/blobs/sha256/{sha(data)}", headers={"Range": "bytes=1000-1999"})
    assert (ranged.status_code, ranged.content) == (206, data[1000:2000])
    assert ranged.headers["content-range"] == f"bytes 1000-1999/{len(data)}"
    tail = http.get(f"/v1/blobs/sha256/{sha(data)}", headers={"Range": "bytes=-10"})
    assert tail.content == data[-10:]
    head = http.head(f"/v1/blobs/sha256/{sha(data)}")
    assert (head.status_code, head.headers["content-length"], head.content) == (200, str(len(data)), b"")
    past = http.get(f"/v1/blobs/sha256/{sha(data)}", headers={"Range": f"bytes={len(data)}-"})
    assert past.status_code == 416
    assert past.json()["code"] == "out_of_range"


def test_http_put_naming_the_digest_stores_at_once_and_checks_it(http: httpx.Client, stub: Any) -> None:
    data = os.urandom(MIB)
    params: dict[str, Any] = {"offset": 0, "digest": sha(data), "size": len(data)}
    assert http.put("/v1/blobs/uploads/web-2", params=params, content=data).status_code == 200
    assert not missing(stub, data)
    again = http.put("/v1/blobs/uploads/web-3", params=params, content=data)
    assert again.json()["already_existed"] is True

    other = os.urandom(MIB)
    params = {"offset": 0, "digest": sha(other), "size": len(other)}
    bad = http.put("/v1/blobs/uploads/web-4", params=params, content=other[:-1] + b"\0")
    assert bad.status_code == 400
    assert bad.json()["code"] == "invalid_argument"
    assert "do not match" in bad.json()["message"]
    assert missing(stub, other)


@pytest.mark.parametrize(
    ("path", "params", "words"),
    [
        ("/v1/blobs/uploads/web", {"offset": "-1"}, "not a whole number"),
        ("/v1/blobs/uploads/web", {"offset": "x"}, "not a whole number"),
        ("/v1/blobs/uploads/web", {"part": "maybe"}, "true or false"),
        ("/v1/blobs/uploads/web", {"digest": "ab"}, "both digest"),
        ("/v1/blobs/uploads/web", {"digest": "ab", "size": "1"}, "SHA-256"),
        ("/v1/blobs/uploads/bad%20id!", {}, "upload_id"),
    ],
)
def test_http_bad_puts_are_400_naming_the_problem(
    http: httpx.Client, path: str, params: dict[str, str], words: str
) -> None:
    response = http.put(path, params=params, content=b"abc")
    assert response.status_code == 400, response.text
    assert words in response.json()["message"]


def test_http_gets_of_bad_or_unknown_hashes(http: httpx.Client) -> None:
    assert http.get("/v1/blobs/sha256/xyz").status_code == 400
    unknown = http.get(f"/v1/blobs/sha256/{sha(b'nothing here')}")
    assert (unknown.status_code, unknown.json()["code"]) == (404, "not_found")
    assert "is not stored" in unknown.json()["message"]


def test_http_resume_at_the_wrong_offset_is_told_where_to_resume(http: httpx.Client) -> None:
    assert http.put("/v1/blobs/uploads/web-5", params={"offset": 0}, content=b"x" * 100).status_code == 200
    wrong = http.put("/v1/blobs/uploads/web-5", params={"offset": 50}, content=b"y")
    assert wrong.status_code == 400
    assert wrong.json()["code"] == "out_of_range"
    assert "resume from 100" in wrong.json()["message"]


def test_http_data_plane_needs_the_same_token_and_role(
    secured: tuple[ServerThread, str],  # noqa: F811
) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        admin.create_model("m")
        viewer = token_for(admin, "vic", "viewer")
        editor = token_for(admin, "eddie", "editor")
    data = os.urandom(1000)
    with httpx.Client(base_url=server.http_url, timeout=30) as http:
        anonymous = http.put("/v1/blobs/uploads/a1", content=data)
        assert (anonymous.status_code, anonymous.json()["code"]) == (401, "unauthenticated")
        as_viewer = http.put("/v1/blobs/uploads/a1", content=data, headers={"Authorization": f"Bearer {viewer}"})
        assert (as_viewer.status_code, as_viewer.json()["code"]) == (403, "permission_denied")
        params: dict[str, Any] = {"digest": sha(data), "size": len(data)}
        as_editor = http.put(
            "/v1/blobs/uploads/a1", params=params, content=data, headers={"Authorization": f"Bearer {editor}"}
        )
        assert as_editor.status_code == 200
        url = f"/v1/blobs/sha256/{sha(data)}"
        assert http.get(url).status_code == 401
        got = http.get(url, headers={"Authorization": f"Bearer {viewer}"})
        assert (got.status_code, got.content) == (200, data)


def test_transfer_options_say_where_the_http_plane_is(stub: Any, server: ServerThread, settings: Settings) -> None:
    options = stub.GetTransferOptions(apb.GetTransferOptionsRequest())
    assert server.server is not None
    assert (options.http.port, options.http.scheme, options.signed_urls) == (server.server.http_port, "http", False)
    off = dataclasses.replace(settings, http_port=-1, data_dir=settings.data_dir + "-off")
    with ServerThread(off) as quiet, grpc.insecure_channel(quiet.target) as channel:
        none = artifacts_pb2_grpc.ArtifactStoreStub(channel).GetTransferOptions(apb.GetTransferOptionsRequest())  # type: ignore[no-untyped-call]
        assert not none.HasField("http")
        with Registry(quiet.target) as client:
            assert client._data_plane()[0].name == "grpc"  # nothing else offered: the portable path
    public = dataclasses.replace(
        settings, http_public_url="https://registry.example.com/", data_dir=settings.data_dir + "-pub"
    )
    with ServerThread(public) as proxied, grpc.insecure_channel(proxied.target) as channel:
        told = artifacts_pb2_grpc.ArtifactStoreStub(channel).GetTransferOptions(apb.GetTransferOptionsRequest())  # type: ignore[no-untyped-call]
        assert told.http.base_url == "https://registry.example.com"
    refused(
        lambda: stub.SignUploadUrls(apb.SignUploadUrlsRequest(upload_id="u", part_offsets=[0])),
        grpc.StatusCode.FAILED_PRECONDITION,
    )


# -- the SDK on each path ------------------------------------------------------------------------------


@pytest.fixture(params=["http", "grpc"])
def plane(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    monkeypatch.setenv("REGSERVER_CACHE_DIR", str(tmp_path / "cache"))
    return str(request.param)


def make_files(root: Path) -> dict[str, bytes]:
    content = {
        "weights.bin": os.urandom(20 * MIB + 123),  # sent while hashed
        "config.json": b'{"layers": 2}',
        "empty.txt": b"",
        "copy/weights.bin": b"",  # filled below: the same bytes at a second path
    }
    content["copy/weights.bin"] = content["weights.bin"]
    for rel, data in content.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return content


@pytest.mark.usefixtures("artifact_root")
def test_the_sdk_moves_a_tree_on_each_path(server: ServerThread, plane: str, tmp_path: Path) -> None:
    content = make_files(tmp_path / "model")
    with Registry(server.target, data_plane=plane) as client:
        assert client._data_plane()[0].name == plane
        client.create_model("m")
        version = client.upload_version("m", tmp_path / "model")
        assert version.status == READY
        assert {f.path: (f.digest.hash, f.digest.size_bytes) for f in version.files} == {
            rel: (sha(data), len(data)) for rel, data in content.items()
        }
        assert server.server is not None
        sent = server.server.artifacts.bytes_sent
        out = client.download("m", version=version.version, dest=tmp_path / "out")
        # Each distinct blob fetched once (the twin is copied), counted on either path.
        assert server.server.artifacts.bytes_sent - sent == len(content["weights.bin"]) + len(content["config.json"])
    assert {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*") if p.is_file()} == content


@pytest.mark.usefixtures("artifact_root")
def test_the_sdk_sends_and_fetches_large_blobs_in_parts(settings: Settings, plane: str, tmp_path: Path) -> None:
    parted = dataclasses.replace(settings, part_threshold_bytes=2 * MIB, part_size_bytes=MIB)
    data = os.urandom(5 * MIB + 77)
    (tmp_path / "big.bin").write_bytes(data)
    with ServerThread(parted) as server, Registry(server.target, data_plane=plane) as client:
        client.create_model("m")
        before = received(server)
        version = client.upload_version("m", tmp_path / "big.bin")
        assert received(server) - before == len(data)  # each byte once, in six parts
        assert version.files[0].digest.hash == sha(data)
        out = client.download("m", version=version.version, dest=tmp_path / "out")
        assert (out / "big.bin").read_bytes() == data


def test_two_clients_uploading_the_same_bytes_by_either_path_store_one_blob(
    server: ServerThread, tmp_path: Path
) -> None:
    data = os.urandom(24 * MIB)
    (tmp_path / "a.bin").write_bytes(data)
    (tmp_path / "b.bin").write_bytes(data)
    with Registry(server.target) as setup:
        setup.create_model("m")
    results: dict[str, Any] = {}

    def upload(name: str, plane: str, path: Path) -> None:
        with Registry(server.target, data_plane=plane) as client:
            results[name] = client.upload_version("m", path)

    runs = [
        threading.Thread(target=upload, args=("a-http", "http", tmp_path / "a.bin")),
        threading.Thread(target=upload, args=("b-grpc", "grpc", tmp_path / "b.bin")),
        threading.Thread(target=upload, args=("a-grpc", "grpc", tmp_path / "a.bin")),  # the same upload id as a-http
    ]
    for t in runs:
        t.start()
    for t in runs:
        t.join()
    assert sorted(results) == ["a-grpc", "a-http", "b-grpc"]
    assert {v.status for v in results.values()} == {READY}
    assert {v.files[0].digest.hash for v in results.values()} == {sha(data)}
    stored = [p for p in (Path(server.settings.data_dir) / "artifacts" / "blobs").rglob("*") if p.is_file()]
    assert len(stored) == 1


_KILLED_UPLOAD = textwrap.dedent(
    """
    import os, signal, sys
    from regserver_client import Registry
    target, plane, path, at = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    def progress(done, total):
        if at and done >= total * at:
            os.kill(os.getpid(), signal.SIGKILL)
    with Registry(target, data_plane=plane) as client:
        client.upload_version("m", path, progress=progress)
    """
)


def test_a_client_killed_mid_upload_resumes_on_its_next_run(server: ServerThread, plane: str, tmp_path: Path) -> None:
    data = os.urandom(128 * MIB)
    path = tmp_path / "big.bin"
    path.write_bytes(data)
    with Registry(server.target) as client:
        client.create_model("m")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    before = received(server)
    killed = subprocess.run([sys.executable, "-c", _KILLED_UPLOAD, server.target, plane, str(path), "0.5"], env=env)
    assert killed.returncode == -9
    first = received(server) - before
    assert 0 < first < len(data)
    finished = subprocess.run([sys.executable, "-c", _KILLED_UPLOAD, server.target, plane, str(path), "0"], env=env)
    assert finished.returncode == 0
    resent = received(server) - before - len(data)
    assert 0 <= resent < len(data) // 10, f"{resent} bytes sent again"
    with Registry(server.target) as client:
        version = client.get_version("m", 1)
        assert (version.status, version.files[0].digest.hash) == (READY, sha(data))


def test_the_digest_cache_skips_unchanged_files_the_server_holds(
    server: ServerThread, plane: str, tmp_path: Path
) -> None:
    data = os.urandom(20 * MIB)
    path = tmp_path / "w.bin"
    path.write_bytes(data)
    with Registry(server.target, data_plane=plane) as client:
        client.create_model("m")
        client.upload_version("m", path)
        sent = received(server)
        again = client.upload_version("m", path)
        assert received(server) == sent  # not hashed, not sent: its blob is stored
        assert (again.version, again.files[0].digest.hash) == (2, sha(data))
        changed = os.urandom(20 * MIB)
        path.write_bytes(changed)
        third = client.upload_version("m", path)
        assert received(server) - sent == len(changed)
        assert third.files[0].digest.hash == sha(changed)


def test_a_file_changed_while_it_is_sent_is_refused(
    server: ServerThread, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REGSERVER_DIGEST_CACHE", "off")
    data = os.urandom(32 * MIB)
    path = tmp_path / "moving.bin"
    path.write_bytes(data)
    changed = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > total // 2 and not changed.is_set():
            changed.set()
            with open(path, "r+b") as f:  # same size: only the bytes differ
                f.seek(-64, os.SEEK_END)
                f.write(b"\xff" * 64)

    with Registry(server.target) as client:
        client.create_model("m")
        with pytest.raises(ValueError, match="changed while it was being uploaded"):
            client.upload_version("m", path, progress=progress)
        assert not list(client.list_versions("m"))


def test_a_part_replaced_after_it_was_hashed_is_not_committed(tmp_path: Path) -> None:
    """The local backend joins exactly the parts CommitUpload hashed: one replaced since (a stream
    in another process) is UploadChanged, never a blob whose bytes differ from its name. (On GCS the
    same guarantee is the generation precondition of compose and rewrite, which the emulator ignores.)"""
    backend = LocalBackend(tmp_path)
    sink = backend.open_part("u", 0)
    sink.write(b"abc")
    sink.close()
    listed = backend.upload_parts("u")
    assert b"".join(backend.read_upload("u", 1024, listed)) == b"abc"
    sink = backend.open_part("u", 0)
    sink.write(b"xyz")
    sink.close()
    with pytest.raises(UploadChanged):
        backend.commit_upload("u", sha(b"abc"), listed)
    assert backend.blob_size(sha(b"abc")) is None
    backend.commit_upload("u", sha(b"xyz"), backend.upload_parts("u"))
    assert backend.blob_size(sha(b"xyz")) == 3


def test_an_unreachable_http_plane_falls_back_to_grpc(server: ServerThread, tmp_path: Path) -> None:
    (tmp_path / "w.bin").write_bytes(os.urandom(3 * MIB))
    with Registry(server.target, http_url="http://127.0.0.1:1") as client:  # nothing listens there
        assert client._data_plane()[0].name == "grpc"
        client.create_model("m")
        assert client.upload_version("m", tmp_path / "w.bin").status == READY


def test_the_digest_cache_stays_bounded_and_ignores_files_changed_since_hashing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(digest_cache, "MAX_ENTRIES", 10)
    cache = digest_cache.DigestCache(tmp_path / "cache" / "digests.sqlite")
    for i in range(12):
        path = tmp_path / f"f{i}"
        path.write_bytes(b"x" * i)
        cache.store(path, cache.snapshot(path), (sha(b"x" * i), i))
    kept = [i for i in range(12) if cache.lookup(tmp_path / f"f{i}") is not None]
    assert len(kept) <= 10 and 11 in kept  # the newest kept, the oldest dropped
    assert cache.lookup(tmp_path / "f11") == (sha(b"x" * 11), 11)
    # Changed between the snapshot and the store: not remembered.
    path = tmp_path / "moving"
    path.write_bytes(b"old")
    before = cache.snapshot(path)
    os.utime(path, ns=(1, 1))
    cache.store(path, before, (sha(b"old"), 3))
    assert cache.lookup(path) is None


def test_commit_upload_refuses_a_missing_digest_or_a_bad_upload_id(stub: Any) -> None:
    error = refused(
        lambda: stub.CommitUpload(apb.CommitUploadRequest(upload_id="u1")), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert error.metadata["field"] == "digest"
    bad_id = apb.CommitUploadRequest(upload_id="bad id!", digest=digest_of(b"x"))
    error = refused(lambda: stub.CommitUpload(bad_id), grpc.StatusCode.INVALID_ARGUMENT)
    assert "upload_id" in error.message
    bad_hash = apb.CommitUploadRequest(upload_id="u1", digest=apb.Digest(hash="xyz", size_bytes=1))
    error = refused(lambda: stub.CommitUpload(bad_hash), grpc.StatusCode.INVALID_ARGUMENT)
    assert "SHA-256" in error.message
