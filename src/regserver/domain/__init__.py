"""The registry's rules, free of gRPC and SQL."""
