"""Credential rules as pure functions (no I/O): what a password, backup question or backup answer may not be.

R-2010-b/c/e: a password and a backup method must not rest on "readily available biographical information"
(SSN or its last four, mother's maiden name, home address, date of birth) or "account information"
(account number or any component of it, the telephone number, the bill amount). E20: that list is open
ended, so ZIP codes, service addresses and any 4-digit run of a number count too. The CRM passes the
customer's values as `forbidden_values` (never stored); the service adds what it knows itself.

Matching is deliberately broad: a value is turned into the tokens people type (every word of 3+ letters,
every run of 4 digits, the whole value without separators, a date in its common formats), and a secret is
refused when it contains any token, after lower-casing, dropping separators and undoing simple letter
substitutions (p@ssw0rd). Refusing a harmless password costs a retry; accepting a guessable one costs
the customer's CPNI.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from importlib import resources

MIN_WORD_LENGTH = 3
DIGIT_RUN = 4
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
_DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y%m%d",
    "%m/%d/%Y",
    "%m-%d-%Y",
    "%m.%d.%Y",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%m/%d/%y",
    "%d/%m/%y",
    "%m-%d-%y",
    "%d-%m-%y",
    "%B %d, %Y",
    "%B %d %Y",
    "%b %d, %Y",
    "%b %d %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%d-%b-%Y",
    "%d%b%Y",
)

# R-2010-e-2, E20: a backup question may not ask for biographical or account information.
_FORBIDDEN_QUESTION_TOPICS = re.compile(
    r"social\s*security|\bssn\b|tax\s*id|last\s*(4|four)|birth|\bborn\b|\bdob\b|\bage\b|"
    r"maiden|mother'?s?\s+(first|middle|last)?\s*name|address|street|\bzip|postal|post\s*code|"
    r"\bcity\b|\btown\b|\blive|account|\bpin\b|passcode|phone|\bmobile|\bcell\b|number|\bbill|"
    r"payment|amount|balance|driver'?s?\s*licen[cs]e|passport|surname|e-?mail",
    re.IGNORECASE,
)


class SecretProblem(StrEnum):
    USES_BIOGRAPHICAL_OR_ACCOUNT_INFO = "uses_biographical_or_account_info"
    TOO_COMMON = "too_common"


@dataclass(frozen=True)
class KnownFacts:
    """What a secret must not contain: the CRM's forbidden values plus what the service knows (numbers of
    record, postal code and street address, email address, the account's external reference)."""

    values: tuple[str, ...]


def _compact(value: str) -> str:
    return re.sub(r"[^0-9a-z]", "", value.casefold())


def _parse_date(value: str) -> date | None:
    text = re.sub(r"\s+", " ", value.strip())
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text, flags=re.IGNORECASE)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _dates_in(value: str) -> set[date]:
    found = set()
    parsed = _parse_date(value)
    if parsed is not None:
        found.add(parsed)
    # Both readings of an ambiguous numeric date (01/02/1980): refusing both is the safe side.
    numeric = re.fullmatch(r"\s*(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})\s*", value)
    if numeric:
        first, second, year = (int(part) for part in numeric.groups())
        if year < 100:
            year += 1900 if year > 30 else 2000
        for month, day in ((first, second), (second, first)):
            with contextlib.suppress(ValueError):
                found.add(date(year, month, day))
    return found


def date_tokens(day: date) -> set[str]:
    """A date of birth in the formats people type: 19800115, 01151980, 150180, 0115, jan15, 15january..."""
    yyyy, yy = f"{day.year:04d}", f"{day.year % 100:02d}"
    mm, dd, m, d = f"{day.month:02d}", f"{day.day:02d}", str(day.month), str(day.day)
    month, mon = _MONTHS[day.month - 1], _MONTHS[day.month - 1][:3]
    numeric = {
        yyyy,
        yyyy + mm + dd,
        mm + dd + yyyy,
        dd + mm + yyyy,
        mm + dd + yy,
        dd + mm + yy,
        yy + mm + dd,
        m + d + yyyy,
        d + m + yyyy,
        m + d + yy,
        d + m + yy,
        mm + dd,
        dd + mm,
    }
    named = {
        name + day_part + year_part
        for name in (month, mon)
        for day_part in (d, dd)
        for year_part in ("", yyyy, yy)
    } | {
        day_part + name + year_part
        for name in (month, mon)
        for day_part in (d, dd)
        for year_part in ("", yyyy, yy)
    }
    return {token for token in numeric | named if len(token) >= DIGIT_RUN}


