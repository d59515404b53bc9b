"""Signed URLs straight to a gs:// artifact root, end to end on the GCS emulator.

A real server (in-process, as the other GCS tests run it; a `regserver serve` subprocess where a
test needs start-up or the server's CPU time) keeps its blobs in `gcp-storage-emulator` and signs
V4 URLs with a service account key the test makes from a fresh RSA key. The bytes go to and come
from the emulator over plain HTTP, as a client holding the URLs would send them to GCS.

What the emulator cannot tell: it serves XML-API object PUT and ranged GET at `/<bucket>/<object>`
but ignores every `X-Goog-*` query parameter, so it would accept a URL with a wrong signature, an
expired one, or a request without the signed Content-Type. `assert_signed` checks each URL's V4
signature here instead, against the key's public half, rebuilding the string to sign from
Google's description (https://cloud.google.com/storage/docs/authentication/signatures). Whether
GCS lets that service account write and read the bucket, and clock skew, only a real bucket shows.
"""

from __future__ import annotations

import binascii
import calendar
import hashlib
import json
import os
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

import grpc
import pytest
import requests
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from google.rpc import error_details_pb2
from regserver_client import FailedPrecondition, ManifestEntry, Registry, RegistryError, from_rpc_error
from regserver_client.v1 import artifacts_pb2

from regserver.artifacts.backend import BlobBackend
from regserver.config import Settings
from tests.support.gcs import GcsEmulator
from tests.support.process import Spawn, clean_env, run_cli
from tests.support.server import ServerThread

MiB = 1 << 20
OCTETS = {"Content-Type": "application/octet-stream"}
EMAIL = "regserver-signer@regserver-test.iam.gserviceaccount.com"
LIFETIME = 900  # the default signed_url_seconds


# -- helpers ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceAccount:
    key_file: Path
    public_key: rsa.RSAPublicKey


@pytest.fixture(scope="session")
def service_account(tmp_path_factory: pytest.TempPathFactory) -> ServiceAccount:
    """A service account JSON key shaped as `gcloud iam service-accounts keys create` writes one."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    info = {
        "type": "service_account",
        "project_id": "regserver-test",
        "private_key_id": "0123456789abcdef",
        "private_key": pem.decode(),
        "client_email": EMAIL,
        "client_id": "100000000000000000001",
        "token_uri": "https://oauth2.googleapis.com/token",
    }
    path = tmp_path_factory.mktemp("signing") / "service-account.json"
    path.write_text(json.dumps(info))
    return ServiceAccount(path, key.public_key())


def gcs_settings(tmp_path: Path, database_url: str, gcs: GcsEmulator, key_file: Path | None) -> Settings:
    return Settings(
        port=0,
        metrics_port=0,
        http_port=0,
        data_dir=str(tmp_path / "data"),
        database_url=database_url,
        artifact_root=gcs.url(f"signed-{uuid.uuid4().hex[:12]}"),
        signing_credentials_file=str(key_file or ""),
        shutdown_grace_seconds=1.0,
        health_check_interval_seconds=0.2,
    )


@dataclass
class Running:
    server: ServerThread
    registry: Registry

    @property
    def stub(self) -> Any:  # the generated ArtifactStoreStub
        return self.registry.artifacts

    @property
    def backend(self) -> BlobBackend:
        assert self.server.server is not None
        return self.server.server.artifacts.backend


@pytest.fixture
def signing(
    database_url: str, tmp_path: Path, gcs_emulator: GcsEmulator, service_account: ServiceAccount
) -> Iterator[Running]:
    """A server on GCS that signs URLs with the test's service account key."""
    settings = gcs_settings(tmp_path, database_url, gcs_emulator, service_account.key_file)
    with ServerThread(settings) as server, Registry(server.target) as registry:
        yield Running(server, registry)


