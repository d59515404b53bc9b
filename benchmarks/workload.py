"""The client side of every workload, run as `python -m benchmarks.workload '<json spec>'`.

The same code drives regserver (through `regserver_client.Registry`, in regserver's
virtualenv) and MLflow (through `mlflow.MlflowClient`, in the MLflow virtualenv), so
both sides pay the same harness overhead. Only the standard library is imported at
module level; each client library is imported by its adapter. The result is one
JSON object on the last line of stdout; times are in milliseconds for latencies and
seconds for walls and transfers.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import importlib
import inspect
import itertools
import json
import logging
import math
import multiprocessing
import os
import queue as stdqueue
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Callable, Iterator
from multiprocessing.synchronize import Barrier
from typing import Any, Protocol, cast

from benchmarks.servers import PAGE, cpu_seconds, tree_pids, tree_rss

CHUNK = 1024 * 1024  # bytes per upload/download message and per file read
LIST_FILTER_KEY = "k"
LIST_FILTER_VALUE = "v"
LIST_PAGE = 100


class Client(Protocol):
    """What every workload needs from a registry; one adapter per system."""

    def create_model(self, name: str) -> None: ...
    def create_version(self, model: str, tags: dict[str, str] | None = None) -> int: ...
    def get_version(self, model: str, version: int) -> None: ...
    def get_by_alias(self, model: str, alias: str) -> None: ...
    def set_alias(self, model: str, alias: str, version: int) -> None: ...
    def list_filtered(self, model: str) -> int: ...
    def upload(self, model: str, path: str) -> tuple[Any, str]: ...
    def download(self, handle: Any, dest_dir: str) -> str: ...
    def data_path(self) -> str: ...
    def start_run(self) -> str: ...
    def log_metric_batch(self, run_id: str, key: str, points: list[tuple[float, int, int]]) -> None: ...
    def metric_history(self, run_id: str, key: str) -> list[tuple[float, int]]: ...
    def close(self) -> None: ...


def _fsync(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _file_chunks(path: str) -> Iterator[bytes]:
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            yield chunk


class RegserverClient:
    """regserver through its Python SDK (raw stubs only where the SDK has no call)."""

    def __init__(self, target: str, data_plane: str | None = None) -> None:
        import grpc
        from regserver_client import Registry
        from regserver_client.registry import STREAM_WINDOW_OPTIONS

        self._channel = grpc.insecure_channel(
            target,
            options=[
                ("grpc.max_receive_message_length", 8 * CHUNK),
                ("grpc.max_send_message_length", 8 * CHUNK),
                *STREAM_WINDOW_OPTIONS,  # as the SDK's own channels have
            ],
        )
        # The target too: the SDK then reaches the server's HTTP data plane on the same host.
        # data_plane ("http", "grpc"; None: the SDK's own choice) forces the way blob bytes move.
        self.registry = Registry(target, channel=self._channel, data_plane=data_plane)

    def data_path(self) -> str:
        """How the SDK moves blob bytes with this server: "http", "grpc" or "signed"."""
        plane = getattr(self.registry, "_data_plane", None)
        return str(plane()[0].name) if plane is not None else "grpc"

    def create_model(self, name: str) -> None:
        self.registry.create_model(name)

    def create_version(self, model: str, tags: dict[str, str] | None = None) -> int:
        return int(self.registry.create_version(model, source=f"s3://bench/{model}", tags=tags).version)

    def get_version(self, model: str, version: int) -> None:
        self.registry.get_version(model, version)

    def get_by_alias(self, model: str, alias: str) -> None:
        self.registry.get_version_by_alias(model, alias)

    def set_alias(self, model: str, alias: str, version: int) -> None:
        self.registry.set_alias(model, alias, version)

    def list_filtered(self, model: str) -> int:
        # The SDK pages lazily: taking LIST_PAGE items fetches exactly one page.
        pages = self.registry.list_versions(
            model, filter=f'tags.{LIST_FILTER_KEY} = "{LIST_FILTER_VALUE}"', page_size=LIST_PAGE
        )
        return len(list(itertools.islice(pages, LIST_PAGE)))

    # -- artifacts: the SDK's upload_version/download when they fit, else the raw ArtifactStore flow

    def _sdk(self, name: str, *args: Any, **kwargs: Any) -> Callable[..., Any] | None:
        """The SDK method `name` if it exists and takes these arguments (the SDK is still growing)."""
        method = getattr(self.registry, name, None)
        if method is None:
            return None
        try:
            inspect.signature(method).bind(*args, **kwargs)
        except (TypeError, ValueError):
            return None
        return method  # type: ignore[no-any-return]

    def upload(self, model: str, path: str) -> tuple[Any, str]:
        upload_version = self._sdk("upload_version", model, path)
        download = self._sdk("download", model, version=1, dest=path)
        if upload_version is not None and download is not None:
            version = upload_version(model, path)
            return (model, int(version.version)), "SDK upload_version"
        return self._raw_upload(model, path), "raw WriteBlob"

    def download(self, handle: Any, dest_dir: str) -> str:
        if isinstance(handle, tuple):
            model, version = handle
            cast(Any, self.registry).download(model, version=version, dest=dest_dir)
            for root, _, names in os.walk(dest_dir):
                for name in names:
                    _fsync(os.path.join(root, name))
            return "SDK download"
        self._raw_download(handle, os.path.join(dest_dir, "artifact.bin"))
        return "raw ReadBlob"

    def _artifact_stub(self) -> Any:
        stub = getattr(self.registry, "artifacts", None)
        if stub is None:
            from regserver_client.v1 import artifacts_pb2_grpc

            stub = cast(Any, artifacts_pb2_grpc).ArtifactStoreStub(self._channel)
        return stub

    def _raw_upload(self, model: str, path: str) -> Any:
        from regserver_client.v1 import artifacts_pb2, model_pb2, model_registry_pb2

        hasher = hashlib.sha256()
        size = 0
        for chunk in _file_chunks(path):
            hasher.update(chunk)
            size += len(chunk)
        digest = artifacts_pb2.Digest(hash=hasher.hexdigest(), size_bytes=size)
        version = model_pb2.ModelVersion(
            source=f"file://{path}", files=[artifacts_pb2.ManifestEntry(path=os.path.basename(path), digest=digest)]
        )
        created = self.registry.stub.CreateModelVersion(
            model_registry_pb2.CreateModelVersionRequest(model_name=model, model_version=version)
        ).model_version
        store = self._artifact_stub()
        missing = store.FindMissingBlobs(artifacts_pb2.FindMissingBlobsRequest(blob_digests=[digest]))
        if missing.missing_blob_digests:

            def messages() -> Iterator[Any]:
                first = True
                for chunk in _file_chunks(path):
                    if first:
                        yield artifacts_pb2.WriteBlobRequest(
                            digest=digest, upload_id=uuid.uuid4().hex, write_offset=0, data=chunk
                        )
                        first = False
                    else:
                        yield artifacts_pb2.WriteBlobRequest(data=chunk)
                yield artifacts_pb2.WriteBlobRequest(finish_write=True)

            written = store.WriteBlob(messages())
            if written.committed_size != size:
                raise RuntimeError(f"WriteBlob committed {written.committed_size} of {size} bytes")
        self.registry.stub.FinalizeModelVersion(
            model_registry_pb2.FinalizeModelVersionRequest(model_name=model, version=created.version)
        )
        return digest

    def _raw_download(self, digest: Any, dest: str) -> None:
        from regserver_client.v1 import artifacts_pb2

        received = 0
        with open(dest, "wb") as f:
            for message in self._artifact_stub().ReadBlob(artifacts_pb2.ReadBlobRequest(digest=digest)):
                f.write(message.data)
                received += len(message.data)
            f.flush()
            os.fsync(f.fileno())
        if received != digest.size_bytes:
            raise RuntimeError(f"ReadBlob returned {received} of {digest.size_bytes} bytes")

    # -- tracking: one run, metric points logged in batches and read back

    def start_run(self) -> str:
        experiment = self.registry.create_experiment(f"bench-{uuid.uuid4().hex[:12]}")
        return str(self.registry.create_run(experiment.id).id)

    def log_metric_batch(self, run_id: str, key: str, points: list[tuple[float, int, int]]) -> None:
        from regserver_client.v1 import tracking_pb2

        metrics = [
            tracking_pb2.Metric(
                key=key, value=value, step=step, timestamp={"seconds": ms // 1000, "nanos": ms % 1000 * 1_000_000}
            )
            for value, step, ms in points
        ]
        self.registry.log_batch(run_id, metrics=metrics)

    def metric_history(self, run_id: str, key: str) -> list[tuple[float, int]]:
        # The largest page GetMetricHistory serves; the SDK follows next_page_token.
        return [(m.value, m.step) for m in self.registry.get_metric_history(run_id, key, page_size=10_000)]

    def close(self) -> None:
        self.registry.close()
        self._channel.close()


class MlflowClientAdapter:
    """MLflow through `mlflow.MlflowClient` against its tracking server (REST; artifacts proxied)."""

    def __init__(self, target: str) -> None:
        mlflow = importlib.import_module("mlflow")  # only in the MLflow virtualenv

        logging.getLogger("mlflow").setLevel(logging.WARNING)
        self.client = mlflow.MlflowClient(tracking_uri=target, registry_uri=target)
        self.target = target
        self._experiment: str | None = None

    def create_model(self, name: str) -> None:
        self.client.create_registered_model(name)

    def create_version(self, model: str, tags: dict[str, str] | None = None) -> int:
        return int(self.client.create_model_version(model, source=f"s3://bench/{model}", tags=tags).version)

    def get_version(self, model: str, version: int) -> None:
        self.client.get_model_version(model, str(version))

    def get_by_alias(self, model: str, alias: str) -> None:
        self.client.get_model_version_by_alias(model, alias)

    def set_alias(self, model: str, alias: str, version: int) -> None:
        self.client.set_registered_model_alias(model, alias, str(version))

    def list_filtered(self, model: str) -> int:
        found = self.client.search_model_versions(
            f"name='{model}' and tags.{LIST_FILTER_KEY}='{LIST_FILTER_VALUE}'", max_results=LIST_PAGE
        )
        return len(found)

    def upload(self, model: str, path: str) -> tuple[Any, str]:
        if self._experiment is None:
            self._experiment = self.client.create_experiment(f"bench-{uuid.uuid4().hex[:12]}")
        run = self.client.create_run(self._experiment)
        self.client.log_artifact(run.info.run_id, path)
        name = os.path.basename(path)
        self.client.create_model_version(model, source=f"{run.info.artifact_uri}/{name}", run_id=run.info.run_id)
        return (run.info.run_id, name), "log_artifact (proxied)"

    def download(self, handle: Any, dest_dir: str) -> str:
        run_id, name = handle
        local = self.client.download_artifacts(run_id, name, dest_dir)
        _fsync(local)
        return "download_artifacts (proxied)"

    def data_path(self) -> str:
        return "proxied"

    def start_run(self) -> str:
        experiment = self.client.create_experiment(f"bench-{uuid.uuid4().hex[:12]}")
        return str(self.client.create_run(experiment).info.run_id)

    def log_metric_batch(self, run_id: str, key: str, points: list[tuple[float, int, int]]) -> None:
        metric = importlib.import_module("mlflow.entities").Metric

        self.client.log_batch(run_id, metrics=[metric(key, value, ms, step) for value, step, ms in points])

    def metric_history(self, run_id: str, key: str) -> list[tuple[float, int]]:
        return [(m.value, m.step) for m in self.client.get_metric_history(run_id, key)]

    def close(self) -> None:
        pass

    def webhook_latency(self, watchers: list[int], events: list[int], settle_s: float) -> dict[str, list[float]]:
        """MLflow's nearest thing to Watch: webhooks on model_version_alias.created, all pointing at a local
        receiver. For each watcher count, latency (ms) from the start of set-alias to each delivery."""
        import http.server
        import threading

        received: dict[str, list[float]] = {}
        lock = threading.Lock()

        class Receiver(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                now = time.perf_counter()
                alias = json.loads(body).get("data", {}).get("alias", "")
                with lock:
                    received.setdefault(alias, []).append(now)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.server_address[1]
        model = f"hooks-{uuid.uuid4().hex[:8]}"
        self.create_model(model)
        version = self.create_version(model)
        results: dict[str, list[float]] = {}
        created = 0
        try:
            for count, n in zip(watchers, events, strict=True):
                while created < count:
                    self.client.create_webhook(
                        name=f"bench-{model}-{created}",
                        url=f"http://127.0.0.1:{port}/hook/{created}",
                        events=["model_version_alias.created"],
                    )
                    created += 1
                time.sleep(settle_s)  # the server caches the webhook list (MLFLOW_WEBHOOK_CACHE_TTL)
                latencies: list[float] = []
                for i in range(n):
                    alias = f"w{count}x{i}"
                    start = time.perf_counter()
                    self.set_alias(model, alias, version)
                    deadline = start + 60
                    while time.perf_counter() < deadline:
                        with lock:
                            if len(received.get(alias, ())) >= count:
                                break
                        time.sleep(0.0005)
                    with lock:
                        got = list(received.get(alias, ()))
                    if len(got) < count:
                        raise RuntimeError(f"{len(got)} of {count} webhook deliveries arrived within 60 s")
                    latencies.extend((t - start) * 1000 for t in got)
                results[str(count)] = latencies
        finally:
            server.shutdown()
        return results


def make_client(side: str, target: str, data_plane: str | None = None) -> Client:
    if side == "regserver":
        return RegserverClient(target, data_plane)
    if side == "mlflow":
        return MlflowClientAdapter(target)
    raise ValueError(f"unknown side {side!r}")


def _calls(op: Callable[[int], object], spec: dict[str, Any]) -> list[float]:
    """Latencies (ms) of up to spec["n"] calls op(0), op(1), ...: it stops early once spec["budget_s"] has
    passed and at least spec["min_n"] calls are done, so a slow system does not stretch the run."""
    n, budget, least = int(spec["n"]), float(spec.get("budget_s", math.inf)), int(spec.get("min_n", 1))
    latencies: list[float] = []
    deadline = time.perf_counter() + budget
    for i in range(n):
        start = time.perf_counter()
        op(i)
        end = time.perf_counter()
        latencies.append((end - start) * 1000)
        if end > deadline and len(latencies) >= least:
            break
    return latencies


# -- workloads ------------------------------------------------------------------------------

LATENCY_OPS = ("create_model", "create_version", "get_version", "get_by_alias", "set_alias")


def latency(client: Client, spec: dict[str, Any]) -> dict[str, Any]:
    """Single-client latency of each operation: `repeats` rounds of calls (see _calls), after `warmup` calls."""
    repeats, warmup = int(spec["repeats"]), int(spec["warmup"])
    prefix = f"lat-{uuid.uuid4().hex[:8]}"
    read_model, write_model = f"{prefix}-read", f"{prefix}-write"
    client.create_model(read_model)
    client.create_model(write_model)
    versions = [client.create_version(read_model) for _ in range(10)]
    client.set_alias(read_model, "champion", versions[0])
    counter = itertools.count()

    ops: dict[str, Callable[[int], object]] = {
        "create_model": lambda i: client.create_model(f"{prefix}-m{next(counter)}"),
        "create_version": lambda i: client.create_version(write_model),
        "get_version": lambda i: client.get_version(read_model, versions[i % len(versions)]),
        "get_by_alias": lambda i: client.get_by_alias(read_model, "champion"),
        "set_alias": lambda i: client.set_alias(read_model, "moving", versions[i % len(versions)]),
    }
    for name in LATENCY_OPS:
        for i in range(warmup):
            ops[name](i)
    samples: dict[str, list[list[float]]] = {name: [] for name in LATENCY_OPS}
    walls: dict[str, list[float]] = {name: [] for name in LATENCY_OPS}
    # Operations interleave across repeats so a noisy moment spreads over all of them.
    for _ in range(repeats):
        for name in LATENCY_OPS:
            start = time.perf_counter()
            samples[name].append(_calls(ops[name], spec))
            walls[name].append(time.perf_counter() - start)
    return {"latency_ms": samples, "wall_s": walls}


def _concurrent_worker(
    side: str, target: str, model: str, n: int, repeats: int, barrier: Barrier, results: Any, index: int
) -> None:
    client = make_client(side, target)
    for _ in range(2):
        client.create_version(model)
    errors: list[str] = []
    for repeat in range(repeats):
        barrier.wait()
        latencies = []
        for _ in range(n):
            start = time.perf_counter()
            try:
                client.create_version(model)
            except Exception as e:  # counted and reported, not fatal: contention errors are a result
                errors.append(f"{type(e).__name__}: {str(e)[:200]}")
                continue
            latencies.append((time.perf_counter() - start) * 1000)
        results.put((repeat, index, latencies, errors))
        errors = []
        barrier.wait()
    client.close()


def concurrent(client: Client, spec: dict[str, Any]) -> dict[str, Any]:
    """`clients` processes create versions of one model at once; throughput from the wall time of each round."""
    clients, n, repeats = int(spec["clients"]), int(spec["n"]), int(spec["repeats"])
    model = f"conc-{uuid.uuid4().hex[:8]}"
    client.create_model(model)
    # spawn: a forked gRPC or HTTP client is not safe to reuse.
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(clients + 1, timeout=600)
    results = ctx.Queue()
    procs = [
        ctx.Process(
            target=_concurrent_worker,
            args=(spec["side"], spec["target"], model, n, repeats, barrier, results, i),
            daemon=True,
        )
        for i in range(clients)
    ]
    for p in procs:
        p.start()
    walls = []
    for _ in range(repeats):
        barrier.wait()
        start = time.perf_counter()
        barrier.wait()
        walls.append(time.perf_counter() - start)
    latencies: list[list[float]] = [[] for _ in range(repeats)]
    errors: list[str] = []
    for _ in range(repeats * clients):
        repeat, _index, lat, errs = results.get(timeout=60)
        latencies[repeat].extend(lat)
        errors.extend(errs)
    for p in procs:
        p.join(timeout=60)
    ok = [len(rep) for rep in latencies]
    return {
        "wall_s": walls,
        "ok_ops": ok,
        "ops_per_s": [count / wall for count, wall in zip(ok, walls, strict=True)],
        "latency_ms": latencies,
        "errors": len(errors),
        "error_sample": errors[:3],
    }


def seed(client: Client, spec: dict[str, Any]) -> dict[str, Any]:
    """A model whose version 1 carries the filter tag: the template the harness bulk-copies in SQL."""
    client.create_model(spec["model"])
    version = client.create_version(spec["model"], tags={LIST_FILTER_KEY: LIST_FILTER_VALUE})
    return {"version": version}


def list_filtered(client: Client, spec: dict[str, Any]) -> dict[str, Any]:
    """First page of the model's versions carrying tags.k = "v"."""
    repeats, warmup, model = int(spec["repeats"]), int(spec["warmup"]), spec["model"]
    counts = {client.list_filtered(model) for _ in range(warmup)}
    samples = [_calls(lambda i: counts.add(client.list_filtered(model)), spec) for _ in range(repeats)]
    return {"latency_ms": samples, "counts": sorted(counts)}


