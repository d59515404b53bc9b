"""regserver and MLflow side by side, in one command: `python -m benchmarks [--quick | --smoke]`.

Modules that run in the MLflow virtualenv too (`workload`, `stats`) use only the
standard library at import time; the harness (`harness`, `servers`, `bulkload`,
`report`) runs in regserver's own virtualenv.
"""