@pytest.fixture
def not_signing(database_url: str, tmp_path: Path, gcs_emulator: GcsEmulator) -> Iterator[Running]:
    """A server on GCS with no key: the emulator's anonymous credentials cannot sign."""
    settings = gcs_settings(tmp_path, database_url, gcs_emulator, None)
    with ServerThread(settings) as server, Registry(server.target) as registry:
        yield Running(server, registry)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def digest(data: bytes) -> artifacts_pb2.Digest:
    return artifacts_pb2.Digest(hash=sha(data), size_bytes=len(data))


def rpc_error(call: Any, request: Any) -> RegistryError:
    with pytest.raises(grpc.RpcError) as caught:
        call(request)
    return from_rpc_error(caught.value)


def sign_uploads(stub: Any, upload_id: str, offsets: list[int]) -> list[artifacts_pb2.SignedUrl]:
    response = stub.SignUploadUrls(artifacts_pb2.SignUploadUrlsRequest(upload_id=upload_id, part_offsets=offsets))
    return list(response.urls)


def put(url: artifacts_pb2.SignedUrl, data: bytes) -> None:
    assert url.method == "PUT"
    response = requests.put(url.url, data=data, headers=dict(url.headers), timeout=120)
    assert response.status_code == 200, response.text


def put_parts(stub: Any, upload_id: str, data: bytes, cuts: list[tuple[int, int]]) -> None:
    """PUTs data[start:end] for each (start, end), all at once, each to the URL signed for `start`."""
    urls = sign_uploads(stub, upload_id, [start for start, _ in cuts])
    with ThreadPoolExecutor(len(cuts)) as pool:
        list(pool.map(lambda job: put(job[0], data[job[1][0] : job[1][1]]), zip(urls, cuts, strict=True)))


def commit(stub: Any, upload_id: str, blob: artifacts_pb2.Digest) -> artifacts_pb2.CommitUploadResponse:
    return stub.CommitUpload(artifacts_pb2.CommitUploadRequest(upload_id=upload_id, digest=blob))


def missing(stub: Any, blob: artifacts_pb2.Digest) -> bool:
    found = stub.FindMissingBlobs(artifacts_pb2.FindMissingBlobsRequest(blob_digests=[blob]))
    return list(found.missing_blob_digests) == [blob]


def read_blob(stub: Any, blob: artifacts_pb2.Digest) -> bytes:
    return b"".join(r.data for r in stub.ReadBlob(artifacts_pb2.ReadBlobRequest(digest=blob)))


def _encode(text: str) -> str:
    return quote(text, safe="-_.~")


def assert_signed(url: artifacts_pb2.SignedUrl, public_key: rsa.RSAPublicKey, method: str) -> None:
    """The URL carries a valid GOOG4-RSA-SHA256 signature by the key over the request a client makes:
    `method`, the URL's path and query, and exactly the returned headers plus Host."""
    parts = urlsplit(url.url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    params = dict(query)
    assert params["X-Goog-Algorithm"] == "GOOG4-RSA-SHA256"
    signature = binascii.unhexlify(params.pop("X-Goog-Signature"))
    date = params["X-Goog-Date"]
    email, scope = params["X-Goog-Credential"].split("/", 1)
    assert email == EMAIL and scope == f"{date[:8]}/auto/storage/goog4_request"
    headers = {"host": parts.netloc, **{k.lower(): v.strip() for k, v in url.headers.items()}}
    assert params["X-Goog-SignedHeaders"] == ";".join(sorted(headers)), "headers signed differ from those returned"
    canonical_request = "\n".join(
        [
            method,
            parts.path,
            "&".join(f"{_encode(k)}={_encode(v)}" for k, v in sorted(params.items())),
            "".join(f"{name}:{headers[name]}\n" for name in sorted(headers)),
            ";".join(sorted(headers)),
            "UNSIGNED-PAYLOAD",
        ]
    )
    string_to_sign = "\n".join(
        ["GOOG4-RSA-SHA256", date, scope, hashlib.sha256(canonical_request.encode()).hexdigest()]
    )
    public_key.verify(signature, string_to_sign.encode(), padding.PKCS1v15(), hashes.SHA256())  # raises if not
    # It works LIFETIME seconds from its date; expire_time says so, never later.
    signed_at = calendar.timegm(time.strptime(date, "%Y%m%dT%H%M%SZ"))
    assert params["X-Goog-Expires"] == str(LIFETIME)
    assert abs(signed_at - time.time()) < 60
    assert signed_at + LIFETIME - 5 <= url.expire_time.seconds <= signed_at + LIFETIME


# -- what the server offers -------------------------------------------------------------


def test_without_a_signing_key_no_signed_urls_are_offered(not_signing: Running) -> None:
    assert not not_signing.stub.GetTransferOptions(artifacts_pb2.GetTransferOptionsRequest()).signed_urls
    stub = not_signing.stub
    data = b"weights" * 1000
    stub.WriteBlob(
        iter(
            [
                artifacts_pb2.WriteBlobRequest(digest=digest(data), upload_id=str(uuid.uuid4())),
                artifacts_pb2.WriteBlobRequest(data=data, finish_write=True),
            ]
        )
    )
    for call, request in (
        (stub.SignUploadUrls, artifacts_pb2.SignUploadUrlsRequest(upload_id="u1", part_offsets=[0])),
        (stub.SignDownloadUrl, artifacts_pb2.SignDownloadUrlRequest(digest=digest(data))),
    ):
        error = rpc_error(call, request)
        assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "SIGNED_URLS_UNAVAILABLE")
        assert "use WriteBlob and ReadBlob" in error.message, error.message


