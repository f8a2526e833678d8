"""Re-encrypt every stored field value with the first (newest) field key, so an old key can go.

Works on the raw stored tokens with plain SQL: the ORM decrypts on read and turns an unreadable
value into "", so saving through it would destroy exactly the values an operator must look at.
A value no key reads is left byte-for-byte as it is and counted. Rows are read in keyset-paged
batches, one transaction per table; a row changed meanwhile is skipped (the UPDATE matches the
token read), and the app wrote it with the first key anyway. Counts only, never values or keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cryptography.fernet import InvalidToken
from django.apps import apps
from django.db import connection, transaction
from django.db.models import Model

from sanctuary.audit.service import record
from sanctuary.encounters.crypto import EncryptedTextField, fernet, keys

# Binary columns that hold a Fernet token of a whole file (there is no field class to find them).
BINARY_TOKEN_FIELDS: tuple[tuple[str, str], ...] = (
    ("disclosures.DisclosureRequest", "redacted_copy"),
)
BATCH_SIZE = 500


@dataclass(frozen=True)
class Column:
    model: type[Model]
    table: str
    pk: str
    column: str
    binary: bool

    @property
    def label(self) -> str:
        return f"{self.table}.{self.column}"


@dataclass
class ColumnCount:
    label: str
    rotated: int = 0  # re-encrypted with the first key (or would be, in a dry run)
    current: int = 0  # already under the first key
    unreadable: int = 0  # no configured key reads it; left unchanged


@dataclass
class RotationReport:
    dry_run: bool
    columns: list[ColumnCount] = field(default_factory=list)

    @property
    def rotated(self) -> int:
        return sum(c.rotated for c in self.columns)

    @property
    def unreadable(self) -> int:
        return sum(c.unreadable for c in self.columns)

    @property
    def summary(self) -> str:
        changed = sum(1 for c in self.columns if c.rotated)
        return (
            f"Re-encrypted {self.rotated} values in {changed} columns; {self.unreadable} unreadable"
        )


def encrypted_columns() -> list[Column]:
    """Every column that stores a field token: found from the models, so new ones are covered."""
    found: dict[tuple[str, str], Column] = {}

    def add(model: type[Model], f: Any, binary: bool) -> None:
        col = Column(model, model._meta.db_table, model._meta.pk.column, f.column, binary)
        found.setdefault((col.table, col.column), col)  # a proxy model shares its table

    for model in apps.get_models():
        for f in model._meta.local_concrete_fields:
            if isinstance(f, EncryptedTextField):
                add(model, f, binary=False)
    for label, name in BINARY_TOKEN_FIELDS:
        model = apps.get_model(label)
        add(model, model._meta.get_field(name), binary=True)
    return sorted(found.values(), key=lambda c: c.label)


def _batches(col: Column, batch_size: int) -> Any:
    """(pk, raw token) pairs in pk order, `batch_size` rows per query."""
    q = connection.ops.quote_name
    table, pk, column = q(col.table), q(col.pk), q(col.column)
    where = f"{column} IS NOT NULL"
    base = f"SELECT {pk}, {column} FROM {table} WHERE {where}"  # noqa: S608 - quoted names
    last: Any = None
    while True:
        with connection.cursor() as cursor:
            if last is None:
                cursor.execute(f"{base} ORDER BY {pk} LIMIT %s", [batch_size])
            else:
                cursor.execute(f"{base} AND {pk} > %s ORDER BY {pk} LIMIT %s", [last, batch_size])
            rows = cursor.fetchall()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _rotate_column(col: Column, dry_run: bool, batch_size: int) -> ColumnCount:
    count = ColumnCount(col.label)
    primary, multi = keys()[0], fernet()
    q = connection.ops.quote_name
    update = (
        f"UPDATE {q(col.table)} SET {q(col.column)} = %s "  # noqa: S608 - quoted names
        f"WHERE {q(col.pk)} = %s AND {q(col.column)} = %s"
    )
    for rows in _batches(col, batch_size):
        for pk, stored in rows:
            token = bytes(stored) if col.binary else str(stored).encode()
            if not token:
                continue
            try:
                primary.decrypt(token)
                count.current += 1
                continue
            except InvalidToken:
                pass
            try:
                new = multi.rotate(token)
            except InvalidToken:
                count.unreadable += 1
                continue
            if dry_run:
                count.rotated += 1
                continue
            value: bytes | str = new if col.binary else new.decode()
            original: bytes | str = token if col.binary else token.decode()
            with connection.cursor() as cursor:
                cursor.execute(update, [value, pk, original])
                changed = cursor.rowcount == 1
            # No match: the row changed since it was read, and the app encrypts with the first key.
            if changed:
                count.rotated += 1
            else:
                count.current += 1
    return count


def rotate_field_keys(*, dry_run: bool = False, batch_size: int = BATCH_SIZE) -> RotationReport:
    """Re-encrypt every readable token with the first key; one audit entry if anything changed.

    Safe to run again: values already under the first key are left alone. A dry run reads and
    counts the same way but writes nothing (not even the audit entry).
    """
    report = RotationReport(dry_run=dry_run)
    keys()  # a malformed key fails here, before any table is touched
    by_table: dict[str, list[Column]] = {}
    for col in encrypted_columns():
        by_table.setdefault(col.table, []).append(col)
    for columns in by_table.values():
        with transaction.atomic():
            report.columns.extend(_rotate_column(col, dry_run, batch_size) for col in columns)
    if not dry_run and report.rotated:
        record("field_keys.rotate", summary=report.summary)
    return report
