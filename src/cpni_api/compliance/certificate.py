"""The words of the officer's certification (R-2009-e, EB Docket No. 06-36), filled in from the carrier's
profile and the year's records. Pure text.

The statement follows the template the FCC's Enforcement Bureau publishes with its reminders (DA 09-240 and
later advisories, cpni-rules.md S19). Only a paraphrase of that template was seen [V-2]; the wording here is
reconstructed, so counsel reviews it before a filing (ADR 0040). Where the profile is not set, the blanks stay
visible rather than being filled with a guess.
"""

from __future__ import annotations

from collections.abc import Mapping

from cpni_api.compliance.readable import plural

BLANK = "[not set]"
COMPLAINT_CATEGORY_TITLES = {
    "employee_access": "improper access by employees",
    "disclosure_to_unauthorized_individuals": "improper disclosure to individuals not authorized to "
    "receive it",
    "unauthorized_online_access": "improper access to online information by individuals not authorized to "
    "view it",
    "other": "other",
}


def certification_statement(officer_name: str | None, legal_name: str | None) -> str:
    officer, company = officer_name or BLANK, legal_name or BLANK
    sentences = [
        f"I, {officer}, certify that I am an officer of {company} (the company), and acting as an agent of "
        "the company, that I have personal knowledge that the company has established operating procedures "
        "that are adequate to ensure compliance with the Commission's CPNI rules.",
        "See 47 C.F.R. § 64.2001 et seq.",
        "Attached to this certification is an accompanying statement explaining how the company's procedures "
        "ensure that the company is in compliance with the requirements (including those mandating the "
        "adoption of CPNI procedures, training, recordkeeping, and supervisory review) set forth in section "
        "64.2001 et seq. of the Commission's rules.",
        "The company represents and warrants that the above certification is consistent with 47 C.F.R. § "
        "1.17, which requires truthful and accurate statements to the Commission.",
        "The company also acknowledges that false statements and misrepresentations to the Commission are "
        "punishable under Title 18 of the U.S. Code and may subject it to enforcement action.",
    ]
    return " ".join(sentences)


def complaints_statement(total: int, by_category: Mapping[str, int]) -> str:
    if total == 0:
        return (
            "The company has not received any customer complaints in the past year concerning the "
            "unauthorized release of CPNI."
        )
    parts = [
        f"{count} of {COMPLAINT_CATEGORY_TITLES.get(category, category)}"
        for category, count in by_category.items()
        if count
    ]
    return (
        f"The company has received {plural(total, 'customer complaint')} in the past year concerning the "
        f"unauthorized release of CPNI: {'; '.join(parts)}."
    )


def pretexter_actions_statement(total: int) -> str:
    if total == 0:
        return (
            "The company has not taken any actions (proceedings instituted or petitions filed at a state "
            "commission, the court system or the Commission) against data brokers in the past year."
        )
    return (
        f"The company has taken {plural(total, 'action')} against data brokers and pretexters in the past "
        "year, listed in this filing with their outcomes."
    )