def test_with_a_signing_key_urls_point_at_the_part_objects_in_the_bucket(
    signing: Running, gcs_emulator: GcsEmulator
) -> None:
    assert signing.stub.GetTransferOptions(artifacts_pb2.GetTransferOptionsRequest()).signed_urls
    [url] = sign_uploads(signing.stub, "u1", [7 * MiB])
    prefix = signing.server.settings.artifact_root.removeprefix(f"gs://{gcs_emulator.bucket}/")
    assert url.url.startswith(f"{gcs_emulator.host}/{gcs_emulator.bucket}/{prefix}/uploads/u1/{7 * MiB:020d}?")
    assert (url.method, dict(url.headers)) == ("PUT", OCTETS)


def test_bad_sign_requests_are_invalid_argument_or_not_found(signing: Running) -> None:
    stub = signing.stub
    for upload_id, offsets, field in (
        ("", [0], "upload_id"),
        ("../escape", [0], "upload_id"),
        ("x" * 129, [0], "upload_id"),
        ("u1", [], "part_offsets"),
        ("u1", list(range(1001)), "part_offsets"),
        ("u1", [0, -5], "part_offsets[1]"),
        ("u1", [0, 4 * MiB, 0], "part_offsets"),
    ):
        request = artifacts_pb2.SignUploadUrlsRequest(upload_id=upload_id, part_offsets=offsets)
        error = rpc_error(stub.SignUploadUrls, request)
        assert (error.code, error.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "INVALID_FIELD"), (upload_id, offsets)
        assert error.metadata["field"] == field, (upload_id, offsets, error)
    # The limit itself is fine.
    assert len(sign_uploads(stub, "u1", [i * MiB for i in range(1000)])) == 1000

    unknown = rpc_error(stub.SignDownloadUrl, artifacts_pb2.SignDownloadUrlRequest(digest=digest(b"never stored")))
    assert (unknown.code, unknown.reason) == (grpc.StatusCode.NOT_FOUND, "BLOB_NOT_FOUND")
    for bad in (
        artifacts_pb2.SignDownloadUrlRequest(),
        artifacts_pb2.SignDownloadUrlRequest(digest=artifacts_pb2.Digest(hash="ab" * 31, size_bytes=1)),
        artifacts_pb2.SignDownloadUrlRequest(digest=artifacts_pb2.Digest(hash="0" * 64, size_bytes=-1)),
    ):
        assert rpc_error(stub.SignDownloadUrl, bad).code == grpc.StatusCode.INVALID_ARGUMENT


# -- uploads and downloads through the URLs ---------------------------------------------


