"""The parts of `regctl` (entry point: regserver_client.cli): one module per area of commands, each
with a `register(commands)` that adds its subcommands, plus the output, config and completion helpers."""
