"""Reading a database table in chunks, as the CSV scanner reads a file.

An agency's export is not always a file: `iter_table_chunks` streams a table from PostgreSQL or
SQLite (a server-side cursor, so a large table is never held in memory) into the same
`CsvChunk`s `scan_chunk` takes, so the per-column summary is the same for a table and a CSV.
Values are read as text; NULL is an empty cell.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote, urlsplit

from sanctuary.privacy.bulk import DEFAULT_CHUNK_ROWS, CsvChunk
from sanctuary.privacy.readers import ReadError

# schema.table or table; letters, digits and underscores: anything else is refused, not quoted.
_TABLE = re.compile(r"^(?:[A-Za-z_][A-Za-z0-9_]*\.)?[A-Za-z_][A-Za-z0-9_]*$")


def _check_table(table: str) -> list[str]:
    if not _TABLE.match(table):
        raise ReadError(f"{table!r} is not a table name (letters, digits, _; schema.table)")
    return table.split(".")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes | bytearray | memoryview):
        return ""  # binary columns (images, files) are not text to scan
    return str(value)


def _connect(url: str) -> tuple[Any, str]:
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        path = unquote(parts.path[1:] if parts.path.startswith("//") else parts.path)
        if not path:
            raise ReadError("a SQLite URL names a file: sqlite:///path/to/file.sqlite3")
        try:
            return sqlite3.connect(f"file:{path}?mode=ro", uri=True), "sqlite"
        except sqlite3.Error as error:
            raise ReadError(f"cannot open {path}: {error}") from error
    if parts.scheme in ("postgres", "postgresql"):
        import psycopg

        try:
            return psycopg.connect(url.replace("postgres://", "postgresql://", 1)), "postgres"
        except psycopg.Error as error:
            raise ReadError(f"cannot connect to the database: {type(error).__name__}") from error
    raise ReadError("the database URL must start with postgres:// or sqlite:///")


def count_table_rows(url: str, table: str) -> int:
    names = _check_table(table)
    connection, kind = _connect(url)
    try:
        query = _select(kind, names, "count(*)")
        return int(connection.execute(query).fetchone()[0])
    except Exception as error:  # noqa: BLE001 - driver errors become one plain sentence
        raise ReadError(f"cannot read table {table}: {type(error).__name__}") from error
    finally:
        connection.close()


def _select(kind: str, names: list[str], what: str) -> Any:
    if kind == "postgres":
        from psycopg import sql

        return sql.SQL("SELECT {} FROM {}").format(sql.SQL(what), sql.Identifier(*names))
    return f"SELECT {what} FROM " + ".".join(f'"{n}"' for n in names)  # noqa: S608 - checked


def iter_table_chunks(
    url: str, table: str, chunk_rows: int = DEFAULT_CHUNK_ROWS
) -> Iterator[CsvChunk]:
    """The rows of `table` as chunks of `chunk_rows`; the header is the column names."""
    if chunk_rows < 1:
        raise ValueError("chunk_rows must be at least 1")
    names = _check_table(table)
    connection, kind = _connect(url)
    try:
        if kind == "postgres":
            # A named cursor streams from the server instead of loading the whole table.
            cursor = connection.cursor(name="sanctuary_table_scan")
        else:
            cursor = connection.cursor()
        try:
            cursor.execute(_select(kind, names, "*"))
        except Exception as error:  # noqa: BLE001
            raise ReadError(f"cannot read table {table}: {type(error).__name__}") from error
        header: list[str] | None = None
        first = 1
        while True:
            rows = cursor.fetchmany(chunk_rows)
            if header is None:
                header = [str(d[0]) for d in cursor.description or []]
            if not rows:
                break
            chunk = [[_cell(v) for v in row] for row in rows]
            yield CsvChunk(table, header, first, chunk)
            first += len(chunk)
    finally:
        connection.close()
