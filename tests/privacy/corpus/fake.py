"""Fake identifiers for the synthetic corpus, each in the layouts real files use.

Names come from pools written for the corpus, not from the scanner's shipped lists; about a
quarter of them are deliberately absent from those lists, so PERSON recall is measured on
names the scanner has never seen as well as on common ones.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

GIVEN = """
Maria José Juan Carlos Luis Ana Rosa Guadalupe Yesenia Marisol Wilmer Brayan Jhon Xiomara
Wei Mei Jianguo Xiaoming Meiling Ka Wing Siu Mohammed Rahul Priya Farhana Nusrat Mizanur
Tenzin Pemba Jean Marie Guerline Widline Frantz Roodley Mirlande Sergei Olena Oksana Dilnoza
Rustam Minjun Seoyeon Ji-hoon Youssef Mariam Khaled Layla Piotr Agnieszka Katarzyna Mamadou
Aminata Fatoumata Kwame Akosua Chinedu Ngozi Oluwaseun James Mary Jennifer Michael Keisha
Tyrone Emily David Sarah Kevin
Xochitl Yareli Nohemí Eleuterio Anaïs Tsering Dechen Zhenya Bolat Aigerim Heriberto Wendolyn
Thiago Kaveh Shirin-Gol Daoud Rokhaya Ifunanya Chiamaka Soraya Marlyn Edelmira Yuridia
""".split()

SURNAMES = """
Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera
Reyes Morales Cruz Ortiz Almonte Polanco Tenesaca Guaman Chen Wang Li Zhang Liu Wong Chan Lee
Khan Ahmed Rahman Hossain Chowdhury Patel Singh Sherpa Gurung Pierre Jean-Baptiste Joseph
Exantus Dorvil Ivanov Petrova Shevchenko Karimov Kim Park Choi Haddad Mansour Al-Masri Nowak
Kowalski Wisniewski Diallo Barry Traore Mensah Okafor Adeyemi Smith Johnson Williams Brown
Jackson Murphy Cohen
Xicohtencatl Tlapanco Huamantica Ccori Nyima Lhundup Tsogtbaatar Abdykadyrov Ghafoori
Nwankwo-Eze Bellegarde Desrosiers Ramkissoon Balgobin Villarroel Tepoz Achterberg Okwuosa
""".split()

COUNTRIES = [
    ("Mexico", "Mexican"), ("Ecuador", "Ecuadorian"), ("Dominican Republic", "Dominican"),
    ("Guatemala", "Guatemalan"), ("Honduras", "Honduran"), ("El Salvador", "Salvadoran"),
    ("Venezuela", "Venezuelan"), ("Colombia", "Colombian"), ("Haiti", "Haitian"),
    ("China", "Chinese"), ("Bangladesh", "Bangladeshi"), ("India", "Indian"),
    ("Nepal", "Nepali"), ("Pakistan", "Pakistani"), ("Russia", "Russian"),
    ("Ukraine", "Ukrainian"), ("Uzbekistan", "Uzbek"), ("South Korea", "Korean"),
    ("Yemen", "Yemeni"), ("Egypt", "Egyptian"), ("Poland", "Polish"), ("Guinea", "Guinean"),
    ("Senegal", "Senegalese"), ("Ghana", "Ghanaian"), ("Nigeria", "Nigerian"),
    ("Mali", "Malian"), ("Jamaica", "Jamaican"), ("Trinidad and Tobago", "Trinidadian"),
    ("Peru", "Peruvian"), ("Afghanistan", "Afghan"), ("Burkina Faso", "Burkinabe"),
]  # fmt: skip

# "[...]" marks the labelled span inside each phrase.
STATUS = [
    "[undocumented]", "an [asylum seeker]", "an [asylum applicant]", "an [asylee]", "a [refugee]",
    "a [TPS holder]", "a [DACA recipient]", "a [Dreamer]", "a [lawful permanent resident]",
    "a [green card holder]", "a [humanitarian parolee]", "[out of status]", "a [U visa] holder",
    "[in removal proceedings]", "a [naturalized citizen]", "a [non-citizen]", "[DACAmented]",
    "a [T visa] recipient", "an [unauthorized immigrant]",
]  # fmt: skip
STATUS_PHRASES = [
    "[overstayed her visa]", "has a [final order of removal]", "has a [pending asylum] application",
    "was granted [Temporary Protected Status]", "has [SIJS]", "is an [LPR]", "applied for [asylum]",
    "[entered without inspection]", "has [TPS]", "has [DACA]", "has a [deportation order]",
    "was admitted on [humanitarian parole]", "is a [U.S. citizen]",
]  # fmt: skip

STREETS = [
    ("Queens Blvd", True), ("Roosevelt Ave", False), ("Broadway", False), ("Grand Concourse", False),
    ("Nostrand Avenue", False), ("37th Ave", True), ("Jamaica Ave", True), ("Fulton St", False),
    ("E 149th St", False), ("West 181st Street", False), ("Main St", True), ("Ocean Pkwy", False),
    ("Kissena Blvd", True), ("Liberty Ave", True), ("St Nicholas Ave", False), ("Atlantic Avenue", False),
    ("Flatbush Ave", False), ("Pitkin Avenue", False), ("Junction Blvd", True), ("Victory Blvd", False),
    ("Eastern Pkwy", False), ("Westchester Ave", False), ("Steinway St", True), ("Hillside Ave", True),
]  # fmt: skip
BOROUGHS = {
    False: ["Brooklyn", "Bronx", "New York", "Staten Island", "Manhattan"],
    True: ["Queens", "Jackson Heights", "Flushing", "Elmhurst", "Jamaica", "Corona", "Astoria"],
}
MONTHS = (
    "January February March April May June July August September October November December".split()
)
MESES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()


class Fake:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def given(self) -> str:
        return self.r.choice(GIVEN)

    def surname(self) -> str:
        return self.r.choice(SURNAMES)

    def full_name(self) -> str:
        shape = self.r.random()
        if shape < 0.6:
            return f"{self.given()} {self.surname()}"
        if shape < 0.8:
            return f"{self.given()} {self.given()} {self.surname()}"
        if shape < 0.9:
            return f"{self.given()} {self.surname()} {self.surname()}"
        return f"{self.given()} {self.r.choice('ABCDEFGHJKLMNPRSTW')}. {self.surname()}"

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def a_number(self) -> str:
        d = self.digits(9) if self.r.random() < 0.8 else self.digits(8)
        if len(d) == 9:
            layout = self.r.choice(
                ["A{}", "A-{}-{}-{}", "A# {}", "A {} {} {}", "A{}-{}-{}", "A-{}"]
            )
            if layout.count("{}") == 3:
                return layout.format(d[:3], d[3:6], d[6:])
            return layout.format(d)
        layout = self.r.choice(["A{}", "A {}", "A-{}-{}-{}"])
        if layout.count("{}") == 3:
            return layout.format(d[:2], d[2:5], d[5:])
        return layout.format(d)

    def ssn(self) -> str:
        area = self.r.choice([n for n in range(1, 900) if n != 666])
        d = f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
        return d if self.r.random() < 0.85 else d.replace("-", " ")

    def itin(self) -> str:
        group = self.r.choice([*range(50, 66), *range(70, 89), *range(90, 93), *range(94, 100)])
        return f"9{self.digits(2)}-{group:02d}-{self.digits(4)}"

    def passport(self) -> str:
        return self.r.choice(
            [self.digits(9), "G" + self.digits(8), "E" + self.digits(8), "A" + self.digits(7),
             "EA" + self.digits(7), self.r.choice("BCDHJKLMNPRSTV") + self.digits(7)]
        )  # fmt: skip

    def phone(self) -> str:
        area = self.r.choice(["212", "718", "347", "646", "917", "929", "332", "516", "914"])
        ex = str(self.r.randint(200, 999))
        line = self.digits(4)
        return self.r.choice(
            [f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}",
             f"+1 {area} {ex} {line}", f"1-{area}-{ex}-{line}", f"{area} {ex} {line}",
             f"+1 ({area}) {ex}-{line}"]
        )  # fmt: skip

    def email(self, name: str | None = None) -> str:
        base = (name or self.full_name()).split()
        user = self.r.choice(
            [f"{base[0]}.{base[-1]}", f"{base[0][0]}{base[-1]}{self.r.randint(1, 99)}", base[-1]]
        ).lower()
        user = "".join(c for c in user if c.isascii() and (c.isalnum() or c in "._-")) or "user"
        return f"{user}@{self.r.choice(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com'])}"

    def date(self) -> str:
        y, m, d = self.r.randint(1950, 2008), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice(
            [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}, {y}",
             f"{d} {MONTHS[m - 1]} {y}", f"{m:02d}-{d:02d}-{y}", f"{MONTHS[m - 1][:3]}. {d}, {y}"]
        )  # fmt: skip

    def date_es(self) -> str:
        y, m, d = self.r.randint(1950, 2008), self.r.randint(1, 12), self.r.randint(1, 28)
        return f"{d} de {MESES[m - 1]} de {y}"

    def recent_date(self) -> str:
        y, m, d = self.r.randint(2023, 2026), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice(
            [f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}, {y}"]
        )

    def address(self) -> str:
        street, queens = self.r.choice(STREETS)
        number = (
            f"{self.r.randint(10, 199)}-{self.r.randint(1, 99):02d}"
            if queens
            else str(self.r.randint(1, 2999))
        )
        out = f"{number} {street}"
        if self.r.random() < 0.6:
            out += self.r.choice([", Apt {}", " Apt {}", ", #{}", ", Fl {}", ", Apt. {}"]).format(
                self.r.choice(["4B", "2", "3F", "12C", "1R", "5"]))  # fmt: skip
        if self.r.random() < 0.7:
            out += f", {self.r.choice(BOROUGHS[queens])}, NY"
            if self.r.random() < 0.8:
                out += f" {self.r.randint(10001, 11697)}"
        return out

    def idnyc(self) -> str:
        d = self.digits(16)
        return d if self.r.random() < 0.5 else " ".join(d[i : i + 4] for i in range(0, 16, 4))

    def receipt(self) -> str:
        prefix = self.r.choice(["EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "IOE", "YSC"])
        d = self.digits(10)
        return self.r.choice([f"{prefix}{d}", f"{prefix}-{d[:2]}-{d[2:5]}-{d[5:]}"])

    def i94(self) -> str:
        return (
            self.digits(11)
            if self.r.random() < 0.6
            else self.digits(9) + self.r.choice("ABCDEFGH") + self.digits(1)
        )

    def case_number(self) -> str:
        return self.r.choice(
            [f"A-{self.r.randint(20, 26)}-{self.digits(6)}", f"{self.r.randint(2020, 2026)}-HRA-{self.digits(5)}",
             f"Index No. {self.digits(6)}/{self.r.randint(2020, 2026)}", f"CV-{self.digits(4)}-{self.r.randint(2020, 2026)}",
             f"Docket {self.r.randint(2020, 2026)}-{self.digits(7)}", f"Ref. {self.digits(8)}"]
        )  # fmt: skip


# -- The "fresh" split (templates "*_c", written 2026-12-02) ---------------------------------
# Everything below serves only the fresh templates; nothing above changes, so the dev and
# eval splits come out exactly as before. The pools were written without looking at the
# scanner or its name lists: no name here is in GIVEN or SURNAMES, and about a third of them
# (the *_RARE pools) are rare even in New York.

FRESH_GIVEN = """
Rocío Lucía Yanira Wilson Edwin Fredy Dayana Kimberly Jefferson Anderson Darwin Maritza Gladys
Esperanza Milagros Ángel Santiago Valentina Camila Mateo Dylan Génesis Jazmín Norma Blanca
Reina Francisco Jorge Miguel Ramón Hui Yan Guohua Lihua Zhiwei Abdoulaye Ousmane Mariama
Kadiatou Ibrahima Anwar Tahmina Shamima Habib Jean-Claude Fabiola Nadège Stanley Natalia Galina
Artem Omar Samira Kofi Blessing Precious Gurpreet Manpreet Sonam Tashi Kateryna Bohdan
""".split()
FRESH_GIVEN_RARE = """
Yaritza Eusebia Florentino Anacleta Hermelinda Wilfrido Abundio Epifania Yoselin Marbelis
Yulexis Dairon Yorleny Citlali Ixchel Sisa Killa Amaru Chimi Kelsang Phurba Ngawang Tigist
Alemayehu Djeneba Sekou Assetou Nodira Sherzod Ulugbek Moinul Rajwinder Jesula Rosemène
Mackenson Islande
""".split()
FRESH_SURNAMES = """
Quishpe Chimbo Pulla Morocho Lema Naula Peralta Vásquez Jiménez Castillo Romero Mejía Santana
Batista Rosario Paulino Encarnación Ventura Bautista Acosta Guzmán Aguilar Mendoza Zheng Lin
Huang Xu Zhou Ng Lam Cheung Yoon Jung Begum Uddin Islam Miah Akter Bhuiyan Kaur Gill Sandhu
Persaud Tamang Lama Camara Sow Bah Keita Sylla Ndiaye Fofana Owusu Boateng Eze Charles
Jean-Louis Célestin Kuznetsova Bondarenko Melnyk Saleh Nasser Zielinski Wozniak Long Young
""".split()
FRESH_SURNAMES_RARE = """
Tenempaguay Zhinin Saeteros Chuquimarca Yupanqui Guallpa Tigsi Ajualip Xiloj Cuxil Dhondup
Gebremedhin Tesfaye Konaté Diakité Présumé Dorsainvil Metellus Louis-Jeune Saint-Fleur
Seepersaud Ramdial Talukder Yusupova Nazarov Abdelrahman Al-Hakimi Obeid Kuchkarov Bhattarai
Wojcik-Amadi Ccahuana
""".split()
FRESH_PARTICLE_SURNAMES = ["de la Cruz", "del Rosario", "De Jesús", "de los Santos", "De León"]

# (English, Spanish, ISO 3166 alpha-3 as case systems export it, demonym)
FRESH_COUNTRIES = [
    ("Ecuador", "Ecuador", "ECU", "Ecuadorian"), ("Mexico", "México", "MEX", "Mexican"),
    ("Dominican Republic", "República Dominicana", "DOM", "Dominican"),
    ("Guatemala", "Guatemala", "GTM", "Guatemalan"), ("Honduras", "Honduras", "HND", "Honduran"),
    ("Venezuela", "Venezuela", "VEN", "Venezuelan"), ("Colombia", "Colombia", "COL", "Colombian"),
    ("Peru", "Perú", "PER", "Peruvian"), ("Cuba", "Cuba", "CUB", "Cuban"),
    ("Nicaragua", "Nicaragua", "NIC", "Nicaraguan"), ("Haiti", "Haití", "HTI", "Haitian"),
    ("El Salvador", "El Salvador", "SLV", "Salvadoran"), ("China", "China", "CHN", "Chinese"),
    ("Bangladesh", "Bangladés", "BGD", "Bangladeshi"), ("Nepal", "Nepal", "NPL", "Nepali"),
    ("Bhutan", "Bután", "BTN", "Bhutanese"), ("Mauritania", "Mauritania", "MRT", "Mauritanian"),
    ("Senegal", "Senegal", "SEN", "Senegalese"), ("Guinea", "Guinea", "GIN", "Guinean"),
    ("Sierra Leone", "Sierra Leona", "SLE", "Sierra Leonean"),
    ("Côte d'Ivoire", "Costa de Marfil", "CIV", "Ivorian"), ("Ghana", "Ghana", "GHA", "Ghanaian"),
    ("Ukraine", "Ucrania", "UKR", "Ukrainian"), ("Russia", "Rusia", "RUS", "Russian"),
    ("Kyrgyzstan", "Kirguistán", "KGZ", "Kyrgyz"), ("Uzbekistan", "Uzbekistán", "UZB", "Uzbek"),
    ("Turkey", "Turquía", "TUR", "Turkish"), ("Afghanistan", "Afganistán", "AFG", "Afghan"),
    ("Yemen", "Yemen", "YEM", "Yemeni"), ("Egypt", "Egipto", "EGY", "Egyptian"),
    ("India", "India", "IND", "Indian"), ("Pakistan", "Pakistán", "PAK", "Pakistani"),
    ("Brazil", "Brasil", "BRA", "Brazilian"), ("Chile", "Chile", "CHL", "Chilean"),
    ("Jamaica", "Jamaica", "JAM", "Jamaican"),
]  # fmt: skip

# Said of a person, after "she" / "he" / "client"; "[...]" marks the labelled span.
FRESH_STATUS = [
    "has [asylum pending] with the court", "came in [EWI] in 2022 near Eagle Pass",
    "was [paroled in] at the border last year", "is a [CHNV parolee]", "has a [pending I-589]",
    "has [no status]", "[overstayed a B-2 visa]", "has [TPS], re-registration due in March",
    "is a [TPS beneficiary]", "was granted [withholding of removal]",
    "was [ordered removed in absentia] in 2019", "is on an [ICE order of supervision]",
    "is enrolled in [ATD] and checks in by phone app", "has [SIJS] approved, waiting on a visa date",
    "is a [conditional resident]", "has a [U visa] petition pending", "filed a [VAWA self-petition]",
    "has had a [green card] since 2015", "has [deferred action]",
    "was [released on recognizance] by ICE", "is [in deportation proceedings]",
]  # fmt: skip
# Spanish, after "dice que" / "sé que" (third person).
FRESH_STATUS_ES = [
    "está [sin papeles]", "es [solicitante de asilo]", "tiene [asilo pendiente]", "tiene [TPS]",
    "es [residente permanente]", "tiene una [orden de deportación]", "entró [sin inspección]",
    "tiene [parole humanitario]", "está en [proceso de deportación]", "tiene [DACA]",
    "tiene [asilo] aprobado", "es [indocumentado]",
]  # fmt: skip
# Codes and short forms in a case-management export's status column (whole cell labelled).
FRESH_STATUS_CODES = [
    "ASY-PEND", "ASYLEE", "TPS", "LPR", "PAROLE", "UNDOC", "DACA", "SIJS", "U-VISA", "EWI",
    "Asylum Pending", "Parolee (CHNV)", "TPS - VEN", "No status", "Pending I-589", "LPR (cond.)",
]  # fmt: skip

# (street, borough key); Queens houses have hyphenated numbers.
FRESH_STREETS = [
    ("Case St", "Q"), ("Elmhurst Ave", "Q"), ("Woodside Ave", "Q"), ("Northern Blvd", "Q"),
    ("Corona Ave", "Q"), ("Parsons Blvd", "Q"), ("Sutphin Blvd", "Q"), ("Guy R Brewer Blvd", "Q"),
    ("Merrick Blvd", "Q"), ("Gleane St", "Q"), ("Britton Ave", "Q"), ("Whitney Ave", "Q"),
    ("Myrtle Ave", "Q"), ("102nd St", "Q"), ("Gerard Ave", "X"), ("Walton Ave", "X"),
    ("Morris Ave", "X"), ("Jerome Ave", "X"), ("University Ave", "X"), ("Webster Ave", "X"),
    ("Southern Blvd", "X"), ("E 183rd St", "X"), ("Creston Ave", "X"), ("Sedgwick Ave", "X"),
    ("Malcolm X Blvd", "M"), ("Adam Clayton Powell Jr Blvd", "M"), ("Frederick Douglass Blvd", "M"),
    ("Dyckman St", "M"), ("Nagle Ave", "M"), ("Audubon Ave", "M"), ("W 176th St", "M"),
    ("Edgecombe Ave", "M"), ("Pleasant Ave", "M"), ("Marcy Ave", "K"), ("Ralph Ave", "K"),
    ("Knickerbocker Ave", "K"), ("Bushwick Ave", "K"), ("Church Ave", "K"),
    ("Coney Island Ave", "K"), ("Avenue U", "K"), ("8th Ave", "K"), ("Thomas S Boyland St", "K"),
    ("Utica Ave", "K"), ("Rogers Ave", "K"), ("Port Richmond Ave", "S"), ("Castleton Ave", "S"),
    ("Targee St", "S"), ("Richmond Ter", "S"),
]  # fmt: skip
FRESH_PLACES = {
    "Q": (["Elmhurst", "Corona", "Jackson Heights", "Woodside", "E. Elmhurst", "Flushing",
           "Jamaica", "Richmond Hill", "Ridgewood", "Queens"], (11354, 11436)),
    "X": (["Bronx", "Bronx"], (10451, 10475)),
    "M": (["New York", "New York", "Manhattan"], (10026, 10040)),
    "K": (["Brooklyn", "Brooklyn"], (11201, 11239)),
    "S": (["Staten Island"], (10301, 10314)),
}  # fmt: skip
FRESH_UNITS = ["Apt. 3R", "#2F", "Fl 2", "2nd Fl", "Apt 5-C", "Apt 4B", "Bsmt", "Rear", "Apt. 1L",
               "Rm 3", "#B2", "Apt 6J", "3rd floor"]  # fmt: skip


def ascii_upper(text: str) -> str:
    """'Rocío Lema' -> 'ROCIO LEMA', the way case systems print names in capitals."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).upper()