def _own_cpu() -> float:
    """User + system CPU seconds of this process, every thread included."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _own_rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


class _Phase:
    """One timed phase of a transfer: its wall time, the CPU seconds this process and the server's
    process tree spent in it, and this process's peak RSS above what it held at the start (sampled
    every 50 ms on a thread, as the harness samples the server's)."""

    def __init__(self, server_pid: int | None) -> None:
        self._server_pids = tree_pids(server_pid) if server_pid else []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="rss-sampler", daemon=True)
        self.seconds = self.client_cpu = self.server_cpu = 0.0
        self.rss_before = self.rss_peak = 0

    def _sample(self) -> None:
        while not self._stop.wait(0.05):
            self.rss_peak = max(self.rss_peak, _own_rss())

    def __enter__(self) -> _Phase:
        self.rss_before = self.rss_peak = _own_rss()
        self._thread.start()
        self._server0 = cpu_seconds(self._server_pids)
        self._client0 = _own_cpu()
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self._start
        self.client_cpu = _own_cpu() - self._client0
        self.server_cpu = cpu_seconds(self._server_pids) - self._server0
        self._stop.set()
        self._thread.join()
        self.rss_peak = max(self.rss_peak, _own_rss())

    @property
    def rss_growth(self) -> int:
        return self.rss_peak - self.rss_before