def test_a_file_put_in_parallel_parts_commits_and_downloads_by_range(
    signing: Running, service_account: ServiceAccount
) -> None:
    stub = signing.stub
    data = os.urandom(20 * MiB + 12345)
    cuts = [(0, 7 * MiB), (7 * MiB, 14 * MiB), (14 * MiB, len(data))]
    upload_id = f"signed-{uuid.uuid4().hex}"
    urls = sign_uploads(stub, upload_id, [start for start, _ in cuts])
    for url in urls:
        assert (url.method, dict(url.headers)) == ("PUT", OCTETS)
        assert_signed(url, service_account.public_key, "PUT")
    with ThreadPoolExecutor(3) as pool:
        list(pool.map(lambda job: put(job[0], data[job[1][0] : job[1][1]]), zip(urls, cuts, strict=True)))
    assert missing(stub, digest(data))  # bytes in the bucket are not a blob until committed

    response = commit(stub, upload_id, digest(data))
    assert (response.committed_size, response.already_existed) == (len(data), False)
    assert not missing(stub, digest(data))
    assert read_blob(stub, digest(data)) == data  # ReadBlob verifies the whole blob as it serves it
    assert list(signing.backend.list_uploads()) == []  # the parts went into the blob
    assert commit(stub, upload_id, digest(data)).committed_size == len(data)  # a retried commit succeeds
    again = rpc_error(stub.SignUploadUrls, artifacts_pb2.SignUploadUrlsRequest(upload_id=upload_id, part_offsets=[0]))
    assert (again.code, again.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "UPLOAD_COMPLETE")

    url = stub.SignDownloadUrl(artifacts_pb2.SignDownloadUrlRequest(digest=digest(data))).url
    assert (url.method, dict(url.headers)) == ("GET", {})
    assert_signed(url, service_account.public_key, "GET")
    for start, end in ((0, 99), (7 * MiB - 10, 7 * MiB + 10), (len(data) - 1000, len(data) - 1)):
        ranged = requests.get(url.url, headers={"Range": f"bytes={start}-{end}"}, timeout=60)
        assert ranged.status_code == 206
        assert ranged.headers["Content-Range"] == f"bytes {start}-{end}/{len(data)}"
        assert ranged.content == data[start : end + 1]
    whole = requests.get(url.url, timeout=60)
    assert whole.status_code == 200 and sha(whole.content) == sha(data)


@pytest.mark.parametrize(
    ("cuts", "reason", "gap", "fix"),
    [
        pytest.param([(0, 100), (200, 300)], "PARTS_HOLE", (100, 199), [(100, 200)], id="hole"),
        pytest.param([(0, 150), (100, 300)], "PARTS_OVERLAP", (100, 149), [(0, 100)], id="overlap"),
        pytest.param([(0, 100), (100, 250)], "PARTS_HOLE", (250, 299), [(100, 300)], id="short"),
    ],
)
def test_parts_that_overlap_or_leave_a_hole_are_refused_naming_the_range(
    signing: Running, cuts: list[tuple[int, int]], reason: str, gap: tuple[int, int], fix: list[tuple[int, int]]
) -> None:
    """Cuts in KiB of a 300 KiB blob; `gap`, the range refused; `fix`, the parts that mend it."""
    stub = signing.stub
    kib = 1024
    data = os.urandom(300 * kib)
    upload_id = str(uuid.uuid4())
    put_parts(stub, upload_id, data, [(start * kib, end * kib) for start, end in cuts])

    error = rpc_error(stub.CommitUpload, artifacts_pb2.CommitUploadRequest(upload_id=upload_id, digest=digest(data)))
    assert (error.code, error.reason) == (grpc.StatusCode.INVALID_ARGUMENT, reason)
    first, last = gap[0] * kib, (gap[1] + 1) * kib - 1
    assert error.metadata["range"] == f"{first}-{last}"
    assert f"bytes {first}-{last}" in error.message, error.message
    assert missing(stub, digest(data))

    # Nothing was thrown away: the client sends (or re-sends, replacing) the parts that mend it.
    put_parts(stub, upload_id, data, [(start * kib, end * kib) for start, end in fix])
    assert commit(stub, upload_id, digest(data)).committed_size == len(data)
    assert read_blob(stub, digest(data)) == data