@dataclass(frozen=True)
class FreshName:
    given: str  # one or two given names, maybe with a middle initial
    surname: str  # one or two surnames, or one with a particle ("de la Cruz")

    @property
    def natural(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def first(self) -> str:
        return self.given.split()[0]

    @property
    def last_first(self) -> str:
        return f"{self.surname}, {self.given}"

    @property
    def caps(self) -> str:
        return ascii_upper(self.natural)

    @property
    def caps_last_first(self) -> str:
        return ascii_upper(self.last_first)

    @property
    def initial_last(self) -> str:
        return f"{self.first[0]}. {self.surname}"

    @property
    def staff_code(self) -> str:
        return f"{ascii_upper(self.surname)}, {self.first[0]}"


class FreshFake:
    """Generators for the fresh templates, in the layouts caseworkers type."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def given(self) -> str:
        return self.r.choice(FRESH_GIVEN + FRESH_GIVEN_RARE)

    def surname(self) -> str:
        return self.r.choice(FRESH_SURNAMES + FRESH_SURNAMES_RARE)

    def name(self) -> FreshName:
        given = self.given()
        shape = self.r.random()
        if shape < 0.15:
            second = self.given()
            given = f"{given} {second}" if second != given else given
        elif shape < 0.22:
            given = f"{given} {self.r.choice('ABCDEGJLMNRST')}."
        surname = self.surname()
        shape = self.r.random()
        if shape < 0.28:
            second = self.surname()
            surname = f"{surname} {second}" if second != surname else surname
        elif shape < 0.36:
            surname = self.r.choice(FRESH_PARTICLE_SURNAMES)
        return FreshName(given, surname)

    def wrap(self, value: str, p: float) -> str:
        """With probability p, break `value` at one of its spaces, as a wrapped line does."""
        spaces = [i for i, c in enumerate(value) if c == " " and 0 < i < len(value) - 1]
        if not spaces or self.r.random() >= p:
            return value
        i = self.r.choice(spaces)
        return value[:i] + "\n" + value[i + 1 :]

    def ocr(self, text: str, p: float = 0.35) -> str:
        """A scan's misreads in unlabelled prose: sometimes every '1' becomes 'l'."""
        return text.replace("1", "l") if self.r.random() < p else text

    def a_number(self) -> str:
        if self.r.random() < 0.85:
            d = self.r.choice("02") + self.digits(8)
            layout = self.r.choice(
                ["A# {}-{}-{}", "A#{}{}{}", "A {} {} {}", "A-{}-{}-{}", "A{}{}{}", "A{}-{}-{}",
                 "A #{}-{}-{}", "A# {}{}{}"]
            )  # fmt: skip
            return layout.format(d[:3], d[3:6], d[6:])
        d = self.r.choice("123456789") + self.digits(7)
        layout = self.r.choice(["A{}{}{}", "A-{}-{}-{}", "A# {} {} {}"])
        return layout.format(d[:2], d[2:5], d[5:])

    def a_number_cell(self) -> str:
        """As a spreadsheet keeps it: often bare digits, a leading zero lost."""
        d = self.r.choice("02") + self.digits(8)
        return self.r.choice([d.lstrip("0"), "A" + d, f"A-{d[:3]}-{d[3:6]}-{d[6:]}", d])

    def ssn(self) -> str:
        area = self.r.choice([n for n in range(1, 900) if n != 666])
        group, serial = self.r.randint(1, 99), self.r.randint(1, 9999)
        d = f"{area:03d}{group:02d}{serial:04d}"
        return self.r.choice([f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}", d])

    def itin(self) -> str:
        group = self.r.choice([*range(50, 66), *range(70, 89), *range(90, 93), *range(94, 100)])
        d = f"9{self.digits(2)}{group:02d}{self.digits(4)}"
        return self.r.choice([f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}", d])

    def passport(self) -> str:
        return self.r.choice(
            ["G" + self.digits(8), "N" + self.digits(8), "A" + self.digits(7), "EA" + self.digits(7),
             "E" + self.digits(8), self.digits(9), "K" + self.digits(7), "BX" + self.digits(7),
             "FA" + self.digits(6), "PE" + self.digits(6)]
        )  # fmt: skip

    def phone(self) -> str:
        area = self.r.choice(["347", "929", "718", "917", "646", "212", "332", "516", "201"])
        ex, line = str(self.r.randint(201, 989)), self.digits(4)
        return self.r.choice(
            [f"{area}.{ex}.{line}", f"({area}){ex}-{line}", f"({area}) {ex}-{line}",
             f"{area}-{ex}-{line}", f"{area}{ex}{line}", f"{area} {ex} {line}",
             f"{area}/{ex}-{line}", f"1 ({area}) {ex}-{line}", f"{area}-{ex}{line}"]
        )  # fmt: skip

    def phone_abroad(self) -> str:
        d = self.digits
        return self.r.choice(
            [f"+593 9{d(1)} {d(3)} {d(4)}", f"+52 55 {d(4)} {d(4)}", f"+1 809 {d(3)} {d(4)}",
             f"+502 {d(4)} {d(4)}", f"+880 17{d(2)}-{d(6)}", f"+86 138 {d(4)} {d(4)}",
             f"+509 3{d(3)} {d(4)}", f"+221 77 {d(3)} {d(2)} {d(2)}"]
        )  # fmt: skip

    def email(self, name: FreshName) -> str:
        first = ascii_upper(name.first).lower()
        words = [w for w in name.surname.split() if w.lower() not in {"de", "la", "del", "los"}]
        last = ascii_upper(words[0]).lower()
        user = self.r.choice(
            [f"{first}.{last}{self.r.randint(70, 99)}", f"{first[0]}{last}", f"{first}{last}",
             f"{last}.{first}", f"{first}_{self.r.randint(1, 9999)}", f"{first}.{last}"]
        )  # fmt: skip
        user = "".join(c for c in user if c.isalnum() or c in "._") or "cliente"
        if self.r.random() < 0.15:
            user = user.capitalize()
        domain = self.r.choice(
            ["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.es",
             "yahoo.com.mx", "hotmail.es", "aol.com", "qq.com"]
        )  # fmt: skip
        return f"{user}@{domain}"

    def _ymd(self, child: bool) -> tuple[int, int, int]:
        low, high = (2008, 2024) if child else (1948, 2006)
        return self.r.randint(low, high), self.r.randint(1, 12), self.r.randint(1, 28)

    def dob(self, child: bool = False) -> str:
        y, m, d = self._ymd(child)
        month = MONTHS[m - 1]
        suffix = "th" if 4 <= d <= 20 or d >= 24 else {1: "st", 2: "nd", 3: "rd"}[d % 10]
        return self.r.choice(
            [f"{m}/{d}/{y % 100:02d}", f"{m:02d}/{d:02d}/{y}", f"{d:02d} {month} {y}",
             f"{d} {month[:3]} {y}", f"{month} {d}{suffix}, {y}", f"{y}-{m:02d}-{d:02d}",
             f"{m}-{d}-{y}", f"{m:02d}.{d:02d}.{y % 100:02d}", f"{m}/{d}/{y}"]
        )  # fmt: skip

    def dob_es(self, child: bool = False) -> str:
        y, m, d = self._ymd(child)
        return self.r.choice([f"{d} de {MESES[m - 1]} de {y}", f"{d:02d}/{m:02d}/{y}"])

    def dob_cell(self) -> str:
        y, m, d = self._ymd(False)
        return self.r.choice(
            [f"{y}-{m:02d}-{d:02d} 00:00:00", f"{d:02d}-{MONTHS[m - 1][:3].upper()}-{y % 100:02d}",
             f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}"]
        )  # fmt: skip

    def recent_date(self) -> str:
        y, m, d = self.r.randint(2024, 2026), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice(
            [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}", f"{MONTHS[m - 1]} {d}, {y}",
             f"{y}-{m:02d}-{d:02d}"]
        )  # fmt: skip

    def street(self) -> tuple[str, str]:
        street, borough = self.r.choice(FRESH_STREETS)
        if borough == "Q":
            number = f"{self.r.randint(30, 220)}-{self.r.randint(1, 99):02d}"
        else:
            number = str(self.r.randint(2, 2400))
        return f"{number} {street}", borough

    def address(
        self, wrap: float = 0.0, indent: str = "", caps: bool = False, block: bool = False
    ) -> str:
        """A home address; `wrap` is the chance of a line break inside it. A `block` (a
        letter's address lines) always ends in a city line with a ZIP, on a line of its own."""
        street, borough = self.street()
        parts = [street]
        if self.r.random() < 0.65:
            parts.append(self.r.choice(FRESH_UNITS))
        if block or self.r.random() < 0.75:
            places, (low, high) = FRESH_PLACES[borough]
            zip_ = str(self.r.randint(low, high))
            if self.r.random() < 0.15:
                zip_ += f"-{self.digits(4)}"
            place = self.r.choice(places)
            layouts = [f"{place}, NY {zip_}", f"{place} NY {zip_}", f"{place}, New York {zip_}"]
            parts.append(self.r.choice(layouts if block else [*layouts, f"{place}, NY"]))
        joiners = [self.r.choice([", ", " "]) for _ in parts[1:]]
        if block:
            joiners[-1] = "\n" + indent
        elif joiners and self.r.random() < wrap:
            joiners[self.r.randrange(len(joiners))] = "\n" + indent
        out = parts[0] + "".join(j + p for j, p in zip(joiners, parts[1:], strict=True))
        return ascii_upper(out).replace(",", "") if caps else out

    def idnyc(self) -> str:
        d = "1" + self.digits(15)
        return self.r.choice([d, " ".join(d[i : i + 4] for i in range(0, 16, 4))])

    def receipt(self) -> str:
        d = self.digits(10)
        if self.r.random() < 0.45:
            return f"IOE{d}"
        prefix = self.r.choice(["EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "YSC"])
        return self.r.choice([f"{prefix}{d}", f"{prefix}-{d[:2]}-{d[2:5]}-{d[5:]}",
                              f"{prefix} {d[:2]} {d[2:5]} {d[5:]}"])  # fmt: skip

    def i94(self) -> str:
        if self.r.random() < 0.6:
            return self.digits(11)
        return self.digits(9) + self.r.choice("ABCDEFGH") + self.digits(1)

    def case_number(self) -> str:
        d = self.digits
        return self.r.choice(
            [f"Case # {d(2)}-{d(5)}", f"LT-{d(6)}-{self.r.randint(23, 26)}/BX",
             f"Fair Hearing #{d(7)}J", f"Matter 2025-{d(4)}", f"CA case {d(8)}J",
             f"Index No. {d(6)}/{self.r.randint(2024, 2026)}", f"Ticket {d(6)}"]
        )  # fmt: skip

    def money(self) -> str:
        return self.ocr(f"${self.r.randint(150, 3200):,}.{self.r.choice(['00', '50', '25'])}")
