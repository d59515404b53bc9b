"""What operators see: Prometheus metrics, per-RPC logs with request ids, log formats."""
