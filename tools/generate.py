"""Regenerates every client's code from protos/ (run via `make generate`).

Python: grpcio-tools writes regserver/v1/*_pb2.py; they are moved into the
regserver_client.v1 package with relative imports, so the client never
collides with the server's own `regserver` package.
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

# `from regserver.v1 import model_pb2 as ...` and `import regserver.v1.x_pb2`.
_FROM_IMPORT = re.compile(r"^from regserver\.v1 import ", re.MULTILINE)
_PLAIN_IMPORT = re.compile(r"^import regserver\.v1\.(\w+) as (\w+)$", re.MULTILINE)


def generate_python() -> None:
    import grpc_tools  # noqa: F401  (fail early with a clear ImportError)

    protos = sorted(str(p.relative_to(PROTOS)) for p in PROTOS.rglob("*.proto"))
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [
            sys.executable, "-m", "grpc_tools.protoc", f"-I{PROTOS}",
            f"--python_out={tmp}", f"--pyi_out={tmp}", f"--grpc_python_out={tmp}",
            *protos,
        ]
        subprocess.run(cmd, check=True)
        produced = Path(tmp) / "regserver" / "v1"
        for old in PY_OUT.glob("*_pb2*.py*"):
            old.unlink()
        for src in sorted(produced.iterdir()):
            text = src.read_text()
            text = _FROM_IMPORT.sub("from . import ", text)
            text = _PLAIN_IMPORT.sub(r"from . import \1 as \2", text)
            (PY_OUT / src.name).write_text(text)
    (PY_OUT / "__init__.py").write_text('"""Generated from protos/regserver/v1 by tools/generate.py; do not edit."""\n')
    (PY_OUT / "py.typed").write_text("")


if __name__ == "__main__":
    generate_python()
    print(f"generated Python code in {PY_OUT.relative_to(ROOT)}")
