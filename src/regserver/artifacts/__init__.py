"""Blob backends: where the bytes of content-addressed artifacts live."""

from __future__ import annotations

from pathlib import Path

from regserver.artifacts.backend import BlobBackend


def open_backend(root: str, data_dir: str) -> BlobBackend:
    """`root` is gs://bucket/prefix for Google Cloud Storage; a path or empty (data_dir/artifacts) for local."""
    if root.startswith("gs://"):
        from regserver.artifacts.gcs import GcsBackend

        return GcsBackend.from_url(root)
    from regserver.artifacts.local import LocalBackend

    return LocalBackend(Path(root) if root else Path(data_dir) / "artifacts")
