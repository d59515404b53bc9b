"""What a run measured, and the Markdown table written to benchmarks/RESULTS.md."""

from __future__ import annotations

import math
import platform
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from importlib import metadata
from pathlib import Path

from benchmarks.stats import WIDE_SPREAD, Summary

REPO = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024

# From issue 7: each target, and what it compares.
TARGET_TPUT = 20.0  # create-version throughput, 8 clients, vs MLflow
TARGET_LATENCY = 20.0  # p50 of get-version, get-by-alias, set-alias, vs MLflow
TARGET_CP = 0.5  # artifact upload/download vs cp
TARGET_WATCH_P99_MS = 50.0
# Issue 4: across replicas on PostgreSQL, and the memory of idle watchers.
TARGET_WATCH_REPLICAS_P99_MS = 250.0
TARGET_IDLE_WATCHERS_RSS_MIB = 200.0
# Pause before each watched alias change, so each one is measured on its own rather than queued
# behind the previous one's fan-out (its stream writes finishing) on a 2-core machine.
WATCH_GAP_S = 0.1
TARGET_LIST_P50_MS = 10.0
TARGET_LIST_AT = 1_000_000
TARGET_RSS_GROWTH_MIB = 64.0
TARGET_WATCH_AT = 1_000
NO_WATCH = "not implemented yet (issue 4)"
# Issue 8: 100,000 metric points for one run, in batches; quick and smoke modes log fewer.
PROFILE_FULL_METRIC_POINTS = 100_000


@dataclass(frozen=True)
class Profile:
    mode: str
    latency_n: int
    latency_repeats: int
    warmup: int
    # Calls stop early once this many seconds have passed and min_n calls are done.
    budget_s: float
    min_n: int
    clients: int
    concurrent_n: int
    concurrent_repeats: int
    list_versions: int
    list_n: int
    list_repeats: int
    transfer_bytes: int
    transfer_repeats: int
    scaling: tuple[int, ...]
    # regserver's Watch: concurrent streams, and set-alias events for each count.
    watchers: tuple[int, ...] = ()
    watch_events: tuple[int, ...] = ()
    # Beside it, MLflow's webhooks: receivers, and set-alias events for each count.
    webhooks: tuple[int, ...] = ()
    webhook_events: tuple[int, ...] = ()
    # Tracking: metric points logged to one run in LogBatch / log_batch calls of metric_batch (0: not run).
    metric_points: int = 0
    metric_batch: int = 1000
    # MLflow's client only (MLflow, and regserver's MLflow API): log_model + load_model, this many times.
    model_repeats: int = 0


@dataclass
class Environment:
    machine: str
    python: str
    regserver: str
    grpcio: str
    sqlite: str
    mlflow: str | None = None
    postgres: str | None = None
    load_start: float | None = None
    load_end: float | None = None

    @classmethod
    def collect(cls, mlflow: str | None) -> Environment:
        import regserver

        return cls(
            machine=_machine(),
            python=platform.python_version(),
            regserver=f"{regserver.__version__} ({_git_revision()})",
            grpcio=metadata.version("grpcio"),
            sqlite=sqlite3.sqlite_version,
            mlflow=mlflow,
            load_start=load_average(),
        )


def load_average() -> float | None:
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def _machine() -> str:
    models, cores = [], 0
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                models.append(line.split(":", 1)[1].strip())
            elif line.startswith("processor"):
                cores += 1
    except OSError:
        pass
    memory = ""
    try:
        out = subprocess.run(["free", "-m"], capture_output=True, text=True, check=True).stdout
        total = next(line.split()[1] for line in out.splitlines() if line.startswith("Mem:"))
        memory = f", {int(total) / 1024:.1f} GiB RAM"
    except (OSError, subprocess.CalledProcessError, StopIteration, ValueError):
        pass
    model = models[0] if models else platform.processor() or "unknown CPU"
    return f"{cores} x {model}{memory}, Linux {platform.release()}"


