"""Runs every workload against regserver (SQLite, PostgreSQL) and MLflow, one system at a time, and writes the table."""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import primitives, stats
from benchmarks.bulkload import RegserverLoader, extend_mlflow
from benchmarks.report import (
    NO_WATCH,
    PROFILE_FULL_METRIC_POINTS,
    RESUME_KILL_AT,
    WATCH_GAP_S,
    Environment,
    Profile,
    Resume,
    RunResult,
    SystemResult,
    Transfer,
    load_average,
    render,
)
from benchmarks.servers import (
    MLFLOW_VENV,
    MLFLOW_WORKERS,
    REPO,
    WEBHOOK_CACHE_TTL_S,
    MlflowServer,
    RegserverProcess,
    RssSampler,
    ServerProcess,
    ensure_mlflow,
    mlflow_env,
    mlflow_python,
    tree_rss,
)

MIB = 1024 * 1024
GIB = 1024 * MIB

PROFILES = {
    # Tiny, regserver on SQLite only: the smoke test's run, so the harness cannot rot.
    "smoke": Profile(
        mode="smoke",
        latency_n=5, latency_repeats=2, warmup=2, budget_s=1.0, min_n=3,
        clients=2, concurrent_n=3, concurrent_repeats=1,
        list_versions=200, list_n=5, list_repeats=2,
        transfer_bytes=4 * MIB, transfer_repeats=1,
        scaling=(200, 1_000),
        watchers=(1, 10), watch_events=(3, 2),
        metric_points=2_000,
        resume_bytes=8 * MIB,
    ),
    # About 6 minutes once MLflow is installed (MLflow logs the 100,000 metric points in ~35 s).
    "quick": Profile(
        mode="quick",
        latency_n=100, latency_repeats=5, warmup=10, budget_s=1.0, min_n=30,
        clients=8, concurrent_n=25, concurrent_repeats=3,
        list_versions=10_000, list_n=40, list_repeats=5,
        transfer_bytes=1 * GIB, transfer_repeats=3,
        scaling=(10_000, 100_000),
        watchers=(1, 100, 1_000), watch_events=(20, 10, 5),
        webhooks=(1, 100), webhook_events=(20, 10),
        metric_points=PROFILE_FULL_METRIC_POINTS,
        model_repeats=5,
        transfer_parts=4, resume_bytes=2 * GIB,
    ),
    "full": Profile(
        mode="full",
        latency_n=300, latency_repeats=7, warmup=20, budget_s=10.0, min_n=100,
        clients=8, concurrent_n=100, concurrent_repeats=5,
        list_versions=10_000, list_n=100, list_repeats=7,
        transfer_bytes=2 * GIB, transfer_repeats=3,
        scaling=(10_000, 100_000, 1_000_000),
        watchers=(1, 100, 1_000), watch_events=(50, 20, 10),
        webhooks=(1, 100, 1_000), webhook_events=(50, 20, 5),
        metric_points=PROFILE_FULL_METRIC_POINTS,
        model_repeats=10,
        transfer_parts=4, resume_bytes=2 * GIB, huge_bytes=10 * GIB,
    ),
}  # fmt: skip

LIST_MODEL = "listed"
TRANSFER_MODEL = "artifacts"
RESUME_MODEL = "resumed"
HUGE_MODEL = "huge"


@dataclass(frozen=True)
class DataPath:
    """A way of moving the file: its label in the tables, and the SDK's data_plane forced (None: the
    client's own way, reported back)."""

    label: str
    data_plane: str | None = None


PATH_LABELS = {"http": "HTTP data plane", "grpc": "gRPC streams", "signed": "signed URLs", "proxied": "proxied"}
# regserver's SDK, both ways its server offers on local disk; MLflow's client, its artifact proxy.
REGSERVER_PATHS = (DataPath(PATH_LABELS["http"], "http"), DataPath(PATH_LABELS["grpc"], "grpc"))
MLFLOW_PATHS = (DataPath(PATH_LABELS["proxied"]),)


