"""The event log read back: the head, its bounds, events after a revision, snapshots, compaction."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, delete, func, select, text, update

from regserver.domain.models import Event, ModelSnapshot
from regserver.store.rows import VERSIONS, Rows, mv, rm
from regserver.store.schema import event_log, events, model_aliases
from regserver.store.transactions import event_of


class EventsRoom(Rows):
    def head_revision(self) -> int:
        return self._run(lambda conn: int(conn.execute(select(event_log.c.last_revision)).scalar_one()), False)

    def log_bounds(self) -> tuple[int, int]:
        """(compacted_revision, last_revision)."""

        def tx(conn: Connection) -> tuple[int, int]:
            row = conn.execute(select(event_log.c.compacted_revision, event_log.c.last_revision)).one()
            return int(row.compacted_revision), int(row.last_revision)

        return self._run(tx, False)

    def read_events(self, after: int, limit: int) -> list[Event]:
        """Events with revision > after, in order."""

        def tx(conn: Connection) -> list[Event]:
            rows = conn.execute(
                select(events).where(events.c.revision > after).order_by(events.c.revision).limit(limit)
            )
            return [event_of(r) for r in rows]

        return self._run(tx, False)

    def snapshot(self, names: Sequence[str], prefix: str) -> tuple[int, list[ModelSnapshot]]:
        """Every matching live model with its aliases' versions, and the revision they reflect."""

        def tx(conn: Connection) -> tuple[int, list[ModelSnapshot]]:
            if self._pg:
                conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
            head = int(conn.execute(select(event_log.c.last_revision)).scalar_one())
            query = select(rm).where(rm.c.delete_time.is_(None)).order_by(rm.c.name)
            if names:
                query = query.where(rm.c.name.in_(list(names)))
            if prefix:
                query = query.where(rm.c.name.startswith(prefix, autoescape=True))
            models = self._models(conn, conn.execute(query).all())
            result = []
            for model in models:
                version_rows = conn.execute(
                    VERSIONS.join(model_aliases, model_aliases.c.version_id == mv.c.id)
                    .where(rm.c.name == model.name)
                    .order_by(model_aliases.c.alias)
                ).all()
                result.append(ModelSnapshot(model, self._versions(conn, version_rows)))
            return head, result

        return self._run(tx, False)

    def compact(self, older_than: int, keep_at_most: int) -> int:
        """Drops events older than the cutoff or beyond the newest keep_at_most; returns how many."""

        def tx(conn: Connection) -> int:
            bounds = conn.execute(select(event_log).with_for_update()).one()
            by_time = conn.execute(select(func.max(events.c.revision)).where(events.c.time < older_than)).scalar()
            upto = max(int(by_time or 0), int(bounds.last_revision) - keep_at_most, int(bounds.compacted_revision))
            if upto <= bounds.compacted_revision:
                return 0
            removed = conn.execute(delete(events).where(events.c.revision <= upto)).rowcount
            conn.execute(update(event_log).values(compacted_revision=upto))
            return int(removed)

        return self._run(tx)