def _git_revision() -> str:
    try:
        rev = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown revision"
    return f"git {rev}{' with local changes' if dirty else ''}"


@dataclass
class SystemResult:
    name: str
    startup_s: float | None = None
    latency: dict[str, Summary] = field(default_factory=dict)
    create1_tput: Summary | None = None
    conc_tput: Summary | None = None
    conc_latency: Summary | None = None
    conc_errors: int = 0
    conc_error_sample: list[str] = field(default_factory=list)
    list_latency: Summary | None = None
    list_counts: list[int] = field(default_factory=list)
    upload: Summary | None = None
    download: Summary | None = None
    transfer_how: str = ""
    rss_rest: int | None = None
    rss_create_growth: int | None = None
    rss_transfer_growth: int | None = None
    extra_rss_rest: int | None = None  # PostgreSQL's own processes, beside regserver's
    scaling: dict[int, Summary] = field(default_factory=dict)
    # Watchers -> notification latency: Watch streams for regserver, webhook deliveries for MLflow.
    watch: dict[int, Summary] = field(default_factory=dict)
    watch_error: str = ""
    # regserver: watchers -> the server's RSS (bytes) before they opened and once open and idle.
    watch_idle_rss: dict[int, tuple[int, int]] = field(default_factory=dict)
    # regserver on PostgreSQL: watchers on a second replica, aliases set on the first.
    watch_replicas: dict[int, Summary] = field(default_factory=dict)
    watch_replicas_error: str = ""
    # Metric points logged per second, and seconds to read the whole history back (checked: count, last value).
    metric_log_tput: Summary | None = None
    metric_read_s: Summary | None = None
    metric_check: str = ""
    # MLflow's client only: log_model with registered_model_name, then load_model by version (seconds).
    model_log_s: Summary | None = None
    model_load_s: Summary | None = None

    @property
    def is_regserver(self) -> bool:
        return self.name.startswith("regserver")


@dataclass
class RunResult:
    profile: Profile
    started: datetime
    duration_s: float
    setup_s: float
    env: Environment
    systems: list[SystemResult]
    cp: Summary
    cp_fsync: Summary
    sha256: float  # MB/s of hashlib.sha256 on one core
    mlflow_workers: int | None
    mlflow_venv: str
    go_watchers: bool = False  # Watch streams held by clients/go/cmd/watch-load, not Python
    gcs: SystemResult | None = None  # regserver's transfer with its blobs on GCS (the emulator)

    @property
    def mlflow(self) -> SystemResult | None:
        return next((s for s in self.systems if not s.is_regserver), None)

    @property
    def regservers(self) -> list[SystemResult]:
        return [s for s in self.systems if s.is_regserver]


# -- formatting -----------------------------------------------------------------------------


def num(value: float | None, digits: int = 3) -> str:
    """A number with about `digits` significant figures, thousands separated."""
    if value is None or math.isnan(value):
        return "—"
    if value == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(value)))
    decimals = max(0, digits - 1 - magnitude)
    return f"{value:,.{decimals}f}"


def spread_cell(s: Summary | None) -> str:
    if s is None:
        return "—"
    if len(s.repeat_values) == 1:
        return f"{num(s.rep_min)} (1 repeat)"
    cell = f"{num(s.rep_min)} / {num(s.rep_median)} / {num(s.rep_max)}"
    if s.wide:
        cell += f" ⚠ spread {s.spread:.1f}x"
    return cell


def mib(value: int | None) -> str:
    return "—" if value is None else f"{value / MIB:,.0f}"


def ratio(ours: float | None, theirs: float | None, lower_is_better: bool) -> str:
    """regserver ÷ MLflow, and how many times better or worse that is."""
    if ours is None or theirs is None or math.isnan(ours) or math.isnan(theirs) or ours <= 0 or theirs <= 0:
        return "—"
    r = ours / theirs
    better = (1 / r) if lower_is_better else r
    word = "better" if better >= 1 else "worse"
    times = better if better >= 1 else 1 / better
    return f"{num(r)} ({num(times)}x {word})"


