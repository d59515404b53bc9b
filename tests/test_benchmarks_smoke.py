"""The benchmark harness still runs: its regserver side, on SQLite, at tiny sizes (`--smoke`)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from benchmarks.harness import has_watch, main
from benchmarks.report import NO_WATCH

NUMBER = r"\d[\d,]*(?:\.\d+)?"


def _row(table: str, workload: str, metric: str) -> list[str]:
    """The cells of the row `workload | metric | ...`; a blank workload continues the one above."""
    current = ""
    for line in table.splitlines():
        if not line.startswith("| "):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        current = cells[0] or current
        if current.startswith(workload) and cells[1] == metric:
            return cells[2:]
    raise AssertionError(f"no row {workload!r} / {metric!r} in:\n{table}")


@pytest.mark.timeout(60)
def test_smoke_run_writes_a_table_with_numbers(tmp_path: Path) -> None:
    output = tmp_path / "results.md"
    began = time.monotonic()

    assert main(["--smoke", "--output", str(output)]) == 0

    assert time.monotonic() - began < 30
    table = output.read_text()
    assert "**smoke mode**" in table
    numeric = [
        ("create registered model", "p50 ms"),
        ("create model version, 1 client", "p99 ms"),
        ("create model version, 1 client", "median versions/s"),
        ("get version", "p50 ms"),
        ("get version by alias", "p50 ms"),
        ("set alias", "p50 ms"),
        ("create model version, 2 client processes", "median versions/s"),
        ("list versions, tag filter", "p50 ms"),
        ("artifact upload", "median MB/s"),
        ("artifact download", "median MB/s"),
        ("memory", "at rest, after start-up"),
        ("log 2,000 metric points to one run", "median points/s"),
        ("log 2,000 metric points to one run", "p50 s to read the whole history back"),
    ]
    for workload, metric in numeric:
        (cell,) = _row(table, workload, metric)  # one column: regserver SQLite
        assert re.fullmatch(NUMBER, cell), f"{workload} / {metric}: {cell!r}"
    assert _row(table, "create model version, 2 client processes", "failed calls") == ["0"]
    # Every point read back, the last one with the value logged at step 1,999.
    assert _row(table, "log 2,000 metric points", "read back: points, last value") == ["2,000, 999.75"]
    assert "the full run logs 100,000" in table
    assert _row(table, "list versions, tag filter", "versions returned") == ["21"]  # every tenth of 200, and v1
    for watchers in ("1 watcher", "10 watchers"):
        (watch,) = _row(table, "Watch notification latency", f"p50 / p99 ms, {watchers}")
        if has_watch():
            assert re.fullmatch(rf"{NUMBER} / {NUMBER} \({NUMBER} deliveries\)", watch), watch
        else:
            assert watch == NO_WATCH
    scaling = re.findall(rf"^\| ([\d,]+) \| ({NUMBER}) \| ({NUMBER}) \|", table, re.MULTILINE)
    assert [count for count, _, _ in scaling] == ["200", "1,000"]
    assert "## Targets" in table and "Machine:" in table and "Python " in table
