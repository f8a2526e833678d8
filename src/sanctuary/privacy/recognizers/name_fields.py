"""Where a layout, not the words, says "this is a name": labelled fields and name columns.

Forms, exports and letters put names in places that say what they hold: after a label
("Last name / Apellido(s): PULLA", "Worker: AJUALIP, Z", "Present: Yan Mejía and Anwar
Santana"), under a "Name" column of a printed table, or on the line above a street address in
a letter's address block. There a name need not be on any list, nor written in title case.
These helpers find such spans; PersonRecognizer scores and explains them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sanctuary.privacy.context import (
    SQL_INSERT,
    TABLE_CELL,
    TURN_HEADER,
    list_heading,
    sql_columns,
)
from sanctuary.privacy.data import english_words, field_labels
from sanctuary.privacy.headers import header_label

# Labels that say the next word *is* a name ("Last name: Tlapanco"); PERSON's cues use them.
NAME_LABELS = (
    "name",
    "full name",
    "first name",
    "last name",
    "given name",
    "given names",
    "middle name",
    "surname",
    "family name",
    "client name",
    "nombre",
    "nombres",
    "apellido",
    "apellidos",
    "nom",
    "prénom",
    # Labels in the city's other languages (data/field_labels.txt).
    *field_labels("PERSON"),
)
# A field after any of these is a person's name, also in lower case ("HOH First: ...").
FIELD_NAME_LABELS = (
    *NAME_LABELS,
    "names",
    "first",
    "last",
    "nombre completo",
    "apellido(s)",
    "alias",
    "aka",
    "a.k.a.",
    "nickname",
    "apodo",
    "surnom",
)
# Labels whose field names people by their role: a name if it looks like one.
ROLE_LABELS = (
    "client",
    "cliente",
    "worker",
    "caseworker",
    "case worker",
    "case manager",
    "social worker",
    "interviewer",
    "interpreter",
    "counselor",
    "attorney",
    "staff",
    "present",
    "attendees",
    "prepared by",
    "signed",
    "emergency contact",
    "contact person",
    "parent",
    "guardian",
    "mother",
    "father",
    "spouse",
    "cc",
    "contact",
    "assigned to",
    "clerk",
    "reg clerk",
    "registered by",
    "enrolled by",
    "member",
    "household member",
    "head of household",
    "hoh",
    "nok",
    "next of kin",
    # E-mail headers pasted into case files ("From: Marivic Ocampo <...>", "Para: ...").
    "from",
    "to",
    "bcc",
    "de",
    "para",
    "à",
)
# A label ending in one of these names a person by role ("CPS Supervisor", "Maternal cousin
# (resource)", "Older adult", "Parent Advocate"), as does one ending in "by" ("Entered by").
ROLE_NOUNS = frozenset(
    """
    supervisor facilitator advocate worker specialist coordinator manager officer counsel
    attorney lawyer paralegal interpreter navigator caseworker counselor clerk assistant
    director cousin aunt uncle grandmother grandfather grandparent niece nephew stepfather
    stepmother caregiver sponsor adult tenant resident client defendant respondent applicant
    member members children child kids household probationer youth student participant
    enrollee cps nurse investigator volunteer voluntario voluntaria agent teacher doctor
    physician provider translator organizer caller complainant requester reporter patient
    prescriber pt victim offender visitor suspect witness pharmacist inmate detainee decedent
    deceased notified by por par driver inspector insp reviewer sw householder roomer lodger
    boarder parents sponsors godparents godparent padrinos witnesses guardians enumerator minor
    trabajador trabajadora empleado empleada solicitante inquilino inquilina paciente aide
    employee landlord superintendent homemaker appellant atty mediator mediators co-mediator
    wkr cl mgr
    спонсор клиент клиентка адвокат klient klientka adwokat avocat avocate abogado abogada
    avoka 담당 담당자 변호사
    """.split()
)
_NAME_LABEL_SET = frozenset(FIELD_NAME_LABELS)
# Words that say a label's field lists people, wherever they stand in it.
_PEOPLE_NOUNS = frozenset(
    "members occupants residents tenants attendees participants children".split()
)
# "<word> name" labels that name an organisation or a thing, not a person.
ORG_WORDS = frozenset(
    """
    employer company business agency organization organisation org school facility program
    building development shelter site hospital clinic provider plan pharmacy bank store street
    file document form project court vendor landlord's
    """.split()
)
_ROLE_LABEL_SET = frozenset(ROLE_LABELS)
# One name-like token: letters with inner apostrophes or hyphens, or an initial ("J.").
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W\d_])?\.?")
_PARTICLES = frozenset("de la las los del da das do dos van der von bin ibn al el y".split())
_LIST_WORDS = re.compile(r";|\s(?:and|y|et|&)\s|\),")
_LIST_SPLIT = re.compile(r"\s*(?:[;,]|\band\b|\by\b|\bet\b|&)\s*")
_GAP = re.compile(r"  +|\t| / ")
_ENUMERATOR = re.compile(r"^\W*(?:\d{1,3}|[a-z])[.)]\s+")
_PARENS = re.compile(r"\([^)]*\)")
# Letters after a name that are the person's credential, not part of the name.
_CREDENTIALS = frozenset(
    "LMSW LCSW MSW BSW RN LPN NP MD DO PHD ESQ JD LMHC CASAC PA MPH EDD".split()
)
_QUOTES = "'\"“‘"
# What may follow a name in its field: a parenthesis about the person, the e-mail address of
# a mail header's display name ("Ana Ruiz <ana@...>"), a closing quote.
_AFTER_NAME = ("(", "<", "'", '"', "”", "’", "—", "–")  # also "Name — reference verified"


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    tokens: tuple[str, ...]
    cue: str  # the label or layout that says it is a name
    kind: str  # "name label", "role label", "name column", "address block"


@functools.lru_cache(maxsize=4096)
def _label_kind(label: str) -> str | None:
    """What the text before a colon labels ("1. Last name / Apellido(s)"): a name, a role, or
    neither (None)."""
    label = _ENUMERATOR.sub("", label.strip().lower().rstrip("?"))  # "What is your name?"
    kinds = set()
    # "CM (case manager)": what a parenthesis spells out is a label too.
    parts = label.split("/") + [inner.strip("() ") for inner in _PARENS.findall(label)]
    for part in parts:
        words = " ".join(part.split())
        bare = " ".join(_PARENS.sub(" ", words).split())
        last_word = bare.rsplit(" ", 1)[-1]
        if bare.endswith(" name") and bare.split()[-2] in ORG_WORDS:
            continue  # "Employer name: Tri-Boro Demolition Corp." names a business
        if (
            words in _NAME_LABEL_SET
            or bare in _NAME_LABEL_SET
            or bare.endswith(" name")
            or (" " in bare and last_word in ("first", "last"))  # "HOH First"
        ):
            kinds.add("name label")
        elif bare in _ROLE_LABEL_SET or (last_word in ROLE_NOUNS and len(bare) <= 40):
            kinds.add("role label")
        elif len(bare) <= 60 and any(w in _PEOPLE_NOUNS for w in bare.split()):
            kinds.add("role label")  # "Household members listed on this notice"
    if "name label" in kinds:
        return "name label"
    return "role label" if kinds else None


def _field_end(text: str, start: int) -> int:
    """A field runs to the end of its line, a column gap or a " / " separator."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    gap = _GAP.search(text, start, line_end)
    return gap.start() if gap else line_end


