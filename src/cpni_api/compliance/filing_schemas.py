"""What the annual certification is filed with (R-2009-e, design.md §5): the carrier's profile, the record of
a filing, and the certificate and statement of procedures the report carries."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from cpni_api.core.request_values import RequestDatetime


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value.strip()


Name = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_not_blank)]


class FilingOfficer(BaseModel):
    """The officer who signs the certification with personal knowledge (R-2009-e)."""

    model_config = ConfigDict(extra="forbid")

    name: Name
    title: Name


class FilingContact(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Name
    phone: str | None = Field(default=None, min_length=1, max_length=50)
    email: str | None = Field(default=None, max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")


class CarrierProfileIn(BaseModel):
    """The carrier the certification is filed for; every name is printed as given, in any script."""

    model_config = ConfigDict(extra="forbid")

    legal_name: Annotated[str, Field(min_length=1, max_length=300), AfterValidator(_not_blank)]
    filer_id_499: str = Field(
        pattern=r"^[0-9]{6}$", description="The carrier's FCC Form 499 Filer ID (six digits)."
    )
    frn: str | None = Field(
        default=None, pattern=r"^[0-9]{10}$", description="The FCC Registration Number (ten digits)."
    )
    officer: FilingOfficer
    contact: FilingContact | None = Field(default=None, description="Who the FCC may ask about the filing.")
    counsel: str | None = Field(default=None, max_length=2000)
    address: str | None = Field(
        default=None,
        min_length=1,
        max_length=1000,
        description="The carrier's postal address, as the breach agency report gives it (R-2011-NEW-4 (i)).",
    )


class CarrierProfileOut(BaseModel):
    legal_name: str
    filer_id_499: str
    frn: str | None
    officer: FilingOfficer
    contact: FilingContact | None
    counsel: str | None
    address: str | None = None
    updated_at: datetime


class FilingCreate(BaseModel):
    """R-2009-e: the certification for the year was filed in EB Docket No. 06-36."""

    model_config = ConfigDict(extra="forbid")

    filed_at: RequestDatetime
    confirmation_number: Name = Field(description="The confirmation the FCC's filing system gave.")
    signed_by: Name = Field(description="The officer who signed the certification.")


class FilingOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    year: int
    filed_at: datetime
    confirmation_number: str
    signed_by: str
    recorded_at: datetime
    due_on: date = Field(description="The filing deadline for the year (March 1, rolled to a business day).")
    on_time: bool = Field(description="Filed by the end of `due_on` in the carrier's time zone.")


class ProcedureStatement(BaseModel):
    """One paragraph of the statement of operating procedures, with the rules it answers."""

    topic: str
    text: str
    rule_ids: list[str]


class FilingCertificate(BaseModel):
    """The officer's certification as filed (R-2009-e): who certifies for whom, and the statement."""

    carrier_legal_name: str | None = Field(
        description="Null until `PUT /v1/carrier-profile` names the carrier."
    )
    filer_id_499: str | None
    frn: str | None
    officer_name: str | None
    officer_title: str | None
    statement: str = Field(description="The certification statement the officer signs.")
    complaints_statement: str
    pretexter_actions_statement: str
    procedures: list[ProcedureStatement] = Field(
        description="The accompanying statement of operating procedures, written from what the service "
        "enforces (`GET /v1/carrier-policy` and the settings)."
    )
