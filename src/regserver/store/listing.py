"""List queries compiled to SQL: filters, ordering and keyset cursors for every List RPC."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, exists, not_, or_, select, true

from regserver.domain.listing import AllOf, AnyOf, Cond, Condition, ListQuery, Negation, Target, encode_token
from regserver.domain.models import Page
from regserver.store.rows import VERSION_COLUMNS, Rows, mv, rm
from regserver.store.schema import model_aliases, model_tags, version_latest_evaluations, version_metrics, version_tags


class ListingRoom(Rows):
    def _compile(self, cond: Cond, target: Target) -> ColumnElement[bool]:
        if isinstance(cond, AllOf):
            return and_(*(self._compile(c, target) for c in cond.operands))
        if isinstance(cond, AnyOf):
            return or_(*(self._compile(c, target) for c in cond.operands))
        if isinstance(cond, Negation):
            return not_(self._compile(cond.operand, target))
        return self._condition(cond, target)

    @staticmethod
    def _compare(column: Any, op: str, value: Any) -> ColumnElement[bool]:
        if op == "=":
            return column == value  # type: ignore[no-any-return]
        if op == "!=":
            return column != value  # type: ignore[no-any-return]
        if op == "<":
            return column < value  # type: ignore[no-any-return]
        if op == "<=":
            return column <= value  # type: ignore[no-any-return]
        if op == ">":
            return column > value  # type: ignore[no-any-return]
        if op == ">=":
            return column >= value  # type: ignore[no-any-return]
        # One escape character on both databases: PostgreSQL's default is '\', SQLite has none.
        if op == "LIKE":
            return column.like(value, escape="\\")  # type: ignore[no-any-return]
        return column.ilike(value, escape="\\")  # type: ignore[no-any-return]

    def _condition(self, cond: Condition, target: Target) -> ColumnElement[bool]:
        table = rm if target is Target.MODELS else mv
        if cond.field == "tags":
            tags = model_tags if target is Target.MODELS else version_tags
            owner = tags.c.model_id if target is Target.MODELS else tags.c.version_id
            return exists().where(
                owner == table.c.id, tags.c.key == cond.key, self._compare(tags.c.value, cond.op, cond.value)
            )
        if cond.field == "metrics":
            # The version's current value: its latest unsliced evaluation, else the registration metric.
            m, e = version_metrics, version_latest_evaluations
            evaluated = exists().where(e.c.version_id == mv.c.id, e.c.key == cond.key)
            return or_(
                exists().where(
                    e.c.version_id == mv.c.id, e.c.key == cond.key, self._compare(e.c.value, cond.op, cond.value)
                ),
                and_(
                    ~evaluated,
                    exists().where(
                        m.c.version_id == mv.c.id, m.c.key == cond.key, self._compare(m.c.value, cond.op, cond.value)
                    ),
                ),
            )
        if cond.field == "aliases":
            owner = model_aliases.c.model_id if target is Target.MODELS else model_aliases.c.version_id
            has = exists().where(owner == table.c.id, model_aliases.c.alias == cond.value)
            return has if cond.op == "=" else ~has
        column = rm.c.name if cond.field == "name" else table.c[cond.field]
        return self._compare(column, cond.op, cond.value)

    def list_page(self, query: ListQuery) -> Page[Any]:
        def tx(conn: Connection) -> Page[Any]:
            models = query.target is Target.MODELS
            table = rm if models else mv
            columns = {"name": rm.c.name, "version": mv.c.version}
            keys = [columns[k.field] if k.field in columns else table.c[k.field] for k in query.order]
            fields = {k.field for k in query.order}
            # The row id breaks ties unless the sort key is already unique.
            unique = "name" in fields if models else "version" in fields and (bool(query.parent) or "name" in fields)
            stmt = select(rm) if models else select(*VERSION_COLUMNS).join(rm, rm.c.id == mv.c.model_id)
            if query.parent:
                model = self._model_row(conn, query.parent, show_deleted=query.show_deleted)
                stmt = stmt.where(mv.c.model_id == model.id)
            if not query.show_deleted:
                stmt = stmt.where(rm.c.delete_time.is_(None))
                if not models:
                    stmt = stmt.where(mv.c.delete_time.is_(None))
            if query.where is not None:
                stmt = stmt.where(self._compile(query.where, query.target))
            if query.visible_model_ids is not None:
                stmt = stmt.where(rm.c.id.in_(sorted(query.visible_model_ids)))
            if query.after is not None:
                stmt = stmt.where(self._after(keys, query, unique, table))
            order = [k.desc() if o.descending else k.asc() for k, o in zip(keys, query.order, strict=True)]
            if not unique:
                order.append(table.c.id.asc())
            rows = conn.execute(stmt.order_by(*order).limit(query.page_size + 1)).all()
            more = len(rows) > query.page_size
            rows = rows[: query.page_size]
            items: list[Any] = self._models(conn, rows) if models else self._versions(conn, rows)
            token = ""
            if more:
                last = rows[-1]
                name = last.name if models else last.model_name  # version rows label the model's name
                values = tuple(name if k.field == "name" else getattr(last, k.field) for k in query.order)
                token = encode_token(query, values, last.id)
            return Page(items, token)

        return self._run(tx, False)

    @staticmethod
    def _after(keys: list[Any], query: ListQuery, unique: bool, table: Any) -> ColumnElement[bool]:
        """Rows strictly after the cursor in the query's order (a keyset seek)."""
        assert query.after is not None
        values, row_id = query.after
        clauses: list[ColumnElement[bool]] = []
        for i, (key, spec) in enumerate(zip(keys, query.order, strict=True)):
            equal_before = [keys[j] == values[j] for j in range(i)]
            beyond = key < values[i] if spec.descending else key > values[i]
            clauses.append(and_(*equal_before, beyond))
        if not unique:
            clauses.append(and_(*(k == v for k, v in zip(keys, values, strict=True)), table.c.id > row_id))
        return or_(*clauses) if clauses else true()
