"""Deterministic fake applicants with their exam records, for demos and benchmarks.

Every value is invented. Exam-number formats are **not published** by the secretariat; the two
used here are plausible guesses only: ``M23-01-00123`` (FY2023, former contractor: year, exam
round, serial) and ``SSW2A24050123`` (FY2024-25, test vendor: prefix, year, month, serial).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

__all__ = ["CATEGORIES", "NATIONALITIES", "Exam", "Person", "make_people"]

#: Category key -> (official Japanese name, English name), as on the secretariat's page.
CATEGORIES: dict[str, tuple[str, str]] = {
    "machining_metal": ("機械金属加工区分", "Machining and Metal Processing"),
    "electrical_electronic": ("電気電子機器組立て区分", "Electric and Electronic Device Assembly"),
    "metal_surface": ("金属表面処理区分", "Metal Surface Treatment"),
}

#: ISO code -> (Japanese short name as on the card, spellings applicants use).
NATIONALITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "VN": ("ベトナム", ("Vietnam", "VIET NAM", "ベトナム", "Việt Nam", "Vietnamese")),
    "ID": ("インドネシア", ("Indonesia", "INDONESIA", "インドネシア", "Indonesian")),
    "PH": ("フィリピン", ("Philippines", "PHILIPPINES", "フィリピン", "Filipino")),
    "CN": ("中国", ("China", "CHINA", "中国", "中華人民共和国")),
    "MM": ("ミャンマー", ("Myanmar", "MYANMAR", "ミャンマー", "Burma")),
    "NP": ("ネパール", ("Nepal", "NEPAL", "ネパール", "Nepali")),
    "TH": ("タイ", ("Thailand", "THAILAND", "タイ", "Thai")),
    "KH": ("カンボジア", ("Cambodia", "CAMBODIA", "カンボジア", "Cambodian")),
}

_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # (family names, male given names, female given names); order on the card: family first.
    "VN": (
        ("NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "DANG", "BUI"),
        ("VAN AN", "VAN HUNG", "DUC MINH", "QUANG HUY", "THANH TUNG", "VAN LONG"),
        ("THI HOA", "THI LAN", "THI MAI", "NGOC ANH", "THU TRANG", "THI HUONG"),
    ),
    "ID": (
        ("SAPUTRA", "WIJAYA", "SANTOSO", "HIDAYAT", "PRATAMA", "KURNIAWAN"),
        ("AGUS", "BUDI", "RIZKY", "DIMAS", "FAJAR", "EKO"),
        ("SITI", "DEWI", "PUTRI", "AYU", "INDAH", "RINA"),
    ),
    "PH": (
        ("SANTOS", "REYES", "CRUZ", "BAUTISTA", "GARCIA", "MENDOZA"),
        ("JOHN PAUL", "MARK ANTHONY", "JERICHO", "RONALD"),
        ("MARIA CLARA", "JOY", "KRISTINE MAE", "ANGELICA"),
    ),
    "CN": (
        ("WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO"),
        ("WEI", "HAO", "JUN", "LEI", "QIANG", "PENG"),
        ("FANG", "JING", "LI NA", "XIU YING", "YAN", "MIN"),
    ),
    "MM": (
        ("AUNG", "KYAW", "THANT", "HTET", "WIN"),
        ("ZAW MIN", "MYO THU", "KO KO", "NAING LIN"),
        ("SU MYAT", "THIN THIN", "EI MON", "HNIN WAI"),
    ),
    "NP": (
        ("SHRESTHA", "GURUNG", "TAMANG", "RAI", "THAPA", "KC"),
        ("BIKASH", "SUMAN", "RAMESH", "PRAKASH"),
        ("SABINA", "ANITA", "SUNITA", "PUJA"),
    ),
    "TH": (
        ("SAETANG", "WONGSA", "CHAIYAPORN", "SRISUK", "BOONMA"),
        ("SOMCHAI", "ANAN", "KITTI", "PRASERT"),
        ("SUDA", "MALEE", "PRANEE", "NARIN"),
    ),
    "KH": (
        ("SOK", "CHAN", "KIM", "HENG", "SAN"),
        ("DARA", "VISAL", "SOPHEAP", "RITHY"),
        ("SREY MOM", "SOKHA", "CHANTHOU", "DALIN"),
    ),
}
_WEIGHTS = {"VN": 40, "ID": 18, "PH": 12, "CN": 8, "MM": 9, "NP": 5, "TH": 4, "KH": 4}

#: First and last exam dates of the request window, and the start of the vendor's web reports.
WINDOW = (date(2023, 11, 1), date(2025, 7, 7))
VENDOR_REPORTS_FROM = date(2025, 11, 4)
_FY2024 = date(2024, 4, 1)
_PREFECTURES = (
    ("愛知県", "豊田市", "トヨタ町"),
    ("静岡県", "浜松市中区", "元城町"),
    ("岐阜県", "各務原市", "那加桜町"),
    ("群馬県", "太田市", "新井町"),
    ("大阪府", "東大阪市", "高井田元町"),
    ("埼玉県", "川口市", "栄町"),
    ("広島県", "福山市", "東桜町"),
)


@dataclass(frozen=True)
class Exam:
    """One sitting of the SSW(ii) exam as the roster knows it."""

    number: str
    date: date
    category: str
    score: int
    passing_score: int
    max_score: int

    @property
    def passed(self) -> bool:
        """Whether the score reached the passing mark."""
        return self.score >= self.passing_score


@dataclass(frozen=True)
class Person:
    """A fake applicant; ``exams[-1]`` is the exam the request is about.

    Attributes:
        key: Stable index within the generated population (used in file names and ids).
        family: Family name in Latin capitals, as on the card.
        given: Given names in Latin capitals.
        nationality: ISO 3166-1 alpha-2 code.
        birth: Date of birth.
        sex: ``"M"`` or ``"F"``.
        exams: Every sitting, oldest first.
        card_number: Residence-card number (``AB12345678CD``).
        card_expiry: End of the period of stay printed on the card.
        address: Address in Japan, in Japanese.
        email: Sender address.
    """

    key: int
    family: str
    given: str
    nationality: str
    birth: date
    sex: str
    exams: tuple[Exam, ...]
    card_number: str
    card_expiry: date
    address: str
    email: str
    tags: frozenset[str] = field(default_factory=frozenset)

    @property
    def card_name(self) -> str:
        """The name as printed on the residence card (family name first)."""
        return f"{self.family} {self.given}"

    @property
    def exam(self) -> Exam:
        """The exam the request is about."""
        return self.exams[-1]


def exam_number(exam_date: date, serial: int) -> str:
    """Invent an exam number in the format of the back-end that ran ``exam_date``."""
    if exam_date < _FY2024:
        return f"M{exam_date:%y}-{exam_date.month:02d}-{serial % 100000:05d}"
    return f"SSW2A{exam_date:%y%m}{serial % 10000:04d}"


def _exam_date(rng: random.Random, kind: str) -> date:
    """Pick an exam date: ``window``, ``gap`` (8 Jul - 3 Nov 2025) or ``vendor`` (>= 4 Nov)."""
    if kind == "gap":
        start, days = date(2025, 7, 8), 118
    elif kind == "vendor":
        start, days = VENDOR_REPORTS_FROM, 80
    else:
        start, days = WINDOW[0], (WINDOW[1] - WINDOW[0]).days
    return start + timedelta(days=rng.randrange(days + 1))


def _exam(rng: random.Random, when: date, category: str, *, passed: bool) -> Exam:
    max_score = 100
    passing = rng.choice((60, 60, 60, 65))
    if passed:
        score = rng.randint(passing, 95)
    else:
        # Most failures are close: that is why the 80 % ratio matters to them.
        score = (
            rng.randint(int(passing * 0.8), passing - 1)
            if rng.random() < 0.7
            else (rng.randint(25, int(passing * 0.8) - 1))
        )
    return Exam(exam_number(when, rng.randrange(1, 99999)), when, category, score, passing,
                max_score)  # fmt: skip


def _card_number(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    head = "".join(rng.choice(letters) for _ in range(2))
    tail = "".join(rng.choice(letters) for _ in range(2))
    return f"{head}{rng.randrange(10**8):08d}{tail}"


def make_person(rng: random.Random, key: int) -> Person:
    """Invent one applicant.

    About 8 % passed the exam they ask about, 4 % sat it in the undefined gap after the window
    and 5 % after 4 Nov 2025; 15 % sat the exam twice (both in the roster).

    Args:
        rng: The random source (the only one used).
        key: Index of the person in the population.

    Returns:
        The person.
    """
    code = rng.choices(list(_WEIGHTS), weights=list(_WEIGHTS.values()))[0]
    families, males, females = _NAMES[code]
    sex = rng.choice("MF")
    given = rng.choice(males if sex == "M" else females)
    family = rng.choice(families)
    birth = date(1985, 1, 1) + timedelta(days=rng.randrange(365 * 20))
    roll = rng.random()
    kind = "gap" if roll < 0.04 else "vendor" if roll < 0.09 else "window"
    category = rng.choice(list(CATEGORIES))
    tags: set[str] = {kind}
    last = _exam(rng, _exam_date(rng, kind), category, passed=rng.random() < 0.08)
    exams = [last]
    if rng.random() < 0.15 and last.date > date(2024, 3, 1):
        earlier = last.date - timedelta(days=rng.randrange(90, 200))
        exams.insert(0, _exam(rng, max(earlier, WINDOW[0]), category, passed=False))
        tags.add("retake")
    if last.passed:
        tags.add("passed")
    pref, city, town = rng.choice(_PREFECTURES)
    address = (
        f"{pref}{city}{town}{rng.randint(1, 9)}丁目{rng.randint(1, 30)}番地{rng.randint(1, 20)}"
    )
    if rng.random() < 0.5:
        address += f" {rng.choice(('コーポ', 'ハイツ', 'レジデンス'))}{rng.randint(101, 305)}号"
    user = f"{given.split()[-1].lower()}.{family.lower()}{rng.randint(1, 99)}"
    # Reserved example domains (RFC 2606 and .example.jp style): a demo must never mail anyone.
    domain = rng.choice(("mail.example.com", "example.jp", "example.net", "example.org"))
    return Person(
        key=key, family=family, given=given, nationality=code, birth=birth, sex=sex,
        exams=tuple(exams), card_number=_card_number(rng),
        card_expiry=date(2026, 1, 1) + timedelta(days=rng.randrange(900)),
        address=address, email=f"{user}@{domain}", tags=frozenset(tags),
    )  # fmt: skip


def make_people(count: int, seed: int = 2025) -> list[Person]:
    """Invent ``count`` applicants, the same ones for the same seed.

    Args:
        count: How many.
        seed: Seed of the random source.

    Returns:
        The people, ``key`` 0..count-1.
    """
    rng = random.Random(seed)
    return [make_person(rng, key) for key in range(count)]
