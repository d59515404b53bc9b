"""The layers of docs/ARCHITECTURE.md, kept true: no module imports a package its layer may not use.

Imports under `if TYPE_CHECKING:` count too: a type is a dependency. Neither the server's modules nor
the SDK's import each other in a circle (the Registry facade uses its parts; no part imports it).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVER = ROOT / "src" / "regserver"
SDK = ROOT / "clients" / "python" / "src" / "regserver_client"

# What each package of src/regserver may import, besides itself and the top-level `regserver`
# (its __version__). Entry points (cli, server, runtime, __main__) wire everything and may import any.
ALLOWED: dict[str, frozenset[str]] = {
    "api": frozenset({"domain", "auth", "audit", "events", "observability"}),
    "http": frozenset({"api"}),  # a second door onto the same handler chains
    "auth": frozenset({"domain"}),
    "events": frozenset({"domain", "store"}),
    "observability": frozenset({"domain", "store"}),
    "store": frozenset({"domain", "audit"}),
    "audit": frozenset({"domain"}),
    "domain": frozenset({"artifacts"}),  # the blob backend's interface (artifacts/backend.py)
    "artifacts": frozenset(),
    "config": frozenset({"domain"}),
    "importers": frozenset(),  # a client of a running server, through the SDK only
}
ENTRY_POINTS = frozenset({"cli", "server", "runtime", "__main__"})


def _imports(path: Path, package: str) -> list[tuple[int, str]]:
    """(line, imported module) of every import in the file; `package` resolves relative ones."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p)
            if node.module:  # `from . import files` imports files, not the package it sits in
                found.append((node.lineno, module))
            # `from pkg import name` may import a module: count pkg.name too.
            found.extend((node.lineno, f"{module}.{alias.name}") for alias in node.names)
    return found


def _package_of(path: Path) -> str:
    parts = path.relative_to(SERVER).parts
    return parts[0].removesuffix(".py")


def test_no_server_module_imports_across_the_allowed_direction() -> None:
    crossings = []
    for path in sorted(SERVER.rglob("*.py")):
        layer = _package_of(path)
        if layer in ENTRY_POINTS or layer == "__init__":
            continue
        assert layer in ALLOWED, f"{path.relative_to(ROOT)}: package {layer!r} has no entry in ALLOWED (and the doc)"
        package = ".".join(("regserver", *path.relative_to(SERVER).parent.parts))
        for line, module in _imports(path, package):
            parts = module.split(".")
            if parts[0] != "regserver" or len(parts) < 2:
                continue
            target = parts[1]
            if target == layer or (target not in ALLOWED and target not in ENTRY_POINTS):
                continue  # its own package, or the top level (regserver.__version__)
            if target not in ALLOWED[layer]:
                crossings.append(f"{path.relative_to(ROOT)}:{line}: {layer} imports {module}")
    assert not crossings, "imports against docs/ARCHITECTURE.md's layers:\n" + "\n".join(crossings)


def _module_graph(root: Path, top: str) -> dict[str, set[str]]:
    """Module -> the modules of the same tree it imports (type-only imports included)."""
    names = {}
    for path in root.rglob("*.py"):
        parts = (top, *path.relative_to(root).with_suffix("").parts)
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in names.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        graph[name] = {m for _, m in _imports(path, package) if m in names and m != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[str]:
    cycles = []
    for name, targets in sorted(graph.items()):
        for target in sorted(targets):
            if name in _reachable(graph, target):
                cycles.append(f"{name} -> {target} -> ... -> {name}")
    return cycles


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for nxt in graph.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def test_no_import_cycles_in_the_server_or_the_sdk() -> None:
    server = _module_graph(SERVER, "regserver")
    # The SDK package re-exports its parts from __init__; a part importing the package is a cycle too.
    sdk = _module_graph(SDK, "regserver_client")
    for graph in (server, sdk):
        for name in list(graph):
            graph[name] = {m for m in graph[name] if not m.endswith(".v1") and ".v1." not in m}
    assert not _cycles(server), "import cycles in src/regserver:\n" + "\n".join(_cycles(server))
    assert not _cycles(sdk), "import cycles in regserver_client:\n" + "\n".join(_cycles(sdk))
    # The Registry facade uses its parts; the parts take the narrow client they need.
    assert "regserver_client.registry" not in sdk["regserver_client.files"] | sdk["regserver_client.runs"]


_ERRORS = {"InvalidArgument", "NotFound", "AlreadyExists", "FailedPrecondition", "Aborted", "OutOfRange",
           "ResourceExhausted", "DataLoss", "Unavailable", "Unauthenticated", "PermissionDenied"}  # fmt: skip


def test_every_error_reason_the_server_raises_is_in_errors_proto() -> None:
    """ErrorInfo.reason values are part of the contract: clients branch on them, so each one raised
    (`NotFound("...", "MODEL_NOT_FOUND", ...)`) must be listed, with its meaning, in errors.proto."""
    from regserver_client.v1 import errors_pb2

    listed = {value.name.removeprefix("ERROR_REASON_") for value in errors_pb2.ErrorReason.DESCRIPTOR.values}
    unlisted = []
    for path in SERVER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _ERRORS):
                continue
            reason = node.args[1] if len(node.args) >= 2 else None
            if isinstance(reason, ast.Constant) and isinstance(reason.value, str) and reason.value not in listed:
                unlisted.append(f"{path.relative_to(ROOT)}:{node.lineno}: {reason.value}")
    assert not unlisted, "reasons missing from protos/regserver/v1/errors.proto:\n" + "\n".join(unlisted)