def transfer(client: Client, spec: dict[str, Any]) -> dict[str, Any]:
    """Registers a version holding the file (upload), then fetches it back (download), both fsynced;
    for each, its wall time, the CPU seconds of this client process and of the server's process tree
    (`server_pid`), and this process's peak RSS growth.

    The previous repeat's stored copy (`discard`, the server's own files) and its download in
    `dest_dir` are deleted just before this upload and this download, untimed: like `cp` over its
    own previous copy in the reference, so both write into memory in the same state. (On a VM,
    memory freed more than a second or two earlier may have been handed back to the host, and
    writing into it again costs the kernel up to 2 s per GiB more.)"""
    path, dest_dir, model = spec["path"], spec["dest_dir"], spec["model"]
    server_pid = spec.get("server_pid")
    if spec.get("create_model"):
        client.create_model(model)
    for stored in spec.get("discard", []):
        os.unlink(stored)
    with _Phase(server_pid) as up:
        handle, upload_path = client.upload(model, path)
    shutil.rmtree(dest_dir, ignore_errors=True)
    os.makedirs(dest_dir)
    with _Phase(server_pid) as down:
        download_path = client.download(handle, dest_dir)
    received = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(dest_dir) for f in fs)
    if received != os.path.getsize(path):
        raise RuntimeError(f"downloaded {received} bytes, expected {os.path.getsize(path)}")
    return {
        "upload_s": up.seconds,
        "download_s": down.seconds,
        "how": f"{upload_path} / {download_path}",
        "data_path": client.data_path(),
        "cpu_s": {
            "client_upload": up.client_cpu,
            "server_upload": up.server_cpu,
            "client_download": down.client_cpu,
            "server_download": down.server_cpu,
        },
        "client_rss_growth": max(up.rss_growth, down.rss_growth),
    }