def _name_tokens(
    text: str, start: int, end: int, allow_lower: bool
) -> tuple[int, int, tuple[str, ...]] | None:
    """The name at the start of text[start:end], as (start, end, tokens), or None."""
    tokens: list[str] = []
    first = last = -1
    pos = start
    comma_seen = False
    while pos < end:
        while pos < end and text[pos] in " \t":
            pos += 1
        if pos < end and text[pos] == "," and tokens and not comma_seen:
            after_comma = pos + 1
            while after_comma < end and text[after_comma] in " \t":
                after_comma += 1
            after = _TOKEN.match(text, after_comma, end)
            if after is not None and after.group(0).lower().rstrip(".") in _FIELD_WORDS:
                break  # "Natia Beridze, DOB 27/08/2017": the next field, not a given name
            comma_seen = True  # "SURNAME, Given"
            pos += 1
            continue
        match = _TOKEN.match(text, pos, end)
        if match is None:
            break
        token = match.group(0)
        lower = token.lower()
        if not (token[0].isupper() or allow_lower or lower in _PARTICLES):
            break
        if first == -1:
            first = match.start()
        tokens.append(token)
        last = match.end()
        pos = match.end()
        if len(tokens) > 5:
            return None
    while tokens and tokens[-1].lower() in _PARTICLES:
        tokens.pop()
    if not tokens or all(t.lower() in _PARTICLES for t in tokens):
        return None
    return first, last, tuple(tokens)


