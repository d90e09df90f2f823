"""Map a nationality as typed (English, Japanese or native name) to an ISO 3166-1 alpha-2 code.

The lookup table is built once, on first use, from Babel's CLDR territory names in the locales
of the countries that send most SSW workers, plus a small alias table for forms CLDR lacks
(official long names, old names, demonyms, ``VIET NAM``). Keys are compared after
:func:`~ssw_desk.domain.text.squash`: case-insensitive, accents folded, spaces and punctuation
ignored. The residence card prints the nationality as a Japanese short name (ベトナム, 中国,
台湾 as a region); :func:`country_name` gives that name for display.
"""

from __future__ import annotations

import difflib
import re
from functools import cache

from babel import Locale, UnknownLocaleError

from ssw_desk.domain.text import INVALID, Normalized, clean, squash

#: Locales whose CLDR territory names are accepted, in priority order (first one wins a clash).
LOCALES: tuple[str, ...] = (
    "en", "ja", "vi", "zh", "zh_Hant", "id", "ms", "fil", "th", "my", "ne", "km", "lo", "mn",
    "uz", "si", "bn", "hi", "ur", "ta", "ko", "pt", "es", "fr", "de", "ru", "tr", "fa", "ar",
)  # fmt: skip

# CLDR "territories" that are not nationalities.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AQ"})

#: Forms CLDR lacks. Keys are squashed before use, so spacing and case do not matter.
ALIASES: dict[str, str] = {
    # Vietnam
    "VIET NAM": "VN", "Socialist Republic of Vietnam": "VN", "ベトナム社会主義共和国": "VN",
    "Cộng hòa Xã hội chủ nghĩa Việt Nam": "VN", "Vietnamese": "VN", "VNM": "VN",
    # China, Taiwan, Hong Kong, Macao
    "中華人民共和国": "CN", "People's Republic of China": "CN", "PRC": "CN", "Chinese": "CN",
    "中国大陆": "CN", "CHN": "CN", "Republic of China": "TW", "中華民国": "TW",
    "Taiwan ROC": "TW", "台湾地域": "TW", "TWN": "TW", "Hong Kong": "HK", "香港": "HK",
    "Macau": "MO", "マカオ": "MO",
    # South-East Asia
    "Republic of the Philippines": "PH", "Filipino": "PH", "Filipina": "PH", "Pilipinas": "PH",
    "PHL": "PH", "Republic of Indonesia": "ID", "Indonesian": "ID", "IDN": "ID",
    "Burma": "MM", "Union of Myanmar": "MM", "Republic of the Union of Myanmar": "MM",
    "Burmese": "MM", "ビルマ": "MM", "MMR": "MM", "Kingdom of Thailand": "TH", "Thai": "TH",
    "THA": "TH", "Kingdom of Cambodia": "KH", "Cambodian": "KH", "Khmer": "KH", "KHM": "KH",
    "Lao": "LA", "Lao PDR": "LA", "Laotian": "LA", "Malaysian": "MY",
    # South and Central Asia
    "Nepali": "NP", "Nepalese": "NP", "Federal Democratic Republic of Nepal": "NP", "NPL": "NP",
    "Sri Lankan": "LK", "スリランカ民主社会主義共和国": "LK", "LKA": "LK", "Ceylon": "LK",
    "Bangladeshi": "BD", "BGD": "BD", "Mongolian": "MN", "MNG": "MN", "Uzbek": "UZ",
    "Uzbekistani": "UZ", "UZB": "UZ", "Indian": "IN", "IND": "IN", "Pakistani": "PK",
    "Kyrgyz": "KG", "Kyrgyzstan": "KG", "Bhutanese": "BT",
    # Korea
    "Korea": "KR", "Republic of Korea": "KR", "ROK": "KR", "大韓民国": "KR", "Korean": "KR",
    "KOR": "KR", "韓国・朝鮮": "KR",
    # Latin America
    "Brazilian": "BR", "Brasil": "BR", "BRA": "BR", "Peruvian": "PE", "PER": "PE",
}  # fmt: skip