def _received_bytes(metrics_url: str) -> int:
    """The server's regserver_artifact_received_bytes counter (blob bytes its WriteBlob streams took in,
    HTTP PUTs included)."""
    import urllib.request

    with urllib.request.urlopen(metrics_url, timeout=10) as response:
        text = response.read().decode()
    for line in text.splitlines():
        if line.startswith("regserver_artifact_received_bytes"):
            return int(float(line.split()[-1]))
    raise RuntimeError(f"{metrics_url} has no regserver_artifact_received_bytes")


def _settled_received(metrics_url: str, quiet_s: float = 0.5, timeout_s: float = 30.0) -> int:
    """The counter once it has stopped moving: the server drains what a killed client had sent."""
    last = _received_bytes(metrics_url)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        time.sleep(quiet_s)
        now = _received_bytes(metrics_url)
        if now == last:
            return now
        last = now
    return last


def _upload_child(spec: dict[str, Any], **changes: Any) -> subprocess.CompletedProcess[str]:
    """`upload_once` in a new process, as a user's second run would be."""
    payload = json.dumps({**spec, "workload": "upload_once", **changes})
    return subprocess.run(
        [sys.executable, "-m", "benchmarks.workload", payload],
        stdout=subprocess.PIPE,
        text=True,
        timeout=3600,
        check=False,
    )