def value_tokens(value: str) -> set[str]:
    """Every form of one forbidden value a secret may not contain."""
    tokens: set[str] = set()
    compact = _compact(value)
    if len(compact) >= MIN_WORD_LENGTH:
        tokens.add(compact)
    tokens |= {word for word in re.findall(r"[a-z]+", value.casefold()) if len(word) >= MIN_WORD_LENGTH}
    # Any component of a number (R-2003 account information "or any component thereof"; SSN last four).
    for run in re.findall(r"\d+", value):
        tokens |= {run[i : i + DIGIT_RUN] for i in range(len(run) - DIGIT_RUN + 1)}
    digits = re.sub(r"\D", "", value)
    tokens |= {digits[i : i + DIGIT_RUN] for i in range(len(digits) - DIGIT_RUN + 1)}
    for day in _dates_in(value):
        tokens |= date_tokens(day)
    return tokens


def _secret_forms(secret: str) -> set[str]:
    folded = secret.casefold()
    forms = {_compact(folded), _compact(folded.translate(_LEET))}
    digits = re.sub(r"\D", "", folded)
    if digits:
        forms.add(digits)
    return forms


def uses_forbidden_value(secret: str, facts: KnownFacts) -> bool:
    forms = _secret_forms(secret)
    for value in facts.values:
        for token in value_tokens(value):
            if any(token in form for form in forms):
                return True
    return False


@cache
def common_passwords() -> frozenset[str]:
    text = resources.files("cpni_api.credentials").joinpath("common_passwords.txt").read_text("utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def is_too_common(password: str) -> bool:
    """A listed password, also with digits or symbols around it or with simple substitutions."""
    common = common_passwords()
    folded = password.casefold()
    candidates = {folded, folded.translate(_LEET), _compact(folded), _compact(folded.translate(_LEET))}
    for candidate in list(candidates):
        candidates.add(re.sub(r"^[\d\W_]+|[\d\W_]+$", "", candidate))
    if len(set(folded)) <= 2:  # aaaaaaaa, abababab
        return True
    return any(candidate in common for candidate in candidates if candidate)


def password_problem(password: str, facts: KnownFacts) -> SecretProblem | None:
    """R-2010-b-1, R-2010-c-2, R-2010-e-1: refuse a password built from the customer's readily available
    biographical or account information, or one that is very common."""
    if uses_forbidden_value(password, facts):
        return SecretProblem.USES_BIOGRAPHICAL_OR_ACCOUNT_INFO
    if is_too_common(password):
        return SecretProblem.TOO_COMMON
    return None


def question_asks_for_forbidden_info(question: str, facts: KnownFacts) -> bool:
    """R-2010-e-2, E20: a backup question may not prompt for biographical or account information (no
    "last four of your SSN", no "street you live on"), nor quote the customer's values."""
    return bool(_FORBIDDEN_QUESTION_TOPICS.search(question)) or uses_forbidden_value(question, facts)


def answer_uses_forbidden_info(answer: str, facts: KnownFacts) -> bool:
    """R-2010-e-2: the backup answer is screened like a password."""
    return uses_forbidden_value(answer, facts)


def canonical(text: str) -> str:
    """The one Unicode form secrets and usernames are kept and compared in (NFC): "é" typed as one code point
    or as "e" and a combining accent is the same password (issue 15)."""
    return unicodedata.normalize("NFC", text)


def normalize_answer(answer: str) -> str:
    """Backup answers are spoken to an agent: case, spacing and Unicode form must not fail a right answer."""
    return " ".join(canonical(answer).split()).casefold()


def legacy_answer(answer: str) -> str:
    """How answers were normalised before NFC: a hash made so still verifies, and is then made again."""
    return " ".join(answer.split()).casefold()


def normalize_username(username: str) -> str:
    return canonical(username.strip()).casefold()


def known_facts(forbidden_values: Iterable[str], service_facts: Iterable[str]) -> KnownFacts:
    values = tuple(value for value in (*forbidden_values, *service_facts) if value and value.strip())
    return KnownFacts(values=values)


# R-2010-e-1, R-2010-c-1: authentication methods that rest on no biographical or account information and
# so may open the way to establishing a password, a backup method or an online account. The backup method
# is for reaching CPNI when the password is lost, not for replacing credentials (conservative; ADR 0010).
METHODS_FOR_CREDENTIAL_CHANGES = frozenset({"password", "one_time_code", "photo_id"})


def accepts_for_credential_change(authentication_method: str | None) -> bool:
    return authentication_method in METHODS_FOR_CREDENTIAL_CHANGES