Getter = Callable[["SystemResult"], Summary | None]


class Table:
    def __init__(self, header: list[str]) -> None:
        self.rows = [header, ["---"] * len(header)]

    def add(self, *cells: str) -> None:
        self.rows.append(list(cells))

    def render(self) -> str:
        return "\n".join("| " + " | ".join(row) + " |" for row in self.rows)


def _systems_table(run: RunResult) -> str:
    mlflow = run.mlflow
    header = ["workload", "metric", *(s.name for s in run.systems)]
    if mlflow is not None:
        header += [f"{s.name} ÷ MLflow" for s in run.regservers]
    table = Table(header)

    def row(workload: str, metric: str, cells: list[str], ratios: list[str] | None = None) -> None:
        extra = (ratios or ["" for _ in run.regservers]) if mlflow is not None else []
        table.add(workload, metric, *cells, *extra)

    def summary_rows(workload: str, get: Getter, unit: str, lower_is_better: bool) -> None:
        sums: list[Summary | None] = [get(s) for s in run.systems]
        theirs = get(mlflow) if mlflow is not None else None
        p50_name = "p50" if lower_is_better else "median"

        def p50(m: Summary | None) -> float | None:
            return m.p50 if m else None

        def p99(m: Summary | None) -> float | None:
            return m.p99 if m else None

        row(
            workload,
            f"{p50_name} {unit}",
            [num(p50(m)) for m in sums],
            [ratio(p50(get(s)), p50(theirs), lower_is_better) for s in run.regservers],
        )
        if lower_is_better:
            row(
                "",
                f"p99 {unit}",
                [num(p99(m)) for m in sums],
                [ratio(p99(get(s)), p99(theirs), True) for s in run.regservers],
            )
        row("", "min / median / max of repeats", [spread_cell(s) for s in sums])

    names = {
        "create_model": "create registered model",
        "create_version": "create model version, 1 client",
        "get_version": "get version",
        "get_by_alias": "get version by alias",
        "set_alias": "set alias",
    }
    for op, title in names.items():

        def latency_of(s: SystemResult, op: str = op) -> Summary | None:
            return s.latency.get(op)

        summary_rows(title, latency_of, "ms", True)
        if op == "create_version":
            summary_rows("", lambda s: s.create1_tput, "versions/s", False)
    p = run.profile
    title = f"create model version, {p.clients} client processes"
    summary_rows(title, lambda s: s.conc_tput, "versions/s", False)
    summary_rows("", lambda s: s.conc_latency, "ms per call", True)
    row("", "failed calls", [str(s.conc_errors) for s in run.systems])
    summary_rows(
        f"list versions, tag filter, first page of 100 ({p.list_versions:,} versions)",
        lambda s: s.list_latency,
        "ms",
        True,
    )
    row("", "versions returned", [", ".join(map(str, s.list_counts)) or "—" for s in run.systems])
    size = (
        f"{p.transfer_bytes / (1024 * MIB):g} GiB"
        if p.transfer_bytes >= 1024 * MIB
        else f"{p.transfer_bytes // MIB} MiB"
    )
    transfers: list[tuple[str, Getter]] = [("upload", lambda s: s.upload), ("download", lambda s: s.download)]
    for label, get in transfers:
        summary_rows(f"artifact {label}, {size}", get, "MB/s", False)
        row(
            "",
            "÷ cp with fsync",
            [num(m.p50 / run.cp_fsync.p50) if (m := get(s)) else "—" for s in run.systems],
        )
    row("", "how", [s.transfer_how or "—" for s in run.systems])
    row(
        "memory (RSS of the server's process tree, MiB)",
        "at rest, after start-up",
        [
            mib(s.rss_rest) + (f" (+ PostgreSQL {mib(s.extra_rss_rest)})" if s.extra_rss_rest else "")
            for s in run.systems
        ],
        [ratio(s.rss_rest, mlflow.rss_rest, True) if mlflow else "" for s in run.regservers],
    )
    row("", f"peak growth, {p.clients}-client create", [mib(s.rss_create_growth) for s in run.systems])
    row("", f"peak growth, {size} upload + download", [mib(s.rss_transfer_growth) for s in run.systems])
    for count in sorted({c for s in run.systems for c in s.watch_idle_rss}):
        row(
            "",
            f"with {count:,} idle Watch stream{'s' if count > 1 else ''} open (growth)",
            [
                f"{mib(got[1])} (+{mib(got[1] - got[0])})" if (got := s.watch_idle_rss.get(count)) else "—"
                for s in run.systems
            ],
        )
    row("", "start-up, s", [num(s.startup_s) for s in run.systems])
    if p.metric_points:
        full = PROFILE_FULL_METRIC_POINTS
        note = "" if p.metric_points >= full else f"; {p.mode} mode, the full run logs {full:,}"
        summary_rows(
            f"log {p.metric_points:,} metric points to one run, batches of {p.metric_batch:,}{note}",
            lambda s: s.metric_log_tput,
            "points/s",
            False,
        )
        summary_rows("", lambda s: s.metric_read_s, "s to read the whole history back", True)
        row("", "read back: points, last value", [s.metric_check or "—" for s in run.systems])

    if any(s.model_log_s for s in run.systems):
        summary_rows(
            f"log an sklearn model with registered_model_name, MLflow client ({p.model_repeats} times)",
            lambda s: s.model_log_s,
            "s",
            True,
        )
        summary_rows("", lambda s: s.model_load_s, "s to load_model('models:/name/N')", True)

    def deliveries(got: Summary | None, error: str, absent: str) -> str:
        if error:
            return error
        return absent if got is None else f"{num(got.p50)} / {num(got.p99)} ({got.count:,} deliveries)"

    for count in sorted({*p.watchers, *p.webhooks}):
        cells = [deliveries(s.watch.get(count), s.watch_error, f"not measured in {p.mode} mode") for s in run.systems]
        theirs = mlflow.watch.get(count) if mlflow is not None else None
        ratios = [
            ratio(ours.p50 if (ours := s.watch.get(count)) else None, theirs.p50 if theirs else None, True)
            for s in run.regservers
        ]
        what = "Watch notification latency" if count == min(p.watchers or (0,)) else ""
        if what and mlflow is not None:
            what += " (MLflow: webhook delivery)"
        row(what, f"p50 / p99 ms, {count:,} watcher{'s' if count > 1 else ''}", cells, ratios)
    for count in sorted({c for s in run.systems for c in s.watch_replicas}) if p.watchers else ():
        cells = [
            deliveries(
                s.watch_replicas.get(count), s.watch_replicas_error, "— (one process)" if s.is_regserver else "—"
            )
            for s in run.systems
        ]
        what = "Watch across replicas (streams on a second server)" if count == min(p.watchers) else ""
        row(what, f"p50 / p99 ms, {count:,} watcher{'s' if count > 1 else ''}", cells)
    return table.render()