def resume(client: Client, spec: dict[str, Any]) -> dict[str, Any]:
    """An upload killed at `kill_at` of the file (SIGKILL from its own progress callback, in a child
    process), then run again in a new process to the end. Bytes re-sent: those the second run sent
    on top of the file's remainder after what the first had sent when it died."""
    if not isinstance(client, RegserverClient):
        raise ValueError("the resume workload is regserver's")
    path, model, metrics_url = spec["path"], spec["model"], spec["metrics_url"]
    size = os.path.getsize(path)
    if spec.get("create_model"):
        client.create_model(model)
    child = {k: spec[k] for k in ("side", "target", "data_plane", "path", "model")}
    start_count = _received_bytes(metrics_url)
    first = _upload_child(child, kill_at=float(spec["kill_at"]))
    if first.returncode != -signal.SIGKILL:
        raise RuntimeError(f"the first upload was to die by SIGKILL at {spec['kill_at']:.0%}; exit {first.returncode}")
    sent_first = int(first.stdout.split()[-1])  # its progress at the moment it killed itself
    after_kill = _settled_received(metrics_url)
    second = _upload_child(child, kill_at=None)
    if second.returncode != 0:
        raise RuntimeError(f"the second upload failed (exit {second.returncode}); see the workload log")
    rerun = json.loads(second.stdout.strip().splitlines()[-1])
    received_second = _received_bytes(metrics_url) - after_kill
    return {
        "size": size,
        "sent_first": sent_first,
        "received_first": after_kill - start_count,
        "received_second": received_second,
        "rerun_s": rerun["seconds"],
        "data_path": rerun["data_path"],
    }