def log(message: str) -> None:
    print(f"[{datetime.now().strftime('%H:%M:%S')}] {message}", flush=True)


@dataclass
class Context:
    profile: Profile
    work: Path
    logs: Path
    mlflow_workers: int
    source: Path = field(default_factory=Path)
    # The built clients/go/cmd/watch-load that holds the Watch streams, or "" for Python watchers.
    go_watchers: str = ""


def run_workload(ctx: Context, side: str, target: str, workload: str, **spec: Any) -> dict[str, Any]:
    """One `python -m benchmarks.workload` in the side's own virtualenv; returns its JSON result."""
    python = str(mlflow_python()) if side == "mlflow" else sys.executable
    env = mlflow_env() if side == "mlflow" else dict(os.environ)
    env["REGSERVER_CACHE_DIR"] = str(ctx.work / "digest-cache")  # the SDK's digest cache: this run's own
    payload = json.dumps({"side": side, "target": target, "workload": workload, **spec})
    with open(ctx.logs / f"workload-{side}.log", "a") as err:
        err.write(f"--- {workload} {payload}\n")
        err.flush()
        done = subprocess.run(
            [python, "-m", "benchmarks.workload", payload],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            timeout=3600,
            check=False,
        )
    if done.returncode != 0:
        tail = (ctx.logs / f"workload-{side}.log").read_text(errors="replace").splitlines()[-30:]
        raise RuntimeError(f"{side} workload {workload!r} failed (exit {done.returncode}):\n" + "\n".join(tail))
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def build_watch_load(ctx: Context) -> str:
    """Builds the Go watcher load (clients/go/cmd/watch-load); "" (Python watchers) without Go."""
    if shutil.which("go") is None:
        log("no Go toolchain: the Watch streams are held by Python processes")
        return ""
    binary = ctx.work / "watch-load"
    with open(ctx.logs / "watch-load-build.log", "w") as out:
        built = subprocess.run(
            ["go", "build", "-o", str(binary), "./cmd/watch-load"],
            cwd=REPO / "clients" / "go",
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if built.returncode != 0:
        log(f"building clients/go/cmd/watch-load failed (see {ctx.logs / 'watch-load-build.log'}): Python watchers")
        return ""
    return str(binary)


# -- the artifact source and the cp reference -----------------------------------------------


def make_source(path: Path, size: int) -> None:
    """A file of incompressible bytes (a random block repeated), written once."""
    block = os.urandom(min(size, 64 * MIB))
    with open(path, "wb") as f:
        written = 0
        while written < size:
            piece = block[: size - written]
            f.write(piece)
            written += len(piece)
        f.flush()
        os.fsync(f.fileno())


def vary_source(path: Path) -> None:
    """New leading bytes: a new digest, so a content-addressed store cannot skip the upload."""
    with open(path, "r+b") as f:
        f.write(os.urandom(32))


def cp_once(ctx: Context, source: Path, keep: Path | None = None) -> tuple[float, float]:
    """One `cp` of the file on the same disk: seconds without and with fsync of the copy, which is deleted
    after; or, with `keep`, left there until the next cp to `keep` deletes it just before copying, as
    each transfer deletes its previous copy just before writing (so each writes into memory freed a
    moment before: memory this VM has not touched for a while costs up to 3x more to write into)."""
    vary_source(source)
    target = keep or ctx.work / "cp-copy.bin"
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run(["cp", str(source), str(target)], check=True)
    copied = time.perf_counter() - start
    fd = os.open(target, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)
    durable = time.perf_counter() - start
    if keep is None:
        target.unlink()
    return copied, durable


def cp_reference(ctx: Context) -> tuple[list[float], list[float]]:
    """`cp` of the source on the same disk: seconds without and with fsync of the copy."""
    plain, durable = [], []
    for _ in range(max(3, ctx.profile.transfer_repeats)):  # cheap, and noisier than it looks
        copied, synced = cp_once(ctx, ctx.source)
        plain.append(copied)
        durable.append(synced)
    return plain, durable


def sha256_rate(path: Path, limit: int = 256 * MIB) -> float:
    """MB/s of SHA-256 on one core over (the start of) the source, already in the page cache."""
    hasher = hashlib.sha256()
    done = 0
    with open(path, "rb") as f:
        f.read(limit)  # warm the cache
        f.seek(0)
        start = time.perf_counter()
        while done < limit and (chunk := f.read(MIB)):
            hasher.update(chunk)
            done += len(chunk)
    return done / 1e6 / (time.perf_counter() - start)


def mb_per_s(size: int, seconds: list[float]) -> stats.Summary:
    return stats.values([size / 1e6 / s for s in seconds])


# -- one system -----------------------------------------------------------------------------


def measure_system(
    ctx: Context,
    result: SystemResult,
    server: ServerProcess,
    side: str,
    *,
    extend_list: Callable[[int], float],
    blob_dir: Path,
    extra_tree: int | None = None,
) -> None:
    """Every comparison workload against one running server."""
    p = ctx.profile
    time.sleep(1.0)
    result.rss_rest = tree_rss(server.pid)
    if extra_tree is not None:
        result.extra_rss_rest = tree_rss(extra_tree)

    log(f"{result.name}: latency ({p.latency_repeats} x {p.latency_n} calls each)")
    lat = run_workload(
        ctx, side, server.target, "latency",
        n=p.latency_n, repeats=p.latency_repeats, warmup=p.warmup, budget_s=p.budget_s, min_n=p.min_n,
    )  # fmt: skip
    result.latency = {op: stats.latency(samples) for op, samples in lat["latency_ms"].items()}
    calls = [len(rep) for rep in lat["latency_ms"]["create_version"]]
    result.create1_tput = stats.values(
        [c / wall for c, wall in zip(calls, lat["wall_s"]["create_version"], strict=True)]
    )

    log(f"{result.name}: create version from {p.clients} client processes ({p.concurrent_repeats} x {p.concurrent_n})")
    before = tree_rss(server.pid)
    with RssSampler(server.pid) as sampler:
        conc = run_workload(
            ctx, side, server.target, "concurrent", clients=p.clients, n=p.concurrent_n, repeats=p.concurrent_repeats
        )
    result.rss_create_growth = sampler.peak - before
    result.conc_tput = stats.values(conc["ops_per_s"])
    result.conc_latency = stats.latency(conc["latency_ms"])
    result.conc_errors = conc["errors"]
    result.conc_error_sample = conc["error_sample"]

    log(f"{result.name}: list with a tag filter, model of {p.list_versions:,} versions")
    run_workload(ctx, side, server.target, "seed", model=LIST_MODEL)
    loaded = extend_list(p.list_versions)
    log(f"{result.name}: bulk-loaded {p.list_versions:,} versions in {loaded:.1f}s")
    listing = run_workload(
        ctx, side, server.target, "list",
        model=LIST_MODEL, n=p.list_n, repeats=p.list_repeats, warmup=3, budget_s=p.budget_s, min_n=p.min_n // 2,
    )  # fmt: skip
    result.list_latency = stats.latency(listing["latency_ms"])
    result.list_counts = listing["counts"]

    paths = REGSERVER_PATHS if side == "regserver" else MLFLOW_PATHS
    result.transfers = measure_transfer(ctx, server, side, blob_dir, paths)

    if p.metric_points:
        log(f"{result.name}: log {p.metric_points:,} metric points to one run in batches of {p.metric_batch:,}")
        logged = run_workload(ctx, side, server.target, "metric_log", points=p.metric_points, batch=p.metric_batch)
        result.metric_log_tput = stats.values([logged["points"] / logged["log_s"]])
        result.metric_read_s = stats.values([logged["read_s"]])
        result.metric_check = f"{logged['points']:,}, {logged['last']:,.2f}"

    if side == "mlflow" and p.model_repeats:
        log(f"{result.name}: log_model with registered_model_name, then load_model, x {p.model_repeats}")
        flow = run_workload(ctx, side, server.target, "model_flow", repeats=p.model_repeats)
        result.model_log_s = stats.values(flow["log_s"])
        result.model_load_s = stats.values(flow["load_s"])


def measure_transfer(
    ctx: Context,
    server: ServerProcess,
    side: str,
    blob_dir: Path | None,
    paths: tuple[DataPath, ...],
    *,
    repeats: int | None = None,
    source: Path | None = None,
    model: str = TRANSFER_MODEL,
) -> list[Transfer]:
    """Upload + download of the source file by each data path, the paths taking turns repeat by repeat,
    with the server's RSS sampled throughout and each phase's CPU read by the workload; the median of
    as many repeats as cp's reference gets (the first write into memory this VM has not touched in
    a while costs up to 3x more in the kernel, for cp as for anything else; later repeats write
    where the one before had written, as cp's do)."""
    p = ctx.profile
    repeats = repeats or p.transfer_repeats
    source = source or ctx.source
    size = source.stat().st_size
    names = ", ".join(path.label for path in paths)
    log(f"{server.name}: upload + download of {size / MIB:,.0f} MiB x {repeats} by each of: {names}")
    runs: dict[DataPath, list[dict[str, Any]]] = {path: [] for path in paths}
    server_growth = dict.fromkeys(paths, 0)
    # Each workload deletes the previous one's download and stored copy (the benchmark servers' own
    # files) just before it writes its own, as cp's reference does.
    dest = ctx.work / "download"
    stored: list[str] = []
    # cp with fsync of the same file before each round of the paths: the machine (shared, and a VM)
    # is not the same from one minute to the next, so each path is compared with cp at its moment.
    cp_durable: list[float] = []
    cp_copy = ctx.work / "cp-round.bin"
    for i in range(repeats):
        cp_durable.append(cp_once(ctx, source, keep=cp_copy)[1])
        for j, path in enumerate(paths):
            vary_source(source)
            before = tree_rss(server.pid)
            with RssSampler(server.pid) as sampler:
                moved = run_workload(
                    ctx, side, server.target, "transfer", model=model, path=str(source), dest_dir=str(dest),
                    create_model=i == 0 and j == 0, discard=stored, data_plane=path.data_plane, server_pid=server.pid,
                )  # fmt: skip
            if path.data_plane is not None and moved["data_path"] != path.data_plane:
                raise RuntimeError(f"asked the SDK for the {path.data_plane} data path, it used {moved['data_path']}")
            server_growth[path] = max(server_growth[path], sampler.peak - before)
            runs[path].append(moved)
            found = blob_dir.rglob("*") if blob_dir is not None else ()
            stored = [str(f) for f in found if f.is_file() and f.stat().st_size >= size]
    for leftover in stored:
        os.unlink(leftover)
    shutil.rmtree(dest, ignore_errors=True)
    cp_copy.unlink()
    transfers = []
    for path, done in runs.items():
        reported = done[-1]["data_path"]
        label = path.label if path.data_plane or side == "mlflow" else f"{PATH_LABELS.get(reported, reported)}"
        transfers.append(
            Transfer(
                label=label,
                data_path=reported,
                how=done[-1]["how"],
                size=size,
                upload=mb_per_s(size, [m["upload_s"] for m in done]),
                download=mb_per_s(size, [m["download_s"] for m in done]),
                cpu={key: statistics.median(m["cpu_s"][key] for m in done) * GIB / size for key in done[0]["cpu_s"]},
                server_rss_growth=server_growth[path],
                client_rss_growth=max(m["client_rss_growth"] for m in done),
                cp_fsync=mb_per_s(size, cp_durable),
            )
        )
    return transfers


def measure_parts(ctx: Context, result: SystemResult) -> None:
    """regserver on SQLite started with a part threshold: the SDK sends and fetches the transfer file
    as `transfer_parts` ranges on concurrent streams, by each data path."""
    p = ctx.profile
    part = p.transfer_bytes // p.transfer_parts
    flags = ("--part-threshold-bytes", str(part), "--part-size-bytes", str(part))
    with regserver_process(ctx, f"{result.name} in parts", extra_args=flags) as server:
        server.start()
        paths = tuple(DataPath(f"{d.label}, in {p.transfer_parts} parts", d.data_plane) for d in REGSERVER_PATHS)
        result.transfers += measure_transfer(ctx, server, "regserver", server.data_dir / "artifacts" / "blobs", paths)


def measure_resume(ctx: Context, result: SystemResult, server: RegserverProcess, blob_dir: Path) -> None:
    """By each data path: an upload killed half-way (by its own progress callback), then run again."""
    p = ctx.profile
    if not p.resume_bytes:
        return
    source = ctx.work / "resume.bin"
    if not source.exists():
        make_source(source, p.resume_bytes)
    for i, path in enumerate(REGSERVER_PATHS):
        log(f"{result.name}: {p.resume_bytes / MIB:,.0f} MiB upload killed at {RESUME_KILL_AT:.0%}, then again "
            f"({path.label})")  # fmt: skip
        vary_source(source)
        got = run_workload(
            ctx, "regserver", server.target, "resume", model=RESUME_MODEL, path=str(source), create_model=i == 0,
            data_plane=path.data_plane, metrics_url=server.metrics_url, kill_at=RESUME_KILL_AT,
        )  # fmt: skip
        if got["data_path"] != path.data_plane:
            raise RuntimeError(f"asked the SDK for the {path.data_plane} data path, it used {got['data_path']}")
        result.resumes.append(
            Resume(
                label=path.label, data_path=got["data_path"], size=got["size"], sent_first=got["sent_first"],
                received_first=got["received_first"], received_second=got["received_second"], rerun_s=got["rerun_s"],
            )
        )  # fmt: skip
        for stored in blob_dir.rglob("*"):  # disk for what comes next; the server never reads it again
            if stored.is_file() and stored.stat().st_size >= p.resume_bytes:
                stored.unlink()


def measure_huge(ctx: Context, result: SystemResult, server: RegserverProcess, blob_dir: Path) -> None:
    """Once by each data path, a file of `huge_bytes`: what the server's and the client's memory do."""
    p = ctx.profile
    if not p.huge_bytes:
        return
    source = ctx.work / "huge.bin"
    if not source.exists():
        log(f"writing a {p.huge_bytes / GIB:g} GiB file")
        make_source(source, p.huge_bytes)
    result.huge = measure_transfer(ctx, server, "regserver", blob_dir, REGSERVER_PATHS, repeats=1, source=source,
                                   model=HUGE_MODEL)  # fmt: skip


def scale(ctx: Context, result: SystemResult, server: RegserverProcess, loader: RegserverLoader) -> None:
    p = ctx.profile
    for count in p.scaling:
        if count == p.list_versions and result.list_latency is not None:
            result.scaling[count] = result.list_latency
            continue
        loaded = loader.extend(LIST_MODEL, count)
        log(f"{result.name}: bulk-loaded up to {count:,} versions in {loaded:.1f}s; listing")
        listing = run_workload(
            ctx, "regserver", server.target, "list",
            model=LIST_MODEL, n=p.list_n, repeats=p.list_repeats, warmup=3, budget_s=p.budget_s, min_n=p.min_n // 2,
        )  # fmt: skip
        result.scaling[count] = stats.latency(listing["latency_ms"])


def regserver_process(
    ctx: Context, name: str, database_url: str = "", artifact_root: str = "", extra_args: tuple[str, ...] = ()
) -> RegserverProcess:
    """A regserver for this run, its data directory and log named after it."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")
    return RegserverProcess(name, ctx.work / slug, database_url, ctx.logs / f"{slug}.log", artifact_root, extra_args)


def run_regserver(ctx: Context, name: str, database_url: str, pg_pid: int | None = None) -> SystemResult:
    result = SystemResult(name)
    server = regserver_process(ctx, name, database_url)
    data_dir = server.data_dir
    url = database_url or f"sqlite:///{data_dir / 'regserver.db'}"
    started = time.perf_counter()
    with server:
        server.start()
        result.startup_s = time.perf_counter() - started
        loader = RegserverLoader(url)
        try:
            measure_system(
                ctx, result, server, "regserver",
                extend_list=lambda total: loader.extend(LIST_MODEL, total),
                blob_dir=data_dir / "artifacts" / "blobs",
                extra_tree=pg_pid,
            )  # fmt: skip
            measure_resume(ctx, result, server, data_dir / "artifacts" / "blobs")
            measure_huge(ctx, result, server, data_dir / "artifacts" / "blobs")
            measure_watch(ctx, result, server, database_url)
            scale(ctx, result, server, loader)
        finally:
            loader.close()
    if not database_url and ctx.profile.transfer_parts:
        measure_parts(ctx, result)  # bytes only: the database does not matter, SQLite's run says so
    return result


def run_regserver_mlflow_api(ctx: Context) -> SystemResult:
    """regserver on SQLite driven by MLflow's own client through regserver's MLflow REST API: the very
    workloads of MLflow's column (mlflow.MlflowClient, same adapter), so code moved over unchanged
    can be compared with the server it came from."""
    result = SystemResult("regserver SQLite, MLflow client")
    server = regserver_process(ctx, result.name)
    started = time.perf_counter()
    with server:
        server.start()
        result.startup_s = time.perf_counter() - started
        server.target = server.http_url  # the MLflow client's tracking URI
        result.watch_error = "not measured: MLflow's API has no Watch; regserver's Watch serves the same changes"
        loader = RegserverLoader(f"sqlite:///{server.data_dir / 'regserver.db'}")
        try:
            measure_system(
                ctx, result, server, "mlflow",
                extend_list=lambda total: loader.extend(LIST_MODEL, total),
                blob_dir=server.data_dir / "artifacts" / "blobs",
            )  # fmt: skip
        finally:
            loader.close()
    return result


def run_regserver_gcs(ctx: Context) -> SystemResult:
    """regserver on SQLite with its blobs on Google Cloud Storage (gcp-storage-emulator, in memory,
    through the real google-cloud-storage client): the transfer and the server's RSS during it."""
    from tests.support.gcs import GcsEmulator

    result = SystemResult("regserver SQLite, blobs on GCS (emulator)")
    # A throw-away service account key: the server signs V4 URLs with it (the emulator checks no
    # signature), so the SDK can send parts straight to the bucket.
    signing = ["--signing-credentials-file", str(_service_account_key(ctx.work / "gcs-signer.json"))]
    # The emulator sets STORAGE_EMULATOR_HOST in this process's environment, which the server inherits.
    with (
        GcsEmulator(bucket="regserver-bench") as gcs,
        regserver_process(ctx, result.name, artifact_root=gcs.url("blobs"), extra_args=tuple(signing)) as server,
    ):
        started = time.perf_counter()
        server.start()
        result.startup_s = time.perf_counter() - started
        result.rss_rest = tree_rss(server.pid)
        # One repeat each: signed URLs (the SDK's choice when offered: the server only verifies) beside
        # the bytes proxied through the server (its HTTP data plane). The emulator, one Python process
        # holding the bucket in memory, bounds both throughputs; what this compares is the server's CPU.
        paths = (DataPath("signed URLs", "signed"), DataPath("proxied through the server (HTTP data plane)", "http"))
        result.transfers = measure_transfer(ctx, server, "regserver", None, paths, repeats=1)
    return result


def _service_account_key(path: Path) -> Path:
    """A service account JSON key shaped as `gcloud iam service-accounts keys create` writes one."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    info = {
        "type": "service_account",
        "project_id": "regserver-bench",
        "private_key_id": "0123456789abcdef",
        "private_key": pem.decode(),
        "client_email": "regserver-bench@regserver-bench.iam.gserviceaccount.com",
        "client_id": "100000000000000000001",
        "token_uri": "https://oauth2.googleapis.com/token",
    }
    path.write_text(json.dumps(info))
    return path


def run_mlflow(ctx: Context) -> SystemResult:
    result = SystemResult("MLflow")
    started = time.perf_counter()
    with MlflowServer(ctx.work / "mlflow", ctx.logs / "mlflow.log", workers=ctx.mlflow_workers) as server:
        server.start()
        result.startup_s = time.perf_counter() - started
        measure_system(
            ctx, result, server, "mlflow",
            extend_list=lambda total: extend_mlflow(server.db_path, LIST_MODEL, total),
            blob_dir=server.artifacts,
        )  # fmt: skip
        p = ctx.profile
        if p.webhooks:
            log(f"MLflow: webhook delivery latency, {', '.join(map(str, p.webhooks))} webhooks")
            try:
                hooks = run_workload(
                    ctx, "mlflow", server.target, "webhooks",
                    watchers=list(p.webhooks), events=list(p.webhook_events), settle_s=WEBHOOK_CACHE_TTL_S + 0.5,
                )  # fmt: skip
                result.watch = {int(k): stats.latency([v]) for k, v in hooks["latency_ms"].items()}
            except RuntimeError as e:
                # Reported in the table; the rest of the run stands.
                result.watch_error = "webhooks failed: " + str(e).splitlines()[-1][:200]
    return result


# -- the run --------------------------------------------------------------------------------


def has_watch() -> bool:
    """Whether regserver has the EventService (Watch) of issue 4, in its protos and generated client."""
    protos = REPO / "protos" / "regserver" / "v1"
    declared = any("service EventService" in f.read_text() for f in protos.glob("*.proto"))
    return declared and importlib.util.find_spec("regserver_client.v1.events_pb2") is not None


def settle_postgres(database_url: str, timeout: float = 60.0) -> None:
    """VACUUM ANALYZE and CHECKPOINT, then wait until no autovacuum worker runs: the 100,000 metric
    rows just logged are otherwise analyzed in the middle of the next measurement, on the same 2 cores."""
    import psycopg

    started = time.perf_counter()
    with psycopg.connect(database_url.replace("postgresql+psycopg://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
        conn.execute("CHECKPOINT")
        while time.perf_counter() - started < timeout:
            busy = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")
            row = busy.fetchone()
            if row is None or row[0] == 0:
                break
            time.sleep(0.5)
    log(f"PostgreSQL settled (VACUUM ANALYZE, CHECKPOINT) in {time.perf_counter() - started:.1f}s")


def measure_watch(ctx: Context, result: SystemResult, server: RegserverProcess, database_url: str = "") -> None:
    """Watch latency on one server (and the server's RSS with the streams open and idle); on
    PostgreSQL also across replicas: streams on a second server process, aliases set on the first."""
    p = ctx.profile
    if not has_watch():
        result.watch_error = NO_WATCH
        return

    def watch(**spec: Any) -> dict[str, Any]:
        return run_workload(
            ctx, "regserver", server.target, "watch",
            watchers=list(p.watchers), events=list(p.watch_events), gap_s=WATCH_GAP_S, go_watchers=ctx.go_watchers,
            **spec,
        )  # fmt: skip

    if database_url:
        settle_postgres(database_url)
    log(f"{result.name}: Watch notification latency, {', '.join(map(str, p.watchers))} watchers")
    try:
        got = watch(server_pid=server.pid)
        result.watch = {int(k): stats.latency([v]) for k, v in got["latency_ms"].items()}
        result.watch_idle_rss = {int(k): (v[0], v[1]) for k, v in got["idle_rss"].items()}
    except RuntimeError as e:
        result.watch_error = "failed: " + str(e).splitlines()[-1][:200]
    if not database_url:
        return
    replica = regserver_process(ctx, f"{result.name} replica", database_url)
    log(f"{result.name}: Watch across replicas, {', '.join(map(str, p.watchers))} watchers on a second server")
    with replica:
        replica.start()
        try:
            got = watch(watch_target=replica.target)
            result.watch_replicas = {int(k): stats.latency([v]) for k, v in got["latency_ms"].items()}
        except RuntimeError as e:
            result.watch_replicas_error = "failed: " + str(e).splitlines()[-1][:200]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_const", dest="mode", const="quick", help="about 7 minutes")
    mode.add_argument(
        "--smoke", action="store_const", dest="mode", const="smoke", help="regserver on SQLite only, tiny sizes"
    )
    parser.set_defaults(mode="full")
    parser.add_argument("--output", type=Path, help="where to write the table (default benchmarks/RESULTS.md)")
    parser.add_argument("--mlflow-workers", type=int, default=MLFLOW_WORKERS, help="uvicorn workers of MLflow")
    parser.add_argument("--no-mlflow", action="store_true", help="regserver only")
    parser.add_argument("--no-postgres", action="store_true", help="regserver on SQLite only")
    parser.add_argument("--keep", action="store_true", help="keep the working directory (databases, logs)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    profile = PROFILES[args.mode]
    smoke = args.mode == "smoke"
    with_mlflow = not (smoke or args.no_mlflow)
    with_postgres = not (smoke or args.no_postgres)
    output = args.output or (REPO / "benchmarks" / "RESULTS.md")
    work = Path(tempfile.mkdtemp(prefix="regserver-bench-"))
    logs = work / "logs"
    logs.mkdir()
    ctx = Context(profile, work, logs, args.mlflow_workers, work / "artifact.bin")
    began = time.perf_counter()
    started_at = datetime.now(UTC)
    log(f"{args.mode} mode; working directory {work}")
    env = Environment.collect(mlflow=None)
    try:
        if with_mlflow:
            env.mlflow = ensure_mlflow(logs / "mlflow-install.log")
        if profile.watchers:
            ctx.go_watchers = build_watch_load(ctx)
        setup_s = time.perf_counter() - began
        make_source(ctx.source, profile.transfer_bytes)
        log("cp reference")
        plain, durable = cp_reference(ctx)
        sha256 = sha256_rate(ctx.source)
        log("primitive costs (SHA-256, copies, write, fsync, sendfile, recv)")
        costs = primitives.measure(ctx.work, profile.transfer_bytes)
        systems = [run_regserver(ctx, "regserver SQLite", "")]
        if with_postgres:
            from tests.support.postgres import PostgresServer

            # Durable like a real deployment: the test harness's fsync=off is for test speed only.
            durable_pg = {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on"}
            with PostgresServer(settings=durable_pg) as pg:
                env.postgres = pg_version()
                postmaster = int((pg.data_dir / "postmaster.pid").read_text().split()[0])
                systems.append(run_regserver(ctx, "regserver PostgreSQL", pg.create_database("bench"), postmaster))
        gcs = run_regserver_gcs(ctx) if not smoke else None
        if with_mlflow:
            systems.append(run_regserver_mlflow_api(ctx))
            systems.append(run_mlflow(ctx))
        env.load_end = load_average()
        run = RunResult(
            profile=profile,
            started=started_at,
            duration_s=time.perf_counter() - began - setup_s,
            setup_s=setup_s,
            env=env,
            systems=systems,
            cp=mb_per_s(profile.transfer_bytes, plain),
            cp_fsync=mb_per_s(profile.transfer_bytes, durable),
            sha256=sha256,
            mlflow_workers=args.mlflow_workers if with_mlflow else None,
            mlflow_venv=str(MLFLOW_VENV.relative_to(REPO)),
            go_watchers=bool(ctx.go_watchers),
            gcs=gcs,
            primitives=costs,
            cores=os.cpu_count() or 1,
        )
        output.write_text(render(run))
        log(f"wrote {output} ({run.duration_s:.0f}s of benchmarks, {setup_s:.0f}s of setup)")
    finally:
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def pg_version() -> str:
    from tests.support.postgres import find_bin_dir

    out = subprocess.run([os.path.join(find_bin_dir(), "postgres"), "--version"], capture_output=True, text=True)
    return out.stdout.strip().removeprefix("postgres (PostgreSQL) ")
