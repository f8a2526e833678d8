"""The `scan` and `redact` commands, driven through their modules (cli.py wiring comes later)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pytest

from sanctuary.cli import CommandError
from sanctuary.commands import redact, scan

TEXT = "Client: Maria Lopez, SSN 123-45-6789, born in Haiti.\n"


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="sanctuary")
    sub = parser.add_subparsers(dest="command", required=True)
    scan.register(sub)
    redact.register(sub)
    args = parser.parse_args(list(argv))
    return int(args.func(args))


def test_scan_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "note.txt"
    src.write_text(TEXT, encoding="utf-8")
    assert run("scan", str(src), "--json") == 0
    data = json.loads(capsys.readouterr().out)
    types = {f["type"] for f in data["findings"]}
    assert {"PERSON", "SSN", "COUNTRY_OF_BIRTH"} <= types
    first = data["findings"][0]
    assert set(first) == {"file", "start", "end", "type", "score", "explanation"}
    assert "123-45-6789" not in json.dumps(data)  # no re-disclosure by default


def test_scan_thorough_adds_the_name_tagger(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "note.txt"
    src.write_text("Hi team, Everton will come tomorrow with his papers.\n", encoding="utf-8")
    run("scan", str(src), "--json")
    assert json.loads(capsys.readouterr().out)["findings"] == []
    run("scan", str(src), "--json", "--thorough", "--show-text")
    found = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["type"], f["text"]) for f in found] == [("PERSON", "Everton")]


def test_scan_lines_and_show_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "note.txt"
    src.write_text(TEXT, encoding="utf-8")
    run("scan", str(src), "--show-text", "--types", "ssn")
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "SSN" in out[0] and "'123-45-6789'" in out[0]


def test_scan_csv_summary_and_progress(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "export.csv"
    rows = ["id,name,status"] + [f"{i},Maria Lopez,{'TPS' if i < 3 else ''}" for i in range(10)]
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert run("scan", str(src), "--summary", "--progress", "--chunk-rows", "4") == 0
    captured = capsys.readouterr()
    assert 'column 3 ("status") holds IMMIGRATION_STATUS in 30% of rows (3 of 10)' in captured.out
    assert 'column 2 ("name") holds PERSON in 100% of rows' in captured.out
    assert "100%" in captured.err and "(10/10 rows)" in captured.err
    run("scan", str(src), "--summary", "--json")
    data = json.loads(capsys.readouterr().out)
    assert data["summaries"][0]["rows"] == 10


def test_redact_writes_output_and_refuses_to_overwrite(tmp_path: Path) -> None:
    src, out = tmp_path / "note.txt", tmp_path / "clean.txt"
    src.write_text(TEXT, encoding="utf-8")
    assert run("redact", str(src), "-o", str(out), "--operator", "mask") == 0
    assert "***-**-****" in out.read_text(encoding="utf-8")
    with pytest.raises(CommandError) as error:
        run("redact", str(src), "-o", str(out))
    assert error.value.status == 2
    assert run("redact", str(src), "-o", str(out), "--force") == 0
    assert "[SSN]" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "argv",
    [
        ("scan", "/no/such/file.txt"),
        ("scan", "{bad}"),
        ("redact", "{bad}", "-o", "{out}"),
        ("redact", "{src}", "-o", "/no/such/dir/out.txt"),
        ("scan", "{src}", "--threshold", "2"),
        ("scan", "{src}", "--types", "NOPE"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(tmp_path: Path, argv: tuple[str, ...]) -> None:
    bad, src, out = tmp_path / "bad.txt", tmp_path / "ok.txt", tmp_path / "out.txt"
    bad.write_bytes(b"\xff\xfe\x00broken")
    src.write_text(TEXT, encoding="utf-8")
    filled = [a.format(bad=bad, src=src, out=out) for a in argv]
    with pytest.raises(CommandError) as error:
        run(*filled)
    assert error.value.status == 2
    assert not out.exists()


def test_commands_do_not_start_django() -> None:
    import subprocess

    code = (
        "import sys, sanctuary.commands.scan, sanctuary.commands.redact, sanctuary.privacy;"
        "print(any(m == 'django' or m.startswith('django.') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
