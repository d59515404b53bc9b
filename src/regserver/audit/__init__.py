"""The audit trail: records of changes and refusals, chained by hash."""