# Words that start the next field after a name and a comma, never a given name.
_FIELD_WORDS = frozenset("dob d.o.b ssn age born tel phone ph cell mrn id apt email".split())
# A form's fill line or dot leader between a label and its value ("Name ____ LOPEZ",
# "Surname ............ XICALE").
_FILL = re.compile(r"(?:_{3,}|\.{4,})[ \t]*")


# A letter's subject line about a person: "Re: AURELIO ZAMUDIO XICALE, member no. 6701710".
_SUBJECT = re.compile(r"(?m)^[ \t]*(?:Re|RE|Ref|REF|Asunto)\.?:[ \t]*")


def _subject_names(text: str) -> Iterator[NameSpan]:
    """The name a subject line opens with, when a comma follows it and none of its words is
    an English word ("Re: Recertification", "Re: Rent Increase, Unit 4" are not names)."""
    for subject in _SUBJECT.finditer(text):
        e = _field_end(text, subject.end())
        comma = text.find(",", subject.end(), e)
        if comma == -1:
            continue
        found = _name_tokens(text, subject.end(), comma, allow_lower=False)
        if not found or found[1] != comma or len(found[2]) < 2:
            continue
        if any(t.lower().rstrip(".") in english_words() for t in found[2] if len(t) > 2):
            continue
        yield NameSpan(*found, cue="re", kind="role label")


def labelled_names(text: str) -> Iterator[NameSpan]:
    """Names in the fields of name and role labels ("Worker: AJUALIP, Z", "Name ____ LOPEZ")."""
    if "___" in text or "...." in text:
        for fill in _FILL.finditer(text):
            line_start = text.rfind("\n", 0, fill.start()) + 1
            label = text[line_start : fill.start()]
            gaps = list(_GAP.finditer(label))
            label = label[gaps[-1].end() :] if gaps else label
            kind = _label_kind(label) if 0 < len(label.strip()) <= 60 else None
            if kind is not None and fill.end() < len(text) and text[fill.end()] not in "\n_.":
                end = _field_end(text, fill.end())
                yield from _field_names(text, fill.end(), end, kind, label.strip())
    if "Re" in text or "RE" in text or "Asunto" in text:
        yield from _subject_names(text)
    colon = text.find(":")
    while colon != -1:
        line_start = text.rfind("\n", 0, colon) + 1
        label = text[line_start:colon].rstrip()  # "Patient  name  : ..."
        if "  " in label or "\t" in label or " / " in label:
            gaps = list(_GAP.finditer(label))
            label = label[gaps[-1].end() :] if gaps else label
        if ". " in label:  # a label after a sentence on its line ("... letter. Staff: ...")
            label = label[label.rfind(". ") + 2 :]
        kind = _label_kind(label) if 0 < len(label) <= 60 else None
        if kind is not None:
            start = colon + 1
            while start < len(text) and text[start] in " \t":
                start += 1
            end = _field_end(text, start)
            yield from _field_names(text, start, end, kind, label.strip())
        colon = text.find(":", colon + 1)


