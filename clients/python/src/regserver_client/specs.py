"""Argument shapes the Registry facade and its parts share."""

from __future__ import annotations

from .v1 import model_pb2

ParentSpec = model_pb2.ModelVersionParent | tuple[str, int, str]
"""A version's parent: a ModelVersionParent, or (model name, version, relation) such as
("base-llm", 3, "FINE_TUNED_FROM")."""
