"""Runnable examples: `python -m regserver_client.examples.serving --help`."""