# A trailing "人" (person) or "国籍" after a Japanese country name: ベトナム人, 中国国籍.
_JA_SUFFIX_RE = re.compile(r"(人|国籍|国民)$")
_THE_RE = re.compile(r"^the\s+", re.IGNORECASE)
_PAREN_RE = re.compile(r"\s*[(（]([^)）]*)[)）]\s*")

#: Minimum difflib ratio for a typo-tolerant match against English names and aliases.
FUZZY_CUTOFF = 0.85


def _names_for(name: str) -> list[str]:
    """``Myanmar (Burma)`` gives ``Myanmar (Burma)``, ``Myanmar`` and ``Burma``."""
    forms = [name]
    if m := _PAREN_RE.search(name):
        forms.append(_PAREN_RE.sub(" ", name).strip())
        forms.append(m[1])
    return forms


@cache
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """Build (all squashed names -> code, Latin squashed names -> code for fuzzy matching)."""
    exact: dict[str, str] = {}
    latin: dict[str, str] = {}
    for locale in LOCALES:
        try:
            territories = Locale.parse(locale).territories
        except (UnknownLocaleError, ValueError):  # pragma: no cover - depends on Babel data
            continue
        for code, name in territories.items():
            if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES:
                continue
            for form in _names_for(name):
                key = squash(form)
                if len(key) >= 2:
                    exact.setdefault(key, code)
                    if locale == "en":
                        latin.setdefault(key, code)
    for alias, code in ALIASES.items():
        exact[squash(alias)] = code
        if alias.isascii() and len(alias) > 3:
            latin[squash(alias)] = code
    return exact, latin


@cache
def _codes() -> frozenset[str]:
    """Every alpha-2 code that names a country or region."""
    return frozenset(
        code
        for code in map(str, Locale.parse("en").territories)
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    )


def normalize_nationality(raw: str) -> Normalized:
    """Map a nationality to an ISO 3166-1 alpha-2 code.

    Args:
        raw: ``Vietnam``, ``VIET NAM``, ``ベトナム``, ``Việt Nam``, ``中国``, ``Burma``, ``VN`` ...

    Returns:
        ``Normalized`` with the code (``TW`` for 台湾); ``guessed`` when only a typo-tolerant
        match was found (``Phillipines``); ``invalid`` when nothing matches.
    """
    text = clean(raw)
    if not text:
        return INVALID
    if len(text) == 2 and text.isascii() and text.upper() in _codes():
        return Normalized(text.upper())
    exact, latin = _table()
    for candidate in (text, _JA_SUFFIX_RE.sub("", text), _THE_RE.sub("", text)):
        key = squash(candidate)
        if key in exact:
            return Normalized(exact[key])
    key = squash(text)
    if key.isascii() and len(key) >= 4:
        close = difflib.get_close_matches(key, latin.keys(), n=2, cutoff=FUZZY_CUTOFF)
        codes = {latin[c] for c in close}
        if len(codes) == 1:
            return Normalized(codes.pop(), guessed=True)
    return INVALID


#: Short names where CLDR's standard name is long: (code, language) -> name.
SHORT_NAMES: dict[tuple[str, str], str] = {
    ("HK", "ja"): "香港", ("MO", "ja"): "マカオ", ("HK", "en"): "Hong Kong",
    ("MO", "en"): "Macao",
}  # fmt: skip


def country_name(code: str, locale: str = "ja") -> str:
    """Return the short display name of a country or region.

    Args:
        code: ISO 3166-1 alpha-2 code, e.g. ``VN``.
        locale: A Babel locale, e.g. ``ja`` (``ベトナム``) or ``en`` (``Vietnam``).

    Returns:
        The CLDR name without its parenthesised alternative (``ミャンマー``, not
        ``ミャンマー (ビルマ)``), or ``code`` itself when the code is unknown.
    """
    parsed = Locale.parse(locale)
    code = code.upper()
    if short := SHORT_NAMES.get((code, parsed.language)):
        return short
    name = parsed.territories.get(code)
    if name is None:
        return code
    return _PAREN_RE.sub(" ", str(name)).strip() or str(name)
