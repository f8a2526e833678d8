"""Scanning a database table: the same per-column summary as a CSV, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sanctuary.cli import main
from sanctuary.privacy import ReadError, merge_summaries, scan_chunk
from sanctuary.privacy.tables import count_table_rows, iter_table_chunks

ROWS = [
    (1, "Maria Gonzalez", "A-123-456-789", "undocumented", None),
    (2, "Wei Chen", "A 98765432", "", "likes chess"),
    (3, "", "", "", "no identifiers here"),
    (4, "Fatima Rahman", "", "asylum seeker", None),
]
CREATE = (
    "CREATE TABLE intake (id integer, client_name text, alien_number text, status text, note text)"
)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    path = tmp_path / "agency.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(CREATE)
        db.executemany("INSERT INTO intake VALUES (?, ?, ?, ?, ?)", ROWS)
    return f"sqlite:///{path}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    import psycopg

    # The machine's PostgreSQL (CI's DATABASE_URL when it names one), in a schema of its own.
    configured = os.environ.get("DATABASE_URL", "")
    base = (
        configured
        if configured.startswith("postgres")
        else ("postgresql://postgres@127.0.0.1:5432/test")
    )
    base = base.replace("postgres://", "postgresql://", 1)
    with psycopg.connect(base, autocommit=True) as db:
        db.execute("CREATE SCHEMA IF NOT EXISTS scan_table_test")
        db.execute("DROP TABLE IF EXISTS scan_table_test.intake")
        db.execute(CREATE.replace("TABLE intake", "TABLE scan_table_test.intake"))
        with db.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO scan_table_test.intake VALUES (%s, %s, %s, %s, %s)", ROWS
            )
    yield base
    with psycopg.connect(base, autocommit=True) as db:
        db.execute("DROP SCHEMA scan_table_test CASCADE")


def summary_of(url: str, table: str, chunk_rows: int) -> Any:
    chunks = list(iter_table_chunks(url, table, chunk_rows))  # read all: the connection closes
    return merge_summaries(scan_chunk(c).summary for c in chunks)


def check(summary: Any) -> None:
    lines = "\n".join(summary.describe())
    assert 'column 2 ("client_name") holds PERSON in 75% of rows' in lines, lines
    assert 'column 3 ("alien_number") holds A_NUMBER in 50% of rows' in lines, lines
    assert "IMMIGRATION_STATUS" in lines and '"note"' not in lines, lines
    assert "Maria" not in lines and "123" not in lines.replace("column", "")


def test_a_sqlite_table_is_summarised_per_column_in_chunks(sqlite_url: str) -> None:
    assert count_table_rows(sqlite_url, "intake") == 4
    chunks = list(iter_table_chunks(sqlite_url, "intake", chunk_rows=3))
    assert [len(c.rows) for c in chunks] == [3, 1] and chunks[1].first_row == 4
    assert chunks[0].header == ["id", "client_name", "alien_number", "status", "note"]
    check(summary_of(sqlite_url, "intake", 3))


def test_a_postgresql_table_is_streamed_and_summarised(postgres_url: str) -> None:
    assert count_table_rows(postgres_url, "scan_table_test.intake") == 4
    check(summary_of(postgres_url, "scan_table_test.intake", 2))


@pytest.mark.parametrize("table", ["intake; DROP TABLE intake", "intake--", "a.b.c", ""])
def test_table_names_that_are_not_plain_identifiers_are_refused(
    sqlite_url: str, table: str
) -> None:
    with pytest.raises(ReadError):
        list(iter_table_chunks(sqlite_url, table))


def test_missing_table_and_bad_url_are_plain_errors(sqlite_url: str) -> None:
    with pytest.raises(ReadError, match="cannot read table"):
        list(iter_table_chunks(sqlite_url, "nothing_here"))
    with pytest.raises(ReadError, match="postgres://"):
        list(iter_table_chunks("mysql://x/y", "intake"))


def test_scan_table_command_prints_counts_never_values(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["scan-table", sqlite_url, "intake", "--progress", "--chunk-rows", "2"]) == 0
    captured = capsys.readouterr()
    assert "intake: column 3" in captured.out and "A_NUMBER" in captured.out
    assert "Maria" not in captured.out and "123-456" not in captured.out
    assert "rows)" in captured.err  # the progress bar went to stderr
    assert main(["scan-table", sqlite_url, "intake", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)


def test_scan_table_command_exits_2_on_a_bad_table(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["scan-table", sqlite_url, "no_such_table"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "cannot read table" in captured.err
