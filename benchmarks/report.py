"""What a run measured, and the Markdown table written to benchmarks/RESULTS.md."""

from __future__ import annotations

import math
import platform
import sqlite3
import statistics
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from importlib import metadata
from pathlib import Path

from benchmarks.primitives import Cost
from benchmarks.stats import WIDE_SPREAD, Summary

REPO = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024
GIB = 1024 * MIB

# From issue 7: each target, and what it compares.
TARGET_TPUT = 20.0  # create-version throughput, 8 clients, vs MLflow
TARGET_LATENCY = 20.0  # p50 of get-version, get-by-alias, set-alias, vs MLflow
TARGET_CP = 0.5  # artifact upload/download vs cp
# Issue 20: every data path beats MLflow's proxied transfer, and a killed upload resumes.
TARGET_MLFLOW_TRANSFER = 1.0
TARGET_RESENT_PCT = 10.0
RESUME_KILL_AT = 0.5
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
    # regserver on SQLite again with --part-threshold-bytes: the transfer file in this many parts (0: not run).
    transfer_parts: int = 0
    # A file of this size killed at RESUME_KILL_AT of its upload, then uploaded again (0: not run).
    resume_bytes: int = 0
    # One upload + download of a file this large, for memory (0: not run).
    huge_bytes: int = 0


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
class Transfer:
    """One way of moving the file (a data path), measured over the repeats: rates, CPU, memory."""

    label: str  # what the tables call it: "HTTP data plane", "gRPC streams", "proxied", ...
    data_path: str  # what the client reported using: "http", "grpc", "signed", "proxied"
    how: str
    size: int
    upload: Summary
    download: Summary
    # CPU seconds per GiB (median of the repeats): client_upload, server_upload, client_download, server_download.
    cpu: dict[str, float]
    server_rss_growth: int
    client_rss_growth: int
    # cp with fsync of the same file, once before each round of the paths measured with this one.
    cp_fsync: Summary

    def total_cpu(self, direction: str) -> float:
        return self.cpu[f"client_{direction}"] + self.cpu[f"server_{direction}"]


@dataclass
class Resume:
    """An upload killed by its own progress callback, then run again in a new process."""

    label: str
    data_path: str
    size: int
    sent_first: int  # the first run's progress when it killed itself
    received_first: int  # the server's received-bytes counter over the first run
    received_second: int  # ... and over the second
    rerun_s: float

    @property
    def resent(self) -> int:
        """Bytes sent twice: the second run's, beyond the part of the file the first had not sent."""
        return self.received_second - (self.size - self.sent_first)

    @property
    def resent_pct(self) -> float:
        return 100 * self.resent / self.size


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
    # The transfer file by each data path (the first is the main table's), the resume runs, the huge file.
    transfers: list[Transfer] = field(default_factory=list)
    resumes: list[Resume] = field(default_factory=list)
    huge: list[Transfer] = field(default_factory=list)
    rss_rest: int | None = None
    rss_create_growth: int | None = None
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

    @property
    def upload(self) -> Summary | None:
        return self.transfers[0].upload if self.transfers else None

    @property
    def download(self) -> Summary | None:
        return self.transfers[0].download if self.transfers else None

    @property
    def transfer_how(self) -> str:
        if not self.transfers:
            return ""
        first = self.transfers[0]
        return first.how if first.label in first.how else f"{first.how} ({first.label})"

    @property
    def rss_transfer_growth(self) -> int | None:
        return max((t.server_rss_growth for t in self.transfers), default=None)


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
    primitives: dict[str, Cost] = field(default_factory=dict)  # seconds per GiB (benchmarks.primitives)
    cores: int = 2

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
            [num(m.p50 / s.transfers[0].cp_fsync.p50) if (m := get(s)) else "—" for s in run.systems],
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


def _size(n: int) -> str:
    return f"{n / GIB:g} GiB" if n >= GIB else f"{n / MIB:,.0f} MiB"


