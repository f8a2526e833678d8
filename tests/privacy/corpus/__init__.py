"""A seeded, deterministic synthetic corpus of labelled case files, generated at test time.

Four kinds of document (case notes, intake forms, letters, CSV extracts), each with several
templates written independently: the "a" templates form the dev split (used while tuning the
scanner), the "b" templates the eval split (used only to measure). Splitting by template, not
by document, was meant to keep the eval half honest, but the PERSON recognizer was adjusted
once after its eval recall was seen (ADR 0004, "Honesty notes"), so the eval split is no
longer unseen.

The "c" templates form the "fresh" split, written on 2026-12-02 after the scanner, without
reading its recognizers, and from pools of names, statuses, countries and streets of their
own (fake.py, `FreshFake`). They are closer to real agency files: lines wrapped mid-sentence
and inside addresses, a scan's misreads in unlabelled prose, names without cue words, in
lists, in "LAST, First" form and in capitals, Spanish mixed with English, and the layouts
caseworkers type ("A# 012-345-678", "(929)555-0199", "DOB 3/7/88"). The fresh split was
measured once blind by benchmarks/bench_privacy.py (that table is kept there); the
recognizers were then improved against its misses, so it is no longer blind either.

The "d" templates form the "holdout" split (holdout.py, `HoldoutFake`), written blind on
2026-12-02 when the fresh split stopped being blind. It was measured once blind, then used to
improve the recognizers in turn (ADR 0009), so it is a tuning set now too.

The "e" templates form the "final" split (final.py, `FinalFake`), written blind on 2026-12-02
without reading the recognizers or the "c"/"d" templates; measured once blind, then used to
improve the recognizers (third round), so it is a tuning set now too. No test scans a held-out
split or sets a floor on it.

The "f" templates form the "unseen" split (unseen.py, with pools and generators of its own),
written blind on 2026-12-02 without reading the recognizers, their data, the benchmarks or the
older held-out templates (fresh, holdout.py, final.py); its pools are checked by code to share no
name, street, country or status term with any older pool. Its institutions and layouts are new
(hotline transcripts, voicemail transcriptions, school nurse logs, wage-theft notes, ERA
applications, discharge summaries, fax cover sheets, 311 and mutual-aid exports, ...). It was
measured once blind on 2026-12-02, after the third round (that table is kept in
benchmarks/bench_privacy.py).

The "g" templates form the "sealed" split (sealed.py, with pools and generators of its own),
written blind on 2026-12-02 without reading the recognizers, their data, the benchmarks or the
older held-out templates. Its institutions and layouts are new again (DHS incident reports, NYPD
DIR narratives, Citizenship Now! notes and letters, OCR'd interpreter slips, jail visit logs,
JSON/XML pasted into tickets, wiki Markdown tables, FJC, NYC Care, DYCD, DVS and burial forms,
bilingual Medicaid worksheets, Google Forms and merged-header Excel exports, voter rosters). Its
names and streets are checked by code to be disjoint from every older pool; countries and status
terms are closed vocabularies, written as real files write them (so they may repeat older ones).

The "h" templates form the "vault" split (vault.py, with pools and generators of its own),
written blind on 2026-12-02 without reading the recognizers, their data, the benchmarks or the
older held-out templates. Its institutions and layouts are new again (FDNY EMS patient care
narratives, SNAP recertification interviews, H+H financial counselor notes, OATH summons notes,
Probation referrals, church and mosque referrals, ICS invitations, PDF form field dumps, Human
Rights Commission intakes, the Home Language Identification Survey, detention visitation
requests, bail fund intakes and letters, vCards, translated letters, a case-management export
with cryptic column codes, Outlook contacts, shelter bed lists, MOIA event registrations). Its
names and streets are checked by code to be disjoint from every older pool; countries and status
terms are written as real files write them.

The "i" templates form the "ledger" split (ledger.py, with pools and generators of its own),
written blind on 2026-12-02 without reading the recognizers, their data, the benchmarks or the
older held-out templates. Its institutions and layouts are new again (special-education IEP
meeting notes, TB clinic nursing notes and work-clearance letters, 911 call-taker remarks, Red
Cross fire-relocation notes and letters, 311 text threads, school attendance logs and bilingual
letters, SYEP applications and payroll rosters, library passport-acceptance worksheets, Workforce1
intakes with tick boxes, OCR'd WIC forms with broken lines, TLC licence applications, Finance
exemption screens and letters, medical-legal partnership referrals, street-vendor waitlists,
semicolon and tab-separated exports, a fixed-width mainframe report, interpreter-dispatch logs and
a municipal voting roster). Its names and streets are checked by code to be disjoint from every
older pool; countries and status terms are written as real files write them.

The "j" templates form the "archive" split (archive.py, with pools and generators of its own),
written blind on 2026-12-02 without reading the recognizers, their data, the benchmarks or the
older held-out templates. Its institutions and layouts are new again (Department of Buildings
tenant-harassment field notes, HPD lead-paint inspection notes, hospital social-work discharge
checklists, a Council district office's text thread pasted from a phone screenshot with values
broken across lines, City Clerk marriage-licence worksheets, DOT disability parking-permit
applications, Fair Fares worksheets, CUNY residency reviews pasted from a Word table, EOIR
master-calendar printouts whose case numbers are A-numbers, census-style household rosters, Board
of Correction complaint letters, FOIL responses with missed redactions, parish baptism letters,
union membership letters, IDNYC cultural-membership letters, and landlord rent-ledger, Medicaid
transportation, SBS vendor-training, CUNY admissions and Parks permit exports). Its names and
streets are checked by code to be disjoint from every older pool; countries and status terms are
written as real files write them.

The "k" templates form the "cabinet" split (cabinet.py, with pools and generators of its own),
written blind on 2026-12-03 without reading the recognizers, their data, the benchmarks or the
older held-out templates. Its institutions and layouts are new again (asylum-seeker arrival-centre
registration notes, household forms and 30/60-day shelter notices, HL7 v2 ADT messages pasted into
social-work notes, key=value application logs, SQL INSERT dumps, day-laborer wage-claim notes and
hiring logs, OCME next-of-kin worksheets, e-mail reply chains with ">" quoting, DCWP paid-safe-leave
complaints, Department for the Aging meal assessments, McKinney-Vento housing questionnaires, ESL
and citizenship class registrations and sign-in sheets, pharmacy patient profiles, attorney FOIA
cover letters listing receipt numbers, NY DOL work-authorization letters, Family Court petition
captions, consulate appointment confirmations, mailing-label sheets, and snake_case,
merged-header, cryptic-code and case-tracker exports). Its names and streets are checked by code
to be disjoint from every older pool; countries and status terms are written as real files write
them.

The "l" templates form the "dossier" split (dossier.py, with pools and generators of its own),
written blind on 2026-12-03 without reading the recognizers, their data, the benchmarks or the
older held-out templates. Its institutions and layouts are new again (VITA tax-site preparer notes
and intake sheets with W-2 boxes and dependents, ESL attendance notebooks typed in a hurry,
home-care coordinator notes and aide schedules, legal-clinic conflict-check logs, tenant
association minutes in Markdown and letters to the landlord, court interpreter assignment notes
and sheets, credit-union membership applications with ID verification, NYC Care financial
screenings converted from PDF with two columns run together, DMV standard-licence applications,
birth-certificate correction requests, ATS student-bio printouts with emergency cards, EAD
renewal checklists in reStructuredText, ICE bond receipts, money-transfer receipts, engagement
letters, food-pantry letters and registers, rental applications with lease riders, payroll
registers, Outlook calendar exports, mail-merge data files and SMS backup exports). Its names and
streets are checked by code to be disjoint from every older pool; countries and status terms are
written as real files write them.

The "m" templates form the "folio" split (folio.py, with pools and generators of its own),
written blind on 2026-12-03 without reading the recognizers, their data, the benchmarks or the
older held-out templates. Its institutions and layouts are new again (311 call-taker narratives in
capitals, Probation pre-sentence interview excerpts, school social workers' McKinney-Vento logs,
hospital interpreter requests as notes and as a log export, worker-centre notes in Spanglish,
hard-wrapped legal-aid hotline callbacks, Commission on Human Rights inquiry forms, summer-camp
registrations with medical pages, Family Justice Center shelter referrals, Workers' Compensation
C-3 forms flattened from PDF with labels after values, OCR'd passport bio pages with MRZ lines,
community-board speaker sign-ups, retyped I-797C interview notices, certified birth-certificate
translations with translators' affidavits, house-of-worship marriage-register certificates, union
hiring-hall and worker co-op letters, adult-literacy support letters, EAD letters, and hotline
callback queues, literacy placement rosters, dispatch lists, notary journals, Spanish and French
spreadsheets with comments and line breaks in cells, and kiosk scan logs with barcode and QR
payloads). Its names and streets are checked by code to be disjoint from every older pool;
countries and status terms are written as real files write them.

The "n" templates form the "quire" split (quire.py, with pools and generators of its own),
written blind on 2026-12-03 without reading the recognizers, their data, the benchmarks or the
older held-out templates. Its institutions and layouts are new again (bus-arrival welcome-desk
shift logs and arrival exports with QR payloads, City Council casework notes, trackers and
inquiry letters to USCIS, Right to Counsel eviction-prevention intakes and representation letters,
homeless-outreach street-canvass tablet exports, delivery workers' deactivation appeals, certified
translations attached to police complaint reports, school-based health centre consents and
letters home, Essential Plan applications captured as raw web-form posts (sometimes URL-encoded),
bank know-your-customer worksheets with consular ID OCR and KYC exports, OCR'd EAD cards, green
cards and refugee travel documents, CBP I-94 website printouts, clinic lab requisitions with I-693
fields, funeral home arrangement sheets and repatriation letters, library ESOL waitlist letters and
exports, juvenile-detention visitor logs, and navigator trackers with merged two-line headers). Its
names and streets are checked by code to be disjoint from every older pool; countries and status
terms are written as real files write them.

The "o" templates form the "tome" split (tome.py, with pools and generators of its own), written
blind on 2026-12-03 without reading the recognizers, their data, the benchmarks or the older
held-out templates. Its institutions and layouts are new again (NYC Care enrollment call-script
transcripts, Access-A-Ride eligibility interviews and rosters, shelter bed-assignment whiteboards
transcribed from photos, parish immigration-clinic sign-in books, e-mails with signature blocks and
residents' contact cards, JSON Lines kiosk exports pasted into tickets, OCR'd handwritten progress
notes with Portuguese, Tagalog and French labels, emergency-room face sheets, NYCHA transfer
requests, HSE (GED) registrations, Welcome Corps sponsorship applications and arrival manifests,
registro consular printouts, school "blue cards", Con Ed hardship and renters'-insurance claim
forms, Workers' Compensation hearing notices, naturalization-class certificates, mail-merge letters
with merge fields left in, congregation letters, a French attestation d'hébergement, text-message
exports with one message per row, cryptic-code utility exports, French-headed rosters and USCIS
receipt trackers). Its names and streets are checked by code to be disjoint from every older pool;
countries and status terms are written as real files write them.

The "p" templates form the "parchment" split (parchment.py, with pools and generators of its own),
written blind on 2026-12-03 without reading the recognizers, their data, the benchmarks or the
older held-out templates. Its institutions and layouts are new again (ORR post-release services
home-visit notes and caseload exports, Teams auto-transcripts of recorded intake calls with values
spoken, ServiceNow tickets asking IT to merge duplicate client records, Adult Protective Services
field notes in capitals, community mediation session notes and signed agreements, Family Welcome
Center enrollment notes with Chinese labels, Slack messages copied with mentions and reactions,
OTDA fair-hearing requests (some as faxes with OCR misreads) and a legal-services hearing tracker,
school-bus exception requests with Bengali or Nepali labels, decision letters and route rosters,
domestic-worker agency registrations with Polish or Tagalog labels (some flattened from a PDF with
values above their labels), placement exports and employers' verification letters, YAML and TOML
intake exports, a Korean church legal clinic's intake sheet and export, a senior centre's form with
Russian labels, Citywide Immunization Registry printouts and extracts, an Arab-American
organisation's intake with Arabic labels, Uniting for Ukraine supporters' letters and a tracker with
Ukrainian headers, attorneys' letters asking ICE to reschedule check-ins, hometown associations'
Spanish constancias, Tibetan and Sherpa identity certificates, and CUNY Language Immersion Program
exports). Its names and streets are checked by code to be disjoint from every older pool;
countries and status terms are written as real files write them.

The "q" templates form the "quarto" split (quarto.py, with pools and generators of its own),
written blind on 2026-12-03 without reading the recognizers, their data, the benchmarks or the
older held-out templates. Its institutions and layouts are new again (Correctional Health Services
reentry discharge-planning notes and a jail reentry roster with cryptic columns, public defenders'
immigration-consequences (Padilla) consults, B-HEARD mobile-crisis run notes with a timestamp per
line, victim advocates' compensation-claim notes and a claim form flattened from a PDF with values
above their labels and OCR misreads, ACS child-care voucher notes, HRA One Shot Deal rent-arrears
interviews, pro se asylum workshop notes and sign-up exports with Spanish headers, HEAP
applications with a household table and a HEAP batch export, Housing Connect lottery member pages
and a lottery household export, Head Start enrollment forms in English or Spanish and a waitlist
export, Rent Freeze (SCRIE) applications, a community health worker sign-up with Haitian Creole
labels, an intake with Urdu and English labels, IDNYC renewal reminders, Privacy Act releases and
a casework tracker from a congressional district office, physicians' N-648 cover letters,
legal-services closing letters, Chinese hometown associations' bilingual certifications, medical
certifications against a gas shut-off, Affidavit of Relationship cover letters, Haitian Creole TPS
appointment letters, and a tenant association's heat petition typed up). Its names and streets
are checked by code to be disjoint from every older pool; countries and status terms are written
as real files write them.

Adding held-out splits changes nothing in the older ones: each template draws from its own
seeded generator, and tests/privacy/test_eval_corpus.py pins every split by hash.

Every identifier is inserted through `Builder.pii`, so labels carry exact character spans.
Distractors (case numbers, hearing dates, ZIP+4 codes, organisation names) are left unlabelled:
matching them is a false positive. A CSV extract becomes one segment per cell, with the column
header as context prefix, which is how the scanner reads CSV.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from tests.privacy.corpus.fake import Fake
from tests.privacy.corpus.templates import TEMPLATES


@dataclass(frozen=True)
class Label:
    start: int
    end: int
    type: str


@dataclass
class Segment:
    doc_id: str
    template: str
    text: str
    labels: list[Label]
    prefix: str = ""


@dataclass
class Builder:
    parts: list[str] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    pos: int = 0

    def t(self, text: str) -> Builder:
        self.parts.append(text)
        self.pos += len(text)
        return self

    def pii(self, type_: str, value: str) -> Builder:
        self.labels.append(Label(self.pos, self.pos + len(value), type_))
        return self.t(value)

    def marked(self, type_: str, phrase: str) -> Builder:
        """Add `phrase`, labelling the part in [brackets]."""
        m = re.search(r"\[(.+?)\]", phrase)
        assert m, phrase
        self.t(phrase[: m.start()]).pii(type_, m.group(1)).t(phrase[m.end() :])
        return self

    def text(self) -> str:
        return "".join(self.parts)


def generate(
    seed: int = 2026, docs_per_template: int = 60, split: str | None = None
) -> list[Segment]:
    """All segments of the corpus (or of one split: "dev", "eval", "fresh", "holdout", "final",
    "unseen", "sealed", "vault", "ledger", "archive", "cabinet", "dossier", "folio", "quire",
    "tome", "parchment" or "quarto")."""
    segments: list[Segment] = []
    for name, (kind_split, template) in sorted(TEMPLATES.items()):
        if split is not None and kind_split != split:
            continue
        rng = random.Random(f"{seed}:{name}")
        fake = Fake(rng)
        for i in range(docs_per_template):
            doc_id = f"{name}-{i:03d}"
            for text, labels, prefix in template(fake, rng, Builder):
                segments.append(Segment(doc_id, name, text, labels, prefix))
    return segments


def corpus_chars(segments: list[Segment]) -> int:
    return sum(len(s.prefix) + len(s.text) for s in segments)
