"""The change log's consumers: the in-process watch hub, the PostgreSQL wake-up listener, and the webhook
dispatcher with its HTTP sender."""
