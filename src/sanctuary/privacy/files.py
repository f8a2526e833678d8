"""Scanning and redacting whole files: text, CSV (shape kept) and PDF (text truly removed).

Outputs are written to a temporary file beside the destination and renamed into place, so an
error never leaves a half-written file behind.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from sanctuary.privacy.bulk import scan_csv_chunks, scan_row
from sanctuary.privacy.engine import Scanner, default_scanner
from sanctuary.privacy.model import Finding
from sanctuary.privacy.operators import OPERATORS, redact_text
from sanctuary.privacy.pdfwrite import write_text_pdf
from sanctuary.privacy.readers import (
    ReadError,
    kind_of,
    line_ending,
    read_pdf_pages,
    read_pdf_text,
    read_text,
    sniff_dialect,
)


def scan_file(path: Path | str, scanner: Scanner | None = None) -> list[Finding]:
    """Findings in a text, CSV or PDF file; `file` is set on each, `row`/`column` for CSV."""
    path = Path(path)
    scanner = scanner or default_scanner()
    kind = kind_of(path)
    if kind == "csv":
        return [f for chunk in scan_csv_chunks(path, scanner=scanner) for f in chunk.findings]
    text = read_pdf_text(path) if kind == "pdf" else read_text(path)
    return [f.located(file=str(path)) for f in scanner.scan(text)]


@contextmanager
def atomic_output(out: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Open a temporary file beside `out`; rename it onto `out` only if the block succeeds."""
    directory = out.resolve().parent
    if not directory.is_dir():
        raise ReadError(f"output directory {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=directory)
    try:
        if "b" in mode:
            with os.fdopen(fd, mode) as handle:
                yield handle
        else:
            with os.fdopen(fd, mode, encoding="utf-8", newline="") as handle:
                yield handle
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def redact_file(
    path: Path | str,
    out: Path | str,
    operator: str = "redact",
    scanner: Scanner | None = None,
    *,
    has_header: bool = True,
    progress: Callable[[int], None] | None = None,
) -> Counter[str]:
    """Write a redacted copy of `path` to `out`; return how many findings of each type went.

    Text stays text; CSV keeps its rows, columns, delimiter and quoting (the header row is
    kept as is); a PDF comes out as a new PDF holding only the redacted text.
    """
    if operator not in OPERATORS:
        raise ValueError(f"unknown operator {operator!r}; use one of {', '.join(OPERATORS)}")
    path, out = Path(path), Path(out)
    if path.resolve() == out.resolve():
        raise ReadError("the output must be a different file from the input")
    scanner = scanner or default_scanner()
    counts: Counter[str] = Counter()
    kind = kind_of(path)
    if kind == "csv":
        _redact_csv(path, out, operator, scanner, counts, has_header, progress)
    elif kind == "pdf":
        pages = read_pdf_pages(path)
        redacted = []
        for page in pages:
            found = scanner.scan(page)
            counts.update(f.type for f in found)
            redacted.append(redact_text(page, found, operator))
        with atomic_output(out, "wb") as handle:
            write_text_pdf(redacted, handle)
    else:
        text = read_text(path)
        found = scanner.scan(text)
        counts.update(f.type for f in found)
        with atomic_output(out) as handle:
            handle.write(redact_text(text, found, operator))
    return counts


def _redact_csv(
    path: Path,
    out: Path,
    operator: str,
    scanner: Scanner,
    counts: Counter[str],
    has_header: bool,
    progress: Callable[[int], None] | None,
) -> None:
    dialect = sniff_dialect(path)
    newline = line_ending(path)
    try:
        with (
            path.open(encoding="utf-8-sig", newline="") as source,
            atomic_output(out) as target,
        ):
            reader = csv.reader(source, dialect)
            writer = csv.writer(
                target,
                delimiter=dialect.delimiter,
                quotechar=dialect.quotechar or '"',
                doublequote=dialect.doublequote,
                escapechar=dialect.escapechar,
                quoting=dialect.quoting,
                lineterminator=newline,
            )
            header: list[str] = []
            if has_header:
                header = next(reader, [])
                writer.writerow(header)
            for number, row in enumerate(reader, start=1):
                found = scan_row(header, row, number, scanner)
                counts.update(f.type for f in found)
                by_cell: dict[int, list[Finding]] = {}
                for f in found:
                    by_cell.setdefault((f.column or 1) - 1, []).append(f)
                writer.writerow(
                    [
                        redact_text(cell, by_cell[i], operator) if i in by_cell else cell
                        for i, cell in enumerate(row)
                    ]
                )
                if progress is not None:
                    progress(number)
    except UnicodeDecodeError as error:
        raise ReadError(f"{path} is not UTF-8 (byte {error.start} of a block)") from error
    except csv.Error as error:
        raise ReadError(f"{path} is not well-formed CSV: {error}") from error
