"""Regenerates every client's code from protos/ (run via `make generate`).

Python: grpcio-tools writes regserver/v1/*_pb2.py; they are moved into the
regserver_client.v1 package with relative imports, so the client never
collides with the server's own `regserver` package.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROTOS = ROOT / "protos"
PY_OUT = ROOT / "clients" / "python" / "src" / "regserver_client" / "v1"

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


def stale_files(fresh: Path, committed: Path) -> list[str]:
    """Files that differ between a fresh generation and what is checked in."""
    names = {p.name for p in fresh.iterdir()} | {p.name for p in committed.iterdir() if p.is_file()}
    return sorted(
        n
        for n in names
        if not (fresh / n).is_file()
        or not (committed / n).is_file()
        or (fresh / n).read_bytes() != (committed / n).read_bytes()
    )


def main() -> int:
    if "--check" in sys.argv[1:]:
        with tempfile.TemporaryDirectory() as tmp:
            generate_python(Path(tmp))
            stale = stale_files(Path(tmp), PY_OUT)
        if stale:
            print(f"generated code is stale in {PY_OUT.relative_to(ROOT)}: {', '.join(stale)}; run `make generate`")
            return 1
        print("generated code is up to date with protos/")
        return 0
    generate_python()
    print(f"generated Python code in {PY_OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
