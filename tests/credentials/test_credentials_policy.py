"""credentials/policy.py without a database: R-2010-b-1, R-2010-e-1/2, E20, with hypothesis properties that
no password containing a forbidden value in any common format is accepted."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpni_api.credentials.policy import (
    KnownFacts,
    SecretProblem,
    accepts_for_credential_change,
    date_tokens,
    is_too_common,
    password_problem,
    question_asks_for_forbidden_info,
)

BIO = SecretProblem.USES_BIOGRAPHICAL_OR_ACCOUNT_INFO
# Padding that is itself harmless: letters only, no common word, so a rejection comes from the value.
padding = st.text(alphabet="qxzjvkw", min_size=0, max_size=6)
separators = st.sampled_from(["", "-", " ", ".", "/", "_"])


def _facts(*values: str) -> KnownFacts:
    return KnownFacts(values=values)


def _ssn_formats(area: int, group: int, serial: int, sep: str) -> list[str]:
    full = f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"
    return [full, f"{area:03d}{group:02d}{serial:04d}", f"{serial:04d}"]


@settings(max_examples=150, deadline=None)
@given(
    area=st.integers(1, 899),
    group=st.integers(1, 99),
    serial=st.integers(1, 9999),
    stored_sep=separators,
    typed_sep=separators,
    before=padding,
    after=padding,
)
def test_no_password_with_an_ssn_or_its_last_four_is_accepted(
    area: int, group: int, serial: int, stored_sep: str, typed_sep: str, before: str, after: str
) -> None:
    facts = _facts(f"{area:03d}{stored_sep}{group:02d}{stored_sep}{serial:04d}")
    for typed in _ssn_formats(area, group, serial, typed_sep):
        assert password_problem(f"Tq{before}{typed}{after}Zx", facts) is BIO


DATE_FORMATS = [
    "%Y-%m-%d",
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%m%d%Y",
    "%d%m%Y",
    "%Y%m%d",
    "%m%d%y",
    "%d%m%y",
    "%m-%d-%y",
    "%d.%m.%Y",
    "%B%d",
    "%d%B",
    "%b%d%Y",
    "%d%b%Y",
    "%B %d, %Y",
    "%m%d",
    "%Y",
]


@settings(max_examples=150, deadline=None)
@given(
    day=st.dates(min_value=date(1920, 1, 1), max_value=date(2010, 12, 31)),
    stored=st.sampled_from(["%Y-%m-%d", "%m/%d/%Y", "%B %d, %Y", "%d %b %Y", "%m-%d-%Y"]),
    typed=st.sampled_from(DATE_FORMATS),
    before=padding,
    after=padding,
)
def test_no_password_with_the_date_of_birth_in_any_common_format_is_accepted(
    day: date, stored: str, typed: str, before: str, after: str
) -> None:
    facts = _facts(day.strftime(stored))
    assert password_problem(f"Tq{before}{day.strftime(typed)}{after}Zx", facts) is BIO


@settings(max_examples=150, deadline=None)
@given(
    name=st.text(alphabet="abcdefghilmnoprstuy", min_size=3, max_size=12),
    case=st.sampled_from([str.lower, str.upper, str.title]),
    before=st.text(alphabet="0123456789!#%", max_size=4),
    after=st.text(alphabet="0123456789!#%", max_size=4),
)
def test_no_password_with_a_name_is_accepted(name: str, case: object, before: str, after: str) -> None:
    facts = _facts(f"Mother's maiden name {name.title()}")
    typed = case(name)  # type: ignore[operator]
    assert password_problem(f"{before}{typed}{after}", facts) is BIO


@settings(max_examples=150, deadline=None)
@given(
    account_number=st.text(alphabet="0123456789", min_size=4, max_size=16),
    data=st.data(),
    before=padding,
    after=padding,
)
def test_no_password_with_any_4_digit_component_of_an_account_number_is_accepted(
    account_number: str, data: st.DataObject, before: str, after: str
) -> None:
    """R-2003 account information "or any component thereof"."""
    start = data.draw(st.integers(0, len(account_number) - 4))
    length = data.draw(st.integers(4, len(account_number) - start))
    component = account_number[start : start + length]
    facts = _facts(f"ACCT-{account_number}")
    assert password_problem(f"Tq{before}{component}{after}Zx", facts) is BIO


def test_date_tokens_cover_the_usual_ways_of_typing_a_birthday() -> None:
    tokens = date_tokens(date(1985, 3, 14))
    assert {
        "19850314",
        "03141985",
        "14031985",
        "031485",
        "140385",
        "0314",
        "1985",
        "march14",
        "14mar1985",
    } <= tokens
    assert all(len(token) >= 4 for token in tokens)


def test_letter_substitutions_and_separators_do_not_hide_a_value() -> None:
    facts = _facts("Oglethorpe")
    assert password_problem("0gl3th0rp3-is-my-pick", facts) is BIO
    assert password_problem("O.g.l.e.t.h.o.r.p.e!!", facts) is BIO


def test_an_unrelated_strong_password_is_accepted() -> None:
    facts = _facts("078-05-1120", "1985-03-14", "Jane Oglethorpe", "ACCT-55512345")
    assert password_problem("Correct-Horse-Battery-Staple", facts) is None


def test_a_word_inside_an_account_reference_is_enough_to_refuse() -> None:
    # E20, matching is broad on purpose: "eba" in a hexadecimal reference is inside horsEBAttery.
    assert password_problem("Correct-Horse-Battery-Staple", _facts("ACCT-3eba91")) is BIO


@pytest.mark.parametrize(
    "password", ["password", "Password1!", "P@ssw0rd", "qwerty123", "iloveyou2024", "aaaaaaaa", "12345678"]
)
def test_common_passwords_are_refused(password: str) -> None:
    assert is_too_common(password)
    assert password_problem(password, _facts()) is SecretProblem.TOO_COMMON


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("What are the last 4 digits of your social security number?", True),
        ("What is your date of birth?", True),
        ("In which city were you born?", True),
        ("What street did you live on?", True),
        ("What is your account PIN?", True),
        ("What is your mother's maiden name?", True),
        ("What was the name of your first pet?", False),
        ("Which teacher inspired you most?", False),
    ],
)
def test_backup_questions_may_not_prompt_for_biographical_or_account_information(
    question: str, refused: bool
) -> None:
    """R-2010-e-2, E20."""
    assert question_asks_for_forbidden_info(question, _facts()) is refused


def test_only_non_biographical_methods_open_the_way_to_credential_changes() -> None:
    """R-2010-e-1: password, one-time code, photo ID; not the backup method, not nothing."""
    assert all(accepts_for_credential_change(m) for m in ("password", "one_time_code", "photo_id"))
    assert not accepts_for_credential_change("backup")
    assert not accepts_for_credential_change(None)
