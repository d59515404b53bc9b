"""regserver: an ML model registry served over gRPC."""

__version__ = "0.1.0"