def _field_names(text: str, start: int, end: int, kind: str, label: str) -> Iterator[NameSpan]:
    """One name, or a list of them ("Yan Mejía, Anwar Santana and Nodira"), filling a field."""
    field = text[start:end]
    if _LIST_WORDS.search(field):
        bounds = []
        at = start
        for sep in _LIST_SPLIT.finditer(field):
            bounds.append((at, start + sep.start()))
            at = start + sep.end()
        bounds.append((at, end))
    else:
        bounds = [(start, end)]
    for s, e in bounds:
        while e > s and text[e - 1] in " .,":
            e -= 1
        if s < e and text[s] in _QUOTES:
            s += 1  # "To: 'Shernette Campbell' <...>"
        allow_lower = kind == "name label" or _lower_case_name(text[s:e])
        found = _name_tokens(text, s, e, allow_lower=allow_lower)
        if not found:
            continue
        comma = text.find(",", found[0], found[1])
        if comma != -1 and text[comma + 1 : found[1]].strip(" .").upper() in _CREDENTIALS:
            found = (found[0], comma, found[2][:-1])  # "SW: Y. Paucar, LMSW"
        elif len(found[2]) > 3 and comma != -1:
            # "To: Y. Pang, Immigration Liaison": the name, then the person's title.
            before_comma = _name_tokens(text, s, comma, allow_lower=allow_lower)
            if before_comma and before_comma[1] == comma and len(before_comma[2]) >= 2:
                found = before_comma
        # The name fills the field, or is followed by more about the person ("Signed: K.
        # Konaté (Case Manager)", "cc: Acosta, Djeneba, Esq.", "Contact: Ebere (718-...)").
        rest = text[found[1] : e].lstrip(" ")
        # A full name may go on in lower case: "Supervisor notified: R. Mamani at 1445 hrs."
        if (
            found[1] >= e - 1
            or rest[:1] in _AFTER_NAME
            or (len(found[2]) >= 2 and (rest[:1] == "," or rest[:1].islower()))
        ):
            yield NameSpan(found[0], found[1], found[2], label, kind)


def _lower_case_name(field: str) -> bool:
    """A role's field typed in lower case that can only be a name: two to four words, none of
    them English ("Applicant: hernán zhingri"; not "Driver: no show")."""
    words = field.split()
    return 2 <= len(words) <= 4 and all(
        w.isalpha() and w.islower() and w not in english_words() for w in words
    )


_TABLE_LINE = re.compile(r"(?m)^.*\S  +\S.*$")


def _table_cells(line: str) -> Iterator[tuple[int, int]]:
    for cell in TABLE_CELL.finditer(line):
        yield cell.start(), cell.end()


_PIPE_RULE = re.compile(r"(?m)^[ \t]*\|?[ \t]*:?-{3,}[\s|:-]*$")


def _pipe_headers(text: str) -> Iterator[tuple[str, int]]:
    """(header line, where its rows start) of each pipe table: the line above a rule
    ("|---|"), or the first row of a table typed without one, if it holds no digit."""
    for rule in _PIPE_RULE.finditer(text):
        header_end = rule.start() - 1
        if header_end >= 0:
            yield text[text.rfind("\n", 0, header_end) + 1 : header_end], rule.end() + 1
    previous = ""
    pos = 0
    while pos < len(text):
        line_end = text.find("\n", pos)
        if line_end == -1:
            break
        line = text[pos:line_end]
        below_end = text.find("\n", line_end + 1)
        below = text[line_end + 1 : len(text) if below_end == -1 else below_end]
        if (
            "|" in line
            and "|" not in previous
            and "|" in below
            and not _PIPE_RULE.match(below)
            and not any(c.isdigit() for c in line)
        ):
            yield line, line_end + 1
        previous, pos = line, line_end + 1


def pipe_column_names(text: str) -> Iterator[NameSpan]:
    """Cells under a "Name" column of a pipe table ("| Name | DOB |" over "|---|---|")."""
    for header, pos in _pipe_headers(text):
        names = [i for i, cell in enumerate(header.split("|")) if _label_kind(cell) is not None]
        if not names:
            continue
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end == -1 else line_end
            if "|" not in text[pos:line_end]:
                break
            cell_start = pos
            for index, cell in enumerate(text[pos:line_end].split("|")):
                if index in names:
                    s = cell_start + len(cell) - len(cell.lstrip())
                    e = cell_start + len(cell.rstrip())
                    yield from _whole_name(text, s, e, "name column", "name column", True)
                cell_start += len(cell) + 1
            pos = line_end + 1


def column_names(text: str) -> Iterator[NameSpan]:
    """Cells under a "Name" column header of a fixed-width table."""
    if "  " not in text:
        return
    for header in _TABLE_LINE.finditer(text):
        line = header.group(0)
        columns = [(s, e) for s, e in _table_cells(line) if _label_kind(line[s:e]) == "name label"]
        if not columns:
            continue
        pos = header.end() + 1
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end == -1 else line_end
            row = text[pos:line_end]
            if "  " not in row.strip():
                break  # the table ends at a blank line or running text
            for col_start, _ in columns:
                for s, e in _table_cells(row):
                    if s <= col_start + 2 and col_start < e:
                        yield from _whole_name(text, pos + s, pos + e, "name column", "name column")
                        break
            pos = line_end + 1


