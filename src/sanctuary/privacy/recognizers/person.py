"""PERSON: people's names, without a downloaded language model.

No NER model can be fetched at run time, so this recognizer combines three cheap signals:

1. Name lists shipped in data/ (a few thousand given names and surnames common in New York
   City: Hispanic, Chinese, South Asian, Haitian, Russian, Korean, Arabic, Polish, West African,
   Anglo/Caribbean ...).
2. Shape: a run of 1-4 capitalised tokens (with particles: "de la", "bin", "van"; hyphens:
   "Jean-Pierre"; apostrophes: "O'Brien"), also "SURNAME, Given" and all-capitals forms.
3. Cues: a title just before (Mr., Ms., Dr., Sra.), or a label/context word ("Name:", "Nombre:",
   "client", "Dear", "Sincerely", "signed").

Scores: given name + surname 0.85; a run with at least one listed name 0.6; an unlisted run
only with a cue; a single listed name only with a title or label cue, or when the same token
was already part of a confident full name earlier in the text ("Ms. Lopez ... Maria said").
Limits: unlisted names without cues are missed; capitalised non-name phrases built from
listed names ("Grant Street", "Jordan Program") can slip through when no stop word catches them.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import (
    compile_words,
    found_words,
    starting_with,
    token_start,
    window_before,
)
from sanctuary.privacy.data import countries, english_words, given_names, surnames
from sanctuary.privacy.model import Finding
from sanctuary.privacy.recognizers.base import Recognizer
from sanctuary.privacy.recognizers.name_fields import (
    NAME_LABELS,
    ORG_WORDS,
    address_block_names,
    column_names,
    hl7_names,
    labelled_names,
    list_item_names,
    pipe_column_names,
    sql_row_names,
)

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĖĘĚĞĮŁŃŇŐŘŚŞŠŤŪŮŰŲŹŻŽȘȚ"
_LOW = "a-zß-öø-ÿ\u0100-\u017fșț"
_TOKEN = rf"(?:[{_UP}]'|Mc|Mac|De|Di|La|Le|Al-|El-|al-|el-)?[{_UP}][{_LOW}'’]+(?:-[{_UP}{_LOW}][{_LOW}'’]+)*"
_PARTICLE = r"(?:de[ \t]+la|de[ \t]+los|del|de|da|das|do|dos|van[ \t]+der|van|von|bin|ibn|al|y)"
# Names start with a capital, or with "al-"/"el-" ("al-Sayed").
_NAME_START = starting_with(_UP + "ae", r"[\w@.]")
_SEQUENCE = re.compile(
    _NAME_START
    # An initial may lead ("A. Nasher", "called mother A. Nasher").
    + rf"(?:[{_UP}]\. (?={_TOKEN}))?(?:{_TOKEN})(?: (?:{_PARTICLE} )?(?:{_TOKEN}|[{_UP}]\.(?= [{_UP}]))){{0,4}}(?![\w@])"
)
# Surname in capitals first, no comma ("SHAO Zhiming"), as Chinese and Korean names are filed.
_CAPS_FIRST = re.compile(token_start(f"[{_UP}]", r"[\w@.]") + rf"[{_UP}]{{1,}} ({_TOKEN})(?![\w@])")
# "Lopez, Maria" and "LOPEZ, Maria".
_COMMA_FORM = re.compile(
    _NAME_START
    + rf"({_TOKEN}|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?),[ \t]+({_TOKEN}(?: {_TOKEN})?)(?![\w@])"
)
# Capitals, accented ones too ("WILGUENS MÉSADIEU", "JAROSŁAWA KOŁODZIEJ").
_CAPS = re.compile(
    token_start(f"[{_UP}]", r"[\w@.]")
    + rf"[{_UP}]+(?:-[{_UP}]{{2,}})?(?:,?[ \t]+[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?){{1,5}}(?![\w@])"
)
_WORD = re.compile(r"\S+")
# Particles never start or end a name ("de la Cruz" keeps them inside).
_EDGE_PARTICLES = frozenset("de la los del da das do dos van der von bin ibn al y".split())
_TITLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:mr|mrs|ms|mx|miss|dr|sr|sra|srta|mme|mlle|rev|hon|judge|officer|det|sgt"
    r"|señor|señora|madame|monsieur|p\.o|c\.o|spo|cps|pastor|imam|rabbi|reverend|deacon"
    r"|fr|emt|paramedic|rn|np|md|clerk|po|insp|inspector|reviewer|intake by|hoh|c/o)\.?[ \t]*$"
)

# Tokens that start or end a capitalised run without being part of a name.
_COMMON = frozenset(
    """
    A An The This That These Those It Its He She They We I You His Her Their Our My Your Me Us
    In On At Of To By For From With Without Into Onto Over Under After Before During Since Until
    And Or But Nor So Yet If When While Where Whether Because Although Though As Per Via Re
    Is Are Was Were Be Been Has Have Had Do Does Did Will Would Can Could Should May Might Must
    Yesterday Today Tomorrow Then Now Next Also However Please Thank Thanks Dear Hi Hello Sincerely
    Regards Respectfully Best Cc Attn Attention Subject Note Notes Name Names Nombre Nom Signed
    Signature Client Clients Resident Applicant Respondent Petitioner Beneficiary Tenant Patient
    Mother Father Son Daughter Wife Husband Spouse Partner Brother Sister Child Children Parent
    Guardian Caseworker Worker Staff Interpreter Witness Case Manager Mr Mrs Ms Mx Miss Dr Sr Sra
    Srta Mme Mlle Prof Rev Hon Judge Officer Det Sgt Jr Sr II III IV Esq No Yes Not None Other
    All Any Each Every Both Some Many Most Several First Last Full Middle Given Family Surname
    Date Birth Place Country Nationality Address Phone Email Status Number Type Form Section
    Part Page Item Line Total Agency Department Office Unit Program Services Service Center
    Team Everyone Sir Madam Colleagues Folks Both Again Counsel Defendant Facilitator
    Co-worker Coworker Investigator Nurse Pastor Imam Rabbi Reverend Deacon EMT Emt Paramedic
    RN Rn Clerk PO Po
    """.split()
)
_NOT_NAMES = frozenset(
    """
    Street St Avenue Ave Boulevard Blvd Road Rd Place Pl Court Ct Drive Dr Parkway Pkwy Lane Ln
    Terrace Ter Way Plaza Square Highway Expressway Turnpike Broadway Concourse Heights Hts
    Island Beach Hills Gardens Village City County State States Borough Bronx Brooklyn Queens
    Manhattan Staten Harlem Flushing Astoria Elmhurst Corona Woodside New York NYC NY Jersey
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Card Cards Office Department
    Administration Agency Bureau Authority Commission Committee Council Board Court Courts Legal
    Aid Society Catholic Charities Charity Lutheran Jewish Islamic Center Centre Clinic Hospital Health School Schools University College Academy
    Library Church Mosque Temple Synagogue Bank Police Precinct Federal National International
    Immigration Immigrant Customs Enforcement Homeland Security Protection Citizenship Services
    Appeals Review Family Housing Human Resources Social Security Medicaid Medicare SNAP Shelter
    Project Program Initiative Coalition Network Alliance Foundation Fund Institute Association
    Union Group Inc LLC Corp Company Co Ltd Services Department Mayor Mayor's Executive Order
    Law Act Code Rule Rules Section Chapter Article Title Form Forms Notice Letter Report Visa
    Passport Green Temporary Protected Status Deferred Action Childhood Arrivals Asylum Refugee
    Parole Removal Deportation Proceedings Hearing Interview Appointment Intake Case Notes Note
    English Spanish Chinese Mandarin Cantonese Bengali Haitian Creole Russian Korean Arabic
    Polish French Urdu Punjabi Hindi Nepali Tibetan Wolof Fulani Yiddish Italian Greek Albanian
    Tagalog Portuguese Language Languages Interpreter Interpretation Translation
    Subway Train Bus Station Terminal Airport JFK LaGuardia Kennedy
    Specialist Coordinator Director Supervisor Assistant Opportunity Paralegal Attorney Advocate
    Counselor Navigator Iglesia Parroquia Escuela Centro Clínica Clinica Hospital Oficina
    High Preparatory Secondary Middle Elementary Intermediate
    """.split()
)
# Family words in Spanish and French; also cues for names in general.
_KINSHIP_ES_FR = (
    "hija",
    "hijo",
    "esposa",
    "esposo",
    "madre",
    "padre",
    "hermana",
    "hermano",
    "sobrina",
    "sobrino",
    "nieta",
    "nieto",
    "fille",
    "fils",
)
# Family words: a capitalised word right after one is a name ("her daughter Tashi", "su hija").
_KINSHIP = (
    "daughter",
    "son",
    "wife",
    "husband",
    "mother",
    "father",
    "brother",
    "sister",
    "niece",
    "nephew",
    "grandson",
    "granddaughter",
    "cousin",
    "aunt",
    "uncle",
    "grandmother",
    "grandfather",
    "friend",
    *_KINSHIP_ES_FR,
    # Not family, but the same test: "client Rhodora called", "spoke with Dieunie".
    "client",
    "cliente",
    "tenant",
    "patient",
    "probationer",
    "spoke with",
    "met with",
    "met worker",
)
# Words after which a lone capitalised word is a name, as after "Name:": introductions,
# nicknames, greetings and closings ("my name is Everton", "goes by Memo", "Hi Rupinder,",
# "Best,\nStarlin").
_INTRODUCTIONS = (
    "my name is",
    "me llamo",
    "mi nombre es",
    "je m'appelle",
    "mwen rele",
    "goes by",
    "be called",
    "preferred name",
    "known as",
    "also known as",
    "aka",
    "a.k.a.",
    "hi",
    "hello",
    "dear",
    "hola",
    "bonjour",
    "best",
    "thanks",
    "thank you",
    "regards",
    "sincerely",
    "in solidarity",
    "yours truly",
    "warmly",
    "atentamente",
    "saludos",
    "cordialement",
)
_CUES = (
    *NAME_LABELS,
    "name",
    "full name",
    "client name",
    "client",
    "clients",
    "nombre",
    "nombres",
    "apellido",
    "apellidos",
    "nom",
    "prénom",
    "resident",
    "applicant",
    "respondent",
    "petitioner",
    "beneficiary",
    "tenant",
    "patient",
    "student",
    "parent",
    "guardian",
    "mother",
    "father",
    "son",
    "daughter",
    "wife",
    "husband",
    "spouse",
    "partner",
    "brother",
    "sister",
    "child",
    "emergency contact",
    *_KINSHIP_ES_FR,
    "abuela",
    "abuelo",
    "pareja",
    "conozco a",
    "atentamente",
    "chè",
    "querido",
    "querida",
    "estimado",
    "estimada",
    "cher",
    "chère",
    "cl.",
    "cordialmente",
    "sinceramente",
    "saludos",
    "cordialement",
    "contact person",
    "interpreter",
    "witness",
    "caseworker",
    "case manager",
    "case worker",
    "social worker",
    "paralegal",
    "counselor",
    "attorney",
    "lawyer",
    "advocate",
    "volunteer",
    "prepared by",
    "signed",
    "signature",
    "dear",
    "sincerely",
    "regards",
    "respectfully",
    "attn",
    "attention",
    "met with",
    "spoke with",
    "spoke to",
    "accompanied by",
    "represented by",
    "counsel",
    "defendant",
    "head of household",
    "identified as",
    "on the record as",
    "i have known",
    "have known",
    "note by",
    "entered by",
    "processed by",
    "minutes by",
    "file by",
    "reviewed by",
    "screened by",
    "written by",
    "completed by",
    "comment by",
    "logged by",
    "edited by",
    "person in custody",
    "visitor",
    "victim",
    "offender",
    "co-worker",
    "coworker",
    "met worker",
    "investigator",
    "nurse",
    *_KINSHIP,
    "friend",
    "cousin",
    "probationer",
    "soussigné",
    "soussignée",
    # Weaker than an introduction: "This is Urgent", "I am Happy to help".
    "this is",
    "i am",
    "inspector",
    "insp",
    "reviewer",
    "intake by",
    "hoh",
    "c/o",
    "certify that",
    "certifies that",
    "soy",
    "je suis",
    *_INTRODUCTIONS,
)


# "<organisation> name", which names a business, not a person (name_fields.ORG_WORDS).
_ORG_NAME_LABEL = re.compile(r"\b(?:" + "|".join(sorted(ORG_WORDS)) + r")[ \t]+name\b")


def _names(tokens: list[str]) -> list[str]:
    """The tokens that are names, not initials ("J.")."""
    return [t for t in tokens if len(t) > 2 or t[-1] != "."]


# Answers a name field holds when there is no name.
_NON_ANSWERS = frozenset(
    "unknown none n/a na refused declined same pending self desconocido ninguno".split()
)
_LAYOUT_SCORES = {
    "name label": 0.8,
    "name column": 0.75,
    "role label": 0.7,
    "address block": 0.7,
    "person list": 0.7,
    "chat speaker": 0.7,
}
_WORD_SPLIT = re.compile(r"[\s,]+")
_ACRONYM = re.compile(r"[A-Z]{2,4}\.?")


class PersonRecognizer(Recognizer):
    name = "PersonRecognizer"
    entity = "PERSON"
    patterns = ()
    context_words = _CUES
    context_boost = 0.25

    def __init__(self) -> None:
        super().__init__()
        self._given = given_names()
        self._surnames = surnames()
        self._known = self._given | self._surnames
        self._places = frozenset(c for c in countries() if c not in self._known)
        self._blocked_words = _NOT_NAMES | _COMMON | self._places
        self._cues = compile_words(_CUES)
        self._name_labels = compile_words((*NAME_LABELS, *_INTRODUCTIONS))
        self._kin = compile_words(_KINSHIP)

    # -- helpers -----------------------------------------------------------------------------

    def _is_known(self, token: str) -> bool:
        if token in self._known:
            return True
        if "-" in token:
            return any(part in self._known for part in token.split("-"))
        return False

    def _blocked(self, token: str) -> bool:
        return token in self._blocked_words

    def _cue(self, text: str, lowered: str, start: int) -> tuple[str, ...]:
        before = lowered[max(0, start - 14) : start]
        title = _TITLE_BEFORE.search(before)
        cues: tuple[str, ...] = ()
        if title:
            cues = (title.group(0).strip(" \t\n(").rstrip(),)
        window = window_before(lowered, start, 40, sentences=False)
        words = found_words(self._cues, window)
        if "name" in words and _ORG_NAME_LABEL.search(window):
            words = tuple(w for w in words if w != "name")  # "Employer name: Tri-State Corp."
        return cues + tuple(w for w in words if w not in cues)

    def _adjacent_cue(
        self, lowered: str, start: int, labels: bool = False, words: re.Pattern[str] | None = None
    ) -> bool:
        """A label right before the name ("Name: Lopez", "Dear Lopez,"), not further back."""
        raw = lowered[max(0, start - 30) : start]
        before = raw.rstrip(" \t:,-\n(\"'“‘?")
        if ":" not in raw[len(before) :] and "  " in raw[len(before) :]:
            return False  # a table's column gap ("Name      Relationship"), not a label
        before = before.removesuffix("(s)").removesuffix("(es)")  # "Apellido(s):"
        if words is self._kin and "\n" in raw[len(before) :]:
            return False  # "REGISTRO DE CLIENTE\nApellido(s):" is a heading, then a label
        if words is None:
            words = self._name_labels if labels else self._cues
        return any(m.end() == len(before) for m in words.finditer(before))

    def _score(
        self,
        tokens: list[str],
        cue: bool,
        title: bool,
        adjacent: bool,
        label: bool = False,
        kin: bool = False,
    ) -> tuple[float, str]:
        names = _names(tokens)
        if len(names) >= 2:
            if names[0] in self._given and self._is_known(names[-1]):
                return 0.85, "given name + surname"
            if any(self._is_known(t) for t in names):
                return 0.6, "capitalised run with a listed name"
            return (0.35, "capitalised run after a cue") if cue else (0.0, "")
        if len(names) == 1 and self._is_known(names[0]):
            if title:
                return 0.55, "listed name after a title"
            if cue and adjacent:
                return 0.45, "listed name right after a label"
        elif len(names) == 1 and title:
            return 0.4, "capitalised word after a title"
        elif len(names) == 1 and label and names[0].lower() not in english_words():
            # (Not an English word: "Dear General Counsel:", "Hi All,".)
            return 0.4, "capitalised word right after a name label"
        elif len(names) == 1 and kin:
            return 0.4, "capitalised word right after a family word"
        return 0.0, ""

    def _runs(self, text: str, start: int, end: int) -> list[tuple[int, int, list[str]]]:
        """Split a capitalised run at blocked tokens; trim particles at the edges.

        A single token directly followed by a blocked one ("Jackson Heights", "Grant Street")
        is a place or an organisation, not a person, and is dropped.
        """
        runs: list[tuple[int, int, list[str]]] = []
        current: list[tuple[int, int, str]] = []
        blocked_words = self._blocked_words
        # Most runs are one word ("She", "Phone"): spans of words without splitting the text.
        spans = (
            ((start, end),)
            if text.find(" ", start, end) == -1
            else [m.span() for m in _WORD.finditer(text, start, end)]
        )
        for t_start, t_end in spans:
            token = text[t_start:t_end]
            if token.endswith(("'s", "’s")):
                token, t_end = token[:-2], t_end - 2
            bare = token.rstrip(".")
            initial = len(token) == 2 and token[1] == "."
            blocked = not initial and bare in blocked_words
            if blocked and bare in self._surnames and current and current[-1][2] in self._given:
                blocked = False  # "Ji-hoon Park", "Maria Green"
            if blocked:
                if len(current) > 1 or bare in _COMMON:
                    runs.append(self._close(current, start))
                current = []
                continue
            current.append((t_start - start, t_end - start, token))
        if current:
            runs.append(self._close(current, start))
        return [r for r in runs if r[2]]

    @staticmethod
    def _close(items: list[tuple[int, int, str]], offset: int) -> tuple[int, int, list[str]]:
        particles = _EDGE_PARTICLES
        while items and items[-1][2] in particles:
            items = items[:-1]
        while items and items[0][2] in particles:
            items = items[1:]
        if not items:
            return (0, 0, [])
        return (offset + items[0][0], offset + items[-1][1], [t for _, _, t in items])

    def _finding(self, text: str, start: int, end: int, score: float, pattern: str,
                 context: tuple[str, ...]) -> Finding:  # fmt: skip
        return Finding(
            type=self.entity,
            start=start,
            end=end,
            score=min(1.0, score),
            text=text[start:end],
            recognizer=self.name,
            pattern=pattern,
            context=context,
        )

    # -- analysis ----------------------------------------------------------------------------

    # Every pattern below needs a capital letter: a text without one holds no name.
    # (Or a lower-case name label: all-lower-case records still say "name: danilo sison".)
    trigger = re.compile(f"[{_UP}]|n(?:ame|ombre|om)[ \t]*:")

    def find(self, text: str, lowered: str) -> list[Finding]:
        findings: list[Finding] = []
        singles: list[tuple[int, int, str]] = []
        blocked_words = self._blocked_words
        for match in _SEQUENCE.finditer(text):
            word = match.group(0)
            # Most matches are one blocked word ("The", "Phone"): no run, so no need to split.
            if " " not in word and word.rstrip(".") in blocked_words and len(word) > 2:
                continue
            for start, end, tokens in self._runs(text, match.start(), match.end()):
                # A lone name scores only after a title or right after a label; most lone
                # capitalised words have neither, and need no context search.
                title = adjacent = False
                if len(_names(tokens)) < 2:
                    title = _TITLE_BEFORE.search(lowered[max(0, start - 14) : start]) is not None
                    adjacent = self._adjacent_cue(lowered, start)
                    if not (title or adjacent):
                        if len(tokens) == 1:
                            singles.append((start, end, tokens[0]))
                        continue
                context = self._cue(text, lowered, start)
                title = title and bool(context)
                adjacent = adjacent and bool(context)
                label = adjacent and self._adjacent_cue(lowered, start, labels=True)
                kin = adjacent and self._adjacent_cue(lowered, start, words=self._kin)
                score, pattern = self._score(tokens, bool(context), title, adjacent, label, kin)
                if score <= 0:
                    if len(tokens) == 1:
                        singles.append((start, end, tokens[0]))
                    continue
                if context:
                    score += self.context_boost
                findings.append(self._finding(text, start, end, score, pattern, context))
        findings.extend(self._comma_form(text, lowered))
        capitals, unconfirmed = self._capitals(text, lowered)
        findings.extend(capitals)
        findings.extend(self._layout_names(text))
        # A lone word already seen in a reported name of two or more words, whatever its case
        # there ("Maria Lopez ... Maria said", "Client: NDIAYE, ABUNDIO ... Abundio came in").
        if (singles or unconfirmed) and findings:
            seen = {
                t.casefold()
                for f in findings
                if " " in f.text.strip()
                for t in _WORD_SPLIT.split(f.text)
                if len(t) > 2
            }
            for start, end, token in singles:
                if token.casefold() in seen:
                    findings.append(
                        self._finding(text, start, end, 0.7, "repeat of a name found earlier", ())
                    )
            # "Patient: SEOK, Kyung-ho ... PHARMACY LABEL\nSEOK KYUNG-HO": capitals whose
            # every word was in an earlier name.
            for start, end, tokens in unconfirmed:
                if all(t.casefold() in seen for t in tokens):
                    findings.append(
                        self._finding(text, start, end, 0.7, "repeat of a name found earlier", ())
                    )
        return findings

    def _layout_names(self, text: str) -> list[Finding]:
        """Names that a form's label, a table's "Name" column or an address block points at."""
        spans = list(labelled_names(text)) if ":" in text or "___" in text or "...." in text else []
        if (
            "\n" in text
            or "(" in text
            or "=" in text
            or "  " in text
            or '"' in text
            or "[" in text
            or "<" in text
        ):
            spans.extend(list_item_names(text))
        if "  " in text:
            spans.extend(column_names(text))
        if "|" in text:
            spans.extend(pipe_column_names(text))
            if "PID|" in text or "NK1|" in text:
                spans.extend(hl7_names(text))
        if "INSERT" in text or "insert" in text:
            spans.extend(sql_row_names(text))
        if "\n" in text:
            spans.extend(address_block_names(text, self._blocked))
        out = []
        for span in spans:
            words = [t.rstrip(".").title() for t in span.tokens if len(t.rstrip(".")) > 1]
            if not words and span.kind == "person list":
                words = ["(initials)"]  # "E.B. - M, age 10": a child's initials identify them
            if not words or all(w.casefold() in _NON_ANSWERS for w in words):
                continue
            if (
                span.kind == "role label"
                and len(span.tokens) == 1
                and _ACRONYM.fullmatch(span.tokens[0])
                and not self._is_known(words[0])
            ):
                continue  # "cc: HPD", "Present: ACS": an agency's acronym, not a name
            if any(self._blocked(w) and not self._is_known(w) for w in words):
                continue
            score = _LAYOUT_SCORES[span.kind]
            out.append(self._finding(text, span.start, span.end, score, f"value of a {span.kind}",
                                     (span.cue.lower(),)))  # fmt: skip
        return out

    def _comma_form(self, text: str, lowered: str) -> list[Finding]:
        out: list[Finding] = []
        for match in _COMMA_FORM.finditer(text) if "," in text else ():
            surname, given = match.group(1), match.group(2).split()
            if surname.isupper():
                surname = surname.title()
            context = self._cue(text, lowered, match.start())
            if surname in self._surnames and given[0] in self._given:
                out.append(self._finding(text, match.start(), match.end(),
                                         0.75 + (0.15 if context else 0), "Surname, Given", context))  # fmt: skip
            elif context and ("name" in context or "nombre" in context) and self._is_known(surname):
                out.append(self._finding(text, match.start(), match.end(), 0.7, "Surname, Given", context))  # fmt: skip
            elif context and self._adjacent_cue(lowered, match.start()):
                # Right after a cue: "to person in custody GALICIA, Tenoch".
                out.append(self._finding(text, match.start(), match.end(), 0.65, "Surname, Given", context))  # fmt: skip
        for match in _CAPS_FIRST.finditer(text):
            surname = match.group(0).split(" ", 1)[0].title()
            if self._blocked(surname) and not self._is_known(surname):
                continue
            if surname in self._surnames and match.group(1) in self._given:
                out.append(self._finding(text, match.start(), match.end(), 0.75, "SURNAME Given", ()))  # fmt: skip
            elif self._adjacent_cue(lowered, match.start()) and self._cue(
                text, lowered, match.start()
            ):
                out.append(self._finding(text, match.start(), match.end(), 0.65, "SURNAME Given", ("cue",)))  # fmt: skip
        return out

    def _capitals(
        self, text: str, lowered: str
    ) -> tuple[list[Finding], list[tuple[int, int, list[str]]]]:
        """Names in capitals, and the capital runs that no signal confirmed (for the repeat
        rule: a run all of whose words were in a name found elsewhere)."""
        out = []
        unconfirmed: list[tuple[int, int, list[str]]] = []
        for match in _CAPS.finditer(text):
            start, end = match.span()
            words = match.group(0).split()
            tokens = [t.strip(",").title() for t in words]
            # A title or heading word at the edge ("EMT TETIANA SAVCHENKO") is not part of it.
            while len(tokens) > 2 and self._blocked(tokens[0]) and not self._is_known(tokens[0]):
                start = text.index(words[1], start + len(words[0]))
                words, tokens = words[1:], tokens[1:]
            known = sum(self._is_known(t) for t in tokens)
            if any(self._blocked(t) and not self._is_known(t) for t in tokens):
                continue
            context = self._cue(text, lowered, start)
            adjacent = bool(context) and self._adjacent_cue(lowered, start)
            titled = _TITLE_BEFORE.search(lowered[max(0, start - 14) : start]) is not None
            if known == len(tokens) or (context and known >= 1) or adjacent or titled:
                score = 0.7 + (0.15 if context else 0)
                out.append(self._finding(text, start, end, score,
                                         "capitals with listed names", context))  # fmt: skip
            else:
                unconfirmed.append((start, end, tokens))
        return out, unconfirmed
