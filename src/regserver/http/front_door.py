"""The server's one HTTP listener, beside the gRPC port, in the same process and event loop: the
same store, Watch hub, auth and audit. It carries the Connect protocol (regserver.http.gateway) for
browsers and other HTTP clients, and the web UI (regserver.http.web_ui) that uses it; MLflow's REST
API (regserver.http.mlflow) is mounted here too, before the UI's catch-all page.
"""

from __future__ import annotations

import logging
import ssl

from aiohttp import web

from regserver.api.artifact_store import BlobIntake
from regserver.http import mlflow_artifacts, mlflow_tracking
from regserver.http.blobs import BlobPlane
from regserver.http.gateway import ConnectGateway
from regserver.http.mlflow import MlflowApi
from regserver.http.mlflow_artifacts import MlflowArtifacts
from regserver.http.web_ui import WebUi

log = logging.getLogger(__name__)


class FrontDoor:
    def __init__(self, gateway: ConnectGateway, blobs: BlobIntake) -> None:
        # Connect bodies are bounded by the gateway itself, message by message.
        self.app = web.Application(client_max_size=gateway.max_body_bytes + 64 * 1024)
        self.app.add_routes(gateway.routes())
        self.app.add_routes(BlobPlane(gateway, blobs).routes())
        endpoints = [*mlflow_tracking.ENDPOINTS, *mlflow_artifacts.ENDPOINTS]
        files = MlflowArtifacts(gateway, blobs).routes()
        self.app.add_routes(MlflowApi(gateway, endpoints, files).routes())
        self.app.add_routes(WebUi().routes())  # last: the page answers every GET no API route took
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def start(self, host: str, port: int, ssl_context: ssl.SSLContext | None, grace: float) -> int:
        """Listens on host:port (0 picks a free port); returns the port. OSError if it cannot."""
        # A handler whose client went away is cancelled, as a gRPC call is: streams end at once.
        # Calls are logged by the chain's metrics concern, so aiohttp's own access log is off.
        self._runner = web.AppRunner(self.app, handler_cancellation=True, access_log=None, shutdown_timeout=grace)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port, ssl_context=ssl_context, reuse_address=True)
        try:
            await site.start()
        except OSError:
            await self._runner.cleanup()
            self._runner = None
            raise
        self.port = int(self._runner.addresses[0][1])
        return self.port

    async def stop(self) -> None:
        """Stops accepting, lets calls in flight finish for up to the grace given to start, then ends them."""
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.shutdown()
            await runner.cleanup()