def upload_once(client: Client, spec: dict[str, Any]) -> dict[str, Any]:
    """One upload_version of the file; with `kill_at`, this process SIGKILLs itself from the progress
    callback once that fraction is sent, after printing the bytes sent so far."""
    if not isinstance(client, RegserverClient):
        raise ValueError("upload_once is regserver's")
    kill_at = spec.get("kill_at")

    def progress(done: int, total: int) -> None:
        if kill_at is not None and total and done >= kill_at * total:
            sys.stdout.write(f"\n{done}\n")
            sys.stdout.flush()
            os.kill(os.getpid(), signal.SIGKILL)

    start = time.perf_counter()
    client.registry.upload_version(spec["model"], spec["path"], progress=progress)
    return {"seconds": time.perf_counter() - start, "data_path": client.data_path()}


def _watcher_process(target: str, model: str, streams: int, events: int, out: Any) -> None:
    asyncio.run(_watchers(target, model, streams, events, out))


async def _watchers(target: str, model: str, streams: int, events: int, out: Any) -> None:
    """`streams` Watch streams on alias events of `model`, on grpc.aio (one task each, 100 per channel).

    Puts ("ready",) once every stream has its opening message, then ("event", alias, receipt times) once
    every stream has received that alias's event; each stream ends after `events` events."""
    import grpc
    from regserver_client.v1 import events_pb2, events_pb2_grpc

    channels = [grpc.aio.insecure_channel(target) for _ in range((streams + 99) // 100)]
    request = events_pb2.WatchRequest(model_names=[model], event_types=[events_pb2.EVENT_TYPE_ALIAS_SET])
    opened = 0
    all_open = asyncio.Event()
    # Streams are cancelled only once every stream has its last event: tearing some down while
    # others still wait for that event would load the last measurement with the teardown.
    all_done = asyncio.Event()
    completed = 0
    received: dict[str, list[float]] = {}

    async def one(k: int) -> None:
        nonlocal opened, completed
        call = cast(Any, events_pb2_grpc).EventServiceStub(channels[k % len(channels)]).Watch(request)
        seen = 0
        first = True
        async for response in call:
            now = time.monotonic()  # CLOCK_MONOTONIC: comparable across processes on one machine
            if first:
                first = False
                opened += 1
                if opened == streams:
                    all_open.set()
            if response.WhichOneof("kind") != "event":
                continue
            times = received.setdefault(response.event.alias, [])
            times.append(now)
            if len(times) == streams:
                out.put(("event", response.event.alias, received.pop(response.event.alias)))
                completed += 1
                if completed == events:
                    all_done.set()
            seen += 1
            if seen == events:
                await all_done.wait()
                call.cancel()
                return

    tasks = [asyncio.create_task(one(k)) for k in range(streams)]
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(all_open.wait(), 60)  # a server without the opening message: go anyway
    out.put(("ready", "", []))
    await asyncio.gather(*tasks, return_exceptions=True)
    for channel in channels:
        await channel.close()


class _GoWatchers:
    """clients/go/cmd/watch-load holding `streams` streams in one process, its lines fed to `out`
    as the Python watcher processes put theirs: ("ready", "", []), then ("event", alias, times)."""

    def __init__(self, binary: str, target: str, model: str, streams: int, events: int, out: Any) -> None:
        self._proc = subprocess.Popen(
            [binary, "-target", target, "-model", model, "-streams", str(streams), "-events", str(events)],
            stdout=subprocess.PIPE,
            text=True,
        )
        self._out = out
        self._thread = threading.Thread(target=self._read, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            got = json.loads(line)
            self._out.put(("ready", "", []) if got.get("ready") else ("event", got["alias"], got["times"]))

    def join(self, timeout: float) -> None:
        try:
            self._proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        if self._proc.returncode != 0:
            raise RuntimeError(f"watch-load exited with {self._proc.returncode} (its message is on stderr)")


def watch(client: Client, spec: dict[str, Any]) -> dict[str, Any]:
    """regserver's Watch: for each count, that many streams (in up to 2 processes) watch one model's alias
    events; latency is from the start of each set-alias to each stream's receipt of its event.

    The streams go to `watch_target` when given (another replica on the same database), else to
    the server the alias is set on. With `server_pid`, the watched server's RSS is read before
    the streams open and once they are open and idle. With `go_watchers` (the path of a built
    clients/go/cmd/watch-load) the streams are held by that Go program, else by Python processes."""
    if not isinstance(client, RegserverClient):
        raise ValueError("the watch workload is regserver's")
    model = f"watched-{uuid.uuid4().hex[:8]}"
    client.create_model(model)
    version = client.create_version(model)
    ctx = multiprocessing.get_context("spawn")
    results: dict[str, list[float]] = {}
    idle_rss: dict[str, list[int]] = {}
    watch_target = spec.get("watch_target") or spec["target"]
    server_pid = spec.get("server_pid")
    for count, events in zip(spec["watchers"], spec["events"], strict=True):
        before = tree_rss(server_pid) if server_pid else 0
        queue: Any
        workers: list[Any]
        if spec.get("go_watchers"):
            queue = stdqueue.Queue()
            workers = [_GoWatchers(spec["go_watchers"], watch_target, model, count, events, queue)]
        else:
            procs = 1 if count < 100 else 2
            sizes = [count // procs + (1 if i < count % procs else 0) for i in range(procs)]
            queue = ctx.Queue()
            workers = [
                ctx.Process(target=_watcher_process, args=(watch_target, model, size, events, queue), daemon=True)
                for size in sizes
            ]
        for w in workers:
            w.start()
        for _ in workers:
            kind, _, _ = queue.get(timeout=120)
            assert kind == "ready", kind
        if server_pid:
            time.sleep(1.0)  # open and idle: the opening messages sent, nothing else
            idle_rss[str(count)] = [before, tree_rss(server_pid)]
        latencies: list[float] = []
        for i in range(events):
            alias = f"w{count}-{i}"
            time.sleep(spec["gap_s"])
            start = time.monotonic()
            client.set_alias(model, alias, version)
            for _ in workers:
                kind, got, times = queue.get(timeout=60)
                if got != alias:
                    raise RuntimeError(f"expected the event for {alias!r}, got {kind} {got!r}")
                latencies.extend((t - start) * 1000 for t in times)
        for w in workers:
            w.join(timeout=30)
        results[str(count)] = latencies
    return {"latency_ms": results, "idle_rss": idle_rss}


def webhooks(client: Client, spec: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(client, MlflowClientAdapter):
        raise ValueError("the webhook workload is MLflow's")
    return {"latency_ms": client.webhook_latency(spec["watchers"], spec["events"], float(spec["settle_s"]))}


def metric_points(i: int) -> float:
    """The value logged at step i: distinct per step, so the read-back check can tell points apart."""
    return i * 0.5 + 0.25


def metric_log(client: Client, spec: dict[str, Any]) -> dict[str, Any]:
    """`points` points of one metric of one run, logged in batches of `batch` (MLflow's log_batch takes at
    most 1000 metrics per call, regserver's LogBatch too), then the whole history read back and checked."""
    points, batch = int(spec["points"]), int(spec["batch"])
    run_id = client.start_run()
    key = "loss"
    base_ms = int(time.time() * 1000)
    start = time.perf_counter()
    for first in range(0, points, batch):
        steps = range(first, min(first + batch, points))
        client.log_metric_batch(run_id, key, [(metric_points(i), i, base_ms + i) for i in steps])
    log_s = time.perf_counter() - start
    start = time.perf_counter()
    history = client.metric_history(run_id, key)
    read_s = time.perf_counter() - start
    by_step = {step: value for value, step in history}
    problems = []
    if len(history) != points:
        problems.append(f"read {len(history):,} points, logged {points:,}")
    if sorted(by_step) != list(range(points)):
        problems.append("the steps read back are not the steps logged")
    last = by_step.get(points - 1)
    if last != metric_points(points - 1):
        problems.append(f"last value {last}, logged {metric_points(points - 1)}")
    if problems:
        raise RuntimeError("metric history is wrong: " + "; ".join(problems))
    return {"log_s": log_s, "read_s": read_s, "points": points, "last": last}


def model_flow(client: Client, spec: dict[str, Any]) -> dict[str, Any]:
    """MLflow's everyday model flow through its fluent API (MLflow's client only): in a run,
    `mlflow.sklearn.log_model(..., registered_model_name=...)` (a logged model, its files, a version),
    then `mlflow.pyfunc.load_model("models:/name/N")` and a prediction checked against the original;
    seconds per log and per load, `repeats` times after one warm-up."""
    if not isinstance(client, MlflowClientAdapter):
        raise ValueError("the model flow is MLflow's client's; regserver's SDK uploads files (see transfer)")
    mlflow = importlib.import_module("mlflow")
    np = importlib.import_module("numpy")
    linear = importlib.import_module("sklearn.linear_model")
    mlflow.set_tracking_uri(client.target)
    mlflow.set_experiment(f"bench-models-{uuid.uuid4().hex[:8]}")
    features = np.random.RandomState(0).rand(200, 8)
    model = linear.LogisticRegression().fit(features, features[:, 0] > 0.5)
    expected = model.predict(features).tolist()
    name = f"bench-model-{uuid.uuid4().hex[:8]}"
    log_s, load_s = [], []
    for i in range(int(spec["repeats"]) + 1):
        start = time.perf_counter()
        with mlflow.start_run():
            info = mlflow.sklearn.log_model(model, name="model", registered_model_name=name)
        logged = time.perf_counter() - start
        start = time.perf_counter()
        loaded = mlflow.pyfunc.load_model(f"models:/{name}/{info.registered_model_version}")
        loaded_s = time.perf_counter() - start
        if loaded.predict(features).tolist() != expected:
            raise RuntimeError("the loaded model predicts differently from the one logged")
        if i:  # the first is a warm-up
            log_s.append(logged)
            load_s.append(loaded_s)
    return {"log_s": log_s, "load_s": load_s}


WORKLOADS: dict[str, Callable[[Client, dict[str, Any]], dict[str, Any]]] = {
    "model_flow": model_flow,
    "webhooks": webhooks,
    "watch": watch,
    "latency": latency,
    "concurrent": concurrent,
    "seed": seed,
    "list": list_filtered,
    "transfer": transfer,
    "resume": resume,
    "upload_once": upload_once,
    "metric_log": metric_log,
}


def main(argv: list[str]) -> int:
    spec = json.loads(argv[0])
    client = make_client(spec["side"], spec["target"], spec.get("data_plane"))
    try:
        result = WORKLOADS[spec["workload"]](client, spec)
    except Exception:
        traceback.print_exc()
        return 1
    finally:
        client.close()
    sys.stdout.write("\n" + json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
