"""The web UI's files: its built assets (ui/, made from the repository's ui/ by `make ui`) and the
page itself for every other GET, so that /models/fraud/versions/3 opens on that page.

The page is a client of the Connect gateway like any other, on the same origin; a strict Content
Security Policy lets it load only its own script and style and talk only to this server.
"""

from __future__ import annotations

import re
from pathlib import Path

from aiohttp import web

UI_DIR = Path(__file__).resolve().parent / "ui"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
_ASSET = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,200}")
_TYPES = {
    ".js": "text/javascript",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".woff2": "font/woff2",
    ".map": "application/json",
}


class WebUi:
    def __init__(self, directory: Path = UI_DIR) -> None:
        self._dir = directory
        index = directory / "index.html"
        self._page = index.read_bytes() if index.is_file() else None

    def routes(self) -> list[web.AbstractRouteDef]:
        # Registered after every API route: they win, and this answers every other GET.
        return [web.get("/assets/{name}", self.asset), web.get("/{tail:.*}", self.page)]

    async def asset(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        path = self._dir / "assets" / name
        media = _TYPES.get(path.suffix)
        if not _ASSET.fullmatch(name) or media is None or not path.is_file():
            raise web.HTTPNotFound(text=f"no asset {name[:200]!r}: the page may be older than the server; reload it")
        # Names carry a hash of their content: a file under a name never changes.
        return web.FileResponse(
            path,
            headers={
                "Content-Type": media,
                "Cache-Control": "public, max-age=31536000, immutable",
                "X-Content-Type-Options": "nosniff",
            },
        )

    async def page(self, request: web.Request) -> web.Response:
        if self._page is None:
            raise web.HTTPNotFound(text="this regserver was installed without its web UI: run `make ui` in a checkout")
        return web.Response(
            body=self._page,
            content_type="text/html",
            charset="utf-8",
            headers={**SECURITY_HEADERS, "Cache-Control": "no-cache"},
        )
