"""`sanctuary check-document`, driven through the command module with its own small parser."""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import pytest

from sanctuary.commands import check_document as command

from .corpus.layout import to_pdf
from .corpus.templates import by_id
from .test_classify import AO93, I200_BIG


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="sanctuary")
    command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    status = args.func(args)
    return status, capsys.readouterr().out


def test_one_file_prints_one_json_object(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "warrant.txt"
    path.write_text(AO93)
    status, out = _run(
        ["check-document", str(path), "--date", "2026-02-10", "--address", "250 Gold St", "--json"],
        capsys,
    )
    assert status == 0
    result = json.loads(out)
    assert result["kind"] == "judicial_search_warrant"
    assert result["judicial_warrant"] is True and result["valid_at_door"] is True
    assert result["execute_by"] == "2026-02-16" and result["names_address"] is True
    assert result["file"] == str(path)


def test_several_files_print_a_list_and_errors_do_not_stop_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "i200.txt"
    good.write_text(I200_BIG)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    fake_pdf = tmp_path / "fake.pdf"
    fake_pdf.write_bytes(b"\xff\xd8\xff\xe0 not really a pdf")
    missing = tmp_path / "missing.pdf"
    status, out = _run(
        ["check-document", str(good), str(empty), str(fake_pdf), str(missing), "--json"], capsys
    )
    assert status == 1
    results = json.loads(out)
    assert [r.get("kind") for r in results] == [
        "administrative_arrest_warrant_i200",
        None,
        None,
        None,
    ]
    assert results[0]["judicial_warrant"] is False
    assert "empty" in results[1]["error"]
    assert "PDF" in results[2]["error"]
    assert results[3]["error"] == "No such file."
    assert all("Traceback" not in json.dumps(r) for r in results)


def test_a_text_pdf_with_a_drawn_signature(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from .corpus.build import _context

    rng = random.Random(5)
    ctx = _context(rng, signed=True)
    path = tmp_path / "warrant.pdf"
    path.write_bytes(to_pdf(by_id("ao93_rev1113").build(ctx), rng))
    on = ctx.issued.isoformat()
    status, out = _run(["check-document", str(path), "--date", on, "--json"], capsys)
    result = json.loads(out)
    assert status == 0
    assert result["signed"] is True and result["valid_at_door"] is True
    assert result["seconds"] < 1.0


def test_plain_output_is_readable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "i200.txt"
    path.write_text(I200_BIG)
    status, out = _run(["check-document", str(path)], capsys)
    assert status == 0
    assert "NOT a judicial warrant" in out and "administrative_arrest_warrant_i200" in out


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        _run(["check-document", "x.txt", "--date", "10/02/2026"], capsys)
    assert exited.value.code == 2


def test_command_does_not_import_django() -> None:
    import subprocess
    import sys

    code = "import sys, sanctuary.commands.check_document; print('django' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_an_unexpected_failure_is_that_files_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(command, "check_document", broken)
    path = tmp_path / "x.txt"
    path.write_text("anything")
    status, out = _run(["check-document", str(path), "--json"], capsys)
    assert status == 1
    result = json.loads(out)
    assert result["judicial_warrant"] is False and "not a verified warrant" in result["error"]
