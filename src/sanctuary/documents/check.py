"""Put reading, signals, classification and door rules together into one honest answer.

Fail closed: a document is a judicial warrant only when every check a clerk would make passes
(right kind, a court in the header, a judge's title at the signature, nothing from DHS or an
immigration court, readable text, a clear classification). Any doubt gives
`judicial_warrant: false` with the reason, never a guess in the document's favour.
"""

from __future__ import annotations

import datetime as dt
import time

from .classify import Classification, classify
from .model import (
    DEFAULT_LIMITS,
    JUDICIAL_WARRANT_KINDS,
    PERSON_KINDS,
    SEARCH_WARRANT_KINDS,
    CheckResult,
    Kind,
    Limits,
    Signal,
)
from .reading import ReadResult, read_document, read_typed_text
from .signals import JUDGE_ROLES, Findings, find_signals
from .validate import check_at_door, execute_by_for

_FEDERAL = {Kind.JUDICIAL_SEARCH_WARRANT, Kind.JUDICIAL_ARREST_WARRANT}
_ADMIN_MARKS = {
    "issuer_dhs": "a Department of Homeland Security header",
    "issuer_eoir": "an immigration court (EOIR) header",
    "form_i200": "DHS form I-200",
    "form_i205": "DHS form I-205",
    "form_i247": "DHS form I-247",
    "form_i203": "DHS form I-203",
    "form_i138": "DHS form I-138",
    "form_i862": "DHS form I-862",
    "caption_alien": "an 'alien' caption used on DHS forms",
}

KIND_EXPLANATIONS: dict[Kind, str] = {
    Kind.ADMINISTRATIVE_ARREST_WARRANT_I200: (
        "This is a DHS Form I-200 (Warrant for Arrest of Alien), signed by an immigration "
        "officer, not a judge: it is an administrative warrant, not a judicial warrant."
    ),
    Kind.REMOVAL_WARRANT_I205: (
        "This is a DHS Form I-205 (Warrant of Removal/Deportation), signed by an immigration "
        "officer, not a judge: it is an administrative warrant, not a judicial warrant."
    ),
    Kind.DETAINER_I247A: (
        "This is an immigration detainer (DHS Form I-247), a request from an immigration officer "
        "to hold or notify; it is not a judicial warrant."
    ),
    Kind.ORDER_TO_DETAIN_I203: (
        "This is an order to detain or release (DHS Form I-203), an instruction between "
        "immigration officers; it is not court process and not a judicial warrant."
    ),
    Kind.ADMINISTRATIVE_SUBPOENA: (
        "This is an administrative subpoena from DHS. It is not a warrant and is not "
        "self-enforcing: DHS must obtain a court order before compliance is required. Send it to "
        "counsel."
    ),
    Kind.NOTICE_TO_APPEAR: (
        "This is a Notice to Appear, which starts removal proceedings in immigration court; it "
        "is not a warrant."
    ),
    Kind.IMMIGRATION_JUDGE_ORDER: (
        "This comes from an immigration court. An immigration judge is a Department of Justice "
        "employee, not a judge of a court for this purpose: it is not a judicial warrant."
    ),
    Kind.JUDICIAL_SUBPOENA: (
        "This is a court subpoena, not a warrant: it does not open non-public areas. Send it to "
        "counsel."
    ),
    Kind.COURT_ORDER: (
        "This is a court order, not a warrant. Send it to counsel, who decides what it requires."
    ),
    Kind.RECORDS_REQUEST_LETTER: (
        "This is a letter requesting records or information, not a warrant. Send it to counsel."
    ),
    Kind.OTHER: (
        "Could not identify this document as any known warrant or form; it is not treated as a "
        "judicial warrant."
    ),
}


def _judicial_checks(
    kind: Kind, findings: Findings, read: ReadResult, confidence: float, limits: Limits
) -> list[str]:
    """Why a judicial-looking warrant cannot be accepted as one; empty when it can."""
    problems: list[str] = []
    if read.confidence < limits.min_read_confidence:
        problems.append(
            f"The text could not be read reliably (read confidence {read.confidence:.2f})."
        )
    if confidence < limits.min_judicial_confidence:
        problems.append("The document is ambiguous: the signs of what it is disagree or are few.")
    header = "issuer_federal_court" if kind in _FEDERAL else "issuer_ny_court"
    if not findings.found(header):
        problems.append("Could not read the court's name in the header.")
    marks = [label for name, label in _ADMIN_MARKS.items() if findings.found(name)]
    if marks:
        problems.append(
            "It also carries " + ", ".join(marks) + ", so it is not treated as a court's warrant."
        )
    roles = findings.signer_roles_seen
    if "immigration_judge" in roles:
        problems.append("It is signed by an immigration judge, who is not a judge of a court.")
    elif "immigration_officer" in roles:
        problems.append("It is signed by an immigration officer, not a judge.")
    elif findings.signer_role is None:
        problems.append("Could not read the signer's title.")
    elif findings.signer_role not in JUDGE_ROLES and not (
        kind is Kind.JUDICIAL_ARREST_WARRANT and findings.signer_role == "clerk"
    ):
        problems.append(f"The signer's title ({findings.signer_title}) is not a judge's.")
    elif kind in _FEDERAL and findings.signer_role == "ny_judge":
        problems.append("A federal form signed by a state judge needs counsel's review.")
    elif kind not in _FEDERAL and findings.signer_role in ("magistrate_judge", "district_judge"):
        problems.append("A New York warrant signed with a federal judge's title needs review.")
    return problems


