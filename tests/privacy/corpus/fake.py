"""Fake identifiers for the synthetic corpus, each in the layouts real files use.

Names come from pools written for the corpus, not from the scanner's shipped lists; about a
quarter of them are deliberately absent from those lists, so PERSON recall is measured on
names the scanner has never seen as well as on common ones.
"""

from __future__ import annotations

import random

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