def _transfer_targets(run: RunResult, table: Table, s: SystemResult) -> None:
    """Issue 20's rows for one system: each data path's rates against cp with fsync and MLflow's
    proxied transfer, the resumed upload, the huge file's memory."""
    theirs = run.mlflow.transfers[0] if run.mlflow is not None and run.mlflow.transfers else None
    for t in s.transfers:
        for direction in ("upload", "download"):
            got: Summary = getattr(t, direction)
            r = got.p50 / t.cp_fsync.p50
            what = f"artifact {direction}, {_size(t.size)}, {t.label}"
            table.add(
                f"{what}: ≥ {TARGET_CP:g}x cp with fsync ({s.name})",
                f"{num(r)}x ({num(got.p50)} vs {num(t.cp_fsync.p50)} MB/s, cp between the repeats)",
                _status(r >= TARGET_CP),
            )
            if theirs is not None:
                mlflow: Summary = getattr(theirs, direction)
                r = got.p50 / mlflow.p50
                table.add(
                    f"{what}: > {TARGET_MLFLOW_TRANSFER:g}x MLflow's proxied {direction} ({s.name})",
                    f"{num(r)}x ({num(got.p50)} vs {num(mlflow.p50)} MB/s)",
                    _status(r > TARGET_MLFLOW_TRANSFER),
                )
    for resumed in s.resumes:
        table.add(
            f"killed at {RESUME_KILL_AT:.0%} of a {_size(resumed.size)} upload, the rerun re-sends "
            f"< {TARGET_RESENT_PCT:g}% of the file, {resumed.label} ({s.name})",
            f"{resumed.resent_pct:.2f}% ({resumed.resent / MIB:,.1f} MiB)",
            _status(resumed.resent_pct < TARGET_RESENT_PCT),
        )
    if not s.is_regserver or s.name.endswith("MLflow client"):
        return
    if not s.huge:
        table.add(
            f"10 GiB upload + download: server and client RSS growth < {TARGET_RSS_GROWTH_MIB:g} MiB ({s.name})",
            f"not measured in {run.profile.mode} mode (`make bench`, the full run, measures it)",
            _status(None),
        )
    for t in s.huge:
        for side, growth in (("server", t.server_rss_growth), ("client", t.client_rss_growth)):
            table.add(
                f"{_size(t.size)} upload + download, {t.label}: {side} RSS growth < {TARGET_RSS_GROWTH_MIB:g} MiB "
                f"({s.name})",
                f"{growth / MIB:,.0f} MiB",
                _status(growth / MIB < TARGET_RSS_GROWTH_MIB),
            )