def _scaling_table(run: RunResult) -> str:
    counts = sorted({c for s in run.regservers for c in s.scaling})
    header = ["versions of the model"]
    for s in run.regservers:
        header += [f"{s.name} p50 ms", "p99 ms", "min / median / max of repeats"]
    table = Table(header)
    for count in counts:
        cells = [f"{count:,}"]
        for s in run.regservers:
            m = s.scaling.get(count)
            cells += [num(m.p50) if m else "—", num(m.p99) if m else "—", spread_cell(m)]
        table.add(*cells)
    return table.render()


def _status(met: bool | None) -> str:
    return {True: "✅ met", False: "❌ missed", None: "— not measured"}[met]


def _targets_table(run: RunResult) -> str:
    table = Table(["target (issue 7)", "measured", "status"])
    mlflow = run.mlflow
    for s in run.regservers:
        if mlflow is not None and s.conc_tput and mlflow.conc_tput:
            r = s.conc_tput.p50 / mlflow.conc_tput.p50
            table.add(
                f"create version, {run.profile.clients} clients: ≥ {TARGET_TPUT:g}x MLflow's throughput ({s.name})",
                f"{num(r)}x ({num(s.conc_tput.p50)} vs {num(mlflow.conc_tput.p50)} versions/s)",
                _status(r >= TARGET_TPUT),
            )
        for op, title in (("get_version", "get version"), ("get_by_alias", "get by alias"), ("set_alias", "set alias")):
            ours, theirs = s.latency.get(op), mlflow.latency.get(op) if mlflow else None
            if ours and theirs:
                r = theirs.p50 / ours.p50
                table.add(
                    f"{title}: ≥ {TARGET_LATENCY:g}x lower p50 than MLflow ({s.name})",
                    f"{num(r)}x ({num(ours.p50)} vs {num(theirs.p50)} ms)",
                    _status(r >= TARGET_LATENCY),
                )
        for label, got in (("upload", s.upload), ("download", s.download)):
            if got:
                r = got.p50 / run.cp_fsync.p50
                table.add(
                    f"artifact {label}: ≥ {TARGET_CP:g}x cp ({s.name})",
                    f"{num(r)}x ({num(got.p50)} vs {num(run.cp_fsync.p50)} MB/s)",
                    _status(r >= TARGET_CP),
                )
        if s.rss_transfer_growth is not None:
            growth = s.rss_transfer_growth / MIB
            table.add(
                f"RSS growth while streaming a large file both ways < {TARGET_RSS_GROWTH_MIB:g} MiB ({s.name})",
                f"{growth:,.0f} MiB",
                _status(growth < TARGET_RSS_GROWTH_MIB),
            )
        largest = max(s.scaling, default=None)
        if largest is not None:
            m = s.scaling[largest]
            reached = largest >= TARGET_LIST_AT
            table.add(
                f"list/filter p50 < {TARGET_LIST_P50_MS:g} ms at {TARGET_LIST_AT:,} versions ({s.name})",
                f"{num(m.p50)} ms at {largest:,}" + ("" if reached else " (full mode measures 1,000,000)"),
                _status(m.p50 < TARGET_LIST_P50_MS) if reached else _status(None),
            )
    if run.gcs is not None and run.gcs.rss_transfer_growth is not None:
        growth = run.gcs.rss_transfer_growth / MIB
        table.add(
            f"RSS growth while streaming a large file both ways < {TARGET_RSS_GROWTH_MIB:g} MiB ({run.gcs.name})",
            f"{growth:,.0f} MiB",
            _status(growth < TARGET_RSS_GROWTH_MIB),
        )
    for s in run.regservers:
        got = s.watch.get(TARGET_WATCH_AT)
        table.add(
            f"Watch p99 < {TARGET_WATCH_P99_MS:g} ms at {TARGET_WATCH_AT:,} watchers ({s.name})",
            f"{num(got.p99)} ms (p50 {num(got.p50)})" if got else (s.watch_error or "not measured"),
            _status(got.p99 < TARGET_WATCH_P99_MS) if got else _status(None),
        )
        if s.watch_replicas or s.watch_replicas_error:
            worst = max(s.watch_replicas.values(), key=lambda m: m.p99, default=None)
            at = max((c for c, m in s.watch_replicas.items() if m is worst), default=0)
            table.add(
                f"Watch p99 < {TARGET_WATCH_REPLICAS_P99_MS:g} ms across replicas, every watcher count ({s.name})",
                f"{num(worst.p99)} ms at {at:,} watchers" if worst else s.watch_replicas_error,
                _status(worst.p99 < TARGET_WATCH_REPLICAS_P99_MS) if worst else _status(None),
            )
        idle = s.watch_idle_rss.get(TARGET_WATCH_AT)
        if idle is not None:
            table.add(
                f"server RSS with {TARGET_WATCH_AT:,} idle watchers < {TARGET_IDLE_WATCHERS_RSS_MIB:g} MiB ({s.name})",
                f"{idle[1] / MIB:,.0f} MiB",
                _status(idle[1] / MIB < TARGET_IDLE_WATCHERS_RSS_MIB),
            )
    return table.render()


