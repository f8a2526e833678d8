"""Finding and redacting identifying information (Admin Code §23-1201) in text, CSV and PDF.

Pure Python, no Django, no downloads: compiled patterns with context words and validity rules,
plus name, country and status-term lists shipped in `data/`. Public API:

- `scan_text(text) -> list[Finding]`, `scan_file(path)`;
- `redact_text(text, findings, operator)`, `redact_file(path, out, operator)`;
- `scan_csv_chunks(path, chunk_rows)` -> `ChunkResult`s and `merge_summaries(...)` for exports;
- `Scanner` to choose types, a threshold or thorough mode (adds the statistical PERSON tagger,
  person_model.py); `thorough_scanner()` is the one releases use; `Finding.explanation` says
  why each was flagged.
"""

from __future__ import annotations

from sanctuary.privacy.bulk import (
    ChunkResult,
    CsvChunk,
    CsvSummary,
    iter_csv_chunks,
    merge_summaries,
    scan_chunk,
    scan_csv_chunks,
    scan_row,
)
from sanctuary.privacy.engine import (
    DEFAULT_THRESHOLD,
    Scanner,
    default_scanner,
    thorough_scanner,
)
from sanctuary.privacy.files import redact_file, scan_file
from sanctuary.privacy.model import ENTITY_TYPES, STRUCTURED_TYPES, Finding
from sanctuary.privacy.operators import OPERATORS, redact_text
from sanctuary.privacy.readers import ReadError


def scan_text(text: str, *, prefix: str = "") -> list[Finding]:
    """Findings in `text` with the default scanner (all types, default threshold)."""
    return default_scanner().scan(text, prefix=prefix)


__all__ = [
    "DEFAULT_THRESHOLD",
    "ENTITY_TYPES",
    "OPERATORS",
    "STRUCTURED_TYPES",
    "ChunkResult",
    "CsvChunk",
    "CsvSummary",
    "Finding",
    "ReadError",
    "Scanner",
    "iter_csv_chunks",
    "merge_summaries",
    "redact_file",
    "redact_text",
    "scan_chunk",
    "scan_csv_chunks",
    "scan_file",
    "scan_row",
    "scan_text",
    "thorough_scanner",
]
