"""Templates of every kind of document, as code. Each has an id and a split (dev or eval).

These are synthetic look-alikes written from the field lists in /work/shared/domain.md §1, not
reproductions of official forms; wording the domain notes mark UNVERIFIED (I-203's layout, the
"I-138" number, the NTA's "I-862" number) is there only to exercise the checker. No template is in
both halves, so the evaluation measures documents the checker was not tuned on. The traps the issue
lists are here: ICE forms with "WARRANT" in large type, an I-205 with the judge box ticked,
immigration-judge orders, unsigned/expired/wrong-address judicial warrants, and a Spanish fax cover.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from . import fake
from .layout import Block, Check, Doc, Rule, Signature, Text


@dataclass
class Ctx:
    """The invented facts behind one rendered document."""

    rng: random.Random
    issued: dt.date
    premises: fake.Address
    person: str
    judge: str
    officer: str
    signed: bool
    electronic: bool
    exec_days: int
    district: str
    county: str
    a_number: str
    case: str
    facility: str
    extra: dict[str, str] = field(default_factory=dict)

    def date(self, day: dt.date | None = None) -> str:
        return fake.long_date(day or self.issued, self.rng)

    @property
    def execute_by(self) -> dt.date:
        return self.issued + dt.timedelta(days=self.exec_days)


@dataclass(frozen=True)
class Template:
    id: str
    kind: str
    split: str  # "dev" or "eval"
    build: Callable[[Ctx], Doc]
    judicial: bool = False
    search: bool = False  # a search warrant: names premises, has an execute-by date
    ny_search: bool = False  # execute-by is issue + 10 days (CPL 690.30(1))
    pages: int = 1
    note: str = ""


TEMPLATES: list[Template] = []


def template(
    id: str, kind: str, split: str, **options: object
) -> Callable[[Callable[[Ctx], Doc]], Callable[[Ctx], Doc]]:
    def register(build: Callable[[Ctx], Doc]) -> Callable[[Ctx], Doc]:
        TEMPLATES.append(Template(id, kind, split, build, **options))  # type: ignore[arg-type]
        return build

    return register


def sig(ctx: Ctx, label: str, below: list[str], left_text: str = "") -> Signature:
    name = ctx.judge if "udge" in label or "ssuing" in label or "ustice" in label else ctx.officer
    return Signature(label, name, ctx.signed, below, left_text, ctx.electronic)


def center(text: str, size: float = 12, bold: bool = True, before: float = 0) -> Text:
    return Text(text, size, bold, "center", before)


# --- federal court warrants ----------------------------------------------------------------------
@template("ao93_rev1113", "judicial_search_warrant", "dev", judicial=True, search=True)
def ao93(ctx: Ctx) -> Doc:
    where = ctx.premises.full()
    return Doc(
        [
            [
                Text("AO 93 (Rev. 11/13) Search and Seizure Warrant", 9),
                center("UNITED STATES DISTRICT COURT", 14),
                center("for the", 10, False),
                center(ctx.district, 11, False),
                Text("In the Matter of the Search of", 10, space_before=8),
                Text(
                    "(Briefly describe the property to be searched or identify the person by name and address)",
                    8,
                ),
                Text(f"The premises known as {where}", 10),
                Text(f"Case No. {ctx.case}", 10, align="right"),
                center("SEARCH AND SEIZURE WARRANT", 13, before=8),
                Text("To: Any authorized law enforcement officer", 10, space_before=6),
                Text(
                    "An application by a federal law enforcement officer or an attorney for the government "
                    f"requests the search of the following person or property located in the {ctx.district} "
                    f"(identify the person or describe the property to be searched and give its location): {where}, "
                    "more fully described in Attachment A.",
                    10,
                ),
                Text(
                    "I find that the affidavit(s), or any recorded testimony, establish probable cause to search "
                    "and seize the person or property described above, and that such search will reveal the "
                    "evidence described in Attachment B.",
                    10,
                ),
                Text(
                    f"YOU ARE COMMANDED to execute this warrant on or before {ctx.date(ctx.execute_by)} "
                    "(not to exceed 14 days)",
                    10,
                    bold=True,
                ),
                Check("in the daytime 6:00 a.m. to 10:00 p.m.", True),
                Check(
                    "at any time in the day or night because good cause has been established.",
                    False,
                ),
                Text(
                    "Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt "
                    "for the property taken to the person from whom, or from whose premises, the property was taken.",
                    10,
                ),
                Text(
                    "The officer executing this warrant must prepare an inventory as required by law and promptly "
                    f"return this warrant and inventory to Hon. {ctx.judge} (United States Magistrate Judge).",
                    10,
                ),
                sig(
                    ctx,
                    "Judge's signature",
                    [f"{ctx.judge}, U.S. Magistrate Judge", "Printed name and title"],
                    f"Date and time issued: {ctx.date()} 10:15 a.m.",
                ),
                Text("City and state: Brooklyn, New York", 10),
            ]
        ]
    )


@template("ao93c_electronic", "judicial_search_warrant", "dev", judicial=True, search=True)
def ao93c(ctx: Ctx) -> Doc:
    where = ctx.premises.full()
    return Doc(
        [
            [
                Text("AO 93C Warrant by Telephone or Other Reliable Electronic Means", 9),
                center("UNITED STATES DISTRICT COURT", 14),
                center(f"for the {ctx.district}", 11, False),
                Text(f"In the Matter of the Search of the premises at {where}", 10, space_before=8),
                Text(f"Case No. {ctx.case}", 10),
                center("WARRANT BY TELEPHONE OR OTHER RELIABLE ELECTRONIC MEANS", 11),
                center("SEARCH AND SEIZURE WARRANT", 13),
                Text("To: Any authorized law enforcement officer", 10, space_before=6),
                Text(
                    "An application by a federal law enforcement officer requests the search of the following "
                    f"property located in the {ctx.district}: {where}.",
                    10,
                ),
                Text(
                    "I find that the affidavit establishes probable cause to search and seize the property.",
                    10,
                ),
                Text(
                    f"YOU ARE COMMANDED to execute this warrant on or before {ctx.date(ctx.execute_by)} "
                    "(not to exceed 14 days) in the daytime 6:00 a.m. to 10:00 p.m.",
                    10,
                ),
                sig(
                    ctx,
                    "Judge's signature",
                    [f"Hon. {ctx.judge}, United States Magistrate Judge", "Printed name and title"],
                    f"Date and time issued: {ctx.date()}",
                ),
                Text("City and state: New York, New York", 10),
            ]
        ],
        font="sans",
    )


@template("ao93_sdny_alt", "judicial_search_warrant", "eval", judicial=True, search=True)
def ao93_alt(ctx: Ctx) -> Doc:
    where = ctx.premises.full()
    return Doc(
        [
            [
                center("UNITED STATES DISTRICT COURT", 13),
                center(ctx.district.upper(), 11),
                Text("IN THE MATTER OF THE SEARCH OF", 10, True, space_before=10),
                Text(f"THE PREMISES LOCATED AT {where.upper()}", 10, True),
                Text(f"Magistrate's Docket No. {ctx.case}", 10, align="right"),
                Rule(),
                center("SEARCH AND SEIZURE WARRANT", 13, before=6),
                Text("TO: ANY AUTHORIZED LAW ENFORCEMENT OFFICER", 10, space_before=6),
                Text(
                    "Upon the affidavit sworn to before me, I find probable cause to search the premises located at "
                    f"{where}, as described in Attachment A, and to seize the items listed in Attachment B.",
                    10,
                ),
                Text(
                    "You are commanded to execute this warrant on or before "
                    f"{ctx.date(ctx.execute_by)} (not to exceed 14 days), in the daytime between 6:00 a.m. and 10:00 p.m.",
                    10,
                ),
                Text("and to return it with an inventory to the duty Magistrate Judge.", 10),
                sig(
                    ctx,
                    "Judge's signature",
                    [f"HON. {ctx.judge.upper()}", "UNITED STATES MAGISTRATE JUDGE"],
                    f"Date and time issued: {ctx.date()} at 4:40 p.m.",
                ),
                Text("AO 93 (Rev. 11/13)", 8, space_before=20),
            ]
        ]
    )


def _ao442(ctx: Ctx, basis: str, signer: list[str], font: str = "serif") -> Doc:
    bases = [
        "Indictment",
        "Superseding Indictment",
        "Information",
        "Superseding Information",
        "Complaint",
        "Probation Violation Petition",
        "Supervised Release Violation Petition",
        "Violation Notice",
        "Order of the Court",
    ]
    return Doc(
        [
            [
                Text("AO 442 (Rev. 11/11) Arrest Warrant", 9),
                center("UNITED STATES DISTRICT COURT", 14),
                center("for the", 10, False),
                center(ctx.district, 11, False),
                Text("United States of America", 10, space_before=8),
                Text("v.", 10),
                Text(ctx.person, 10),
                Text("Defendant", 9),
                Text(f"Case No. {ctx.case}", 10, align="right"),
                center("ARREST WARRANT", 13, before=8),
                Text("To: Any authorized law enforcement officer", 10, space_before=6),
                Text(
                    "YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without "
                    f"unnecessary delay (name of person to be arrested) {ctx.person}, who is accused of an offense "
                    "or violation based on the following document filed with the court:",
                    10,
                ),
                *[Check(b, b == basis, 9) for b in bases],
                Text("This offense is briefly described as follows:", 10),
                Text("Reentry of a removed alien, in violation of 8 U.S.C. § 1326.", 10),
                sig(
                    ctx,
                    "Issuing officer's signature",
                    [*signer, "Printed name and title"],
                    f"Date: {ctx.date()}",
                ),
                Text("City and state: New York, New York", 10),
                center("Return", 11, before=6),
                Text(
                    "This warrant was received on (date) ________, and the person was arrested on (date) ________",
                    9,
                ),
            ]
        ],
        font=font,
    )


@template("ao442_rev1111", "judicial_arrest_warrant", "dev", judicial=True)
def ao442(ctx: Ctx) -> Doc:
    return _ao442(ctx, "Complaint", [f"{ctx.judge}, U.S. Magistrate Judge"])


@template("ao442_district_judge", "judicial_arrest_warrant", "dev", judicial=True)
def ao442_dj(ctx: Ctx) -> Doc:
    return _ao442(
        ctx, "Order of the Court", [f"Hon. {ctx.judge}", "United States District Judge"], "sans"
    )


@template("ao442_clerk_indictment", "judicial_arrest_warrant", "eval", judicial=True)
def ao442_clerk(ctx: Ctx) -> Doc:
    return _ao442(ctx, "Indictment", [f"{ctx.officer}, Deputy Clerk"])


# --- New York courts -----------------------------------------------------------------------------
@template(
    "ny_criminal_court_search",
    "state_court_search_warrant",
    "dev",
    judicial=True,
    search=True,
    ny_search=True,
)
def ny_search(ctx: Ctx) -> Doc:
    where = ctx.premises.full()
    return Doc(
        [
            [
                center("CRIMINAL COURT OF THE CITY OF NEW YORK", 13),
                center(f"COUNTY OF {ctx.county.upper()}", 11),
                center("SEARCH WARRANT", 14, before=8),
                Text(
                    f"Docket No. SW-{ctx.issued.year}-{ctx.rng.randint(100, 999)}",
                    10,
                    align="right",
                ),
                Text(
                    "IN THE NAME OF THE PEOPLE OF THE STATE OF NEW YORK", 10, True, space_before=6
                ),
                Text("TO ANY POLICE OFFICER OF THE CITY OF NEW YORK:", 10, True),
                Text(
                    "Proof by affidavit having been made this day before me that there is reasonable cause to "
                    "believe that certain property may be found at the premises known as "
                    f"{where}, and more particularly described in the annexed affidavit,",
                    10,
                ),
                Text(
                    "YOU ARE THEREFORE COMMANDED, between 6:00 A.M. and 9:00 P.M., to make an immediate search "
                    f"of the premises known as {where} for the property described, and to bring it before this Court.",
                    10,
                ),
                Text(
                    "This warrant must be executed not more than ten days after the date of issuance (CPL 690.30).",
                    10,
                ),
                sig(
                    ctx,
                    "Signature of Judge",
                    [f"HON. {ctx.judge.upper()}", "Judge of the Criminal Court"],
                    f"Dated: {ctx.date()}",
                ),
            ]
        ]
    )


@template(
    "ny_supreme_search",
    "state_court_search_warrant",
    "eval",
    judicial=True,
    search=True,
    ny_search=True,
)
def ny_supreme_search(ctx: Ctx) -> Doc:
    where = ctx.premises.full()
    day = ctx.issued
    return Doc(
        [
            [
                Text("SUPREME COURT OF THE STATE OF NEW YORK", 12, True),
                Text(f"COUNTY OF {ctx.county.upper()}", 11, True),
                center("SEARCH WARRANT", 14, before=10),
                Text(
                    "THE PEOPLE OF THE STATE OF NEW YORK, to any police officer in the City of New York:",
                    10,
                    space_before=6,
                ),
                Text(
                    "Pursuant to Article 690 of the Criminal Procedure Law, upon the sworn application before me, "
                    "you are authorized and directed to search the premises known and designated as "
                    f"{where}, and to seize the property described in the application.",
                    10,
                ),
                Text("This warrant may be executed between 6:00 A.M. and 9:00 P.M. only.", 10),
                Text(
                    f"Dated: {ctx.premises.borough}, New York, this {fake.ordinal(day.day)} day of {day:%B}, {day.year}",
                    10,
                    space_before=6,
                ),
                sig(
                    ctx,
                    "Signature of Justice",
                    [f"HON. {ctx.judge.upper()}", "Justice of the Supreme Court"],
                ),
            ]
        ],
        font="sans",
    )


@template("ny_warrant_of_arrest", "state_court_arrest_warrant", "dev", judicial=True)
def ny_arrest(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                center("CRIMINAL COURT OF THE CITY OF NEW YORK", 13),
                center(f"COUNTY OF {ctx.county.upper()}", 11),
                Text("THE PEOPLE OF THE STATE OF NEW YORK", 10, True, space_before=8),
                Text("-against-", 10),
                Text(f"{ctx.person}, Defendant.", 10),
                center("WARRANT OF ARREST", 14, before=8),
                Text(f"Docket No. CR-{ctx.rng.randint(100000, 999999)}", 10, align="right"),
                Text("TO ANY POLICE OFFICER OF THE CITY OF NEW YORK:", 10, True),
                Text(
                    "An accusatory instrument having been filed with this Court charging the defendant with an "
                    "offense, YOU ARE HEREBY COMMANDED to arrest the defendant and bring the defendant before this "
                    "Court without unnecessary delay (CPL 120.10).",
                    10,
                ),
                sig(
                    ctx,
                    "Signature of Judge",
                    [f"HON. {ctx.judge.upper()}", "Judge of the Criminal Court"],
                    f"Dated: {ctx.date()}",
                ),
            ]
        ]
    )


@template("ny_supreme_arrest", "state_court_arrest_warrant", "eval", judicial=True)
def ny_supreme_arrest(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                Text("SUPREME COURT OF THE STATE OF NEW YORK", 12, True),
                Text(f"COUNTY OF {ctx.county.upper()}", 11, True),
                Text(f"THE PEOPLE OF THE STATE OF NEW YORK v. {ctx.person}", 10, space_before=8),
                center("ARREST WARRANT", 14, before=8),
                Text(f"Indictment No. {ctx.rng.randint(1000, 9999)}/{ctx.issued.year}", 10),
                Text(
                    "To any police officer: an indictment having been filed in this Court, you are commanded "
                    "pursuant to CPL Article 120 to arrest the defendant named above and bring the defendant "
                    "before this Court forthwith.",
                    10,
                ),
                sig(
                    ctx,
                    "Signature of Justice",
                    [f"Hon. {ctx.judge}, J.S.C.", "Justice of the Supreme Court"],
                    f"Dated: {ctx.date()}",
                ),
            ]
        ],
        font="sans",
    )


# --- DHS / ICE -----------------------------------------------------------------------------------
def _i200(ctx: Ctx, big: bool, header: str, title_officer: str) -> Doc:
    blocks: list[Block] = []
    if big:
        blocks.append(center("WARRANT", 40))
    blocks += [
        center(header, 12),
        center("Warrant for Arrest of Alien", 13),
        Text(f"File No. {ctx.a_number}", 10, align="right"),
        Text(f"Date: {ctx.date()}", 10, align="right"),
        Text(
            "To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and "
            "Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest "
            "for immigration violations",
            10,
        ),
        Text(
            f"I have determined that there is probable cause to believe that {ctx.person} is removable from the "
            "United States. This determination is based upon:",
            10,
        ),
        Check(
            "the execution of a charging document to initiate removal proceedings against the subject;",
            True,
            9,
        ),
        Check("the pendency of ongoing removal proceedings against the subject;", False, 9),
        Check(
            "the failure to establish admissibility subsequent to deferred inspection;", False, 9
        ),
        Check(
            "biometric confirmation of the subject's identity and a records check of federal databases;",
            False,
            9,
        ),
        Check(
            "statements made voluntarily by the subject to an immigration officer and/or other reliable evidence.",
            False,
            9,
        ),
        Text(
            "YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration "
            "and Nationality Act, the above-named alien.",
            10,
            True,
        ),
        sig(
            ctx,
            "(Signature of Authorized Immigration Officer)",
            [
                f"{ctx.officer}, {title_officer}",
                "(Printed Name and Title of Authorized Immigration Officer)",
            ],
        ),
        Text(
            "Certificate of Service: Name of Alien ______ Date of Service ______ Language ______",
            8,
            space_before=8,
        ),
        Text("Form I-200 (Rev. 09/16)", 8),
    ]
    return Doc([blocks], font="sans")


@template("i200_standard", "administrative_arrest_warrant_i200", "dev")
def i200(ctx: Ctx) -> Doc:
    return _i200(
        ctx,
        False,
        "U.S. DEPARTMENT OF HOMELAND SECURITY",
        "Supervisory Detention and Deportation Officer",
    )


@template(
    "i200_big_warrant",
    "administrative_arrest_warrant_i200",
    "eval",
    note="trap: WARRANT in large type",
)
def i200_big(ctx: Ctx) -> Doc:
    return _i200(ctx, True, "U.S. Immigration and Customs Enforcement", "Deportation Officer")


def _i205(ctx: Ctx, judge_box: bool, big: bool, title: str) -> Doc:
    blocks: list[Block] = []
    if big:
        blocks.append(center("WARRANT", 40))
    blocks += [
        center("U.S. Department of Homeland Security", 12),
        center("WARRANT OF REMOVAL/DEPORTATION", 13),
        Text(f"File No: {ctx.a_number}    Date: {ctx.date()}", 10, align="right"),
        Text(
            "To any immigration officer of the United States Department of Homeland Security:", 10
        ),
        Text(
            f"{ctx.person} (Full name of alien), who entered the United States at New York, NY on "
            f"{fake.long_date(ctx.issued - dt.timedelta(days=3000), ctx.rng)} (Place and Date of entry), is subject to "
            "removal/deportation from the United States, based upon a final order by:",
            10,
        ),
        Check(
            "an immigration judge in exclusion, deportation, or removal proceedings",
            not judge_box,
            9,
        ),
        Check("a designated official", False, 9),
        Check("the Board of Immigration Appeals", False, 9),
        Check("a United States District or Magistrate Court Judge", judge_box, 9),
        Text(
            "and pursuant to the following provisions of the Immigration and Nationality Act: 212(a)(6)(A)(i)",
            10,
        ),
        Text(
            "I, the undersigned officer of the United States, by virtue of the power and authority vested in "
            "the Secretary of Homeland Security, command you to take into custody and remove from the United "
            "States the above-named alien.",
            10,
        ),
        sig(
            ctx,
            "(Signature of immigration officer)",
            [
                title,
                "(Title of immigration officer)",
                f"{ctx.date()}, New York, NY",
                "(Date and office location)",
            ],
        ),
        Text("Form I-205 (Rev. 08/07)", 8, space_before=10),
    ]
    return Doc([blocks])


@template("i205_standard", "removal_warrant_i205", "dev")
def i205(ctx: Ctx) -> Doc:
    return _i205(ctx, False, False, "Supervisory Detention and Deportation Officer")


@template("i205_big_warrant", "removal_warrant_i205", "dev", note="trap: WARRANT in large type")
def i205_big(ctx: Ctx) -> Doc:
    return _i205(ctx, False, True, "Assistant Field Office Director")


@template(
    "i205_judge_box",
    "removal_warrant_i205",
    "eval",
    note="trap: District/Magistrate Judge box ticked",
)
def i205_judge(ctx: Ctx) -> Doc:
    return _i205(ctx, True, False, "Field Office Director")


def _detainer(ctx: Ctx, title: str, form: str) -> Doc:
    return Doc(
        [
            [
                center("DEPARTMENT OF HOMELAND SECURITY", 12),
                center(title, 12),
                Text(
                    f"Subject ID: {ctx.rng.randint(100000000, 999999999)}   Event #: NYC{ctx.rng.randint(1000000, 9999999)}",
                    9,
                ),
                Text(f"File No: {ctx.a_number}   Date: {ctx.date()}", 9),
                Text(
                    "TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)",
                    9,
                ),
                Text("New York City Department of Correction", 10),
                Text(
                    "FROM: (Department of Homeland Security Office Address) ERO New York Field Office",
                    9,
                ),
                Text(f"Name of Alien: {ctx.person}   Citizenship: ______   Sex: __", 10),
                Text(
                    "1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. "
                    "THIS DETERMINATION IS BASED ON:",
                    10,
                    True,
                ),
                Check("A final order of removal against the alien;", True, 9),
                Check("The pendency of ongoing removal proceedings against the alien;", False, 9),
                Text("IT IS THEREFORE REQUESTED THAT YOU:", 10, True),
                Text(
                    "Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.",
                    9,
                ),
                Text(
                    "Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she "
                    "would otherwise have been released from your custody to allow DHS to assume custody.",
                    9,
                ),
                sig(
                    ctx,
                    "(Signature of Immigration Officer)",
                    [
                        f"{ctx.officer}, Deportation Officer",
                        "(Name and title of Immigration Officer)",
                    ],
                ),
                Text(
                    "If you have questions, call the ICE Law Enforcement Support Center at (802) 872-6020.",
                    8,
                ),
                Text(form, 8, space_before=6),
            ]
        ],
        font="sans",
    )


@template("i247a_0217", "detainer_i247a", "dev")
def i247a(ctx: Ctx) -> Doc:
    return _detainer(ctx, "IMMIGRATION DETAINER - NOTICE OF ACTION", "DHS Form I-247A (02/17)")


@template("i247d_legacy", "detainer_i247a", "eval")
def i247d(ctx: Ctx) -> Doc:
    return _detainer(
        ctx, "IMMIGRATION DETAINER - REQUEST FOR VOLUNTARY ACTION", "DHS Form I-247D (12/14)"
    )


@template("i247n_legacy", "detainer_i247a", "eval")
def i247n(ctx: Ctx) -> Doc:
    return _detainer(
        ctx,
        "REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN",
        "DHS Form I-247N (12/14)",
    )


@template("i203_a", "order_to_detain_i203", "dev", note="layout UNVERIFIED")
def i203a(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                center("U.S. Department of Homeland Security", 12),
                center("ORDER TO DETAIN OR RELEASE ALIEN", 13),
                Text(f"File No. {ctx.a_number}    Date: {ctx.date()}", 10, align="right"),
                Text(f"To: Officer in charge, {ctx.facility}", 10),
                Text(
                    "Please accept for detention the alien named below, who is in the custody of this agency.",
                    10,
                ),
                Text(f"Name of alien: {ctx.person}", 10),
                Check("Detain", True),
                Check("Release", False),
                sig(
                    ctx,
                    "(Signature of authorized officer)",
                    [f"{ctx.officer}", "Supervisory Detention and Deportation Officer"],
                ),
                Text("Form I-203 (Rev. 4/97)", 8, space_before=10),
            ]
        ]
    )


@template("i203_b", "order_to_detain_i203", "eval", note="layout UNVERIFIED")
def i203b(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                Text("U.S. Immigration and Customs Enforcement", 11, True),
                Text("Enforcement and Removal Operations", 10),
                center("ORDER TO DETAIN OR RELEASE ALIEN", 13, before=8),
                Text(f"Alien's name: {ctx.person}   A-Number: {ctx.a_number}", 10),
                Text(f"Facility: {ctx.facility}", 10),
                Text(
                    "You are directed to detain the above-named alien pending further instruction from this office.",
                    10,
                ),
                sig(
                    ctx,
                    "Signature of Officer",
                    [f"{ctx.officer}, Immigration Enforcement Agent"],
                    f"Date: {ctx.date()}",
                ),
                Text("I-203", 8, space_before=10),
            ]
        ],
        font="sans",
    )


@template(
    "dhs_subpoena_i138",
    "administrative_subpoena",
    "dev",
    note="I-138 number from secondary sources",
)
def dhs_subpoena(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                center("DEPARTMENT OF HOMELAND SECURITY", 12),
                center("U.S. Immigration and Customs Enforcement", 11, False),
                center("SUBPOENA", 16, before=8),
                Text(f"To: Custodian of Records, {ctx.facility}, {ctx.premises.full()}", 10),
                Text(
                    "By the authority of section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. 1225(d)(4)(A), "
                    "you are hereby commanded to produce the records described below relating to the person named in the "
                    "attachment, and to appear before the officer named below.",
                    10,
                ),
                Text(
                    f"Place: ERO New York Field Office.  Date: {ctx.date(ctx.issued + dt.timedelta(days=10))}",
                    10,
                ),
                sig(
                    ctx,
                    "Signature of issuing officer",
                    [f"{ctx.officer}", "Special Agent in Charge"],
                    f"Date issued: {ctx.date()}",
                ),
                Text("Form I-138", 8, space_before=10),
            ]
        ]
    )


@template("dhs_subpoena_hsi", "administrative_subpoena", "eval")
def dhs_subpoena_b(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                Text("U.S. Department of Homeland Security", 11, True),
                Text("Immigration and Customs Enforcement - Enforcement and Removal Operations", 9),
                center("IMMIGRATION ENFORCEMENT SUBPOENA", 14, before=10),
                Text(f"TO: Records Officer, {ctx.facility}", 10),
                Text(
                    "Pursuant to 8 U.S.C. 1225(d) and 8 CFR 287.4, you are required to produce the following records: "
                    "any records reflecting the address, schedule and contact information of the person identified "
                    "in the attached schedule.",
                    10,
                ),
                Text(f"Return date: {ctx.date(ctx.issued + dt.timedelta(days=14))}", 10),
                sig(
                    ctx,
                    "Signature",
                    [f"{ctx.officer}", "Field Office Director"],
                    f"Dated: {ctx.date()}",
                ),
            ]
        ],
        font="sans",
    )


@template("nta_i862", "notice_to_appear", "dev", note="I-862 number UNVERIFIED in domain notes")
def nta(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                center("U.S. DEPARTMENT OF HOMELAND SECURITY", 12),
                center("NOTICE TO APPEAR", 14),
                Text(
                    "In removal proceedings under section 240 of the Immigration and Nationality Act:",
                    10,
                ),
                Text(
                    f"Subject ID: {ctx.rng.randint(100000, 999999)}   File No: {ctx.a_number}", 10
                ),
                Text(f"In the Matter of: Respondent: {ctx.person}", 10),
                Text(
                    "You are an arriving alien. You are not a citizen or national of the United States.",
                    10,
                ),
                Text(
                    "YOU ARE ORDERED to appear before an immigration judge of the United States Department of Justice "
                    f"at 26 Federal Plaza, New York, NY on {ctx.date(ctx.issued + dt.timedelta(days=60))} at 9:00 a.m.",
                    10,
                ),
                Text(
                    "to show why you should not be removed from the United States based on the charge(s) set forth above.",
                    10,
                ),
                Text(" ", 10),
                sig(
                    ctx,
                    "(Signature and Title of Issuing Officer)",
                    [f"{ctx.officer}, Deportation Officer"],
                    f"Date: {ctx.date()}",
                ),
                Text("Form I-862 (Rev. 08/01/07)", 8, space_before=10),
            ]
        ]
    )


@template("nta_compact", "notice_to_appear", "eval")
def nta_b(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                Text("DEPARTMENT OF HOMELAND SECURITY", 11, True),
                Text("Notice to Appear - Form I-862", 12, True),
                Text(f"File number: {ctx.a_number}", 10),
                Text(f"Respondent: {ctx.person}", 10),
                Text(
                    "On the basis of the foregoing, it is charged that you are subject to removal from the United States "
                    "pursuant to the Immigration and Nationality Act. You are required to appear at a time and place to "
                    "be set by the immigration court.",
                    10,
                ),
                Text(" ", 10),
                Text(" ", 10),
                sig(
                    ctx,
                    "Signature of issuing officer",
                    [f"{ctx.officer}, Supervisory Border Patrol Agent"],
                    f"Date: {ctx.date()}",
                ),
            ]
        ],
        font="sans",
    )


# --- immigration court (EOIR) --------------------------------------------------------------------
def _eoir_head() -> list[Block]:
    return [
        center("UNITED STATES DEPARTMENT OF JUSTICE", 12),
        center("EXECUTIVE OFFICE FOR IMMIGRATION REVIEW", 12),
        center("UNITED STATES IMMIGRATION COURT", 11, False),
        center("26 Federal Plaza, New York, NY", 10, False),
    ]


@template("ij_removal_order", "immigration_judge_order", "dev")
def ij_removal(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                *_eoir_head(),
                Text(
                    f"In the Matter of: {ctx.person}, Respondent   File No.: {ctx.a_number}",
                    10,
                    space_before=8,
                ),
                Text("IN REMOVAL PROCEEDINGS", 10, True),
                center("ORDER OF THE IMMIGRATION JUDGE", 13, before=6),
                Text(
                    "Upon the basis of the respondent's admissions, the respondent has been found removable as charged.",
                    10,
                ),
                Text(
                    "It is HEREBY ORDERED that the respondent be removed from the United States.",
                    10,
                ),
                sig(ctx, "Immigration Judge", [ctx.judge], f"Date: {ctx.date()}"),
            ]
        ]
    )


@template(
    "ij_subpoena",
    "immigration_judge_order",
    "dev",
    note="trap: subpoena signed by an immigration judge",
)
def ij_subpoena(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                *_eoir_head(),
                center("SUBPOENA", 15, before=8),
                Text(f"In the Matter of: {ctx.person}, Respondent", 10),
                Text(f"TO: Custodian of Records, {ctx.facility}", 10),
                Text(
                    "YOU ARE COMMANDED to appear and produce the records listed in the attachment at the hearing.",
                    10,
                ),
                sig(
                    ctx,
                    "Signature of Immigration Judge",
                    [ctx.judge, "Immigration Judge"],
                    f"Date: {ctx.date()}",
                ),
            ]
        ],
        font="sans",
    )


@template(
    "ij_custody_order",
    "immigration_judge_order",
    "eval",
    note="trap: 'judge' signs, but an immigration judge",
)
def ij_custody(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                *_eoir_head(),
                center("ORDER OF THE IMMIGRATION JUDGE WITH RESPECT TO CUSTODY", 12, before=8),
                Text(f"Respondent: {ctx.person}   A-Number: {ctx.a_number}", 10),
                Text(
                    "Request having been made for a change in the custody status of the respondent, it is ordered that the request be denied.",
                    10,
                ),
                Text(
                    "The respondent shall remain in the custody of the Department of Homeland Security.",
                    10,
                ),
                sig(ctx, "Signature", [f"{ctx.judge}", "Immigration Judge"], f"Date: {ctx.date()}"),
            ]
        ]
    )


@template(
    "ij_warrant_trap",
    "immigration_judge_order",
    "eval",
    note="trap: WARRANT in large type from an IJ",
)
def ij_warrant(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                center("WARRANT", 40),
                *_eoir_head(),
                Text(
                    f"In the Matter of {ctx.person}, Respondent, in removal proceedings",
                    10,
                    space_before=6,
                ),
                Text(
                    "The respondent having failed to appear, the respondent is ordered removed in absentia.",
                    10,
                ),
                Text(
                    "It is ordered that the Department of Homeland Security take the respondent into custody.",
                    10,
                ),
                sig(
                    ctx,
                    "Signature of Immigration Judge",
                    [ctx.judge, "Immigration Judge"],
                    f"Date: {ctx.date()}",
                ),
            ]
        ],
        font="sans",
    )


# --- other court papers --------------------------------------------------------------------------
@template("fed_subpoena_documents", "judicial_subpoena", "dev")
def fed_subpoena(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                center("UNITED STATES DISTRICT COURT", 14),
                center(f"for the {ctx.district}", 11, False),
                Text(f"United States of America v. {ctx.person}", 10, space_before=8),
                Text(f"Case No. {ctx.case}", 10, align="right"),
                center(
                    "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS IN A CRIMINAL CASE",
                    11,
                    before=6,
                ),
                Text(f"To: Custodian of Records, {ctx.facility}", 10),
                Text(
                    "YOU ARE COMMANDED to produce at the time, date, and place set forth below the documents listed in the attachment.",
                    10,
                ),
                Text(
                    f"Place: United States Courthouse.  Date and Time: {ctx.date(ctx.issued + dt.timedelta(days=21))} 10:00 a.m.",
                    10,
                ),
                sig(
                    ctx,
                    "Signature of Clerk or Deputy Clerk",
                    ["CLERK OF COURT"],
                    f"Date: {ctx.date()}",
                ),
            ]
        ]
    )


@template("ny_subpoena_duces_tecum", "judicial_subpoena", "eval")
def ny_subpoena(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                Text("SUPREME COURT OF THE STATE OF NEW YORK", 12, True),
                Text(f"COUNTY OF {ctx.county.upper()}", 11, True),
                Text(
                    f"THE PEOPLE OF THE STATE OF NEW YORK -against- {ctx.person}",
                    10,
                    space_before=6,
                ),
                center("SUBPOENA DUCES TECUM", 14, before=8),
                Text(f"TO: Records Access Officer, {ctx.facility}", 10),
                Text(
                    "YOU ARE COMMANDED to produce the records described below before this Court (CPLR 2307).",
                    10,
                ),
                sig(
                    ctx,
                    "Signature",
                    [f"HON. {ctx.judge.upper()}", "Justice of the Supreme Court"],
                    f"Dated: {ctx.date()}",
                ),
            ]
        ],
        font="sans",
    )


@template("fed_order_enforcing_subpoena", "court_order", "dev")
def fed_order(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                center("UNITED STATES DISTRICT COURT", 14),
                center(ctx.district.upper(), 11),
                Text(
                    "In re Application of the United States for an Order Enforcing an Administrative Subpoena",
                    10,
                    space_before=8,
                ),
                Text(
                    f"Misc. No. {ctx.rng.randint(10, 99)}-mc-{ctx.rng.randint(100, 999)}",
                    10,
                    align="right",
                ),
                center("ORDER", 14, before=8),
                Text(
                    "Upon the application of the United States, and the Court having considered the submissions,",
                    10,
                ),
                Text(
                    f"IT IS HEREBY ORDERED that the respondent, {ctx.facility}, shall produce the records within fourteen days.",
                    10,
                ),
                Text("SO ORDERED.", 10, True),
                sig(
                    ctx,
                    "Signature",
                    [f"Hon. {ctx.judge}", "United States District Judge"],
                    f"Dated: {ctx.date()}",
                ),
            ]
        ]
    )


@template("ny_court_order", "court_order", "eval")
def ny_order(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                center("CRIMINAL COURT OF THE CITY OF NEW YORK", 12),
                center(f"COUNTY OF {ctx.county.upper()}", 11),
                Text(
                    f"THE PEOPLE OF THE STATE OF NEW YORK -against- {ctx.person}",
                    10,
                    space_before=6,
                ),
                center("DECISION AND ORDER", 13, before=8),
                Text(
                    "Upon the foregoing papers, it is ordered that the motion is granted to the extent set forth below,",
                    10,
                ),
                Text("and that the records be produced to the Court for in camera review.", 10),
                sig(
                    ctx,
                    "Signature",
                    [f"HON. {ctx.judge.upper()}", "Judge of the Criminal Court"],
                    f"Dated: {ctx.date()}",
                ),
            ]
        ],
        font="sans",
    )


# --- letters and everything else -----------------------------------------------------------------
@template("ice_records_letter", "records_request_letter", "dev")
def ice_letter(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                Text("U.S. Department of Homeland Security", 11, True),
                Text("U.S. Immigration and Customs Enforcement", 10),
                Text(ctx.date(), 10, align="right", space_before=6),
                Text(f"{ctx.facility}", 10, space_before=8),
                Text(ctx.premises.full(), 10),
                Text("Re: Request for information", 10, True, space_before=6),
                Text("Dear Records Officer:", 10, space_before=6),
                Text(
                    "This office requests that you provide any records concerning the person identified in the "
                    "enclosure, including addresses and appointment dates, within ten business days.",
                    10,
                ),
                Text("Thank you for your cooperation.", 10),
                Text("Sincerely,", 10, space_before=6),
                Text(ctx.officer, 10, space_before=20),
                Text("Deportation Officer", 10),
            ]
        ]
    )


@template("counsel_records_letter", "records_request_letter", "eval")
def counsel_letter(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                Text("Office of the Principal Legal Advisor", 11, True),
                Text("New York, New York", 10),
                Text(ctx.date(), 10, space_before=6),
                Text(f"Attn: Records Access Officer, {ctx.facility}", 10, space_before=8),
                Text("Records request", 10, True),
                Text("Dear Sir or Madam,", 10, space_before=6),
                Text(
                    "Please provide copies of all intake records, visitor logs and contact information relating to "
                    "the individual named in the attached list. Your prompt attention is appreciated.",
                    10,
                ),
                Text("Respectfully,", 10, space_before=6),
                Text(ctx.officer, 10, space_before=20),
                Text("Assistant Chief Counsel", 10),
            ]
        ],
        font="sans",
    )


@template("kyr_flyer", "other", "dev")
def kyr(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                center("KNOW YOUR RIGHTS", 18),
                Text(
                    "If an immigration agent comes to your door, you do not have to open it.",
                    11,
                    space_before=8,
                ),
                Text(
                    "Ask the agent to slide any warrant under the door. Check whether it is signed by a judge.",
                    11,
                ),
                Text(
                    "A form from the Department of Homeland Security is not signed by a judge.", 11
                ),
                Text("Call the hotline for free legal help.", 11),
            ]
        ],
        font="sans",
    )


@template("fax_cover_es", "other", "eval", note="trap: foreign-language cover page alone")
def fax_es(ctx: Ctx) -> Doc:
    return Doc([_spanish_cover(ctx)])


@template("delivery_receipt", "other", "dev")
def receipt(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                center("DELIVERY RECEIPT", 14),
                Text(f"Delivered to: {ctx.facility}, {ctx.premises.full()}", 10, space_before=8),
                Text(f"Date: {ctx.date()}   Packages: {ctx.rng.randint(1, 5)}", 10),
                Text("Received by: ____________________", 10),
            ]
        ]
    )


@template("hsi_business_card", "other", "eval")
def card(ctx: Ctx) -> Doc:
    return Doc(
        [
            [
                center("HOMELAND SECURITY INVESTIGATIONS", 14),
                center(f"{ctx.officer}", 12, False),
                center("Special Agent", 11, False),
                center("New York Field Office", 10, False),
                center(f"Tel. (212) 555-{ctx.rng.randint(1000, 9999)}", 10, False),
            ]
        ],
        font="sans",
    )


def _spanish_cover(ctx: Ctx) -> list[Block]:
    return [
        center("HOJA DE PORTADA DE FAX", 16),
        Text(f"Para: {ctx.facility}", 11, space_before=10),
        Text("De parte de: Oficina de campo", 11),
        Text(f"Fecha: {ctx.issued:%d/%m/%Y}", 11),
        Text("Páginas (incluida esta portada): 2", 11),
        Text(
            "Aviso: este documento adjunto contiene información confidencial.", 11, space_before=8
        ),
    ]


@template(
    "cover_es_ao93",
    "judicial_search_warrant",
    "dev",
    judicial=True,
    search=True,
    pages=2,
    note="trap: Spanish fax cover before a search warrant",
)
def cover_ao93(ctx: Ctx) -> Doc:
    return Doc([_spanish_cover(ctx), ao93(ctx).pages[0]])


@template(
    "cover_es_i200",
    "administrative_arrest_warrant_i200",
    "eval",
    pages=2,
    note="trap: Spanish fax cover before an I-200 with WARRANT in large type",
)
def cover_i200(ctx: Ctx) -> Doc:
    return Doc(
        [
            _spanish_cover(ctx),
            _i200(ctx, True, "U.S. DEPARTMENT OF HOMELAND SECURITY", "Deportation Officer").pages[
                0
            ],
        ],
        font="sans",
    )


@template(
    "cover_es_ny_search",
    "state_court_search_warrant",
    "eval",
    judicial=True,
    search=True,
    ny_search=True,
    pages=2,
    note="trap: Spanish fax cover before a New York search warrant",
)
def cover_ny(ctx: Ctx) -> Doc:
    return Doc([_spanish_cover(ctx), ny_supreme_search(ctx).pages[0]], font="sans")


def by_id(template_id: str) -> Template:
    return next(t for t in TEMPLATES if t.id == template_id)
