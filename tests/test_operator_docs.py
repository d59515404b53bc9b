"""docs/ ships a Grafana dashboard and Prometheus alerts: promtool validates them and every metric they
name is one a real regserver exports."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from tests.support.server import ServerThread
from tests.test_operators import scrape

DOCS = Path(__file__).resolve().parent.parent / "docs"
ALERTS = DOCS / "prometheus" / "alerts.yml"
DASHBOARD = DOCS / "grafana" / "regserver.json"
# Grafana's template variables, as a query would see them.
GRAFANA_VARIABLES = {"$__rate_interval": "5m", "$job": "regserver", "$instance": ".*"}


def promtool(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # Installed by scripts/ensure-promtool (make test); a missing promtool fails here, loudly.
    binary = shutil.which("promtool")
    assert binary, "promtool is not installed: run scripts/ensure-promtool"
    return subprocess.run([binary, *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False)


def test_alert_rules_are_valid_and_their_unit_tests_pass() -> None:
    checked = promtool("check", "rules", ALERTS.name, cwd=ALERTS.parent)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    tested = promtool("test", "rules", "alerts_test.yml", cwd=ALERTS.parent)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "SUCCESS" in tested.stdout


def dashboard_queries() -> list[tuple[str, str]]:
    dashboard = json.loads(DASHBOARD.read_text())
    queries = []
    for panel in dashboard["panels"]:
        for target in panel["targets"]:
            expr = target["expr"]
            for variable, value in GRAFANA_VARIABLES.items():
                expr = expr.replace(variable, value)
            queries.append((panel["title"], expr))
    return queries


def test_dashboard_queries_are_valid_promql(tmp_path: Path) -> None:
    queries = dashboard_queries()
    assert len(queries) >= 14
    assert not any("$" in expr for _, expr in queries), "a Grafana variable is left in a query"
    # promtool parses PromQL in rule files: every query becomes a recording rule.
    rules = {"groups": [{"name": "dashboard", "rules": [
        {"record": f"dashboard:query_{i}", "expr": expr} for i, (_, expr) in enumerate(queries)
    ]}]}  # fmt: skip
    (tmp_path / "dashboard.yml").write_text(json.dumps(rules))  # JSON is YAML
    checked = promtool("check", "rules", "dashboard.yml", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _names(text: str) -> set[str]:
    return set(re.findall(r"\b(regserver_[a-z_]+)\b", text))


def test_every_metric_the_docs_use_is_exported(server: ServerThread) -> None:
    assert server.server is not None
    # Every RPC's series exist from start-up, before its first call: no traffic needed.
    exported = {name for name, _ in scrape(server.server.metrics_port)}
    exported |= {re.sub(r"_(bucket|count|sum|total)$", "", name) for name in exported}
    used = _names(ALERTS.read_text()) | {n for _, expr in dashboard_queries() for n in _names(expr)}
    assert len(used) >= 15
    missing = sorted(used - exported)
    assert not missing, f"docs use metrics regserver does not export: {missing}"