_HOUSE_LINE = re.compile(r"[ \t]*\d{1,5}(?:-\d{1,4})?[A-Z]?[ \t]+\S")
_LINE_BEFORE_DIGITS = re.compile(r"(?m)^[ \t]*(\S[^\n]*?)[ \t]*\n(?=[ \t]*\d)")


def address_block_names(text: str, blocked: Callable[[str], bool]) -> Iterator[NameSpan]:
    """A line holding only a name, right above a street address (a letter's address block)."""
    if "\n" not in text:
        return
    for line in _LINE_BEFORE_DIGITS.finditer(text):
        if not _HOUSE_LINE.match(text, line.end()):
            continue
        s, e = line.span(1)
        family = text.startswith("The ", s) and text.endswith(" Family", s, e)
        if family:
            s, e = s + 4, e - 7  # "The Quach Family"
        care_of = text.find(" c/o ", s, e)
        parts = [(s, e)] if care_of == -1 else [(s, care_of), (care_of + 5, e)]
        # One word is a name only as a family's name or beside "c/o"; alone it may be anything.
        one_word_ok = family or len(parts) > 1
        for s, e in parts:
            found = _name_tokens(text, s, e, allow_lower=_lower_case_name(text[s:e]))
            if not found or found[1] != e or (len(found[2]) < 2 and not one_word_ok):
                continue
            if any(blocked(t.rstrip(".").title()) for t in found[2]):
                continue
            yield NameSpan(*found, cue="address block", kind="address block")


# A chat export's speaker: "[6/25/25, 10:32:11 AM] Everton: ..." (WhatsApp), "2025-12-12 09:09
# Ana Ruiz: ...", "1/2/24, 10:11 - Ana: ..."; an agency's sender may add "(Organisation)".
_CHAT_SPEAKER = re.compile(
    r"(?m)^\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[APap]\.?[Mm]\.?)?"
    r"\]?(?:[ \t]+-)?[ \t]+([^\W\d][^:\n(]{0,40}?)[ \t]*(?:\([^)\n]{0,60}\)[ \t]*)?:[ \t]"
)
# A list of people with sex and age ("  Kemar - M, age 4, DOB ...", "  E.B. - F, age 9"):
# the sex marker is looked for first (so `re` skips ahead), then the name before it.
_SEX_AND_AGE = re.compile(
    r"[ \t]+[-–—,][ \t]+(?:[MFmf]|[Mm]ale|[Ff]emale|[Bb]oy|[Gg]irl)\b[ \t]*[,(]?[ \t]*(?:age|aged|\d)"
)
_LIST_ITEM_START = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?=[^\W\d])")


# A transcript's speaker named in parentheses: "AGENT (Salimata A.): ActionNYC, ...".
_NAMED_SPEAKER = re.compile(r"(?m)^[ \t]*[A-Z][A-Z ]{1,20}[ \t]\(([^()\n:]{2,40})\):")
# A person and their age in parentheses: "12:52  Arwa Al-Sanabani (gr 3, age 9, DOB ...)".
_AGE_IN_PARENS = re.compile(r"[ \t]\((?:[^()\n]{0,20}?[ ,;])?(?:age|aged|edad|âge)[ \t]*\d")
# Where the text before such a parenthesis starts: a line, a column gap, a label or a sentence.
_FIELD_START = re.compile(r".*(?:\n|  |\t|: |; |\. |— |- )", re.DOTALL)
# A household list: "2. LURLINE LEWIS-PRYCE   relationship: mother" (the word first, then the
# name at the start of its line).
_RELATIONSHIP = re.compile(
    r"(?:[ \t]{2,}|\t|,[ \t]*)(?:relationship|relation|rel\.|relación|parentesco|lien|relasyon)\b"
)
_NUMBERED_START = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]+)?(?=[^\W\d])")
# A tenant or building list: "Apt 5F — Illari Limachi, infant in the apartment".
_UNIT_DASH = re.compile(
    r"(?m)^[ \t]*(?:Apt|APT|Unit|UNIT|Apartment|Rm|Room)\.?[ \t]*#?[\w-]{1,5}[ \t]+[—–-][ \t]+"
)
# A key=value pair whose key names a name: applicant_name="YOLÈNE DORCÉUS", first_name=Ana;
# the same in JSON ("first_name": "SULMA") and XML (<GivenName>TASHANA</GivenName>).
_NAME_KEY = re.compile(r"(?i)name[a-z_]*=(\"?)([^\"\n=&]{1,60}?)\1(?=[\s,;&]|$)")
_NAME_JSON = re.compile(r"(?i)name[a-z_]*\"[ \t]*:[ \t]*\"()([^\"\n]{1,60})\"")
_NAME_XML = re.compile(r"(?i)name>()([^<>\n]{1,60})</")
# A calendar or directory entry's common name: "ATTENDEE;CN=Nurys Tineo;ROLE=...".
_COMMON_NAME = re.compile(r"(?<![\w])CN=()([^;:=\n\"]{2,60})(?=[;:\n]|$)")
# Children with their ages: "and children (Dalanda, 7)", "kids (Ana, 4; Luis, 2)".
_CHILD_AGE = re.compile(r"[(;][ \t]*([^\W\d][^(),;\n]{1,30}), (?:age )?\d{1,2}[);]")