def test_bytes_that_differ_from_the_digest_are_refused_and_the_version_stays_unfinished(signing: Running) -> None:
    stub, registry = signing.stub, signing.registry
    claimed = os.urandom(3 * MiB)
    sent = bytearray(claimed)
    sent[2 * MiB] ^= 0xFF  # one flipped bit in the second part
    registry.create_model("fraud")
    version = registry.create_version("fraud", files=[ManifestEntry(path="model.bin", digest=digest(claimed))])

    upload_id = str(uuid.uuid4())
    put_parts(stub, upload_id, bytes(sent), [(0, MiB), (MiB, 3 * MiB)])
    error = rpc_error(stub.CommitUpload, artifacts_pb2.CommitUploadRequest(upload_id=upload_id, digest=digest(claimed)))
    assert (error.code, error.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "DIGEST_MISMATCH")
    assert error.metadata["expected"] == f"{sha(claimed)}/{len(claimed)}"
    assert error.metadata["actual"] == f"{sha(bytes(sent))}/{len(sent)}"
    assert missing(stub, digest(claimed))
    assert signing.backend.upload_parts(upload_id) == []  # discarded, not left for a retry to commit
    refused = rpc_error(stub.SignDownloadUrl, artifacts_pb2.SignDownloadUrlRequest(digest=digest(claimed)))
    assert refused.code == grpc.StatusCode.NOT_FOUND

    with pytest.raises(FailedPrecondition) as caught:
        registry.finalize_version("fraud", version.version)
    assert caught.value.reason == "BLOBS_MISSING"
    [failure] = [d for d in caught.value.details if isinstance(d, error_details_pb2.PreconditionFailure)]
    assert [(v.type, v.subject) for v in failure.violations] == [("BLOB_MISSING", f"{sha(claimed)}/{len(claimed)}")]
    assert "model.bin" in failure.violations[0].description


def test_two_uploads_of_the_same_bytes_at_once_both_commit_and_store_one_blob(signing: Running) -> None:
    stub = signing.stub
    data = os.urandom(4 * MiB + 1)
    cuts = [(0, 2 * MiB), (2 * MiB, len(data))]
    upload_ids = [f"twin-{i}-{uuid.uuid4().hex}" for i in range(2)]
    barrier = threading.Barrier(2)

    def upload(upload_id: str) -> artifacts_pb2.CommitUploadResponse:
        barrier.wait()
        put_parts(stub, upload_id, data, cuts)
        barrier.wait()  # both uploads' parts are in place: the commits race
        return commit(stub, upload_id, digest(data))

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(upload, upload_ids))
    assert [r.committed_size for r in results] == [len(data), len(data)]
    assert [hash for hash, _ in signing.backend.list_blobs()] == [sha(data)]
    assert list(signing.backend.list_uploads()) == []
    assert read_blob(stub, digest(data)) == data


# -- start-up ---------------------------------------------------------------------------


def test_serve_refuses_an_unusable_signing_key_in_one_line(
    tmp_path: Path, gcs_emulator: GcsEmulator, service_account: ServiceAccount
) -> None:
    user_login = tmp_path / "adc.json"
    user_login.write_text(json.dumps({"type": "authorized_user", "client_id": "x", "refresh_token": "y"}))
    broken = tmp_path / "broken.json"
    info = json.loads(service_account.key_file.read_text())
    broken.write_text(
        json.dumps({**info, "private_key": "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"})
    )
    not_json = tmp_path / "key.pem"
    not_json.write_text("-----BEGIN PRIVATE KEY-----\n")
    root = ["--artifact-root", gcs_emulator.url("startup"), "--data-dir", str(tmp_path / "data"), "--port", "0"]
    for key, code, words in (
        (user_login, 1, "holds 'authorized_user' credentials; signed URLs need a service account's JSON key"),
        (broken, 1, "is not a usable service account key"),
        (not_json, 1, "is not JSON"),
        (tmp_path / "absent.json", 2, "does not exist"),
    ):
        result = run_cli(["serve", *root, "--signing-credentials-file", str(key)], env=clean_env())
        assert result.returncode == code, result.stderr
        [line] = result.stderr.strip().splitlines()
        assert line.startswith("regserver: ") and "signing_credentials_file" in line and words in line, line
        assert str(key) in line
    local = run_cli(
        ["serve", "--data-dir", str(tmp_path / "data"), "--signing-credentials-file", str(service_account.key_file)]
    )
    assert local.returncode == 2 and "signed URLs need a gs:// artifact_root" in local.stderr, local.stderr


