"""`ActiveRun`: the run a training loop logs to, as a context manager (see Registry.start_run)."""

from __future__ import annotations

import importlib.metadata
import math
import os
import platform
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, cast

from google.protobuf import timestamp_pb2

from .errors import NotFound
from .files import hash_file
from .specs import ParentSpec
from .v1 import model_pb2, tracking_pb2


class Client(Protocol):
    """What a run needs of the client (Registry is one): the tracking calls it makes, and the model
    calls and upload of register_version."""

    @property
    def log_batch(self) -> Callable[..., None]: ...
    @property
    def log_inputs(self) -> Callable[..., tracking_pb2.Run]: ...
    @property
    def update_run(self) -> Callable[..., tracking_pb2.Run]: ...
    @property
    def get_model(self) -> Callable[..., model_pb2.RegisteredModel]: ...
    @property
    def create_model(self) -> Callable[..., model_pb2.RegisteredModel]: ...
    @property
    def upload_version(self) -> Callable[..., model_pb2.ModelVersion]: ...


__all__ = ["MAX_BATCH_METRICS", "MAX_BATCH_PARAMS", "MAX_BATCH_TAGS", "ActiveRun"]

# The server's LogBatch limits (see tracking.proto).
MAX_BATCH_METRICS = 1000
MAX_BATCH_PARAMS = 100
MAX_BATCH_TAGS = 100