def _targets_table(run: RunResult) -> str:
    table = Table(["target (issues 7, 4 and 8; artifacts: issue 20)", "measured", "status"])
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
        _transfer_targets(run, table, s)
        if s.rss_transfer_growth is not None:
            growth = s.rss_transfer_growth / MIB
            grew = max(s.transfers, key=lambda t: t.server_rss_growth)
            table.add(
                f"server RSS growth while streaming a large file both ways < {TARGET_RSS_GROWTH_MIB:g} MiB, every "
                f"data path ({s.name})",
                f"{growth:,.0f} MiB" + (f" ({grew.label})" if len(s.transfers) > 1 else ""),
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
        "registry must keep what it accepted. The artifact rows above are each system's first data path "
        "(the `how` row names it); every path is in the next section.",
        "",
        *_transfers_section(run),
        *_cpu_budget_section(run),
        *_resume_section(run),
        *_huge_section(run),
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


PATHS_EXPLAINED = (
    "Data paths: **HTTP data plane**: the SDK's `PUT /v1/blobs/uploads/<id>` with sendfile from the client and "
    "ranged `GET /v1/blobs/sha256/<hash>` with sendfile from the server, on regserver's HTTP port; **gRPC "
    "streams**: ArtifactStore.WriteBlob / ReadBlob; both forced with `Registry(target, data_plane=…)`, and "
    "the SDK's own report of the path it used is checked. *in N parts*: the server started with "
    "`--part-threshold-bytes` / `--part-size-bytes`, so the SDK sends and fetches the file as N ranges on "
    "concurrent streams. **proxied**: MLflow's client through an MLflow-style server's artifact proxy "
    "(`log_artifact` / `download_artifacts`)."
)


def _transfers_section(run: RunResult) -> list[str]:
    rows = [(s, t) for s in run.systems for t in s.transfers]
    if not rows:
        return []
    theirs = run.mlflow.transfers[0] if run.mlflow is not None and run.mlflow.transfers else None
    size = _size(run.profile.transfer_bytes)
    table = Table([
        "system", "data path", "upload MB/s, median (min to max)", "÷ cp with fsync", "÷ MLflow",
        "download MB/s, median (min to max)", "÷ cp with fsync", "÷ MLflow", "cp with fsync between the repeats, MB/s",
        "RSS growth, MiB: server / client",
    ])  # fmt: skip

    def rate(m: Summary) -> str:
        return f"{num(m.p50)} ({num(m.rep_min)} to {num(m.rep_max)})" if len(m.repeat_values) > 1 else num(m.p50)

    def vs(m: Summary, other: Summary | None) -> str:
        return f"{num(m.p50 / other.p50)}x" if other is not None else "—"

    for s, t in rows:
        table.add(
            s.name, t.label,
            rate(t.upload), vs(t.upload, t.cp_fsync), vs(t.upload, theirs.upload if theirs else None),
            rate(t.download), vs(t.download, t.cp_fsync), vs(t.download, theirs.download if theirs else None),
            rate(t.cp_fsync), f"{mib(t.server_rss_growth)} / {mib(t.client_rss_growth)}",
        )  # fmt: skip
    table.add("`cp` of the file, at the run's start", "—", rate(run.cp), "", "", "", "", "", "", "")
    table.add("`cp` + fsync of the copy, at the run's start", "—", rate(run.cp_fsync), "", "", "", "", "", "", "")
    return [
        f"## Artifact transfers by data path ({size}, {_count(run.profile.transfer_repeats, 'repeat')} each)",
        "",
        f"{PATHS_EXPLAINED} On each server the paths take turns, repeat by repeat, so a noisy moment does not "
        "land on one path only, and before each round `cp` copies the same file and fsyncs the copy: ÷ cp with "
        "fsync divides by those rounds' median, measured minutes apart from the run's opening reference on a "
        "machine that is shared and a VM. ÷ MLflow divides by MLflow's own proxied transfer in this run.",
        "",
        table.render(),
        "",
    ]


_PRIMITIVES = (
    ("sha256", "SHA-256 of bytes in memory", "client: uploads (hashed as sent), downloads (verified); "
     "server: uploads (verified as they land), gRPC downloads (verified as sent)"),
    ("read", "read() from the page cache into a reused buffer", "client: the file, to hash it (and to send it "
     "over gRPC); server: a blob sent over gRPC"),
    ("memcpy", "copy into a reused buffer (memcpy)", "gRPC message bodies, protobuf framing"),
    ("fresh", "join 1 MiB pieces into a new 4 MiB bytes object", "server: an HTTP PUT's body pieces, 4 MiB at a time"),
    ("write", "write() to the page cache", "server: storing an upload; client: writing a download"),
    ("fsync", "fsync() of that GiB (the disk, not the CPU: see wall)", "server: after an upload; client: after "
     "a download"),
    ("sendfile", "sendfile() of a cached file to a loopback TCP socket", "client: HTTP upload; server: HTTP "
     "download"),
    ("recv", "recv() of it on the other end", "server: uploads; client: downloads"),
)  # fmt: skip


def _cpu_budget_section(run: RunResult) -> list[str]:
    prim = run.primitives
    rows = [(s, t) for s in run.systems for t in s.transfers if t.cpu]
    if not prim or not rows:
        return []
    costs = Table(["primitive (one thread, 1 MiB calls)", "CPU-s/GiB", "wall s/GiB", "where a transfer pays it"])
    for key, what, where in _PRIMITIVES:
        c = prim[key]
        costs.add(what, num(c.cpu_s), num(c.wall_s), where)
    cp_samples = {v for s in run.systems for t in s.transfers for v in t.cp_fsync.repeat_values}
    cp = statistics.median([*run.cp_fsync.repeat_values, *cp_samples])  # every cp with fsync of the run
    target = TARGET_CP * cp  # MB/s
    wall = GIB / 1e6 / target  # seconds per GiB at the target
    available = run.cores * wall
    paths = Table([
        "system", "data path", "direction", "client CPU-s/GiB", "server CPU-s/GiB", "both",
        "both ÷ the target's CPU budget", "CPU-bound ceiling, MB/s", "measured MB/s",
    ])  # fmt: skip
    for s, t in rows:
        for direction in ("upload", "download"):
            both = t.total_cpu(direction)
            ceiling = run.cores * GIB / both / 1e6 if both > 0 else math.nan
            paths.add(
                s.name, t.label, direction, num(t.cpu[f"client_{direction}"]), num(t.cpu[f"server_{direction}"]),
                num(both), num(both / available), num(ceiling), num(getattr(t, direction).p50),
            )  # fmt: skip
    sha = prim["sha256"].cpu_s
    one_pass = sum(prim[k].cpu_s for k in ("read", "sendfile", "recv", "write"))
    regserver = [(s, t) for s, t in rows if t.data_path in ("http", "grpc")]
    totals = [t.total_cpu(d) for _, t in regserver for d in ("upload", "download")]
    spent = f"{num(min(totals))} to {num(max(totals))}" if totals else "—"
    return [
        "## CPU budget",
        "",
        "What moving one GiB costs this machine in its parts, measured in this run (benchmarks/primitives.py: "
        "the best of 3, each on one thread, CPU from the thread's own clock; the best, because the kernel's part "
        "of a write into memory varies up to 3x on this VM and the budget asks what a GiB must cost at least):",
        "",
        costs.render(),
        "",
        "And what each data path spent: CPU-seconds per GiB of the client process (getrusage, every thread) and "
        "of the server's process tree (utime + stime from /proc/<pid>/stat), read before and after each upload "
        "and each download, the median of the repeats. The kernel's writeback threads, which put page-cache "
        "writes on disk, are in neither. The ceiling is what the two columns together would allow if all "
        f"{run.cores} cores did nothing else and never waited: {run.cores} CPU-seconds per second of wall time "
        f"÷ both. The target's CPU budget is what {TARGET_CP:g}x cp with fsync leaves a GiB (see below): above 1, "
        "the CPU alone rules the target out on this machine.",
        "",
        paths.render(),
        "",
        f"**What limits throughput here.** This machine has {run.cores} cores: {run.cores} CPU-seconds per second "
        f"of wall time for client and server together. The target, {TARGET_CP:g}x cp with fsync (the median "
        f"of every cp with fsync of this run, {num(cp)} MB/s, so {num(target)} MB/s), leaves a GiB {num(wall)} s "
        f"of wall time, so {num(available)} CPU-seconds. Both "
        f"ends hash every byte, at {num(sha)} CPU-s/GiB each: {num(2 * sha)} of them go to SHA-256 alone, "
        f"leaving {num(available - 2 * sha)} for reading the file, sending, receiving and writing (one pass of "
        f"each costs {num(one_pass)} CPU-s/GiB in the table above) and for everything Python does around them. "
        f"regserver's paths spent {spent} CPU-s/GiB in all, client and server together. A path whose total is "
        f"above {num(available)} cannot reach the target on {run.cores} cores whatever it overlaps; one below "
        "it that still falls short is losing time to waiting (a stage on one thread, fsync, hand-offs between "
        "threads), not to the CPU. One stream's hash runs on one thread, so no single stream can pass "
        f"{num(GIB / 1e6 / sha)} MB/s on either end. {_verdict(regserver, available)}",
        "",
    ]


def _verdict(rows: list[tuple[SystemResult, Transfer]], available: float) -> str:
    """Which of regserver's paths fell short of the cp target in this run, and whether the CPU explains it."""
    checked = [(s, t, d) for s, t in rows for d in ("upload", "download")]
    short = [(s, t, d) for s, t, d in checked if getattr(t, d).p50 < TARGET_CP * t.cp_fsync.p50]
    if not checked:
        return ""
    if not short:
        return f"In this run every one of regserver's {len(checked)} path-directions reached the target."

    def name(s: SystemResult, t: Transfer, d: str) -> str:
        return f"{t.label} {d} on {s.name.removeprefix('regserver ')} ({num(t.total_cpu(d))} CPU-s/GiB)"

    bound = [name(*x) for x in short if x[1].total_cpu(x[2]) > available]
    waiting = [name(*x) for x in short if x[1].total_cpu(x[2]) <= available]
    said = f"In this run {len(short)} of regserver's {len(checked)} path-directions fell short of it."
    if bound:
        said += f" Over the CPU the target leaves: {'; '.join(bound)}."
    if waiting:
        said += f" Within it, so short for want of overlap rather than of CPU: {'; '.join(waiting)}."
    said += (
        " What would lift the uploads: more cores (each end's hash, the copies and the writes all run at once "
        "given them: the paths above spend little more than the budget), a cheaper hash per byte on each end "
        "(a CPU with faster SHA-256, or a tree hash whose lanes run in parallel, a change of the contract), or "
        "hashing on one end only, as MLflow's client does (it does not hash, and spends about 0.35 CPU-s/GiB "
        "less on the client), which would give up the client's own check of what it sent."
    )
    return said


def _resume_section(run: RunResult) -> list[str]:
    rows = [(s, r) for s in run.systems for r in s.resumes]
    if not rows:
        return []
    table = Table([
        "system", "data path", "file", "sent when killed", "server received, first run",
        "server received, second run", "re-sent", "second run, s",
    ])  # fmt: skip
    for s, r in rows:
        table.add(
            s.name, r.label, _size(r.size), f"{r.sent_first / MIB:,.1f} MiB ({100 * r.sent_first / r.size:.1f}%)",
            f"{r.received_first / MIB:,.1f} MiB", f"{r.received_second / MIB:,.1f} MiB",
            f"{r.resent / MIB:,.1f} MiB ({r.resent_pct:.2f}%)", num(r.rerun_s),
        )  # fmt: skip
    size = rows[0][1].size
    note = "" if size >= 2 * GIB else f" ({run.profile.mode} mode: {_size(size)}; the issue's target names 2 GiB)"
    return [
        "## Resume: an upload killed half-way, then run again",
        "",
        f"`upload_version` of a {_size(size)} file{note} in a child process that SIGKILLs itself from its own "
        f"progress callback once {RESUME_KILL_AT:.0%} is sent, then the same call in a new process, which must "
        "find what the server kept (the upload id is stable for an unchanged file; QueryWriteStatus says how much "
        "the server holds) and send the rest. *sent when killed* is the first run's progress at its death; "
        "*server received* is the server's `regserver_artifact_received_bytes` counter (its /metrics) over each "
        "run; *re-sent* is what the second run sent beyond the part of the file the first had not sent "
        "(second run received minus the file's size less what was sent when killed): bytes on the wire twice.",
        "",
        table.render(),
        "",
    ]


def _huge_section(run: RunResult) -> list[str]:
    rows = [(s, t) for s in run.systems for t in s.huge]
    if not rows:
        if run.profile.mode == "quick":
            return [
                "## A 10 GiB file",
                "",
                "Not measured in quick mode: `make bench` (the full run) uploads and downloads a 10 GiB file over "
                "each data path and reports the server's and the client's RSS growth.",
                "",
            ]
        return []
    table = Table(["system", "data path", "upload MB/s", "download MB/s", "server RSS growth, MiB",
                   "client RSS growth, MiB"])  # fmt: skip
    for s, t in rows:
        table.add(s.name, t.label, num(t.upload.p50), num(t.download.p50), mib(t.server_rss_growth),
                  mib(t.client_rss_growth))  # fmt: skip
    return [
        f"## A {_size(rows[0][1].size)} file",
        "",
        "Once each: upload then download over each data path, the server's process tree sampled every 50 ms "
        "from the harness and the client's own RSS every 50 ms from a thread in the client process; growth is "
        "the peak minus the RSS just before.",
        "",
        table.render(),
        "",
    ]


def _gcs_section(run: RunResult) -> list[str]:
    g = run.gcs
    if g is None or not g.transfers:
        return []
    size = run.profile.transfer_bytes / (1024 * MIB)

    def cpu(t: Transfer, direction: str) -> str:
        if not t.cpu:
            return "—"
        return f"{num(t.cpu[f'client_{direction}'])} / {num(t.cpu[f'server_{direction}'])}"

    table = Table(
        ["data path", "upload MB/s", "download MB/s", "CPU-s/GiB up: client / server",
         "CPU-s/GiB down: client / server", "server RSS growth, MiB"]
    )  # fmt: skip
    for t in g.transfers:
        table.add(
            t.label, num(t.upload.p50), num(t.download.p50), cpu(t, "upload"), cpu(t, "download"),
            mib(t.server_rss_growth),
        )  # fmt: skip
    return [
        "## Artifacts on Google Cloud Storage (regserver)",
        "",
        f"The same {size:g} GiB upload and download, once by each path, with regserver's blobs on GCS "
        "(`--artifact-root gs://…`, `--signing-credentials-file` a throw-away service account key), against "
        "`gcp-storage-emulator` in memory on this machine through the real `google-cloud-storage` client. "
        "Signed URLs: the SDK PUTs the parts and GETs the blob straight from the bucket; the server signs, then "
        "verifies the upload by reading it back from the bucket and hashing it (CommitUpload), so its CPU is that "
        "verification's. Proxied: the bytes pass through the server's HTTP data plane. The emulator (one Python "
        "process) bounds both throughputs, and its own CPU is in neither column; the figures that matter are "
        "regserver's CPU and memory.",
        "",
        table.render(),
        "",
        f"Server RSS at rest: {mib(g.rss_rest)} MiB.",
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
        f"Artifacts: {_count(p.transfer_repeats, 'repeat')} by each data path, each with new leading bytes (a new "
        "digest, so nothing is deduplicated, and a new upload id). regserver: the SDK's `upload_version(model, "
        "path)` (the file sent while it is hashed, CommitUpload naming the digest, the version created and "
        "finalized) and `download(model, version=…, dest=…)` (written while hashed, verified, fsynced), with "
        "`Registry(target, data_plane=…)` forcing the path; the SDK's digest cache lives in the run's own "
        "directory. MLflow: create a run, `log_artifact` through the server's artifact proxy, create a "
        "version pointing at it; then `download_artifacts`. Downloads are fsynced by the client; regserver fsyncs "
        "uploads on the server, MLflow does not. Each repeat deletes the previous repeat's download and stored "
        "copy just before writing its own, untimed, as `cp`'s reference deletes its previous copy: on this kind "
        "of VM, writing into memory freed more than a second or two before costs the kernel up to 2 s per GiB "
        "more, so both must write into memory in the same state. CPU: the workload process reads its own "
        "getrusage and the server's /proc/<pid>/stat (its whole process tree) before and after the upload and "
        "the download; its own RSS is sampled every 50 ms by a thread.",
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