def _line_item(
    text: str, marker: re.Pattern[str], start: re.Pattern[str], cue: str
) -> Iterator[NameSpan]:
    """The name that starts a line and runs up to `marker` (at most 40 characters before it)."""
    for match in marker.finditer(text):
        e = match.start()
        line_start = text.rfind("\n", 0, e) + 1
        head = start.match(text, line_start, e)
        if head is not None and e - head.end() <= 40:
            yield from _whole_name(text, head.end(), e, cue, "person list")


def _whole_name(
    text: str, s: int, e: int, cue: str, kind: str, allow_lower: bool = False
) -> Iterator[NameSpan]:
    """The name filling text[s:e] exactly, if there is one."""
    found = _name_tokens(text, s, e, allow_lower=allow_lower)
    if found and found[1] == e:
        yield NameSpan(*found, cue=cue, kind=kind)


_BULLET = re.compile(r"(?m)^[ \t]*[-*•·–][ \t]+")


def _listed_people(text: str) -> Iterator[NameSpan]:
    """The name starting each item of a list whose heading names people ("Household
    members:" over "- Andrii Boiko, 1975-08-14"), up to a comma, a gap or the line's end."""
    for bullet in _BULLET.finditer(text):
        heading = list_heading(text, bullet.end())
        if not heading or _label_kind(heading.strip().rstrip(":")) is None:
            continue
        e = _field_end(text, bullet.end())
        comma = text.find(",", bullet.end(), e)
        cue = _ENUMERATOR.sub("", heading.strip())
        yield from _whole_name(text, bullet.end(), comma if comma != -1 else e, cue, "person list")


_SQL_VALUE = re.compile(r"'((?:[^'\\]|\\.|'')*)'|([^,()'\s]+)")


def sql_row_names(text: str) -> Iterator[NameSpan]:
    """Values of a SQL INSERT statement's name columns (`last_nm`, `first_name`), row by row:
    a database dump is an export whose header is the column list."""
    for statement in SQL_INSERT.finditer(text):
        columns = sql_columns(statement)
        names = {i for i, c in enumerate(columns) if _label_kind(header_label(c)) == "name label"}
        if not names:
            continue
        # The rows run to the statement's ";" (or the end of the text).
        rows_start = statement.end()
        rows_end = text.find(";", rows_start)
        rows_end = len(text) if rows_end == -1 else rows_end
        for row in re.finditer(r"\(", text[rows_start:rows_end]):
            index = 0
            pos = rows_start + row.end()
            while pos < rows_end:
                value = _SQL_VALUE.match(text, pos)
                if value is None:
                    break
                if index in names and value.group(1) is not None:
                    yield from _whole_name(text, *value.span(1), "sql column", "name column", True)
                pos = value.end()
                while pos < len(text) and text[pos] in " \t\n":
                    pos += 1
                if pos >= len(text) or text[pos] != ",":
                    break
                pos += 1
                while pos < len(text) and text[pos] in " \t\n":
                    pos += 1
                index += 1


