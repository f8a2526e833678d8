"""Invented people, places, officials and dates for the synthetic corpus (seeded, deterministic).

Names are made up from common first and last names; addresses use real NYC street names with
random house numbers, so they look right to the address matcher without pointing at anyone.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

FIRST = [
    "Maria", "Jose", "Ana", "Luis", "Fatima", "Wei", "Olga", "Kwame", "Priya", "Samuel",
    "Rosa", "Ahmed", "Mei", "Carlos", "Yusuf", "Elena", "Dmitri", "Grace", "Ibrahim", "Lucia",
]  # fmt: skip
LAST = [
    "Alvarez", "Chen", "Okafor", "Petrov", "Rahman", "Garcia", "Nguyen", "Mensah", "Silva",
    "Kowalski", "Haddad", "Moreno", "Kim", "Diallo", "Romero", "Patel", "Ivanova", "Torres",
]  # fmt: skip
JUDGE_LAST = ["Whitcombe", "Abernathy", "Lindqvist", "Osei", "Marchetti", "Feldman", "Tanaka"]
OFFICER_LAST = ["Brandt", "Holloway", "Strickland", "Pruitt", "Kessler", "Vance", "Dunmore"]

# (house number style, street, borough, city line, zip)
STREETS = [
    ("n", "Gold Street", "Manhattan", "New York, NY", "10038"),
    ("n", "West 42nd Street", "Manhattan", "New York, NY", "10036"),
    ("n", "Fifth Avenue", "Manhattan", "New York, NY", "10011"),
    ("n", "Flatbush Avenue", "Brooklyn", "Brooklyn, NY", "11217"),
    ("n", "Atlantic Avenue", "Brooklyn", "Brooklyn, NY", "11238"),
    ("n", "Grand Concourse", "Bronx", "Bronx, NY", "10451"),
    ("n", "East 149th Street", "Bronx", "Bronx, NY", "10455"),
    ("q", "Queens Boulevard", "Queens", "Rego Park, NY", "11374"),
    ("q", "Jamaica Avenue", "Queens", "Jamaica, NY", "11432"),
    ("q", "Roosevelt Avenue", "Queens", "Jackson Heights, NY", "11372"),
    ("n", "Victory Boulevard", "Staten Island", "Staten Island, NY", "10301"),
    ("n", "Bay Street", "Staten Island", "Staten Island, NY", "10304"),
]
ABBREVIATIONS = {"Street": "St", "Avenue": "Ave", "Boulevard": "Blvd", "West": "W", "East": "E"}
FACILITY_TYPES = ["Public School", "Health Center", "Community Center", "Public Library", "Shelter"]
DISTRICTS = ["Eastern District of New York", "Southern District of New York"]
NY_COUNTIES = ["New York", "Kings", "Queens", "Bronx", "Richmond"]


@dataclass(frozen=True)
class Address:
    number: str
    street: str
    borough: str
    city: str
    zip: str

    def full(self) -> str:
        return f"{self.number} {self.street}, {self.city} {self.zip}"

    def typed(self, rng: random.Random) -> str:
        """How staff might type it: abbreviated, lower-case or without the ZIP."""
        street = self.street
        if rng.random() < 0.5:
            for long, short in ABBREVIATIONS.items():
                street = street.replace(long, short)
        text = f"{self.number} {street}"
        if rng.random() < 0.5:
            text += f", {self.borough}"
        if rng.random() < 0.3:
            text = text.lower()
        return text


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}".upper()


def judge(rng: random.Random) -> str:
    return f"{rng.choice('ABCDEGHJKLMNPRST')}. {rng.choice(FIRST)} {rng.choice(JUDGE_LAST)}"


def officer(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(OFFICER_LAST)}"


def address(rng: random.Random) -> Address:
    style, street, borough, city, zip_code = rng.choice(STREETS)
    if style == "q":
        number = f"{rng.randint(60, 199)}-{rng.randint(10, 99)}"
    else:
        number = str(rng.randint(2, 1999))
    return Address(number, street, borough, city, zip_code)


def other_address(rng: random.Random, not_this: Address) -> Address:
    while True:
        candidate = address(rng)
        if candidate.number != not_this.number or candidate.street != not_this.street:
            return candidate


def issue_date(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 70))


def a_number(rng: random.Random) -> str:
    return f"A{rng.randint(100, 299)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


def case_number(rng: random.Random) -> str:
    return f"{rng.randint(24, 26)}-MJ-{rng.randint(100, 9999):04d}"


def long_date(day: dt.date, rng: random.Random) -> str:
    style = rng.randint(0, 2)
    if style == 0:
        return f"{day:%B} {day.day}, {day.year}"
    if style == 1:
        return f"{day:%m/%d/%Y}"
    return f"{day:%b}. {day.day}, {day.year}" if day.month != 5 else f"May {day.day}, {day.year}"


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
