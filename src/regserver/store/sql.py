"""The SQL store: every registry operation as one transaction on SQLite or PostgreSQL.

SqlStore is its rooms together, one per aggregate: models, versions (with their parents),
targets (stages and aliases), listing, blobs and the event log. Each room stands on Rows
(statements and loading shared by all) and Transactions (the engine, one transaction per call, and
the events and audit record each write appends in it). The other stores (tracking, governance,
webhooks, ...) take a SqlStore and run their transactions through it.
"""

from __future__ import annotations

from regserver.store.blobs import BlobsRoom
from regserver.store.events import EventsRoom
from regserver.store.listing import ListingRoom
from regserver.store.models import ModelsRoom
from regserver.store.targets import TargetsRoom
from regserver.store.versions import VersionsRoom


class SqlStore(ModelsRoom, VersionsRoom, TargetsRoom, ListingRoom, BlobsRoom, EventsRoom):
    """The registry's store: construct with an engine; see each room for its operations."""
