"""Regenerates every client's code from protos/ (run via `make generate`).

Python: grpcio-tools writes regserver/v1/*_pb2.py; they are moved into the
regserver_client.v1 package with relative imports, so the client never
collides with the server's own `regserver` package.

Go, TypeScript and Java: `buf generate` with buf.gen.yaml, whose local plugins
scripts/install-codegen-tools and npm install from their registries.

`--check` generates everything into a temporary directory and fails, naming
the files, when the committed code differs (CI runs it through `make test`).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROTOS = ROOT / "protos"
PY_OUT = ROOT / "clients" / "python" / "src" / "regserver_client" / "v1"
BUF = ROOT / "node_modules" / ".bin" / "buf"
# The directories buf.gen.yaml writes, relative to the repository root; each
# holds generated code only, so it is replaced whole on regeneration.
BUF_OUTPUTS = (
    Path("clients/go/regserverv1"),
    Path("clients/typescript/src/gen"),
    Path("clients/java/src/main/java/dev/regserver/v1"),
)

# `from regserver.v1 import model_pb2 as ...` and `import regserver.v1.x_pb2`.
_FROM_IMPORT = re.compile(r"^from regserver\.v1 import ", re.MULTILINE)
_PLAIN_IMPORT = re.compile(r"^import regserver\.v1\.(\w+) as (\w+)$", re.MULTILINE)


def generate_python(out: Path = PY_OUT) -> None:
    import grpc_tools  # noqa: F401  (fail early with a clear ImportError)

    protos = sorted(str(p.relative_to(PROTOS)) for p in PROTOS.rglob("*.proto"))
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [
            sys.executable,
            "-m",
            "grpc_tools.protoc",
            f"-I{PROTOS}",
            f"--python_out={tmp}",
            f"--pyi_out={tmp}",
            f"--grpc_python_out={tmp}",
            *protos,
        ]
        subprocess.run(cmd, check=True)
        produced = Path(tmp) / "regserver" / "v1"
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("*_pb2*.py*"):
            old.unlink()
        for src in sorted(produced.iterdir()):
            text = src.read_text()
            text = _FROM_IMPORT.sub("from . import ", text)
            text = _PLAIN_IMPORT.sub(r"from . import \1 as \2", text)
            (out / src.name).write_text(text)
    (out / "__init__.py").write_text('"""Generated from protos/regserver/v1 by tools/generate.py; do not edit."""\n')
    (out / "py.typed").write_text("")


def generate_buf(root: Path = ROOT) -> None:
    """Runs buf.gen.yaml with `root` as the output base directory."""
    for rel in BUF_OUTPUTS:
        shutil.rmtree(root / rel, ignore_errors=True)
    subprocess.run([str(BUF), "generate", "-o", str(root)], check=True, cwd=ROOT)


def _files(base: Path) -> dict[str, bytes]:
    if not base.is_dir():
        return {}
    return {str(p.relative_to(base)): p.read_bytes() for p in base.rglob("*") if p.is_file()}


def stale_files(fresh: Path, committed: Path) -> list[str]:
    """Files that differ between a fresh generation and what is checked in."""
    new, old = _files(fresh), _files(committed)
    return sorted(n for n in new.keys() | old.keys() if new.get(n) != old.get(n))


def main() -> int:
    if "--check" in sys.argv[1:]:
        stale: list[str] = []
        with tempfile.TemporaryDirectory() as tmp:
            generate_python(Path(tmp) / "python")
            stale += [f"{PY_OUT.relative_to(ROOT)}/{n}" for n in stale_files(Path(tmp) / "python", PY_OUT)]
            generate_buf(Path(tmp))
            for rel in BUF_OUTPUTS:
                stale += [f"{rel}/{n}" for n in stale_files(Path(tmp) / rel, ROOT / rel)]
        if stale:
            print(f"generated code is stale: {', '.join(stale)}; run `make generate`")
            return 1
        print("generated code is up to date with protos/ (Python, Go, TypeScript, Java)")
        return 0
    generate_python()
    generate_buf()
    print("generated clients/python, clients/go, clients/typescript and clients/java from protos/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
