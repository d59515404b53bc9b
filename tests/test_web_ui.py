"""The web UI in a real browser (headless Chromium from Debian's packages, driven by Playwright)
against a real `regserver` on SQLite: what a reviewer sees and does, with the SDK as the other
client. Each test saves a screenshot under build/screenshots/.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from regserver_client import Registry

from regserver.config import Settings
from tests.support.process import Spawn, clean_env
from tests.support.server import ServerThread
from tests.test_auth import secured, token_for  # noqa: F401  (secured is a fixture)

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "build" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    # `make test` installs Debian's chromium (scripts/ensure-chromium); without it this fails, loudly.
    assert os.path.exists(CHROMIUM), "no chromium: run scripts/ensure-chromium (apt-get install chromium)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """SQLite only: conftest's `settings`, `server` and test_auth's `secured` use it here."""
    return f"sqlite:///{tmp_path / 'regserver.db'}"


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: problems.append(str(e)))
    yield tab
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SHOTS / f"{request.node.name}.png"), full_page=True)
    context.close()
    # A refused call logs a failed fetch in the console; a script error or a CSP violation is a bug.
    assert not [p for p in problems if "Content Security Policy" in p or "Uncaught" in p], problems


def sign_in(page: Page, secret: str) -> None:
    """Signs out whoever is signed in, then in with this token."""
    if page.get_by_role("button", name="Sign out").count():
        page.get_by_role("button", name="Sign out").click()
    page.get_by_label("API token").fill(secret)
    page.get_by_role("button", name="Sign in").click()


def seed(registry: Registry, files: Path) -> None:
    (files / "config").mkdir(parents=True, exist_ok=True)
    (files / "model.bin").write_bytes(os.urandom(300_000))
    (files / "config" / "params.txt").write_text("learning_rate=0.01\n")
    registry.create_model(
        "fraud-detector",
        description="# Fraud detector\n\nScores **card transactions** for fraud.\n\n- retrained weekly\n",
        tags={"team": "risk"},
    )
    for i in range(3):
        registry.upload_version(
            "fraud-detector", files, metrics={"auc": 0.90 + i / 100, "f1": 0.80 + i / 50}, description=f"retrain {i}"
        )
    registry.set_alias("fraud-detector", "champion", 2)
    registry.create_model("churn", description="Customer churn", tags={"team": "growth"})


def test_browse_from_the_model_list_to_a_version(server: ServerThread, page: Page, tmp_path: Path) -> None:
    with Registry(server.target) as registry:
        seed(registry, tmp_path / "files")
    page.goto(server.http_url)
    rows = page.locator("table.list tbody tr")
    expect(rows).to_have_count(2)
    page.get_by_label("Search").fill("fraud")
    page.get_by_role("button", name="Apply").click()
    expect(rows).to_have_count(1)
    expect(page).to_have_url(f"{server.http_url}/models?q=fraud")
    page.get_by_role("link", name="fraud-detector", exact=True).click()

    expect(page.get_by_role("heading", name="fraud-detector", level=1)).to_be_visible()
    expect(page.get_by_role("heading", name="Fraud detector")).to_be_visible()  # the Markdown, rendered
    expect(page.locator("strong", has_text="card transactions")).to_be_visible()
    versions = page.locator("table.versions tbody tr")
    expect(versions).to_have_count(3)
    expect(versions.first).to_contain_text("v3")
    expect(versions.nth(1)).to_contain_text("champion")
    expect(versions.nth(1)).to_contain_text("0.91")
    page.screenshot(path=str(tmp_path / "model.png"))

    page.locator("table.versions").get_by_role("link", name="v2", exact=True).click()
    expect(page.get_by_role("heading", name="fraud-detector version 2")).to_be_visible()
    files = page.locator("table.files tbody tr")
    expect(files).to_have_count(2)
    expect(files.nth(1)).to_contain_text("model.bin")
    page.go_back()
    expect(page.get_by_role("heading", name="fraud-detector", level=1)).to_be_visible()


def test_an_alias_moved_and_a_version_registered_elsewhere_appear_without_a_reload(
    server: ServerThread, page: Page, tmp_path: Path
) -> None:
    with Registry(server.target) as registry:
        seed(registry, tmp_path / "files")
        page.goto(f"{server.http_url}/models/fraud-detector")
        expect(page.locator(".live.on")).to_be_visible()
        aliases = page.locator("aside ul.plain").first
        expect(aliases).to_contain_text("champion → version 2")
        registry.set_alias("fraud-detector", "champion", 3)
        expect(aliases).to_contain_text("champion → version 3", timeout=2000)
        registry.create_version("fraud-detector", description="from another client")
        expect(page.locator("table.versions tbody tr").first).to_contain_text("v4", timeout=2000)
        expect(page.locator("ol.history")).to_contain_text("champion")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_after_the_server_restarts_the_page_catches_up_by_itself(spawn: Spawn, page: Page, tmp_path: Path) -> None:
    """The stream drops, the page says so and keeps what it showed; once the server is back it
    resumes from the last revision it saw, so a change made before it reconnected still shows."""
    grpc_port, http_port = _free_port(), _free_port()
    args = ["--port", str(grpc_port), "--http-port", str(http_port), "--data-dir", str(tmp_path / "data")]
    server = spawn(args, env=clean_env())
    server.wait_listening()
    with Registry(server.target) as registry:
        seed(registry, tmp_path / "files")
    page.goto(f"http://127.0.0.1:{http_port}/models/fraud-detector")
    expect(page.locator(".live.on")).to_be_visible()
    assert server.terminate() == 0
    expect(page.locator(".live.off")).to_be_visible()
    expect(page.locator("table.versions tbody tr")).to_have_count(3)  # what it showed stays

    again = spawn(args, env=clean_env())
    again.wait_listening()
    with Registry(again.target) as registry:
        registry.set_alias("fraud-detector", "champion", 3)  # most likely before the page reconnects
    expect(page.locator(".live.on")).to_be_visible(timeout=15_000)
    expect(page.locator("aside ul.plain").first).to_contain_text("champion → version 3")


def test_a_download_is_verified_and_saved_with_the_files_digest(
    server: ServerThread, page: Page, tmp_path: Path
) -> None:
    with Registry(server.target) as registry:
        seed(registry, tmp_path / "files")
    expected = hashlib.sha256((tmp_path / "files" / "model.bin").read_bytes()).hexdigest()
    page.goto(f"{server.http_url}/models/fraud-detector/versions/1")
    row = page.locator("table.files tbody tr", has_text="model.bin")
    with page.expect_download() as downloading:
        row.get_by_role("button", name="Download").click()
    saved = tmp_path / "downloaded.bin"
    downloading.value.save_as(saved)
    assert downloading.value.suggested_filename == "model.bin"
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == expected
    expect(row).to_contain_text("sha256 verified")


def test_unknown_models_versions_and_pages_show_not_found(server: ServerThread, page: Page, tmp_path: Path) -> None:
    with Registry(server.target) as registry:
        seed(registry, tmp_path / "files")
    for path in ("/models/no-such-model", "/models/fraud-detector/versions/99", "/no/such/page"):
        page.goto(server.http_url + path)
        expect(page.get_by_role("heading", name="Not found")).to_be_visible()
        expect(page.get_by_role("link", name="Back to the models")).to_be_visible()


def test_a_bad_filter_shows_the_servers_own_message(server: ServerThread, page: Page) -> None:
    page.goto(f"{server.http_url}/models?filter=tags.team%20%3D")
    expect(page.get_by_role("alert")).to_contain_text("This filter does not work")
    expect(page.get_by_role("alert")).to_contain_text("INVALID_FILTER")


def test_an_empty_registry_says_how_to_register_and_shows_the_first_model_live(
    server: ServerThread, page: Page
) -> None:
    page.goto(server.http_url)
    expect(page.get_by_role("heading", name="No models yet")).to_be_visible()
    expect(page.locator(".empty pre")).to_contain_text('registry.create_model("fraud-detector"')
    expect(page.locator(".live.on")).to_be_visible()
    with Registry(server.target) as registry:
        registry.create_model("first-model")
    expect(page.get_by_role("link", name="first-model")).to_be_visible(timeout=2000)


def test_the_page_holds_at_phone_width(server: ServerThread, browser: Browser, tmp_path: Path) -> None:
    with Registry(server.target) as registry:
        seed(registry, tmp_path / "files")
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    try:
        for path in ("/models", "/models/fraud-detector", "/models/fraud-detector/versions/2"):
            phone.goto(server.http_url + path)
            expect(phone.locator("main h1")).to_be_visible()
            assert phone.evaluate("document.documentElement.scrollWidth") <= 390, f"{path} scrolls sideways"
        SHOTS.mkdir(parents=True, exist_ok=True)
        phone.screenshot(path=str(SHOTS / "phone-version.png"), full_page=True)
    finally:
        context.close()


def test_a_viewer_sees_no_write_controls_and_a_forged_write_is_refused(
    secured: tuple[ServerThread, str],  # noqa: F811
    page: Page,
    tmp_path: Path,
) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        seed(admin, tmp_path / "files")
        tokens = {"vic": token_for(admin, "vic", "viewer"), "eve": token_for(admin, "eve", "editor")}

        page.goto(f"{server.http_url}/models/fraud-detector")
        expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
        sign_in(page, tokens["vic"])
        expect(page.get_by_role("heading", name="fraud-detector", level=1)).to_be_visible()
        expect(page.locator("header .who")).to_contain_text("vic")
        expect(page.get_by_role("button", name="Add tag")).to_have_count(0)
        expect(page.get_by_role("button", name="Remove tag team")).to_have_count(0)
        forged = page.evaluate(
            """async (secret) => {
                const answer = await fetch("/regserver.v1.ModelRegistry/UpdateRegisteredModel", {
                    method: "POST",
                    headers: {"Content-Type": "application/json", "Authorization": `Bearer ${secret}`},
                    body: JSON.stringify({registeredModel: {name: "fraud-detector", tags: {team: "x"}},
                                          updateMask: "tags.team"}),
                });
                return [answer.status, (await answer.json()).code];
            }""",
            tokens["vic"],
        )
        assert forged == [403, "permission_denied"]
        assert admin.get_model("fraud-detector").tags["team"] == "risk"

        sign_in(page, tokens["eve"])
        page.get_by_label("New tag (key=value)").fill("reviewed = yes")
        page.get_by_role("button", name="Add tag").click()
        expect(page.locator("aside ul.tags")).to_contain_text("reviewed")
        assert admin.get_model("fraud-detector").tags["reviewed"] == "yes"
        page.get_by_role("button", name="Remove tag team").click()
        expect(page.locator("aside ul.tags")).not_to_contain_text("risk")
        assert "team" not in admin.get_model("fraud-detector").tags


def test_compare_a_version_with_the_champion(server: ServerThread, page: Page, tmp_path: Path) -> None:
    with Registry(server.target) as registry:
        seed(registry, tmp_path / "files")
    page.goto(f"{server.http_url}/models/fraud-detector/versions/3")
    page.get_by_role("link", name="Compare with the champion (v2)").click()
    expect(page.get_by_role("heading", name="Compare versions of fraud-detector")).to_be_visible()
    metrics = page.locator("table.compare", has=page.get_by_role("columnheader", name="Metric"))
    auc = metrics.locator("tr", has=page.get_by_role("rowheader", name="auc"))
    expect(auc).to_contain_text("0.91")
    expect(auc).to_contain_text("0.92")
    expect(auc).to_contain_text("+0.01")
    expect(auc).to_have_class("changed")
    page.get_by_label("Candidate (b)").select_option("1")
    expect(page).to_have_url(f"{server.http_url}/models/fraud-detector/compare?a=champion&b=1")
    expect(auc).to_contain_text("\u22120.01")  # a minus sign, as printed
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.get_by_label("Candidate (b)").select_option("3")
    expect(auc).to_contain_text("+0.01")
    page.screenshot(path=str(SHOTS / "compare.png"), full_page=True)


def test_a_promotion_requested_by_one_user_is_approved_by_another(
    secured: tuple[ServerThread, str],  # noqa: F811
    page: Page,
    tmp_path: Path,
) -> None:
    from regserver_client import protect

    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        seed(admin, tmp_path / "files")
        admin.set_promotion_policy("fraud-detector", [protect(alias="champion", thresholds={"auc": (">=", 0.9)})])
        tokens = {"eve": token_for(admin, "eve", "editor"), "ann": token_for(admin, "ann", "approver")}

        page.goto(f"{server.http_url}/models/fraud-detector/versions/3")
        sign_in(page, tokens["eve"])
        expect(page.locator("header .who")).to_contain_text("eve")
        page.get_by_label("Why").fill("better auc on the March backtest")
        page.get_by_role("button", name="Request promotion").click()
        expect(page.get_by_role("status")).to_contain_text("v3 → alias champion now waits for an approver")

        page.goto(f"{server.http_url}/models/fraud-detector")
        pending = page.get_by_role("listitem", name="Promotion of version 3 to alias champion")
        expect(pending).to_contain_text("asked by eve")
        expect(pending).to_contain_text("✓ metric:auc — auc = 0.92, needs >= 0.9")
        expect(pending.get_by_role("button", name="Approve")).to_have_count(0)  # an editor does not decide
        expect(pending.get_by_role("button", name="Withdraw")).to_be_visible()

        sign_in(page, tokens["ann"])
        expect(page.locator("header .who")).to_contain_text("ann")
        pending.get_by_label("Comment on the promotion of version 3").fill("checked the backtest")
        pending.get_by_role("button", name="Approve").click()
        expect(page.locator("aside ul.plain").first).to_contain_text("champion → version 3")
        expect(page.get_by_text("No promotion is waiting for a decision.")).to_be_visible()
        assert admin.get_version_by_alias("fraud-detector", "champion").version == 3

        # The approver asks for one herself: approving it is refused, in the server's words.
        page.goto(f"{server.http_url}/models/fraud-detector/versions/1")
        page.get_by_role("button", name="Request promotion").click()
        expect(page.get_by_role("status")).to_be_visible()
        page.goto(f"{server.http_url}/models/fraud-detector")
        mine = page.get_by_role("listitem", name="Promotion of version 1 to alias champion")
        mine.get_by_role("button", name="Approve").click()
        expect(mine.get_by_role("alert")).to_contain_text("PERMISSION_DENIED")
        assert admin.get_version_by_alias("fraud-detector", "champion").version == 3


def test_experiments_runs_and_a_100000_point_metric_history(server: ServerThread, page: Page, tmp_path: Path) -> None:
    (tmp_path / "out" / "notes").mkdir(parents=True)
    (tmp_path / "out" / "notes" / "readme.txt").write_text("trained on November data\n")
    with Registry(server.target) as registry:
        with registry.start_run("fraud-training", name="long-run", capture=False) as run:
            run.log_params({"learning_rate": 0.01, "depth": 8})
            for step in range(100_000):
                run.log_metric("loss", 1.0 / (1 + step / 1000), step=step)
            run.log_metric("auc", 0.93)
        long_run = run.id
        registry.log_artifacts(long_run, tmp_path / "out")  # what mlflow.log_text would have logged too
        with registry.start_run("fraud-training", name="short-run", capture=False) as short:
            short.log_params({"learning_rate": 0.1, "depth": 4})
            short.log_metric("auc", 0.71)
    page.goto(server.http_url)
    page.get_by_role("navigation", name="Sections").get_by_role("link", name="Experiments").click()
    page.get_by_role("link", name="fraud-training").click()
    runs = page.locator("table.runs tbody tr")
    expect(runs).to_have_count(2)
    expect(runs.filter(has_text="long-run")).to_contain_text("0.93")
    page.get_by_label("Filter runs").fill("metrics.auc > 0.9")
    page.get_by_role("button", name="Apply").click()
    expect(runs).to_have_count(1)
    page.get_by_role("link", name="long-run").click()
    chart = page.get_by_role("figure", name="History of loss")
    expect(chart).to_contain_text("100,000 points, drawn as", timeout=15_000)
    expect(chart.locator("canvas")).to_be_visible()
    expect(page.locator("table.kv")).to_contain_text("learning_rate")
    # The run's files download verified, as a version's do.
    row = page.locator("table.files tbody tr", has_text="notes/readme.txt")
    with page.expect_download() as downloading:
        row.get_by_role("button", name="Download").click()
    saved = tmp_path / "readme.txt"
    downloading.value.save_as(saved)
    assert saved.read_text() == "trained on November data\n"
    expect(row).to_contain_text("sha256 verified")
    # The link MLflow's client prints for a run ("View run at: <server>/#/experiments/E/runs/R") opens it here.
    page.goto(f"{server.http_url}/#/experiments/whatever/runs/{long_run}")
    expect(page.get_by_role("heading", name="long-run")).to_be_visible()
    expect(page).to_have_url(f"{server.http_url}/runs/{long_run}")


def test_a_versions_lineage_is_a_graph_to_click_through(server: ServerThread, page: Page, tmp_path: Path) -> None:
    files = tmp_path / "files"
    files.mkdir()
    (files / "model.bin").write_bytes(b"weights")
    with Registry(server.target) as registry:
        with registry.start_run("fraud-training", name="nightly", capture=False) as run:
            run.log_params({"learning_rate": 0.01})
            run.log_metric("loss", 0.25, step=3)
            run.log_dataset("transactions-2026-11", digest="ab" * 32, role="TRAINING")
            run.log_code(commit="0123456789abcdef0123456789abcdef01234567", repository_url="https://git.example/fraud")
            run.register_version("fraud-detector", files)
        (files / "model.bin").write_bytes(b"distilled weights")
        registry.create_model("fraud-small")
        registry.upload_version("fraud-small", files, parents=[("fraud-detector", 1, "DISTILLED_FROM")])
    page.goto(f"{server.http_url}/models/fraud-detector/versions/1")
    summary = page.locator("table.run-summary")  # the run that made it: its params and metrics
    expect(summary).to_contain_text("learning_rate")
    expect(summary).to_contain_text("0.25")
    graph = page.get_by_role("img", name="Lineage of fraud-detector version 1: 5 nodes")
    expect(graph).to_be_visible(timeout=10_000)
    for label in ("transactions-2026-11", "nightly", "0123456789ab", "fraud-detector v1", "fraud-small v1"):
        expect(graph).to_contain_text(label)
    page.get_by_role("group", name="Lineage direction").get_by_role("button", name="Upstream").click()
    expect(page.get_by_role("img", name="Lineage of fraud-detector version 1: 4 nodes")).to_be_visible()
    page.get_by_role("group", name="Lineage direction").get_by_role("button", name="Both").click()
    page.locator("svg.lineage-graph g.node", has_text="fraud-small v1").click()
    expect(page.get_by_role("heading", name="fraud-small version 1")).to_be_visible()
    expect(page.get_by_role("img", name="Lineage of fraud-small version 1")).to_contain_text("fraud-detector v1")


def test_evaluations_as_a_table_of_the_newest_and_charts_over_time(
    server: ServerThread, page: Page, tmp_path: Path
) -> None:
    day = 86_400
    start = 1_790_000_000
    with Registry(server.target) as registry:
        seed(registry, tmp_path / "files")
        for i in range(5):
            for slice_, value in (("", 0.90 + i / 100), ("eu", 0.85 + i / 100)):
                registry.log_evaluation("fraud-detector", 2, "auc", value, slice=slice_, at=start + i * day)
        registry.log_evaluation("fraud-detector", 2, "auc", 0.80, source="MONITORING", at=start + 6 * day)
        registry.log_evaluation("fraud-detector", 2, "recall", 0.7, at=start)
    page.goto(f"{server.http_url}/models/fraud-detector/versions/2")
    table = page.locator(".evaluations > table")
    expect(table.locator("tbody tr")).to_have_count(4)
    expect(table.locator("tr", has_text="eu")).to_contain_text("0.89")
    expect(table.locator("tr", has_text="monitoring")).to_contain_text("0.8")
    expect(page.get_by_role("figure", name="Evaluations of auc over time")).to_contain_text("6 times, 2 slices")
    expect(page.get_by_role("figure", name="Evaluations of recall over time").locator("canvas")).to_be_visible()
    page.get_by_role("group", name="Evaluation source").get_by_role("button", name="Monitoring").click()
    expect(table.locator("tbody tr")).to_have_count(1)
    expect(page.get_by_role("figure", name="Evaluations of auc over time")).to_contain_text("1 time, 1 slice")


def test_the_audit_trail_verifies_in_the_browser_and_shows_an_altered_record(
    secured: tuple[ServerThread, str],  # noqa: F811
    page: Page,
    tmp_path: Path,
) -> None:
    import sqlite3

    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        seed(admin, tmp_path / "files")
        admin.set_model_tag("fraud-detector", "reviewed", "naïve ✓ \u2028")  # non-ASCII in the hashed JSON
        viewer = token_for(admin, "vic", "viewer")

        page.goto(f"{server.http_url}/models")
        sign_in(page, admin_secret)
        page.get_by_role("navigation", name="Sections").get_by_role("link", name="Audit").click()
        status = page.get_by_role("status")
        expect(status).to_contain_text("records listed verify")
        rows = page.locator("table.audit > tbody > tr:not(.detail)")
        expect(rows.filter(has_text="✓ verified")).to_have_count(rows.count())
        page.get_by_label("Model").fill("churn")
        page.get_by_role("button", name="Apply").click()
        expect(rows).to_have_count(1)
        expect(rows.first).to_contain_text("CreateRegisteredModel")

        with sqlite3.connect(tmp_path / "regserver.db") as db:
            db.execute("UPDATE audit_records SET principal = 'mallory' WHERE model_name = 'churn'")
        page.reload()
        expect(status).to_contain_text("1 of the 1 records listed do not verify")
        expect(rows.first).to_contain_text("✗ altered")
        rows.first.get_by_role("button").click()
        expect(page.locator("tr.detail")).to_contain_text('"name": "churn"')
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "audit-altered.png"), full_page=True)

        sign_in(page, viewer)
        expect(page.get_by_role("navigation", name="Sections").get_by_role("link", name="Audit")).to_have_count(0)
        expect(page.get_by_role("alert")).to_contain_text("PERMISSION_DENIED")


def test_webhooks_show_their_deliveries_and_a_failed_one_is_redelivered(settings: Settings, page: Page) -> None:
    from regserver_client.v1 import events_pb2, webhooks_pb2, webhooks_pb2_grpc

    from tests.support.receiver import Receiver

    fast = dataclasses.replace(
        settings,
        webhook_allowed_hosts="127.0.0.1",
        webhook_max_attempts=2,
        webhook_backoff_base_seconds=0.05,
        webhook_backoff_cap_seconds=0.1,
        webhook_timeout_seconds=2.0,
    )
    with (
        Receiver(default=503) as receiver,
        ServerThread(fast) as running,
        Registry(running.target) as registry,
        grpc.insecure_channel(running.target) as channel,
    ):
        hooks = webhooks_pb2_grpc.WebhooksStub(channel)
        hooks.CreateWebhook(
            webhooks_pb2.CreateWebhookRequest(
                webhook=webhooks_pb2.Webhook(
                    url=receiver.url(),
                    event_types=[events_pb2.EVENT_TYPE_MODEL_CREATED],
                    description="CI",
                    secret="a-signing-secret-for-tests",
                )
            )
        )
        registry.create_model("fraud-detector")
        receiver.wait_for(lambda requests: len(requests) >= 2)  # both attempts refused

        page.goto(f"{running.http_url}/webhooks")
        card = page.get_by_role("region", name=f"Webhook {receiver.url()}")
        delivery = card.locator("table.deliveries tbody tr")
        expect(delivery).to_contain_text("failed", timeout=10_000)
        expect(delivery).to_contain_text("model_created")
        expect(delivery).to_contain_text("503")
        receiver.answer(200)
        receiver.default = 200
        delivery.get_by_role("button", name="Redeliver").click()
        expect(card.get_by_role("status")).to_contain_text("Queued again")
        receiver.wait_for(lambda requests: any(r.status == 200 for r in requests))
        page.reload()
        expect(delivery).to_contain_text("succeeded")
        card.get_by_role("button", name="Send a test ping").click()
        expect(card.get_by_role("status")).to_contain_text("Test ping delivered (HTTP 200)")


def test_a_model_the_caller_may_not_read_is_in_no_list_page_or_live_update(
    secured: tuple[ServerThread, str],  # noqa: F811
    page: Page,
    tmp_path: Path,
) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        seed(admin, tmp_path / "files")
        secret = token_for(admin, "dana", "viewer", model="churn")
        page.goto(f"{server.http_url}/models")
        sign_in(page, secret)
        rows = page.locator("table.models tbody tr")
        expect(rows).to_have_count(1)
        expect(rows.first).to_contain_text("churn")
        expect(page.locator(".live.on")).to_be_visible()
        admin.create_model("secret-project")
        admin.set_model_tag("churn", "reviewed", "yes")  # a change she may see, after the one she may not
        expect(rows.first).to_contain_text("reviewed", timeout=3000)
        expect(rows).to_have_count(1)
        expect(page.get_by_text("secret-project")).to_have_count(0)
        page.goto(f"{server.http_url}/models/fraud-detector")  # a link someone shared: refused, and why
        expect(page.get_by_role("alert")).to_contain_text("'dana' may not call GetRegisteredModel")
        expect(page.get_by_role("alert")).to_contain_text("ask an admin to grant it")