def render(run: RunResult) -> str:
    p, env = run.profile, run.env
    command = {
        "quick": "`make bench-quick` (`python -m benchmarks --quick`)",
        "full": "`make bench` (`python -m benchmarks`)",
        "smoke": "`python -m benchmarks --smoke`",
    }[p.mode]
    versions = [f"Python {env.python}", f"regserver {env.regserver}", f"grpcio {env.grpcio}", f"SQLite {env.sqlite}"]
    if env.postgres:
        versions.append(f"PostgreSQL {env.postgres}")
    if env.mlflow:
        versions.append(f"MLflow {env.mlflow}")
    lines = [
        "# Benchmarks: regserver and MLflow side by side",
        "",
        f"Written by {command}, "
        f"**{p.mode} mode**, on {run.started.strftime('%Y-%m-%d %H:%M UTC')}; the benchmarks took "
        f"{run.duration_s / 60:.1f} minutes (plus {run.setup_s:.0f} s of set-up).",
        "",
        f"- Machine: {env.machine}; 1-minute load average {_load(env.load_start)} at the start and "
        f"{_load(env.load_end)} at the end (anything else running on the machine adds noise)",
        f"- Versions: {', '.join(versions)}",
        "",
        "## Targets",
        "",
        _targets_table(run),
        "",
        "## Results",
        "",
        "Latencies are pooled over every repeat; the spread row gives the minimum, median and maximum of the "
        f"per-repeat medians (⚠ when the largest is more than {WIDE_SPREAD:g}x the smallest). Ratios are "
        "regserver ÷ MLflow.",
        "",
        _systems_table(run),
        "",
        f"Reference: `cp` of the same file on the same disk: {num(run.cp.p50)} MB/s, "
        f"{num(run.cp_fsync.p50)} MB/s including fsync of the copy (min / median / max "
        f"{spread_cell(run.cp_fsync)}). Uploads and downloads are compared with the fsynced figure, since a "
        f"registry must keep what it accepted. SHA-256 on one core of this CPU: {num(run.sha256)} MB/s; regserver "
        "hashes every byte on both ends of each transfer (the client before uploading and while downloading, the "
        "server while receiving and while sending). The upload's first message must name the digest, so the "
        "client's hash and the server's cannot overlap: at that SHA-256 rate no upload can beat "
        f"{num(run.sha256 / 2)} MB/s ({num(run.sha256 / 2 / run.cp_fsync.p50)}x cp with fsync), whatever else "
        "it costs.",
        "",
        *_gcs_section(run),
        "## Scaling (regserver): list with a tag filter, first page of 100",
        "",
        _scaling_table(run),
        "",
        "## How it was measured",
        "",
        *_method(run),
        "",
    ]
    return "\n".join(lines)