def timestamp(seconds: float | None = None) -> timestamp_pb2.Timestamp:
    us = int((time.time() if seconds is None else seconds) * 1_000_000)
    return timestamp_pb2.Timestamp(seconds=us // 1_000_000, nanos=(us % 1_000_000) * 1000)


# Packages whose versions environment capture records when they are installed.
KEY_PACKAGES = (
    "numpy", "pandas", "scipy", "scikit-learn", "torch", "tensorflow", "jax", "xgboost", "lightgbm",
    "transformers", "regserver-client",
)  # fmt: skip
# Lock files environment capture looks for in the working directory, in this order.
LOCK_FILES = ("uv.lock", "poetry.lock", "Pipfile.lock", "requirements.lock", "requirements.txt")


def _git(directory: Path, *args: str) -> str | None:
    """git's output, or None when git is missing or the directory is not in a repository."""
    try:
        done = subprocess.run(
            ["git", "-C", str(directory), *args], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def git_code_version(directory: str | os.PathLike[str] = ".") -> tracking_pb2.CodeVersion | None:
    """The commit checked out in `directory`, its origin URL and whether the tree has uncommitted
    changes (`git status --porcelain`); None when it is not in a git repository."""
    where = Path(directory)
    commit = _git(where, "rev-parse", "HEAD")
    if not commit:
        return None
    status = _git(where, "status", "--porcelain")
    return tracking_pb2.CodeVersion(
        repository_url=_git(where, "config", "--get", "remote.origin.url") or "",
        commit=commit,
        dirty=bool(status),
    )


def environment(
    packages: Sequence[str] | Mapping[str, str] | None = None, lock_file: str | os.PathLike[str] | None = None
) -> tracking_pb2.Environment:
    """This interpreter's version, the installed versions of `packages` (default: KEY_PACKAGES that are
    installed; a mapping is taken as given) and the SHA-256 of `lock_file` (default: the first of
    LOCK_FILES in the working directory)."""
    if isinstance(packages, Mapping):
        versions = dict(packages)
    else:
        versions = {}
        for name in KEY_PACKAGES if packages is None else packages:
            try:
                versions[name] = importlib.metadata.version(name)
            except importlib.metadata.PackageNotFoundError:
                if packages is not None:
                    raise ValueError(f"package {name!r} is not installed") from None
    if lock_file is None:
        lock_file = next((Path(n) for n in LOCK_FILES if Path(n).is_file()), None)
    digest = hash_file(lock_file)[0] if lock_file is not None else ""
    return tracking_pb2.Environment(
        python_version=platform.python_version(), lock_file_digest=digest, packages=versions
    )


def _role(role: str | tracking_pb2.DatasetRole) -> tracking_pb2.DatasetRole:
    if isinstance(role, str):
        name = "DATASET_ROLE_" + role.upper().removeprefix("DATASET_ROLE_")
        if name not in tracking_pb2.DatasetRole.keys():  # noqa: SIM118  (an enum wrapper, not a dict)
            raise ValueError(f"role {role!r} is not TRAINING, VALIDATION or TEST")
        return cast(tracking_pb2.DatasetRole, tracking_pb2.DatasetRole.Value(name))
    return role


def metric(key: str, value: float, step: int = 0, at: float | None = None) -> tracking_pb2.Metric:
    """A metric point; ValueError for NaN or infinite values, which the server refuses."""
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"metric {key!r} is {value}; regserver stores only finite metric values")
    return tracking_pb2.Metric(key=key, value=value, step=step, timestamp=timestamp(at))


class ActiveRun:
    """Logs to one run. Metrics are buffered and sent in batches of up to `flush_every` points (and on
    exit); params and tags are sent at once, so a conflicting param fails at the call that logs it.

    On exit the buffer is flushed and the run is marked FINISHED, or FAILED if the block raised
    (KILLED for KeyboardInterrupt).
    """

    def __init__(self, registry: Client, run: tracking_pb2.Run, flush_every: int = MAX_BATCH_METRICS) -> None:
        if not 1 <= flush_every <= MAX_BATCH_METRICS:
            raise ValueError(f"flush_every must be 1 to {MAX_BATCH_METRICS}, got {flush_every}")
        self._registry = registry
        self.run = run
        self._flush_every = flush_every
        self._buffer: list[tracking_pb2.Metric] = []

    @property
    def id(self) -> str:
        return self.run.id

    def log_param(self, key: str, value: Any) -> None:
        self.log_params({key: value})

    def log_params(self, params: Mapping[str, Any]) -> None:
        items = [(k, str(v)) for k, v in params.items()]
        for i in range(0, len(items), MAX_BATCH_PARAMS):
            self._registry.log_batch(self.id, params=dict(items[i : i + MAX_BATCH_PARAMS]))

    def set_tag(self, key: str, value: str) -> None:
        self.set_tags({key: value})

    def set_tags(self, tags: Mapping[str, str]) -> None:
        items = list(tags.items())
        for i in range(0, len(items), MAX_BATCH_TAGS):
            self._registry.log_batch(self.id, tags=dict(items[i : i + MAX_BATCH_TAGS]))

    def log_metric(self, key: str, value: float, step: int = 0, *, at: float | None = None) -> None:
        """Buffers one point (timestamped now unless `at`, in Unix seconds); ValueError for NaN/inf."""
        self._buffer.append(metric(key, value, step, at))
        if len(self._buffer) >= self._flush_every:
            self.flush()

    def log_metrics(self, metrics: Mapping[str, float], step: int = 0) -> None:
        for key, value in metrics.items():
            self.log_metric(key, value, step)

    def flush(self) -> None:
        """Sends the buffered metrics; on failure they stay buffered."""
        while self._buffer:
            chunk = self._buffer[: self._flush_every]
            self._registry.log_batch(self.id, metrics=chunk)
            del self._buffer[: len(chunk)]

    # -- inputs and lineage -------------------------------------------------------------

    def log_dataset(
        self,
        name: str,
        *,
        digest: str | None = None,
        path: str | os.PathLike[str] | None = None,
        source_uri: str = "",
        schema: str = "",
        row_count: int | None = None,
        role: str | tracking_pb2.DatasetRole = "TRAINING",
    ) -> tracking_pb2.DatasetInput:
        """Records that this run consumed a dataset, as TRAINING, VALIDATION or TEST data.

        Give its SHA-256 `digest`, or a file `path` to hash (whose URI becomes `source_uri` unless
        given). The same digest logged from many runs is one dataset on the server.
        """
        if (digest is None) == (path is None):
            raise ValueError("give exactly one of digest and path")
        if path is not None:
            digest = hash_file(path)[0]
            source_uri = source_uri or Path(path).resolve().as_uri()
        dataset = tracking_pb2.Dataset(digest=digest, name=name, source_uri=source_uri, schema=schema)
        if row_count is not None:
            dataset.row_count = row_count
        given = tracking_pb2.DatasetInput(dataset=dataset, role=_role(role))
        self.run = self._registry.log_inputs(self.id, datasets=[given])
        stored = [d for d in self.run.dataset_inputs if d.dataset.digest == digest and d.role == given.role]
        return stored[0]

    def log_code(
        self,
        *,
        commit: str | None = None,
        repository_url: str | None = None,
        dirty: bool | None = None,
        directory: str | os.PathLike[str] = ".",
    ) -> tracking_pb2.CodeVersion:
        """Records the code this run executes. Without `commit`, git is asked about `directory`:
        the commit checked out, the origin URL and the dirty flag; ValueError when it is not in a
        git repository. Given values override detected ones."""
        code = git_code_version(directory) if commit is None else tracking_pb2.CodeVersion(commit=commit)
        if code is None:
            raise ValueError(f"{os.fspath(directory)!r} is not in a git repository; pass commit= (and repository_url=)")
        if repository_url is not None:
            code.repository_url = repository_url
        if dirty is not None:
            code.dirty = dirty
        self.run = self._registry.log_inputs(self.id, code_version=code)
        return self.run.code_version

    def log_environment(
        self,
        packages: Sequence[str] | Mapping[str, str] | None = None,
        *,
        lock_file: str | os.PathLike[str] | None = None,
    ) -> tracking_pb2.Environment:
        """Records the Python version, key package versions and lock-file digest (see `environment`)."""
        self.run = self._registry.log_inputs(self.id, environment=environment(packages, lock_file))
        return self.run.environment

    def capture(self, directory: str | os.PathLike[str] = ".") -> None:
        """Logs the git commit of `directory` (when it is in a repository) and the environment, in one call."""
        code = git_code_version(directory)
        self.run = self._registry.log_inputs(self.id, code_version=code, environment=environment())

    def register_version(
        self,
        model: str,
        path: str | os.PathLike[str],
        *,
        parents: Sequence[ParentSpec] = (),
        description: str = "",
        tags: Mapping[str, str] | None = None,
        metrics: Mapping[str, float] | None = None,
        signature: model_pb2.ModelSignature | None = None,
        create_model: bool = True,
        **upload: Any,
    ) -> model_pb2.ModelVersion:
        """Uploads a file or directory as the next version of `model` (created if missing, unless not
        `create_model`) linked to this run, so its lineage and fingerprint are filled in. Buffered
        metrics are sent first. Other keyword arguments go to Registry.upload_version."""
        self.flush()
        if create_model:
            try:
                self._registry.get_model(model)
            except NotFound:
                self._registry.create_model(model)
        return self._registry.upload_version(
            model,
            path,
            run_id=self.id,
            parents=parents,
            description=description,
            tags=tags,
            metrics=metrics,
            signature=signature,
            **upload,
        )

    def end(self, status: tracking_pb2.RunStatus | str = "FINISHED") -> tracking_pb2.Run:
        self.flush()
        self.run = self._registry.update_run(self.id, status=status)
        return self.run

    def __enter__(self) -> ActiveRun:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.end("FINISHED")
            return
        status = "KILLED" if issubclass(exc_type, KeyboardInterrupt) else "FAILED"
        try:
            self.flush()
        finally:
            # The block's exception propagates; the run is marked even if the flush failed.
            self.run = self._registry.update_run(self.id, status=status)
