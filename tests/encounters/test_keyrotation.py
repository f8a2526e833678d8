"""Field-key rotation: several keys read, the first writes, rotation moves stored tokens to the
first key without touching values no key reads, and nothing personal or secret is printed."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection

from sanctuary.audit.models import AuditEntry
from sanctuary.cli import main
from sanctuary.disclosures import services
from sanctuary.disclosures.models import DisclosureRequest
from sanctuary.encounters import crypto
from sanctuary.encounters.crypto import FieldKeyError, decrypt, encrypt
from sanctuary.encounters.keyrotation import encrypted_columns, rotate_field_keys
from sanctuary.encounters.models import Encounter

pytestmark = pytest.mark.django_db

NOTES = "Agent asked for Maria Lopez at Apt 4B"
SUBJECT = "Jose Ramirez, born 1988"
ORIGINAL = "Case notes. Client Maria Gonzalez, phone 212-555-0199, lives at 123 Main Street.\n"
A, B, C = (Fernet.generate_key().decode() for _ in range(3))
ENC = "encounters_encounter"
DR = "disclosures_disclosurerequest"


@pytest.fixture(autouse=True)
def no_configured_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(crypto.KEYS_VAR, raising=False)
    monkeypatch.delenv(crypto.KEY_VAR, raising=False)
    crypto._keyring.cache_clear()
    yield
    crypto._keyring.cache_clear()


@pytest.fixture
def use_keys(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """use_keys(B, A) -> SANCTUARY_FIELD_KEYS="B,A" from now on (the key cache cleared)."""

    def configure(*keys: str, var: str = crypto.KEYS_VAR) -> None:
        monkeypatch.setenv(var, ",".join(keys))
        crypto._keyring.cache_clear()

    return configure


def encounter(agencies: dict[str, Any], notes: str = NOTES) -> Encounter:
    return Encounter.objects.create(
        agency=agencies["DOE"],
        idempotency_key=uuid.uuid4().hex,
        ask="enter_non_public",
        notes=notes,
        vehicles="Grey van NY plate ABC-1234",
        agent_identifiers="Badge 5512",
    )


@pytest.fixture
def po(make_user: Callable[..., Any]) -> Any:
    return make_user("privacy_officer", agency="HRA")


def disclosure(po: Any, agencies: dict[str, Any], with_copy: bool = True) -> DisclosureRequest:
    intake = services.Intake(
        requester_name="Officer Smith",
        requester_organisation="FBI New York",
        requester_kind="federal_other",
        requester="FBI",
        purpose="criminal",
        information=("records",),
        subject=SUBJECT,
    )
    req = services.create_request(po, agencies["HRA"], intake)
    if with_copy:
        services.transition(po, req, "review", "reason given")
        services.transition(po, req, "approve", "reason given")
        services.attach_redacted_copy(po, req, "notes.txt", ORIGINAL.encode())
    return req


def raw(table: str, column: str, pk: int) -> bytes:
    q = connection.ops.quote_name
    with connection.cursor() as cursor:
        sql = f"SELECT {q(column)} FROM {q(table)} WHERE id = %s"  # noqa: S608 - quoted names
        cursor.execute(sql, [pk])
        value = cursor.fetchone()[0]
    return value.encode() if isinstance(value, str) else bytes(value)


def set_raw(table: str, column: str, pk: int, token: bytes) -> None:
    q = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {q(table)} SET {q(column)} = %s WHERE id = %s",  # noqa: S608 - quoted names
            [token.decode(), pk],
        )


def only(key: str, token: bytes) -> bytes:
    return Fernet(key.encode()).decrypt(token)


def test_the_derived_key_is_unchanged_so_existing_values_still_read(settings: Any) -> None:
    settings.SECRET_KEY = "a secret key long enough for the test " * 2
    raw_key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=b"sanctuary.encounters.field-encryption.v1",
    ).derive(settings.SECRET_KEY.encode())
    old = Fernet(base64.urlsafe_b64encode(raw_key))
    assert decrypt(old.encrypt(NOTES.encode()).decode()) == NOTES
    assert old.decrypt(encrypt(NOTES).encode()).decode() == NOTES  # still the encrypting key


def test_old_key_reads_after_a_new_one_is_added_and_new_values_use_the_new_one(
    agencies: Any, use_keys: Callable[..., None]
) -> None:
    use_keys(A)
    enc = encounter(agencies)
    use_keys(B, A)
    assert Encounter.objects.get(pk=enc.pk).notes == NOTES
    token = encrypt("new value").encode()
    assert only(B, token) == b"new value"
    with pytest.raises(InvalidToken):
        only(A, token)


def test_the_one_key_form_still_works_and_comes_after_field_keys(
    use_keys: Callable[..., None],
) -> None:
    use_keys(A, var=crypto.KEY_VAR)
    old = encrypt(NOTES)
    assert only(A, old.encode()) == NOTES.encode()
    use_keys(B)  # SANCTUARY_FIELD_KEYS=B with SANCTUARY_FIELD_KEY=A still set
    assert only(B, encrypt(NOTES).encode()) == NOTES.encode()
    assert decrypt(old) == NOTES


def test_every_encrypted_column_is_found_from_the_models() -> None:
    labels = {c.label for c in encrypted_columns()}
    assert {
        f"{ENC}.notes",
        f"{ENC}.vehicles",
        f"{ENC}.agent_identifiers",
        f"{DR}.subject",
        f"{DR}.exigent_reason",
        f"{DR}.denial_reason",
        f"{DR}.redacted_copy",
        "disclosures_transition.reason",
    } <= labels


def test_rotation_moves_every_value_to_the_new_key_and_audits_counts_only(
    agencies: Any, po: Any, use_keys: Callable[..., None]
) -> None:
    use_keys(A)
    encs = [encounter(agencies) for _ in range(3)]
    req = disclosure(po, agencies)
    copy = services.redacted_bytes(req)
    use_keys(B, A)

    report = rotate_field_keys(batch_size=2)  # several batches per table

    counts = {c.label: c for c in report.columns}
    assert counts[f"{ENC}.notes"].rotated == 3
    assert counts[f"{DR}.subject"].rotated == 1
    assert counts[f"{DR}.redacted_copy"].rotated == 1
    assert report.unreadable == 0
    for enc in encs:
        for column in ("notes", "vehicles", "agent_identifiers"):
            token = raw(ENC, column, enc.pk)
            assert only(B, token)
            with pytest.raises(InvalidToken):
                only(A, token)
        assert only(B, raw(ENC, "notes", enc.pk)) == NOTES.encode()
    for column in ("subject", "redacted_copy"):
        with pytest.raises(InvalidToken):
            only(A, raw(DR, column, req.pk))
    assert only(B, raw(DR, "subject", req.pk)) == SUBJECT.encode()

    use_keys(B)  # the old key dropped: everything still reads
    assert Encounter.objects.get(pk=encs[0].pk).notes == NOTES
    fresh = DisclosureRequest.objects.get(pk=req.pk)
    assert fresh.subject == SUBJECT and services.redacted_bytes(fresh) == copy

    entry = AuditEntry.objects.get(action="field_keys.rotate")
    assert entry.summary == report.summary
    assert entry.summary.startswith(f"Re-encrypted {report.rotated} values in ")
    assert entry.summary.endswith("; 0 unreadable")
    for secret in ("Maria", "Jose", "Apt", "Badge", A, B):
        assert secret not in entry.summary

    again = rotate_field_keys()
    assert again.rotated == 0 and again.unreadable == 0
    assert AuditEntry.objects.filter(action="field_keys.rotate").count() == 1


def test_a_value_no_key_reads_is_counted_and_left_byte_for_byte(
    agencies: Any, use_keys: Callable[..., None]
) -> None:
    use_keys(A)
    lost, kept = encounter(agencies), encounter(agencies)
    foreign = Fernet(C.encode()).encrypt(b"Maria Lopez")
    set_raw(ENC, "notes", lost.pk, foreign)
    use_keys(B, A)

    report = rotate_field_keys()

    notes = next(c for c in report.columns if c.label == f"{ENC}.notes")
    assert (notes.rotated, notes.unreadable) == (1, 1)
    assert report.unreadable == 1
    assert raw(ENC, "notes", lost.pk) == foreign
    assert only(B, raw(ENC, "notes", kept.pk)) == NOTES.encode()
    assert only(B, raw(ENC, "vehicles", lost.pk))  # its readable columns still rotate
    assert AuditEntry.objects.get(action="field_keys.rotate").summary.endswith("; 1 unreadable")
    assert decrypt(foreign.decode()) == ""  # the read contract is unchanged


def test_a_dry_run_counts_but_writes_nothing(
    agencies: Any, po: Any, use_keys: Callable[..., None]
) -> None:
    use_keys(A)
    enc = encounter(agencies)
    req = disclosure(po, agencies)
    use_keys(B, A)
    before = [
        raw(ENC, "notes", enc.pk),
        raw(DR, "subject", req.pk),
        raw(DR, "redacted_copy", req.pk),
    ]
    audited = AuditEntry.objects.count()

    report = rotate_field_keys(dry_run=True)

    assert report.dry_run and report.rotated >= 3 and report.unreadable == 0
    after = [
        raw(ENC, "notes", enc.pk),
        raw(DR, "subject", req.pk),
        raw(DR, "redacted_copy", req.pk),
    ]
    assert after == before
    assert only(A, after[2])
    assert AuditEntry.objects.count() == audited


def test_secret_key_fallbacks_are_read_and_rotated_to_the_new_secret_key(
    agencies: Any, settings: Any
) -> None:
    settings.SECRET_KEY = "the old secret key, long enough for the test " * 2
    crypto._keyring.cache_clear()
    enc = encounter(agencies)
    old_token = raw(ENC, "notes", enc.pk)
    settings.SECRET_KEY = "the new secret key, long enough for the test " * 2
    settings.SECRET_KEY_FALLBACKS = ["the old secret key, long enough for the test " * 2]
    crypto._keyring.cache_clear()
    assert Encounter.objects.get(pk=enc.pk).notes == NOTES

    assert rotate_field_keys().unreadable == 0

    assert raw(ENC, "notes", enc.pk) != old_token
    settings.SECRET_KEY_FALLBACKS = []
    crypto._keyring.cache_clear()
    assert Encounter.objects.get(pk=enc.pk).notes == NOTES


def test_cli_prints_counts_per_column_and_exits_by_unreadable_values(
    agencies: Any, po: Any, use_keys: Callable[..., None], capsys: pytest.CaptureFixture[str]
) -> None:
    use_keys(A)
    enc = encounter(agencies)
    disclosure(po, agencies)
    use_keys(B, A)

    assert main(["rotate-field-keys", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"{ENC}.notes: would rotate 1, unreadable 0" in out
    assert only(A, raw(ENC, "notes", enc.pk)) == NOTES.encode()

    assert main(["rotate-field-keys"]) == 0
    out = capsys.readouterr().out
    assert f"{ENC}.notes: rotated 1, unreadable 0" in out
    assert f"{DR}.redacted_copy: rotated 1, unreadable 0" in out
    assert only(B, raw(ENC, "notes", enc.pk)) == NOTES.encode()

    set_raw(ENC, "notes", enc.pk, Fernet(C.encode()).encrypt(NOTES.encode()))
    assert main(["rotate-field-keys"]) == 1
    captured = capsys.readouterr()
    assert f"{ENC}.notes: rotated 0, unreadable 1" in captured.out
    assert "could not be read" in captured.err
    text = captured.out + captured.err
    for secret in ("Maria", "Jose", "Apt", "Badge", "Grey van", A, B, C):
        assert secret not in text


@pytest.mark.parametrize(
    ("var", "value", "named"),
    [
        (crypto.KEYS_VAR, f"{B},{{bad}}", f"{crypto.KEYS_VAR}: entry 2"),
        (crypto.KEY_VAR, "{bad}", crypto.KEY_VAR),
    ],
)
def test_a_malformed_key_fails_naming_the_variable_not_the_key(
    var: str,
    value: str,
    named: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = "not-a-fernet-key-but-a-secret"
    monkeypatch.setenv(var, value.format(bad=bad))
    crypto._keyring.cache_clear()
    with pytest.raises(FieldKeyError, match=f"^{named} is not a Fernet key") as error:
        encrypt(NOTES)
    assert bad not in str(error.value) and B not in str(error.value)
    with pytest.raises(FieldKeyError):
        decrypt(Fernet(B.encode()).encrypt(b"x").decode())  # never silently ""

    assert main(["rotate-field-keys"]) == 1
    captured = capsys.readouterr()
    assert var in captured.err
    assert bad not in captured.out + captured.err and B not in captured.out + captured.err


def test_a_malformed_key_fails_the_system_check_without_showing_the_key(
    use_keys: Callable[..., None],
) -> None:
    use_keys("not-a-fernet-key")
    with pytest.raises(SystemCheckError) as caught:
        call_command("check")
    assert "sanctuary.E001" in str(caught.value) and crypto.KEYS_VAR in str(caught.value)
    assert "not-a-fernet-key" not in str(caught.value)
    use_keys(Fernet.generate_key().decode())
    call_command("check")  # a good key passes