# -- cost -------------------------------------------------------------------------------


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc/<pid>/stat."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_server_cpu_of_a_signed_upload_beside_a_streamed_one(
    spawn: Spawn,
    tmp_path: Path,
    gcs_emulator: GcsEmulator,
    service_account: ServiceAccount,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Not a timed assertion: prints what a `regserver serve` process spends on a 256 MiB blob
    sent to signed URLs (4 parts) and committed, and on the same blob sent through WriteBlob."""
    data = os.urandom(256 * MiB)
    blob = digest(data)
    figures = {}
    for way in ("signed URLs + CommitUpload", "WriteBlob stream"):
        args = [
            "--port", "0",
            "--data-dir", str(tmp_path / way.split()[0]),
            "--artifact-root", gcs_emulator.url(f"cpu-{uuid.uuid4().hex[:12]}"),
            "--signing-credentials-file", str(service_account.key_file),
        ]  # fmt: skip
        server = spawn(args)
        server.wait_listening()
        with Registry(server.target) as registry:
            stub = registry.artifacts
            upload_id = str(uuid.uuid4())
            before, started = _cpu_seconds(server.proc.pid), time.monotonic()
            if way.startswith("signed"):
                part = 64 * MiB
                put_parts(stub, upload_id, data, [(start, start + part) for start in range(0, len(data), part)])
                assert commit(stub, upload_id, blob).committed_size == len(data)
            else:
                chunks = (data[i : i + MiB] for i in range(0, len(data), MiB))
                first = artifacts_pb2.WriteBlobRequest(digest=blob, upload_id=upload_id)
                stream = [first, *(artifacts_pb2.WriteBlobRequest(data=c) for c in chunks)]
                stream[-1].finish_write = True
                assert stub.WriteBlob(iter(stream)).committed_size == len(data)
            figures[way] = (_cpu_seconds(server.proc.pid) - before, time.monotonic() - started)
            assert not missing(stub, blob)
        server.kill()
    with capsys.disabled():
        print()
        for way, (cpu, wall) in figures.items():
            print(f"server CPU for a 256 MiB blob on the GCS emulator, {way}: {cpu:.2f} s (wall {wall:.1f} s)")


# -- the SDK -------------------------------------------------------------------------------


def test_the_sdk_sends_and_fetches_through_signed_urls_when_offered(signing: Running, tmp_path: Path) -> None:
    content = {"weights.bin": os.urandom(20 * MiB + 9), "config.json": b"{}", "empty": b""}
    for name, data in content.items():
        (tmp_path / "model").mkdir(exist_ok=True)
        (tmp_path / "model" / name).write_bytes(data)
    with Registry(signing.server.target) as client:
        assert client._data_plane()[0].name == "signed"
        client.create_model("m")
        version = client.upload_version("m", tmp_path / "model")
        assert {f.path: f.digest.hash for f in version.files} == {n: sha(d) for n, d in content.items()}
        out = client.download("m", version=version.version, dest=tmp_path / "out")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == content
    # The portable path still works against the same server.
    with Registry(signing.server.target, data_plane="grpc") as portable:
        again = portable.download("m", version=version.version, dest=tmp_path / "again")
    assert (again / "weights.bin").read_bytes() == content["weights.bin"]