def assess(
    read: ReadResult,
    *,
    filename: str,
    on: dt.date,
    address: str | None,
    limits: Limits,
    started: float,
) -> CheckResult:
    """Classify and validate text that has been read; the core of check_document/check_text."""
    findings = find_signals(read.text)
    result: Classification = classify(findings)
    kind = result.kind
    confidence = result.confidence * min(1.0, read.confidence / 0.85)
    reasons: list[str] = list(read.notes)

    signed: bool | None = read.signed
    if findings.signed_in_text:
        signed = True
    signals = list(findings.signals.values())
    signals.append(
        Signal(
            "signature_ink",
            read.signed is True,
            {True: "ink on the signature line", False: "blank signature line", None: ""}[
                read.signed
            ],
        )
    )

    judicial = False
    if kind in JUDICIAL_WARRANT_KINDS:
        problems = _judicial_checks(kind, findings, read, confidence, limits)
        if problems:
            reasons.extend(problems)
            reasons.append("Not verified as a judicial warrant. Call counsel before any access.")
        else:
            judicial = True
            reasons.append(f"Issued by {findings.court or 'a court'} and signed by a judge.")
            if findings.signer_role == "clerk":
                reasons.append(
                    "Signed by the clerk, as on a warrant issued on an indictment (FRCrP 9(b)(1)); "
                    "counsel should review it."
                )
            if kind is Kind.JUDICIAL_ARREST_WARRANT:
                reasons.append(
                    "A federal arrest warrant is for a criminal charge; counsel should review any "
                    "one offered to support a detainer."
                )
    else:
        reasons.append(KIND_EXPLANATIONS[kind])
        if kind is Kind.REMOVAL_WARRANT_I205 and findings.i205_judge_box_ticked:
            reasons.append(
                "The ticked box 'a United States District or Magistrate Court Judge' only says "
                "who ordered removal; the warrant itself is still signed by an immigration officer."
            )
        if findings.found("title_warrant_word"):
            reasons.append("The word 'WARRANT' in large type does not make it a judicial warrant.")
        if read.confidence < limits.min_read_confidence:
            reasons.append(
                f"The text could not be read reliably (read confidence {read.confidence:.2f})."
            )

    printed = findings.execute_by
    execute_by: dt.date | None = None
    if kind in SEARCH_WARRANT_KINDS:
        execute_by, note = execute_by_for(kind, findings.issued, printed)
        if note:
            reasons.append(note)
    elif kind in JUDICIAL_WARRANT_KINDS:
        execute_by = None  # arrest warrants carry no execute-by date
    else:
        execute_by = printed

    door = check_at_door(
        kind=kind,
        judicial=judicial,
        signed=signed,
        issued=findings.issued,
        execute_by=execute_by,
        on=on,
        address=address,
        text=findings.text,
    )
    reasons.extend(door.reasons)
    if judicial and door.valid:
        reasons.append(
            "It appears valid today; §4-210 has other conditions too, so counsel still decides."
        )
    return CheckResult(
        file=filename,
        kind=kind,
        judicial_warrant=judicial,
        signed=signed,
        valid_at_door=judicial and door.valid,
        issued=findings.issued,
        execute_by=execute_by,
        court=findings.court,
        signer_title=findings.signer_title,
        names_address=door.names_address,
        names_person=kind in PERSON_KINDS,
        signals=tuple(signals),
        reasons=tuple(reasons),
        confidence=max(0.0, min(1.0, confidence)),
        seconds=time.monotonic() - started,
        source=read.source,
        extra={"scores": {k.value: v for k, v in result.scores.items()}},
    )


def check_document(
    data: bytes,
    *,
    filename: str,
    on: dt.date | None = None,
    address: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> CheckResult:
    """Check an uploaded photo, scan, PDF or text file. Raises DocumentError if unreadable."""
    started = time.monotonic()
    read = read_document(data, filename, limits)
    return assess(
        read,
        filename=filename,
        on=on or dt.date.today(),
        address=address,
        limits=limits,
        started=started,
    )


def check_text(
    text: str,
    *,
    filename: str = "text",
    on: dt.date | None = None,
    address: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> CheckResult:
    """Check typed or pasted text. Without a drawing to look at, `signed` is null unless the
    text says "/s/ Name" or "Signed:"."""
    started = time.monotonic()
    read = read_typed_text(text, limits)
    return assess(
        read,
        filename=filename,
        on=on or dt.date.today(),
        address=address,
        limits=limits,
        started=started,
    )