def _gcs_section(run: RunResult) -> list[str]:
    g = run.gcs
    if g is None or g.upload is None or g.download is None:
        return []
    size = run.profile.transfer_bytes / (1024 * MIB)
    return [
        "## Artifacts on Google Cloud Storage (regserver)",
        "",
        f"The same {size:g} GiB upload and download, once, with regserver's blobs on GCS (`--artifact-root "
        "gs://…`: resumable uploads in parts composed at commit, ranged reads), against `gcp-storage-emulator` "
        "in memory on this machine through the real `google-cloud-storage` client. The emulator, not regserver, "
        "bounds the throughput; the figure that matters is regserver's memory.",
        "",
        "| metric | value |",
        "| --- | --- |",
        f"| upload MB/s | {num(g.upload.p50)} |",
        f"| download MB/s | {num(g.download.p50)} |",
        f"| server RSS at rest, MiB | {mib(g.rss_rest)} |",
        f"| server RSS peak growth during upload + download, MiB | {mib(g.rss_transfer_growth)} |",
        "",
    ]


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _load(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _method(run: RunResult) -> list[str]:
    p = run.profile
    items = [
        f"Each system runs alone, one after the other, on the same machine; every workload is a separate client "
        f"process (`python -m benchmarks.workload`) using the system's own Python client: `regserver_client.Registry` "
        f"for regserver, `mlflow.MlflowClient` (in its own virtualenv, `{run.mlflow_venv}`) for MLflow. The column "
        f"`regserver SQLite, MLflow client` is regserver driven by that same `mlflow.MlflowClient` code through "
        f"regserver's MLflow REST API on its HTTP port: what MLflow code moved over unchanged sees.",
        f"Latency: {p.warmup} warm-up calls, then {p.latency_repeats} repeats of {p.latency_n} sequential calls of "
        f"each operation (a repeat stops early after {p.budget_s:g} s once it has {p.min_n} calls), interleaved across "
        "repeats. `create model version, 1 client` throughput is calls ÷ wall time of each repeat.",
        f"Concurrent create: {p.clients} client processes (processes, not threads, so the client's GIL does not limit "
        f"either side) each create {p.concurrent_n} versions of one shared model per repeat, {p.concurrent_repeats} "
        "repeats; throughput is successful calls ÷ wall time from a common start barrier to the last finish.",
        f"List: a model holding {p.list_versions:,} versions, every tenth tagged `k = v` (so a page of 100 matches "
        f"scans about 1,000 versions), bulk-loaded in SQL (regserver through `regserver.store.schema`, MLflow by "
        f"copying a version created through its API inside its own tables); {p.list_repeats} repeats of {p.list_n} "
        f"calls (or {p.budget_s:g} s and at least {p.min_n // 2}) of "
        "`list_versions(model, filter='tags.k = \"v\"', page_size=100)` (first page) and "
        "`search_model_versions(\"name='m' and tags.k='v'\", max_results=100)`.",
        f"Artifacts: {_count(p.transfer_repeats, 'repeat')}, each with new leading bytes (a new digest, so nothing "
        "is deduplicated). regserver: the SDK's `upload_version(model, path)` (hash, create the version with its "
        "manifest, FindMissingBlobs, WriteBlob in 1 MiB messages, FinalizeModelVersion) and `download(model, "
        "version=…, dest=…)` (ReadBlob, verified); the same flow on the raw stubs if the SDK lacks them (the "
        "`how` row says which). MLflow: create a run, `log_artifact` through the server's artifact proxy, create a "
        "version pointing at it; then `download_artifacts`. Downloads are fsynced by the client; regserver fsyncs "
        "uploads on the server, MLflow does not. Each repeat deletes the previous repeat's download and stored "
        "copy just before writing its own, untimed, as `cp`'s reference deletes its previous copy: on this kind "
        "of VM, writing into memory freed more than a second or two before costs the kernel up to 2 s per GiB "
        "more, so both must write into memory in the same state.",
        "Memory: summed RSS of the server's whole process tree from /proc, sampled every 50 ms; growth is the peak "
        "during the workload minus the RSS just before it.",
        "Scaling: versions added to the same model in SQL, then the list workload again at each size. PostgreSQL is "
        "ANALYZEd after each load (autovacuum would do it soon after); SQLite is not (regserver never runs ANALYZE).",
    ]
    if p.metric_points:
        items.append(
            f"Metric logging: one new run, {p.metric_points:,} points of one metric (steps 0, 1, 2, …) logged in "
            f"calls of {p.metric_batch:,} points each, sequentially from one client: regserver's `log_batch` "
            "(LogBatch, one transaction per call), MLflow's `MlflowClient.log_batch` (at most 1,000 metrics per "
            "call). Then the whole history is read back once — regserver's `get_metric_history` (GetMetricHistory "
            "pages of 10,000, following next_page_token), MLflow's `get_metric_history` — and checked: as many "
            "points as logged, every step, and the last step's value. A wrong read fails the run."
        )
    if run.mlflow_workers is not None:
        items.append(
            f"MLflow: `mlflow server --backend-store-uri sqlite:///… --artifacts-destination … --serve-artifacts "
            f"--workers {run.mlflow_workers}`. One uvicorn worker is its fastest setting on this machine: with 2 or 4 "
            "workers every request took about 40 ms longer (get-version 12 → 52 ms) and 8-client create throughput "
            "fell (68 → 48 → 36 versions/s). Its GenAI job runner is off "
            "(`MLFLOW_SERVER_ENABLE_JOB_EXECUTION=false`): a registry never uses it, and it adds processes and "
            "background CPU. Its SQLite uses SQLAlchemy's defaults (rollback journal); regserver's uses WAL with "
            "synchronous=NORMAL."
        )
    if p.watchers:
        items.append(
            f"Watch: {', '.join(f'{c:,}' for c in p.watchers)} concurrent `EventService.Watch` streams "
            + (
                "held by one Go process (`clients/go/cmd/watch-load`, grpc-go, 100 streams per connection), "
                "as a serving fleet's watchers would be"
                if run.go_watchers
                else "(Python grpc.aio, 100 per channel, in one client process below 100 watchers and two from 100; "
                "no Go toolchain was found for `clients/go/cmd/watch-load`)"
            )
            + ", on one model's ALIAS_SET events; a separate client sets a new alias, "
            f"{', '.join(map(str, p.watch_events))} times, each {WATCH_GAP_S:g} s after every stream received the "
            "previous one; latency is from the start of that call to each "
            "stream's receipt (CLOCK_MONOTONIC, shared by the processes). Sender, watchers and server share the "
            "machine's 2 cores, so at 1,000 watchers the clients' own decoding is part of what is measured. "
            "The server's RSS is read before the streams open and 1 s after all are open (idle). On PostgreSQL "
            "the database is first settled (VACUUM ANALYZE, CHECKPOINT, no autovacuum worker running: the "
            "100,000 metric rows logged just before are otherwise analyzed during the measurement, on the same "
            "2 cores), and the same runs again with the streams on a second regserver process (a replica on the "
            "same database, woken by LISTEN/NOTIFY) while the alias is set on the first."
        )
    if p.webhooks and run.mlflow is not None:
        items.append(
            f"MLflow has no watch API; beside Watch are its webhooks: {', '.join(f'{c:,}' for c in p.webhooks)} "
            "webhooks on `model_version_alias.created` pointing at a receiver in the client process; latency is "
            "from the start of set-alias to each delivery "
            f"({', '.join(map(str, p.webhook_events))} events). The MLflow server runs with "
            "`MLFLOW_WEBHOOK_ALLOWED_SCHEMES=http,https`, `MLFLOW_WEBHOOK_ALLOW_PRIVATE_IPS=true` (the receiver is "
            "plain http on 127.0.0.1) and `MLFLOW_WEBHOOK_CACHE_TTL=1`."
        )
    for s in run.systems:
        if s.conc_errors:
            samples = "; ".join(f"`{e}`" for e in s.conc_error_sample)
            items.append(f"{s.name}'s failed concurrent creates ({s.conc_errors}) said, for example: {samples}")
    if any(s.name.endswith("PostgreSQL") for s in run.systems):
        items.append(
            "regserver on PostgreSQL: a throw-away cluster on the same machine (tests/support/postgres.py) with "
            "fsync, synchronous_commit and full_page_writes on; its own memory is shown beside regserver's."
        )
    return [f"- {item}" for item in items]
