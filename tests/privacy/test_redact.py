"""Redaction: each operator, text, CSV shape kept, PDF text truly removed, clean failures."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from sanctuary.privacy import (
    ReadError,
    iter_csv_chunks,
    merge_summaries,
    redact_file,
    redact_text,
    scan_chunk,
    scan_csv_chunks,
    scan_file,
    scan_text,
)

TEXT = (
    "Client: Maria Lopez, DOB: 03/14/1985, A-number A-123-456-789, SSN 123-45-6789.\n"
    "Phone (212) 555-0101. She is undocumented and was born in Honduras.\n"
)
SECRETS = ["Maria Lopez", "03/14/1985", "A-123-456-789", "123-45-6789", "(212) 555-0101",
           "undocumented", "Honduras"]  # fmt: skip


def test_redact_operator() -> None:
    out = redact_text(TEXT, scan_text(TEXT), "redact")
    assert "[PERSON]" in out and "[A_NUMBER]" in out and "[SSN]" in out
    assert not any(s in out for s in SECRETS)


def test_mask_operator_keeps_length_and_separators() -> None:
    out = redact_text(TEXT, scan_text(TEXT), "mask")
    assert len(out) == len(TEXT)
    assert "***-**-****" in out and "(***) ***-****" in out
    assert not any(s in out for s in SECRETS)


def test_hash_operator_is_keyed_and_links_equal_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANCTUARY_REDACTION_KEY", "k1")
    a = redact_text("A-number A123456789", scan_text("A-number A123456789"), "hash")
    b = redact_text("A-number A-123-456-789", scan_text("A-number A-123-456-789"), "hash")
    assert a.split()[-1] == b.split()[-1]
    assert a.split()[-1].startswith("[A_NUMBER:") and len(a.split()[-1]) == len("[A_NUMBER:]") + 10
    monkeypatch.setenv("SANCTUARY_REDACTION_KEY", "k2")
    c = redact_text("A-number A123456789", scan_text("A-number A123456789"), "hash")
    assert c != a


def test_unknown_operator_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown operator"):
        redact_text(TEXT, scan_text(TEXT), "shred")


def test_text_file(tmp_path: Path) -> None:
    src, out = tmp_path / "note.txt", tmp_path / "out.txt"
    src.write_text(TEXT, encoding="utf-8")
    counts = redact_file(src, out)
    assert counts["PERSON"] == 1 and counts["SSN"] == 1
    assert not any(s in out.read_text(encoding="utf-8") for s in SECRETS)
    assert {f.file for f in scan_file(src)} == {str(src)}


def _write_csv(path: Path) -> list[list[str]]:
    rows = [
        ["id", "client_name", "country_of_birth", "notes"],
        ["1", "Maria Lopez", "Mexico", 'said "hello", then left; SSN 123-45-6789'],
        ["2", "", "Haiti", "no issues"],
        ["3", "Kwame Mensah", "Ghana", "line one\nline two: TPS holder"],
    ]
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return rows


def test_csv_keeps_shape(tmp_path: Path) -> None:
    src, out = tmp_path / "export.csv", tmp_path / "clean.csv"
    rows = _write_csv(src)
    redact_file(src, out, "redact")
    with out.open(newline="", encoding="utf-8") as handle:
        got = list(csv.reader(handle))
    assert len(got) == len(rows) and [len(r) for r in got] == [len(r) for r in rows]
    assert got[0] == rows[0]
    assert got[1][:3] == ["1", "[PERSON]", "[COUNTRY_OF_BIRTH]"]
    assert got[1][3] == 'said "hello", then left; SSN [SSN]'
    assert got[3][3] == "line one\nline two: [IMMIGRATION_STATUS]"
    assert out.read_bytes().count(b"\r\n") >= 4


def test_csv_findings_have_row_column_and_cell_offsets(tmp_path: Path) -> None:
    src = tmp_path / "export.csv"
    rows = _write_csv(src)
    findings = scan_file(src)
    ssn = next(f for f in findings if f.type == "SSN")
    assert (ssn.row, ssn.column, ssn.column_name) == (1, 4, "notes")
    assert rows[1][3][ssn.start : ssn.end] == "123-45-6789"
    assert ssn.to_dict()["row"] == 1 and "text" not in ssn.to_dict()


def test_chunks_merge_to_the_whole(tmp_path: Path) -> None:
    src = tmp_path / "big.csv"
    with src.open("w", newline="", encoding="utf-8") as handle:
        w = csv.writer(handle)
        w.writerow(["name", "status", "phone"])
        for i in range(50):
            w.writerow(
                [f"Maria Lopez{'' if i % 2 else ''}", "undocumented" if i % 4 == 0 else "", "n/a"]
            )
    whole = merge_summaries(c.summary for c in scan_csv_chunks(src, chunk_rows=1000))
    chunks = [scan_chunk(c) for c in iter_csv_chunks(src, chunk_rows=7)]
    assert len(chunks) == 8
    merged = merge_summaries(reversed([c.summary for c in chunks]))
    assert merged.to_dict() == whole.to_dict()
    assert merged.rows == 50
    assert (
        'column 2 ("status") holds IMMIGRATION_STATUS in 26% of rows (13 of 50)'
        in merged.describe()
    )
    # Chunks and summaries survive a JSON round trip (what a task queue does).
    from sanctuary.privacy import CsvChunk, CsvSummary

    chunk = next(iter_csv_chunks(src, chunk_rows=5))
    assert CsvChunk.from_dict(chunk.to_dict()) == chunk
    assert CsvSummary.from_dict(whole.to_dict()).to_dict() == whole.to_dict()


def _pdf(path: Path, text: str) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in text.splitlines():
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_title("Case of Maria Lopez")
    pdf.output(str(path))


def test_pdf_text_is_truly_removed(tmp_path: Path) -> None:
    src, out = tmp_path / "letter.pdf", tmp_path / "clean.pdf"
    _pdf(src, TEXT)
    findings = scan_file(src)
    assert {"PERSON", "SSN", "A_NUMBER"} <= {f.type for f in findings}
    redact_file(src, out, "redact")
    reader = PdfReader(out)
    extracted = "\n".join(p.extract_text() for p in reader.pages)
    assert "[SSN]" in extracted and "[PERSON]" in extracted
    for f in findings:
        assert f.text not in extracted
    raw = out.read_bytes()
    assert b"Maria" not in raw and b"123-45-6789" not in raw  # not in metadata or streams


def test_unreadable_inputs_fail_cleanly_without_output(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Se\xf1ora L\xf3pez".encode("latin-1"))
    corrupt = tmp_path / "bad.pdf"
    corrupt.write_bytes(b"%PDF-1.4\nthis is not a pdf")
    locked = tmp_path / "locked.pdf"
    _pdf(tmp_path / "plain.pdf", TEXT)
    writer = PdfWriter(clone_from=tmp_path / "plain.pdf")
    writer.encrypt("secret")
    with locked.open("wb") as handle:
        writer.write(handle)
    for path, message in [
        (empty, "empty"),
        (latin, "not UTF-8"),
        (corrupt, "PDF"),
        (locked, "encrypted"),
    ]:
        with pytest.raises(ReadError, match=message):
            redact_file(path, out)
        assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_pdf_without_text_layer_is_refused(tmp_path: Path) -> None:
    blank = tmp_path / "scan.pdf"
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    buffer = io.BytesIO()
    writer.write(buffer)
    blank.write_bytes(buffer.getvalue())
    with pytest.raises(ReadError, match="no text layer"):
        scan_file(blank)


def test_output_must_differ_from_input(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    with pytest.raises(ReadError, match="different file"):
        redact_file(src, src)
    assert src.read_text(encoding="utf-8") == TEXT