# HL7 v2 name fields: PID-5 the patient's and NK1-2 the next of kin's ("FAMILY^GIVEN^MIDDLE");
# PV1-7, -8, -9 and -17 the attending, referring, consulting and admitting doctors' ("ID^FAMILY^
# GIVEN"), numbered as the standard numbers them.
_HL7_NAME_FIELDS = {"PID": {5: 0}, "NK1": {2: 0}, "PV1": {7: 1, 8: 1, 9: 1, 17: 1}}
_HL7_LINE = re.compile(r"(?m)^(PID|NK1|PV1)\|.*$")


def hl7_names(text: str) -> Iterator[NameSpan]:
    """The name fields of an HL7 message's PID, NK1 and PV1 segments, family name to middle."""
    for line in _HL7_LINE.finditer(text):
        fields = _HL7_NAME_FIELDS[line.group(1)]
        pos = line.start()
        for number, value in enumerate(line.group(0).split("|")):
            skip = fields.get(number)
            if skip is not None and value:
                parts = value.split("^")
                s = pos + sum(len(p) + 1 for p in parts[:skip])
                name = parts[skip : skip + 3]
                kept = len("^".join(name).rstrip("^"))
                if kept and any(ch.isalpha() for ch in text[s : s + kept]):
                    tokens = tuple(p for p in name if p)
                    yield NameSpan(s, s + kept, tokens, "hl7 name field", "name column")
            pos += len(value) + 1


# A court caption: the party's name on its own line, then its role ("NAME,\n   Petitioner,").
_CAPTION = re.compile(
    r"(?m)^[ \t]*([^\W\d][^\n,]{1,60}),[ \t]*\n[ \t]*(?:Petitioner|Respondent|Plaintiff"
    r"|Defendant|Appellant|Appellee|Claimant|Movant)s?\b"
)
# A list of children: "      Name, born August 10, 2021".
_BORN = re.compile(r",?[ \t]+(?:born|b\.|nacid[oa]|née?)[ \t]+(?=[\dA-Za-z])")
# A signature after a dash: "-- B. Quach, Case Mgr".
_DASH_SIGNATURE = re.compile(r"(?m)^[ \t>]*(?:--|—|–)[ \t]*(?=[^\W\d])")
# A mail client's reply attribution: "On March 7, 2026 at 5:58 PM Zurab Beridze wrote:",
# "On 11/22/2025, Idil Xaashi <idil@...> wrote:", also quoted ("> On ...").
_WROTE = re.compile(
    r"(?m)^[> \t]*On[ \t][^\n]{0,40}?(?:\d{4}|\d:\d\d|[AaPp]\.?[Mm]\.?),?[ \t]+"
    r"(?:at[ \t]+\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?,?[ \t]+)?"
    r"([^\W\d][^<>\n]{1,50}?)[ \t]*(?:<[^>\n]+>[ \t]*)?wrote:"
)
# A person and the name they go by: "Worker HUY LUU (goes by "Bao")".
_GOES_BY = re.compile(r"[ \t]\((?:goes by|aka|a\.k\.a\.|alias|apodo|dit|known as)\b")


def _name_before(text: str, end: int) -> tuple[int, int, tuple[str, ...]] | None:
    """The capitalised name that ends at `end`: up to four name-like words back, stopping at
    an English word that is no listed name ("Worker HUY LUU" is "HUY LUU")."""
    tokens: list[tuple[int, int, str]] = []
    pos = end
    while len(tokens) < 4:
        gap = pos
        while gap > 0 and text[gap - 1] in " \t":
            gap -= 1
        word_start = gap
        while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] in "'’-."):
            word_start -= 1
        word = text[word_start:gap]
        if not word or not word[0].isupper() or (tokens and gap == pos):
            break
        if word.lower().rstrip(".") in english_words() and len(word) > 2:
            break
        tokens.insert(0, (word_start, gap, word))
        pos = word_start
    if not tokens:
        return None
    return tokens[0][0], tokens[-1][1], tuple(t for _, _, t in tokens)


