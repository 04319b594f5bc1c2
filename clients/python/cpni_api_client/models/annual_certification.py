from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.breaches_section import BreachesSection
  from ..models.campaigns_section import CampaignsSection
  from ..models.carrier_profile_out import CarrierProfileOut
  from ..models.complaints_section import ComplaintsSection
  from ..models.disciplinary_section import DisciplinarySection
  from ..models.emergency_disclosures_section import EmergencyDisclosuresSection
  from ..models.filing_certificate import FilingCertificate
  from ..models.filing_out import FilingOut
  from ..models.line_security_section import LineSecuritySection
  from ..models.opt_out_failures_section import OptOutFailuresSection
  from ..models.pretexter_actions_section import PretexterActionsSection
  from ..models.required_by_law_section import RequiredByLawSection
  from ..models.trainings_section import TrainingsSection





T = TypeVar("T", bound="AnnualCertification")



@_attrs_define
class AnnualCertification:
    """ R-2009-e: what the officer certifies for one calendar year, filed by March 1 of the next year.

        Attributes:
            year (int):
            period_start (datetime.datetime):
            period_end (datetime.datetime): Exclusive.
            period_text (str): The period as a person reads it, e.g. 'January 1 to December 31, 2025'.
            timezone (str):
            due_on (datetime.date): March 1 of the following year, rolled to the next business day when March 1 is not one
                (47 C.F.R. 1.4(j)).
            nominal_due_on (datetime.date): March 1 of the following year, the date the rule names.
            due_on_text (str): `due_on` as a person reads it, e.g. 'Monday, March 2, 2026'.
            docket (str):
            generated_at (datetime.datetime):
            generated_text (str): `generated_at` in the carrier's time zone, readable.
            carrier (CarrierProfileOut | None): The carrier the certification is filed for; null until `PUT /v1/carrier-
                profile`.
            certificate (FilingCertificate): The officer's certification as filed (R-2009-e): who certifies for whom, and
                the statement.
            filings (list[FilingOut]): The filings recorded for the year, first first.
            complaints (ComplaintsSection):
            pretexter_actions (PretexterActionsSection):
            breaches (BreachesSection):
            voided_breaches (int): Breaches determined in the year but voided as recorded by mistake; in no count above.
            opt_out_failures (OptOutFailuresSection):
            trainings (TrainingsSection):
            disciplinary_actions (DisciplinarySection):
            campaigns (CampaignsSection):
            disclosures_required_by_law (RequiredByLawSection): Disclosures allowed because the law compelled them (47
                U.S.C. 222(c)(1)), by the usage checks that
                allowed them.
            emergency_disclosures (EmergencyDisclosuresSection): Location disclosures allowed in emergencies (47 U.S.C.
                222(d)(4)), by recipient.
            line_security (LineSecuritySection): The year's line security (R-2010-h-10, R-5237-5): SIM-change and port-out
                requests, denials by reason,
                failed authentications, and locks turned on and off.
            incidents_not_breaches (int | Unset): Incidents determined in the year and recorded as no breach under their
                regime (inadvertent under the 2007 text, E28; the good-faith exception, R-2011-NEW-2); in no count above.
                Default: 0.
     """

    year: int
    period_start: datetime.datetime
    period_end: datetime.datetime
    period_text: str
    timezone: str
    due_on: datetime.date
    nominal_due_on: datetime.date
    due_on_text: str
    docket: str
    generated_at: datetime.datetime
    generated_text: str
    carrier: CarrierProfileOut | None
    certificate: FilingCertificate
    filings: list[FilingOut]
    complaints: ComplaintsSection
    pretexter_actions: PretexterActionsSection
    breaches: BreachesSection
    voided_breaches: int
    opt_out_failures: OptOutFailuresSection
    trainings: TrainingsSection
    disciplinary_actions: DisciplinarySection
    campaigns: CampaignsSection
    disclosures_required_by_law: RequiredByLawSection
    emergency_disclosures: EmergencyDisclosuresSection
    line_security: LineSecuritySection
    incidents_not_breaches: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.breaches_section import BreachesSection # noqa: PLC0415
        from ..models.campaigns_section import CampaignsSection # noqa: PLC0415
        from ..models.carrier_profile_out import CarrierProfileOut # noqa: PLC0415
        from ..models.complaints_section import ComplaintsSection # noqa: PLC0415
        from ..models.disciplinary_section import DisciplinarySection # noqa: PLC0415
        from ..models.emergency_disclosures_section import EmergencyDisclosuresSection # noqa: PLC0415
        from ..models.filing_certificate import FilingCertificate # noqa: PLC0415
        from ..models.filing_out import FilingOut # noqa: PLC0415
        from ..models.line_security_section import LineSecuritySection # noqa: PLC0415
        from ..models.opt_out_failures_section import OptOutFailuresSection # noqa: PLC0415
        from ..models.pretexter_actions_section import PretexterActionsSection # noqa: PLC0415
        from ..models.required_by_law_section import RequiredByLawSection # noqa: PLC0415
        from ..models.trainings_section import TrainingsSection # noqa: PLC0415
        year = self.year

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        period_text = self.period_text

        timezone = self.timezone

        due_on = self.due_on.isoformat()

        nominal_due_on = self.nominal_due_on.isoformat()

        due_on_text = self.due_on_text

        docket = self.docket

        generated_at = self.generated_at.isoformat()

        generated_text = self.generated_text

        carrier: dict[str, Any] | None
        if isinstance(self.carrier, CarrierProfileOut):
            carrier = self.carrier.to_dict()
        else:
            carrier = self.carrier

        certificate = self.certificate.to_dict()

        filings = []
        for filings_item_data in self.filings:
            filings_item = filings_item_data.to_dict()
            filings.append(filings_item)



        complaints = self.complaints.to_dict()

        pretexter_actions = self.pretexter_actions.to_dict()

        breaches = self.breaches.to_dict()

        voided_breaches = self.voided_breaches

        opt_out_failures = self.opt_out_failures.to_dict()

        trainings = self.trainings.to_dict()

        disciplinary_actions = self.disciplinary_actions.to_dict()

        campaigns = self.campaigns.to_dict()

        disclosures_required_by_law = self.disclosures_required_by_law.to_dict()

        emergency_disclosures = self.emergency_disclosures.to_dict()

        line_security = self.line_security.to_dict()

        incidents_not_breaches = self.incidents_not_breaches


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "year": year,
            "period_start": period_start,
            "period_end": period_end,
            "period_text": period_text,
            "timezone": timezone,
            "due_on": due_on,
            "nominal_due_on": nominal_due_on,
            "due_on_text": due_on_text,
            "docket": docket,
            "generated_at": generated_at,
            "generated_text": generated_text,
            "carrier": carrier,
            "certificate": certificate,
            "filings": filings,
            "complaints": complaints,
            "pretexter_actions": pretexter_actions,
            "breaches": breaches,
            "voided_breaches": voided_breaches,
            "opt_out_failures": opt_out_failures,
            "trainings": trainings,
            "disciplinary_actions": disciplinary_actions,
            "campaigns": campaigns,
            "disclosures_required_by_law": disclosures_required_by_law,
            "emergency_disclosures": emergency_disclosures,
            "line_security": line_security,
        })
        if incidents_not_breaches is not UNSET:
            field_dict["incidents_not_breaches"] = incidents_not_breaches

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.breaches_section import BreachesSection # noqa: PLC0415
        from ..models.campaigns_section import CampaignsSection # noqa: PLC0415
        from ..models.carrier_profile_out import CarrierProfileOut # noqa: PLC0415
        from ..models.complaints_section import ComplaintsSection # noqa: PLC0415
        from ..models.disciplinary_section import DisciplinarySection # noqa: PLC0415
        from ..models.emergency_disclosures_section import EmergencyDisclosuresSection # noqa: PLC0415
        from ..models.filing_certificate import FilingCertificate # noqa: PLC0415
        from ..models.filing_out import FilingOut # noqa: PLC0415
        from ..models.line_security_section import LineSecuritySection # noqa: PLC0415
        from ..models.opt_out_failures_section import OptOutFailuresSection # noqa: PLC0415
        from ..models.pretexter_actions_section import PretexterActionsSection # noqa: PLC0415
        from ..models.required_by_law_section import RequiredByLawSection # noqa: PLC0415
        from ..models.trainings_section import TrainingsSection # noqa: PLC0415
        d = dict(src_dict)
        year = d.pop("year")

        period_start = datetime.datetime.fromisoformat(d.pop("period_start"))




        period_end = datetime.datetime.fromisoformat(d.pop("period_end"))




        period_text = d.pop("period_text")

        timezone = d.pop("timezone")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        nominal_due_on = datetime.date.fromisoformat(d.pop("nominal_due_on"))




        due_on_text = d.pop("due_on_text")

        docket = d.pop("docket")

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))




        generated_text = d.pop("generated_text")

        def _parse_carrier(data: object) -> CarrierProfileOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                carrier_type_0 = CarrierProfileOut.from_dict(data)



                return carrier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CarrierProfileOut | None, data)

        carrier = _parse_carrier(d.pop("carrier"))


        certificate = FilingCertificate.from_dict(d.pop("certificate"))




        filings = []
        _filings = d.pop("filings")
        for filings_item_data in (_filings):
            filings_item = FilingOut.from_dict(filings_item_data)



            filings.append(filings_item)


        complaints = ComplaintsSection.from_dict(d.pop("complaints"))




        pretexter_actions = PretexterActionsSection.from_dict(d.pop("pretexter_actions"))




        breaches = BreachesSection.from_dict(d.pop("breaches"))




        voided_breaches = d.pop("voided_breaches")

        opt_out_failures = OptOutFailuresSection.from_dict(d.pop("opt_out_failures"))




        trainings = TrainingsSection.from_dict(d.pop("trainings"))




        disciplinary_actions = DisciplinarySection.from_dict(d.pop("disciplinary_actions"))




        campaigns = CampaignsSection.from_dict(d.pop("campaigns"))




        disclosures_required_by_law = RequiredByLawSection.from_dict(d.pop("disclosures_required_by_law"))




        emergency_disclosures = EmergencyDisclosuresSection.from_dict(d.pop("emergency_disclosures"))




        line_security = LineSecuritySection.from_dict(d.pop("line_security"))




        incidents_not_breaches = d.pop("incidents_not_breaches", UNSET)

        annual_certification = cls(
            year=year,
            period_start=period_start,
            period_end=period_end,
            period_text=period_text,
            timezone=timezone,
            due_on=due_on,
            nominal_due_on=nominal_due_on,
            due_on_text=due_on_text,
            docket=docket,
            generated_at=generated_at,
            generated_text=generated_text,
            carrier=carrier,
            certificate=certificate,
            filings=filings,
            complaints=complaints,
            pretexter_actions=pretexter_actions,
            breaches=breaches,
            voided_breaches=voided_breaches,
            opt_out_failures=opt_out_failures,
            trainings=trainings,
            disciplinary_actions=disciplinary_actions,
            campaigns=campaigns,
            disclosures_required_by_law=disclosures_required_by_law,
            emergency_disclosures=emergency_disclosures,
            line_security=line_security,
            incidents_not_breaches=incidents_not_breaches,
        )


        annual_certification.additional_properties = d
        return annual_certification

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
