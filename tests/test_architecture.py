"""The layers of docs/ARCHITECTURE.md, kept true: no module imports a package its layer may not use.

Imports under `if TYPE_CHECKING:` count too: a type is a dependency. The SDK's modules import each
other in one direction only (the Registry facade uses its parts; no part imports the facade).
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
    "auth": frozenset({"domain"}),
    "events": frozenset({"domain", "store"}),
    "observability": frozenset({"domain", "store"}),
    "store": frozenset({"domain", "audit"}),
    "audit": frozenset({"domain"}),
    "domain": frozenset({"artifacts"}),  # the blob backend's interface (artifacts/backend.py)
    "artifacts": frozenset(),
    "config": frozenset({"domain"}),
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


def test_the_sdk_parts_do_not_import_the_facade() -> None:
    graph: dict[str, set[str]] = {}
    for path in sorted(SDK.glob("*.py")):
        name = path.stem
        graph[name] = set()
        for _, module in _imports(path, "regserver_client"):
            parts = module.split(".")
            if parts[0] == "regserver_client" and len(parts) > 1 and parts[1] != "v1":
                graph[name].add(parts[1])
    cycles = []
    for name, targets in graph.items():
        for target in targets:
            if name in _reachable(graph, target):
                cycles.append(f"{name} -> {target} -> ... -> {name}")
    assert not cycles, "import cycles in regserver_client:\n" + "\n".join(sorted(cycles))
    assert "registry" not in graph["files"] | graph["runs"]


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        node = todo.pop()
        for nxt in graph.get(node, ()):
            if nxt not in seen and nxt != "__init__":
                seen.add(nxt)
                todo.append(nxt)
    return seen