def _people_by_layout(text: str) -> Iterator[NameSpan]:
    """Court captions, "Name, born ..." lists, dash signatures, mail reply attributions and
    names followed by the name the person goes by."""
    if "\n" in text and ("tioner" in text or "ndent" in text or "laintiff" in text
                          or "ppell" in text or "laimant" in text or "ovant" in text):  # fmt: skip
        for match in _CAPTION.finditer(text):
            yield from _whole_name(text, *match.span(1), "caption", "person list")
    if "born" in text or "nacid" in text or " b. " in text or "né" in text:
        yield from _line_item(text, _BORN, _LIST_ITEM_START, "born")
    if "--" in text or "—" in text or "–" in text:
        for dash in _DASH_SIGNATURE.finditer(text):
            e = _field_end(text, dash.end())
            comma = text.find(",", dash.end(), e)
            yield from _whole_name(text, dash.end(), comma if comma != -1 else e, "signature",
                                   "person list")  # fmt: skip
    if "wrote:" in text:
        for match in _WROTE.finditer(text):
            yield from _whole_name(text, *match.span(1), "wrote", "chat speaker")
    if "(" in text and ("(goes" in text or "(a" in text or "(dit" in text or "(known" in text):
        for match in _GOES_BY.finditer(text):
            found = _name_before(text, match.start())
            if found is not None and len(found[2]) >= 1:
                yield NameSpan(*found, cue="goes by", kind="person list")


# A list of people with their units ("Malee Rattanakorn, Apt 3C, 718 525 5641") or roles
# ("Dimitra Pappas, Managing Agent"): the name opens the line, the unit or role follows.
_UNIT_AFTER = re.compile(r",[ \t]*(?:Apt|APT|Unit|UNIT|Rm|Room|Fl|#)\.?[ \t]*#?[\w-]{1,5}\b")
_ROLE_AFTER = re.compile(
    r",[ \t]+(?:[A-Z][\w.]*[ \t]+){0,2}(?:"
    + "|".join(sorted(w.title() for w in ROLE_NOUNS if len(w) > 3))
    + r")\b"
)


def list_item_names(text: str) -> Iterator[NameSpan]:
    """Chat and transcript speakers, people listed with sex and age or with their age in
    parentheses, and name keys of logged key=value pairs: the layout says each is a person."""
    if ":" in text:
        for match in _CHAT_SPEAKER.finditer(text):
            yield from _whole_name(text, *match.span(1), "chat speaker", "chat speaker")
        # (Two turns at least: one line ending in a time may be anything.)
        headers = list(TURN_HEADER.finditer(text)) if "\n" in text else []
        for match in headers if len(headers) > 1 else ():
            yield from _whole_name(text, *match.span(1), "turn header", "chat speaker")
        if "(" in text:
            for match in _NAMED_SPEAKER.finditer(text):
                s, e = match.span(1)
                yield from _whole_name(text, s, e - (text[e - 1] == "."), "speaker", "chat speaker")
    yield from _line_item(text, _RELATIONSHIP, _NUMBERED_START, "household list")
    if "Apt" in text or "APT" in text or "Unit" in text or "UNIT" in text or "Room" in text:
        for match in _UNIT_DASH.finditer(text):
            line_end = text.find("\n", match.end())
            field_end = _field_end(text, match.end())
            comma = text.find(",", match.end(), len(text) if line_end == -1 else line_end)
            e = comma if comma != -1 else field_end
            yield from _whole_name(text, match.end(), e, "unit list", "person list")
    yield from _line_item(text, _SEX_AND_AGE, _LIST_ITEM_START, "person list")
    if "\n" in text:
        yield from _listed_people(text)
    if "," in text:
        yield from _line_item(text, _UNIT_AFTER, _NUMBERED_START, "person with unit")
        yield from _line_item(text, _ROLE_AFTER, _NUMBERED_START, "person with role")
    yield from _people_by_layout(text)
    if "(" in text:
        for match in _AGE_IN_PARENS.finditer(text):
            e = match.start()
            line_start = text.rfind("\n", 0, e) + 1
            head = _FIELD_START.match(text, line_start, e)
            s = head.end() if head else line_start
            while s < e and text[s] in " \t":
                s += 1
            yield from _whole_name(text, s, e, "person with age", "person list")
    keys = [_NAME_KEY] if "=" in text else []
    if '"' in text:
        keys.append(_NAME_JSON)
    if "</" in text:
        keys.append(_NAME_XML)
    if "CN=" in text:
        keys.append(_COMMON_NAME)
    if "(" in text and ("child" in text or "kids" in text or "hij" in text or "enfant" in text):
        for match in _CHILD_AGE.finditer(text):
            yield from _whole_name(text, *match.span(1), "child with age", "person list")
    for key in keys:
        for match in key.finditer(text):
            yield from _whole_name(text, *match.span(2), "name key", "name label", True)
