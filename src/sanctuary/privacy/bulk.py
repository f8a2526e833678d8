"""Scanning CSV exports in chunks, and summarising findings per column.

`iter_csv_chunks` cuts a file into `CsvChunk`s of plain data (header, first row number, rows),
`scan_chunk` scans one chunk and `merge_summaries` adds up per-column counts. Chunks are
independent and JSON-friendly (`to_dict`/`from_dict`), so a task queue can scan them in
parallel and merge the summaries in any order; `scan_csv_chunks` does the same in-process.

Each row is scanned as one labelled text ("header: value" per line), so a column header is
context for its cells ("country_of_birth: Mexico") and a row costs one pass, not one per cell.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sanctuary.privacy.engine import Scanner, default_scanner
from sanctuary.privacy.headers import header_label
from sanctuary.privacy.model import ENTITY_TYPES, Finding
from sanctuary.privacy.readers import ReadError, sniff_dialect

DEFAULT_CHUNK_ROWS = 5000


def scan_row(
    header: Sequence[str], row: Sequence[str], row_number: int, scanner: Scanner | None = None
) -> list[Finding]:
    """Findings in one CSV row; offsets are within each cell, `row`/`column` are 1-based."""
    scanner = scanner or default_scanner()
    parts: list[str] = []
    cells: list[tuple[int, int, int]] = []  # (column index, start, end) in the joined text
    cursor = 0
    for index, value in enumerate(row):
        if not value.strip():
            continue
        label = header_label(header[index]) if index < len(header) and header[index] else ""
        prefix = f"{label}: " if label else "- "
        parts.append(prefix)
        cursor += len(prefix)
        parts.append(value)
        cells.append((index, cursor, cursor + len(value)))
        cursor += len(value)
        parts.append("\n")
        cursor += 1
    if not cells:
        return []
    text = "".join(parts)
    out: list[Finding] = []
    cell_i = 0
    for finding in scanner.scan(text):
        while cell_i < len(cells) and cells[cell_i][2] <= finding.start:
            cell_i += 1
        if cell_i == len(cells) or finding.start < cells[cell_i][1]:
            continue  # inside a header label
        index, start, end = cells[cell_i]
        clipped_end = min(finding.end, end)
        out.append(
            finding.located(
                start=finding.start - start,
                end=clipped_end - start,
                text=row[index][finding.start - start : clipped_end - start],
                row=row_number,
                column=index + 1,
                column_name=header[index] if index < len(header) else None,
            )
        )
    return out


@dataclass
class ColumnStats:
    index: int
    name: str
    rows_with_findings: int = 0
    by_type: dict[str, int] = field(default_factory=dict)  # rows with >=1 finding of the type


@dataclass
class CsvSummary:
    """How many rows of each column hold each type of identifying information."""

    file: str
    rows: int = 0
    columns: dict[int, ColumnStats] = field(default_factory=dict)

    def add_row(self, findings: Iterable[Finding], header: Sequence[str]) -> None:
        self.rows += 1
        seen: dict[int, set[str]] = {}
        for f in findings:
            if f.column is not None:
                seen.setdefault(f.column, set()).add(f.type)
        for column, types in seen.items():
            name = header[column - 1] if column - 1 < len(header) else ""
            stats = self.columns.setdefault(column, ColumnStats(column, name))
            stats.rows_with_findings += 1
            for t in types:
                stats.by_type[t] = stats.by_type.get(t, 0) + 1

    def describe(self) -> list[str]:
        """One line per column and type, most common first: 'column 7 ("status") holds ...'."""
        lines: list[str] = []
        order = {t: i for i, t in enumerate(ENTITY_TYPES)}
        for column in sorted(self.columns):
            stats = self.columns[column]
            label = f'column {column} ("{stats.name}")' if stats.name else f"column {column}"
            for t, n in sorted(
                stats.by_type.items(), key=lambda kv: (-kv[1], order.get(kv[0], 99))
            ):
                share = 100 * n / self.rows if self.rows else 0.0
                lines.append(f"{label} holds {t} in {share:.0f}% of rows ({n:,} of {self.rows:,})")
        return lines

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "rows": self.rows,
            "columns": [
                {
                    "column": s.index,
                    "name": s.name,
                    "rows_with_findings": s.rows_with_findings,
                    "types": {
                        t: {"rows": n, "share": round(n / self.rows, 4) if self.rows else 0.0}
                        for t, n in sorted(s.by_type.items())
                    },
                }
                for s in (self.columns[c] for c in sorted(self.columns))
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CsvSummary:
        columns = {
            int(c["column"]): ColumnStats(
                int(c["column"]),
                str(c["name"]),
                int(c["rows_with_findings"]),
                {t: int(v["rows"]) for t, v in c["types"].items()},
            )
            for c in data["columns"]
        }
        return cls(str(data["file"]), int(data["rows"]), columns)


def merge_summaries(summaries: Iterable[CsvSummary]) -> CsvSummary:
    """Add up chunk summaries of one file (in any order) into one."""
    merged: CsvSummary | None = None
    for summary in summaries:
        if merged is None:
            merged = CsvSummary(summary.file)
        merged.rows += summary.rows
        for column, stats in summary.columns.items():
            into = merged.columns.setdefault(column, ColumnStats(column, stats.name))
            into.rows_with_findings += stats.rows_with_findings
            for t, n in stats.by_type.items():
                into.by_type[t] = into.by_type.get(t, 0) + n
    if merged is None:
        raise ValueError("nothing to merge")
    return merged


@dataclass
class CsvChunk:
    """Rows `first_row` .. `first_row + len(rows) - 1` of `file` (data rows, 1-based)."""

    file: str
    header: list[str]
    first_row: int
    rows: list[list[str]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "header": self.header,
            "first_row": self.first_row,
            "rows": self.rows,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CsvChunk:
        return cls(str(data["file"]), list(data["header"]), int(data["first_row"]), data["rows"])


@dataclass
class ChunkResult:
    first_row: int
    rows: int
    findings: list[Finding]
    summary: CsvSummary

    def to_dict(self) -> dict[str, Any]:
        return {
            "first_row": self.first_row,
            "rows": self.rows,
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary.to_dict(),
        }


def iter_csv_chunks(
    path: Path | str, chunk_rows: int = DEFAULT_CHUNK_ROWS, *, has_header: bool = True
) -> Iterator[CsvChunk]:
    """Read `path` lazily in chunks of `chunk_rows` data rows. Raises ReadError on bad input."""
    if chunk_rows < 1:
        raise ValueError("chunk_rows must be at least 1")
    path = Path(path)
    dialect = sniff_dialect(path)
    csv.field_size_limit(16 * 1024 * 1024)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle, dialect)
            header: list[str] = []
            if has_header:
                header = next(reader, [])
                if not header:
                    raise ReadError(f"{path} is empty")
            rows: list[list[str]] = []
            first = 1
            for row in reader:
                rows.append(row)
                if len(rows) == chunk_rows:
                    yield CsvChunk(str(path), header, first, rows)
                    first += len(rows)
                    rows = []
            if rows or first == 1:
                yield CsvChunk(str(path), header, first, rows)
    except UnicodeDecodeError as error:
        raise ReadError(f"{path} is not UTF-8 (byte {error.start} of a block)") from error
    except csv.Error as error:
        raise ReadError(f"{path} is not well-formed CSV: {error}") from error
    except OSError as error:
        raise ReadError(f"cannot read {path}: {error.strerror}") from error


def scan_chunk(chunk: CsvChunk, scanner: Scanner | None = None) -> ChunkResult:
    """Scan one chunk: the pure function a worker runs."""
    scanner = scanner or default_scanner()
    summary = CsvSummary(chunk.file)
    findings: list[Finding] = []
    for offset, row in enumerate(chunk.rows):
        found = scan_row(chunk.header, row, chunk.first_row + offset, scanner)
        found = [f.located(file=chunk.file) for f in found]
        summary.add_row(found, chunk.header)
        findings.extend(found)
    return ChunkResult(chunk.first_row, len(chunk.rows), findings, summary)


def scan_csv_chunks(
    path: Path | str,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
    *,
    scanner: Scanner | None = None,
    has_header: bool = True,
    on_chunk: Callable[[ChunkResult], None] | None = None,
) -> Iterator[ChunkResult]:
    """Scan a CSV file chunk by chunk, in this process."""
    for chunk in iter_csv_chunks(path, chunk_rows, has_header=has_header):
        result = scan_chunk(chunk, scanner)
        if on_chunk is not None:
            on_chunk(result)
        yield result
