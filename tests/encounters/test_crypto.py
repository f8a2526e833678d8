"""Field encryption: a value from another key reads as empty, and says so in the log."""

from __future__ import annotations

import logging

import pytest
from cryptography.fernet import Fernet

from sanctuary.encounters.crypto import decrypt, encrypt


def test_a_value_from_another_key_reads_empty_and_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    foreign = Fernet(Fernet.generate_key()).encrypt(b"Maria Lopez").decode()
    with caplog.at_level(logging.WARNING, logger="sanctuary.encounters.crypto"):
        assert decrypt(foreign) == ""
    assert "could not be decrypted" in caplog.text and "Maria" not in caplog.text
    assert decrypt(encrypt("Maria Lopez")) == "Maria Lopez"
