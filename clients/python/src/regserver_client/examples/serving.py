"""The serving-side flow, the same in every regserver client (Go, TypeScript, Java, Python).

Resolve an alias of a model, download that version's files verified against their digests, then
Watch and fetch each promotion as it happens:

    python -m regserver_client.examples.serving --model fraud --alias champion --out ./models

It prints, one line each and flushed at once:
    RESOLVED model=<m> alias=<a> version=<n>        (or WAITING model=<m> alias=<a> if unset)
    FILE path=<p> sha256=<hex> size=<bytes> verified
    WATCHING revision=<r>
    PROMOTED model=<m> alias=<a> version=<n> previous=<p> revision=<r>
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

import grpc

from regserver_client import Registry, RegistryError
from regserver_client.v1 import events_pb2, model_pb2


def _say(out: TextIO, line: str) -> None:
    out.write(line + "\n")
    out.flush()


def _fetch(registry: Registry, version: model_pb2.ModelVersion, out_dir: Path, out: TextIO) -> None:
    dest = out_dir / f"v{version.version}"
    registry.download(version.model_name, version=version.version, dest=dest)  # verifies every digest
    for entry in version.files:
        _say(out, f"FILE path={entry.path} sha256={entry.digest.hash} size={entry.digest.size_bytes} verified")


def run(registry: Registry, model: str, alias: str, out_dir: Path, max_promotions: int, out: TextIO) -> None:
    promotions = 0
    watch = registry.watch(
        [model], aliases=[alias], event_types=[events_pb2.EVENT_TYPE_ALIAS_SET], send_initial_state=True
    )
    resolved = False
    for response in watch:
        kind = response.WhichOneof("kind")
        if kind == "snapshot" and not resolved:
            for version in response.snapshot.alias_versions:
                if alias in version.aliases:
                    resolved = True
                    _say(out, f"RESOLVED model={model} alias={alias} version={version.version}")
                    _fetch(registry, version, out_dir, out)
        elif kind == "snapshot_complete":
            if not resolved:
                _say(out, f"WAITING model={model} alias={alias}")
            resolved = True  # a resumed stream sends no second snapshot
            _say(out, f"WATCHING revision={response.snapshot_complete.revision}")
        elif kind == "event" and response.event.alias == alias:
            event = response.event
            _say(
                out,
                f"PROMOTED model={model} alias={alias} version={event.version} "
                f"previous={event.previous_version} revision={event.revision}",
            )
            _fetch(registry, event.model_version, out_dir, out)
            promotions += 1
            if max_promotions and promotions >= max_promotions:
                return


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m regserver_client.examples.serving", description=__doc__)
    parser.add_argument("--target", default="127.0.0.1:50051")
    parser.add_argument("--model", required=True)
    parser.add_argument("--alias", default="champion")
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--max-promotions", type=int, default=0, help="exit after this many; 0 runs forever")
    parser.add_argument("--tls", action="store_true")
    parser.add_argument("--ca-file", help="PEM CA bundle to verify the server (default: system roots)")
    parser.add_argument("--token", default=os.environ.get("REGSERVER_TOKEN"), help="bearer token")
    args = parser.parse_args(argv)
    credentials = None
    if args.tls or args.ca_file:
        roots = Path(args.ca_file).read_bytes() if args.ca_file else None
        credentials = grpc.ssl_channel_credentials(root_certificates=roots)
    try:
        with Registry(args.target, credentials=credentials, token=args.token, timeout=60) as registry:
            run(registry, args.model, args.alias, args.out, args.max_promotions, sys.stdout)
    except RegistryError as e:
        print(f"serving example: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
