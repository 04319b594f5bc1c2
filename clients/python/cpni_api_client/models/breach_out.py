from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.breach_out_classification import BreachOutClassification
from ..models.breach_out_intent_type_0 import BreachOutIntentType0
from ..models.breach_out_not_a_breach_reason_type_0 import BreachOutNotABreachReasonType0
from ..models.breach_out_regime import BreachOutRegime
from ..models.breach_out_status import BreachOutStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.affected_customers import AffectedCustomers
  from ..models.breach_obligation_out import BreachObligationOut
  from ..models.consultation_out import ConsultationOut
  from ..models.covered_data import CoveredData
  from ..models.customer_notice_out import CustomerNoticeOut
  from ..models.encryption_facts import EncryptionFacts
  from ..models.financial_loss import FinancialLoss
  from ..models.good_faith_exception import GoodFaithException
  from ..models.harm_assessment import HarmAssessment
  from ..models.hold_out import HoldOut
  from ..models.incident_period import IncidentPeriod
  from ..models.public_disclosure_out import PublicDisclosureOut





T = TypeVar("T", bound="BreachOut")



@_attrs_define
class BreachOut:
    """ 
        Attributes:
            id (str):
            regime (BreachOutRegime): The §64.2011 text the breach is decided under (E19).
            status (BreachOutStatus): The most urgent obligation's state as of now; `voided` once voided and `not_a_breach`
                when the incident is no breach under its regime (nothing is owed either way).
            discovered_at (datetime.datetime):
            determined_at (datetime.datetime):
            description (str):
            cpni_involved (str):
            circumstances (str):
            harm_reasonably_likely (bool | None):
            affected_account_count (int):
            law_enforcement_notice_due_by (datetime.datetime):
            law_enforcement_notified_at (datetime.datetime | None):
            law_enforcement_reference (None | str):
            urgent_need (bool):
            customer_notice_not_before (datetime.datetime | None): 2007 regime: 7 full business days after the law-
                enforcement notice (R-2011-b-1).
            customer_notice_due_by (datetime.datetime | None): 2024 regime: determination + 30 days.
            fcc_notice_required (bool):
            fcc_notice_due_by (datetime.datetime | None):
            fcc_notified_at (datetime.datetime | None):
            fcc_reference (None | str):
            customer_notice (CustomerNoticeOut):
            obligations (list[BreachObligationOut]):
            holds (list[HoldOut]):
            agency_consultations (list[ConsultationOut]):
            public_disclosures (list[PublicDisclosureOut]):
            next_deadline (datetime.datetime | None): The earliest deadline of an open obligation.
            retained_until (datetime.datetime | None): R-2011-d: the record may not be purged before this; null while
                obligations are open.
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            voided_at (datetime.datetime | None | Unset): Set when the breach was voided as recorded by mistake; it then
                owes nothing.
            void_reason (None | str | Unset):
            classification (BreachOutClassification | Unset): Under the breach's regime (R-2011-e, R-2011-NEW-2, E28).
                Default: BreachOutClassification.BREACH.
            not_a_breach_reason (BreachOutNotABreachReasonType0 | None | Unset):
            not_a_breach_detail (None | str | Unset):
            intent (BreachOutIntentType0 | None | Unset):
            covered_data (CoveredData | None | Unset):
            good_faith_exception (GoodFaithException | None | Unset):
            affected_customers (AffectedCustomers | None | Unset):
            harm_assessment (HarmAssessment | None | Unset):
            encryption (EncryptionFacts | None | Unset):
            encryption_safe_harbour (bool | Unset): R-2011-NEW-8: no customer notice owed. Default: False.
            method_of_compromise (None | str | Unset):
            incident_period (IncidentPeriod | None | Unset):
            estimated_financial_loss (FinancialLoss | None | Unset):
            credit_protection_offered (None | str | Unset):
            agency_notice_required (bool | Unset): 2007: the law-enforcement notice; 2024: the one agency notice, owed
                unless fewer than 500 customers and no harm reasonably likely (R-2011-NEW-5). Default: True.
            agency_notice_due_by (datetime.datetime | None | Unset):
            customer_notice_required (bool | Unset):  Default: True.
            annual_summary_year (int | None | Unset): 2024: the year whose annual summary reports this breach
                (R-2011-NEW-5).
            agency_report_submitted_at (datetime.datetime | None | Unset):
     """

    id: str
    regime: BreachOutRegime
    status: BreachOutStatus
    discovered_at: datetime.datetime
    determined_at: datetime.datetime
    description: str
    cpni_involved: str
    circumstances: str
    harm_reasonably_likely: bool | None
    affected_account_count: int
    law_enforcement_notice_due_by: datetime.datetime
    law_enforcement_notified_at: datetime.datetime | None
    law_enforcement_reference: None | str
    urgent_need: bool
    customer_notice_not_before: datetime.datetime | None
    customer_notice_due_by: datetime.datetime | None
    fcc_notice_required: bool
    fcc_notice_due_by: datetime.datetime | None
    fcc_notified_at: datetime.datetime | None
    fcc_reference: None | str
    customer_notice: CustomerNoticeOut
    obligations: list[BreachObligationOut]
    holds: list[HoldOut]
    agency_consultations: list[ConsultationOut]
    public_disclosures: list[PublicDisclosureOut]
    next_deadline: datetime.datetime | None
    retained_until: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    voided_at: datetime.datetime | None | Unset = UNSET
    void_reason: None | str | Unset = UNSET
    classification: BreachOutClassification | Unset = BreachOutClassification.BREACH
    not_a_breach_reason: BreachOutNotABreachReasonType0 | None | Unset = UNSET
    not_a_breach_detail: None | str | Unset = UNSET
    intent: BreachOutIntentType0 | None | Unset = UNSET
    covered_data: CoveredData | None | Unset = UNSET
    good_faith_exception: GoodFaithException | None | Unset = UNSET
    affected_customers: AffectedCustomers | None | Unset = UNSET
    harm_assessment: HarmAssessment | None | Unset = UNSET
    encryption: EncryptionFacts | None | Unset = UNSET
    encryption_safe_harbour: bool | Unset = False
    method_of_compromise: None | str | Unset = UNSET
    incident_period: IncidentPeriod | None | Unset = UNSET
    estimated_financial_loss: FinancialLoss | None | Unset = UNSET
    credit_protection_offered: None | str | Unset = UNSET
    agency_notice_required: bool | Unset = True
    agency_notice_due_by: datetime.datetime | None | Unset = UNSET
    customer_notice_required: bool | Unset = True
    annual_summary_year: int | None | Unset = UNSET
    agency_report_submitted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.affected_customers import AffectedCustomers # noqa: PLC0415
        from ..models.breach_obligation_out import BreachObligationOut # noqa: PLC0415
        from ..models.consultation_out import ConsultationOut # noqa: PLC0415
        from ..models.covered_data import CoveredData # noqa: PLC0415
        from ..models.customer_notice_out import CustomerNoticeOut # noqa: PLC0415
        from ..models.encryption_facts import EncryptionFacts # noqa: PLC0415
        from ..models.financial_loss import FinancialLoss # noqa: PLC0415
        from ..models.good_faith_exception import GoodFaithException # noqa: PLC0415
        from ..models.harm_assessment import HarmAssessment # noqa: PLC0415
        from ..models.hold_out import HoldOut # noqa: PLC0415
        from ..models.incident_period import IncidentPeriod # noqa: PLC0415
        from ..models.public_disclosure_out import PublicDisclosureOut # noqa: PLC0415
        id = self.id

        regime = self.regime.value

        status = self.status.value

        discovered_at = self.discovered_at.isoformat()

        determined_at = self.determined_at.isoformat()

        description = self.description

        cpni_involved = self.cpni_involved

        circumstances = self.circumstances

        harm_reasonably_likely: bool | None
        harm_reasonably_likely = self.harm_reasonably_likely

        affected_account_count = self.affected_account_count

        law_enforcement_notice_due_by = self.law_enforcement_notice_due_by.isoformat()

        law_enforcement_notified_at: None | str
        if isinstance(self.law_enforcement_notified_at, datetime.datetime):
            law_enforcement_notified_at = self.law_enforcement_notified_at.isoformat()
        else:
            law_enforcement_notified_at = self.law_enforcement_notified_at

        law_enforcement_reference: None | str
        law_enforcement_reference = self.law_enforcement_reference

        urgent_need = self.urgent_need

        customer_notice_not_before: None | str
        if isinstance(self.customer_notice_not_before, datetime.datetime):
            customer_notice_not_before = self.customer_notice_not_before.isoformat()
        else:
            customer_notice_not_before = self.customer_notice_not_before

        customer_notice_due_by: None | str
        if isinstance(self.customer_notice_due_by, datetime.datetime):
            customer_notice_due_by = self.customer_notice_due_by.isoformat()
        else:
            customer_notice_due_by = self.customer_notice_due_by

        fcc_notice_required = self.fcc_notice_required

        fcc_notice_due_by: None | str
        if isinstance(self.fcc_notice_due_by, datetime.datetime):
            fcc_notice_due_by = self.fcc_notice_due_by.isoformat()
        else:
            fcc_notice_due_by = self.fcc_notice_due_by

        fcc_notified_at: None | str
        if isinstance(self.fcc_notified_at, datetime.datetime):
            fcc_notified_at = self.fcc_notified_at.isoformat()
        else:
            fcc_notified_at = self.fcc_notified_at

        fcc_reference: None | str
        fcc_reference = self.fcc_reference

        customer_notice = self.customer_notice.to_dict()

        obligations = []
        for obligations_item_data in self.obligations:
            obligations_item = obligations_item_data.to_dict()
            obligations.append(obligations_item)



        holds = []
        for holds_item_data in self.holds:
            holds_item = holds_item_data.to_dict()
            holds.append(holds_item)



        agency_consultations = []
        for agency_consultations_item_data in self.agency_consultations:
            agency_consultations_item = agency_consultations_item_data.to_dict()
            agency_consultations.append(agency_consultations_item)



        public_disclosures = []
        for public_disclosures_item_data in self.public_disclosures:
            public_disclosures_item = public_disclosures_item_data.to_dict()
            public_disclosures.append(public_disclosures_item)



        next_deadline: None | str
        if isinstance(self.next_deadline, datetime.datetime):
            next_deadline = self.next_deadline.isoformat()
        else:
            next_deadline = self.next_deadline

        retained_until: None | str
        if isinstance(self.retained_until, datetime.datetime):
            retained_until = self.retained_until.isoformat()
        else:
            retained_until = self.retained_until

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        voided_at: None | str | Unset
        if isinstance(self.voided_at, Unset):
            voided_at = UNSET
        elif isinstance(self.voided_at, datetime.datetime):
            voided_at = self.voided_at.isoformat()
        else:
            voided_at = self.voided_at

        void_reason: None | str | Unset
        if isinstance(self.void_reason, Unset):
            void_reason = UNSET
        else:
            void_reason = self.void_reason

        classification: str | Unset = UNSET
        if not isinstance(self.classification, Unset):
            classification = self.classification.value


        not_a_breach_reason: None | str | Unset
        if isinstance(self.not_a_breach_reason, Unset):
            not_a_breach_reason = UNSET
        elif isinstance(self.not_a_breach_reason, BreachOutNotABreachReasonType0):
            not_a_breach_reason = self.not_a_breach_reason.value
        else:
            not_a_breach_reason = self.not_a_breach_reason

        not_a_breach_detail: None | str | Unset
        if isinstance(self.not_a_breach_detail, Unset):
            not_a_breach_detail = UNSET
        else:
            not_a_breach_detail = self.not_a_breach_detail

        intent: None | str | Unset
        if isinstance(self.intent, Unset):
            intent = UNSET
        elif isinstance(self.intent, BreachOutIntentType0):
            intent = self.intent.value
        else:
            intent = self.intent

        covered_data: dict[str, Any] | None | Unset
        if isinstance(self.covered_data, Unset):
            covered_data = UNSET
        elif isinstance(self.covered_data, CoveredData):
            covered_data = self.covered_data.to_dict()
        else:
            covered_data = self.covered_data

        good_faith_exception: dict[str, Any] | None | Unset
        if isinstance(self.good_faith_exception, Unset):
            good_faith_exception = UNSET
        elif isinstance(self.good_faith_exception, GoodFaithException):
            good_faith_exception = self.good_faith_exception.to_dict()
        else:
            good_faith_exception = self.good_faith_exception

        affected_customers: dict[str, Any] | None | Unset
        if isinstance(self.affected_customers, Unset):
            affected_customers = UNSET
        elif isinstance(self.affected_customers, AffectedCustomers):
            affected_customers = self.affected_customers.to_dict()
        else:
            affected_customers = self.affected_customers

        harm_assessment: dict[str, Any] | None | Unset
        if isinstance(self.harm_assessment, Unset):
            harm_assessment = UNSET
        elif isinstance(self.harm_assessment, HarmAssessment):
            harm_assessment = self.harm_assessment.to_dict()
        else:
            harm_assessment = self.harm_assessment

        encryption: dict[str, Any] | None | Unset
        if isinstance(self.encryption, Unset):
            encryption = UNSET
        elif isinstance(self.encryption, EncryptionFacts):
            encryption = self.encryption.to_dict()
        else:
            encryption = self.encryption

        encryption_safe_harbour = self.encryption_safe_harbour

        method_of_compromise: None | str | Unset
        if isinstance(self.method_of_compromise, Unset):
            method_of_compromise = UNSET
        else:
            method_of_compromise = self.method_of_compromise

        incident_period: dict[str, Any] | None | Unset
        if isinstance(self.incident_period, Unset):
            incident_period = UNSET
        elif isinstance(self.incident_period, IncidentPeriod):
            incident_period = self.incident_period.to_dict()
        else:
            incident_period = self.incident_period

        estimated_financial_loss: dict[str, Any] | None | Unset
        if isinstance(self.estimated_financial_loss, Unset):
            estimated_financial_loss = UNSET
        elif isinstance(self.estimated_financial_loss, FinancialLoss):
            estimated_financial_loss = self.estimated_financial_loss.to_dict()
        else:
            estimated_financial_loss = self.estimated_financial_loss

        credit_protection_offered: None | str | Unset
        if isinstance(self.credit_protection_offered, Unset):
            credit_protection_offered = UNSET
        else:
            credit_protection_offered = self.credit_protection_offered

        agency_notice_required = self.agency_notice_required

        agency_notice_due_by: None | str | Unset
        if isinstance(self.agency_notice_due_by, Unset):
            agency_notice_due_by = UNSET
        elif isinstance(self.agency_notice_due_by, datetime.datetime):
            agency_notice_due_by = self.agency_notice_due_by.isoformat()
        else:
            agency_notice_due_by = self.agency_notice_due_by

        customer_notice_required = self.customer_notice_required

        annual_summary_year: int | None | Unset
        if isinstance(self.annual_summary_year, Unset):
            annual_summary_year = UNSET
        else:
            annual_summary_year = self.annual_summary_year

        agency_report_submitted_at: None | str | Unset
        if isinstance(self.agency_report_submitted_at, Unset):
            agency_report_submitted_at = UNSET
        elif isinstance(self.agency_report_submitted_at, datetime.datetime):
            agency_report_submitted_at = self.agency_report_submitted_at.isoformat()
        else:
            agency_report_submitted_at = self.agency_report_submitted_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "regime": regime,
            "status": status,
            "discovered_at": discovered_at,
            "determined_at": determined_at,
            "description": description,
            "cpni_involved": cpni_involved,
            "circumstances": circumstances,
            "harm_reasonably_likely": harm_reasonably_likely,
            "affected_account_count": affected_account_count,
            "law_enforcement_notice_due_by": law_enforcement_notice_due_by,
            "law_enforcement_notified_at": law_enforcement_notified_at,
            "law_enforcement_reference": law_enforcement_reference,
            "urgent_need": urgent_need,
            "customer_notice_not_before": customer_notice_not_before,
            "customer_notice_due_by": customer_notice_due_by,
            "fcc_notice_required": fcc_notice_required,
            "fcc_notice_due_by": fcc_notice_due_by,
            "fcc_notified_at": fcc_notified_at,
            "fcc_reference": fcc_reference,
            "customer_notice": customer_notice,
            "obligations": obligations,
            "holds": holds,
            "agency_consultations": agency_consultations,
            "public_disclosures": public_disclosures,
            "next_deadline": next_deadline,
            "retained_until": retained_until,
            "created_at": created_at,
            "updated_at": updated_at,
        })
        if voided_at is not UNSET:
            field_dict["voided_at"] = voided_at
        if void_reason is not UNSET:
            field_dict["void_reason"] = void_reason
        if classification is not UNSET:
            field_dict["classification"] = classification
        if not_a_breach_reason is not UNSET:
            field_dict["not_a_breach_reason"] = not_a_breach_reason
        if not_a_breach_detail is not UNSET:
            field_dict["not_a_breach_detail"] = not_a_breach_detail
        if intent is not UNSET:
            field_dict["intent"] = intent
        if covered_data is not UNSET:
            field_dict["covered_data"] = covered_data
        if good_faith_exception is not UNSET:
            field_dict["good_faith_exception"] = good_faith_exception
        if affected_customers is not UNSET:
            field_dict["affected_customers"] = affected_customers
        if harm_assessment is not UNSET:
            field_dict["harm_assessment"] = harm_assessment
        if encryption is not UNSET:
            field_dict["encryption"] = encryption
        if encryption_safe_harbour is not UNSET:
            field_dict["encryption_safe_harbour"] = encryption_safe_harbour
        if method_of_compromise is not UNSET:
            field_dict["method_of_compromise"] = method_of_compromise
        if incident_period is not UNSET:
            field_dict["incident_period"] = incident_period
        if estimated_financial_loss is not UNSET:
            field_dict["estimated_financial_loss"] = estimated_financial_loss
        if credit_protection_offered is not UNSET:
            field_dict["credit_protection_offered"] = credit_protection_offered
        if agency_notice_required is not UNSET:
            field_dict["agency_notice_required"] = agency_notice_required
        if agency_notice_due_by is not UNSET:
            field_dict["agency_notice_due_by"] = agency_notice_due_by
        if customer_notice_required is not UNSET:
            field_dict["customer_notice_required"] = customer_notice_required
        if annual_summary_year is not UNSET:
            field_dict["annual_summary_year"] = annual_summary_year
        if agency_report_submitted_at is not UNSET:
            field_dict["agency_report_submitted_at"] = agency_report_submitted_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.affected_customers import AffectedCustomers # noqa: PLC0415
        from ..models.breach_obligation_out import BreachObligationOut # noqa: PLC0415
        from ..models.consultation_out import ConsultationOut # noqa: PLC0415
        from ..models.covered_data import CoveredData # noqa: PLC0415
        from ..models.customer_notice_out import CustomerNoticeOut # noqa: PLC0415
        from ..models.encryption_facts import EncryptionFacts # noqa: PLC0415
        from ..models.financial_loss import FinancialLoss # noqa: PLC0415
        from ..models.good_faith_exception import GoodFaithException # noqa: PLC0415
        from ..models.harm_assessment import HarmAssessment # noqa: PLC0415
        from ..models.hold_out import HoldOut # noqa: PLC0415
        from ..models.incident_period import IncidentPeriod # noqa: PLC0415
        from ..models.public_disclosure_out import PublicDisclosureOut # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        regime = BreachOutRegime(d.pop("regime"))




        status = BreachOutStatus(d.pop("status"))




        discovered_at = datetime.datetime.fromisoformat(d.pop("discovered_at"))




        determined_at = datetime.datetime.fromisoformat(d.pop("determined_at"))




        description = d.pop("description")

        cpni_involved = d.pop("cpni_involved")

        circumstances = d.pop("circumstances")

        def _parse_harm_reasonably_likely(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        harm_reasonably_likely = _parse_harm_reasonably_likely(d.pop("harm_reasonably_likely"))


        affected_account_count = d.pop("affected_account_count")

        law_enforcement_notice_due_by = datetime.datetime.fromisoformat(d.pop("law_enforcement_notice_due_by"))




        def _parse_law_enforcement_notified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                law_enforcement_notified_at_type_0 = datetime.datetime.fromisoformat(data)



                return law_enforcement_notified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        law_enforcement_notified_at = _parse_law_enforcement_notified_at(d.pop("law_enforcement_notified_at"))


        def _parse_law_enforcement_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        law_enforcement_reference = _parse_law_enforcement_reference(d.pop("law_enforcement_reference"))


        urgent_need = d.pop("urgent_need")

        def _parse_customer_notice_not_before(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_notice_not_before_type_0 = datetime.datetime.fromisoformat(data)



                return customer_notice_not_before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        customer_notice_not_before = _parse_customer_notice_not_before(d.pop("customer_notice_not_before"))


        def _parse_customer_notice_due_by(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_notice_due_by_type_0 = datetime.datetime.fromisoformat(data)



                return customer_notice_due_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        customer_notice_due_by = _parse_customer_notice_due_by(d.pop("customer_notice_due_by"))


        fcc_notice_required = d.pop("fcc_notice_required")

        def _parse_fcc_notice_due_by(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fcc_notice_due_by_type_0 = datetime.datetime.fromisoformat(data)



                return fcc_notice_due_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        fcc_notice_due_by = _parse_fcc_notice_due_by(d.pop("fcc_notice_due_by"))


        def _parse_fcc_notified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fcc_notified_at_type_0 = datetime.datetime.fromisoformat(data)



                return fcc_notified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        fcc_notified_at = _parse_fcc_notified_at(d.pop("fcc_notified_at"))


        def _parse_fcc_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fcc_reference = _parse_fcc_reference(d.pop("fcc_reference"))


        customer_notice = CustomerNoticeOut.from_dict(d.pop("customer_notice"))




        obligations = []
        _obligations = d.pop("obligations")
        for obligations_item_data in (_obligations):
            obligations_item = BreachObligationOut.from_dict(obligations_item_data)



            obligations.append(obligations_item)


        holds = []
        _holds = d.pop("holds")
        for holds_item_data in (_holds):
            holds_item = HoldOut.from_dict(holds_item_data)



            holds.append(holds_item)


        agency_consultations = []
        _agency_consultations = d.pop("agency_consultations")
        for agency_consultations_item_data in (_agency_consultations):
            agency_consultations_item = ConsultationOut.from_dict(agency_consultations_item_data)



            agency_consultations.append(agency_consultations_item)


        public_disclosures = []
        _public_disclosures = d.pop("public_disclosures")
        for public_disclosures_item_data in (_public_disclosures):
            public_disclosures_item = PublicDisclosureOut.from_dict(public_disclosures_item_data)



            public_disclosures.append(public_disclosures_item)


        def _parse_next_deadline(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_deadline_type_0 = datetime.datetime.fromisoformat(data)



                return next_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_deadline = _parse_next_deadline(d.pop("next_deadline"))


        def _parse_retained_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retained_until_type_0 = datetime.datetime.fromisoformat(data)



                return retained_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        retained_until = _parse_retained_until(d.pop("retained_until"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        def _parse_voided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voided_at_type_0 = datetime.datetime.fromisoformat(data)



                return voided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        voided_at = _parse_voided_at(d.pop("voided_at", UNSET))


        def _parse_void_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        void_reason = _parse_void_reason(d.pop("void_reason", UNSET))


        _classification = d.pop("classification", UNSET)
        classification: BreachOutClassification | Unset
        if isinstance(_classification,  Unset):
            classification = UNSET
        else:
            classification = BreachOutClassification(_classification)




        def _parse_not_a_breach_reason(data: object) -> BreachOutNotABreachReasonType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                not_a_breach_reason_type_0 = BreachOutNotABreachReasonType0(data)



                return not_a_breach_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BreachOutNotABreachReasonType0 | None | Unset, data)

        not_a_breach_reason = _parse_not_a_breach_reason(d.pop("not_a_breach_reason", UNSET))


        def _parse_not_a_breach_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        not_a_breach_detail = _parse_not_a_breach_detail(d.pop("not_a_breach_detail", UNSET))


        def _parse_intent(data: object) -> BreachOutIntentType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                intent_type_0 = BreachOutIntentType0(data)



                return intent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BreachOutIntentType0 | None | Unset, data)

        intent = _parse_intent(d.pop("intent", UNSET))


        def _parse_covered_data(data: object) -> CoveredData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                covered_data_type_0 = CoveredData.from_dict(data)



                return covered_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoveredData | None | Unset, data)

        covered_data = _parse_covered_data(d.pop("covered_data", UNSET))


        def _parse_good_faith_exception(data: object) -> GoodFaithException | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                good_faith_exception_type_0 = GoodFaithException.from_dict(data)



                return good_faith_exception_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GoodFaithException | None | Unset, data)

        good_faith_exception = _parse_good_faith_exception(d.pop("good_faith_exception", UNSET))


        def _parse_affected_customers(data: object) -> AffectedCustomers | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                affected_customers_type_0 = AffectedCustomers.from_dict(data)



                return affected_customers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AffectedCustomers | None | Unset, data)

        affected_customers = _parse_affected_customers(d.pop("affected_customers", UNSET))


        def _parse_harm_assessment(data: object) -> HarmAssessment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                harm_assessment_type_0 = HarmAssessment.from_dict(data)



                return harm_assessment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HarmAssessment | None | Unset, data)

        harm_assessment = _parse_harm_assessment(d.pop("harm_assessment", UNSET))


        def _parse_encryption(data: object) -> EncryptionFacts | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                encryption_type_0 = EncryptionFacts.from_dict(data)



                return encryption_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EncryptionFacts | None | Unset, data)

        encryption = _parse_encryption(d.pop("encryption", UNSET))


        encryption_safe_harbour = d.pop("encryption_safe_harbour", UNSET)

        def _parse_method_of_compromise(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        method_of_compromise = _parse_method_of_compromise(d.pop("method_of_compromise", UNSET))


        def _parse_incident_period(data: object) -> IncidentPeriod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incident_period_type_0 = IncidentPeriod.from_dict(data)



                return incident_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncidentPeriod | None | Unset, data)

        incident_period = _parse_incident_period(d.pop("incident_period", UNSET))


        def _parse_estimated_financial_loss(data: object) -> FinancialLoss | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                estimated_financial_loss_type_0 = FinancialLoss.from_dict(data)



                return estimated_financial_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FinancialLoss | None | Unset, data)

        estimated_financial_loss = _parse_estimated_financial_loss(d.pop("estimated_financial_loss", UNSET))


        def _parse_credit_protection_offered(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_protection_offered = _parse_credit_protection_offered(d.pop("credit_protection_offered", UNSET))


        agency_notice_required = d.pop("agency_notice_required", UNSET)

        def _parse_agency_notice_due_by(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agency_notice_due_by_type_0 = datetime.datetime.fromisoformat(data)



                return agency_notice_due_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        agency_notice_due_by = _parse_agency_notice_due_by(d.pop("agency_notice_due_by", UNSET))


        customer_notice_required = d.pop("customer_notice_required", UNSET)

        def _parse_annual_summary_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        annual_summary_year = _parse_annual_summary_year(d.pop("annual_summary_year", UNSET))


        def _parse_agency_report_submitted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agency_report_submitted_at_type_0 = datetime.datetime.fromisoformat(data)



                return agency_report_submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        agency_report_submitted_at = _parse_agency_report_submitted_at(d.pop("agency_report_submitted_at", UNSET))


        breach_out = cls(
            id=id,
            regime=regime,
            status=status,
            discovered_at=discovered_at,
            determined_at=determined_at,
            description=description,
            cpni_involved=cpni_involved,
            circumstances=circumstances,
            harm_reasonably_likely=harm_reasonably_likely,
            affected_account_count=affected_account_count,
            law_enforcement_notice_due_by=law_enforcement_notice_due_by,
            law_enforcement_notified_at=law_enforcement_notified_at,
            law_enforcement_reference=law_enforcement_reference,
            urgent_need=urgent_need,
            customer_notice_not_before=customer_notice_not_before,
            customer_notice_due_by=customer_notice_due_by,
            fcc_notice_required=fcc_notice_required,
            fcc_notice_due_by=fcc_notice_due_by,
            fcc_notified_at=fcc_notified_at,
            fcc_reference=fcc_reference,
            customer_notice=customer_notice,
            obligations=obligations,
            holds=holds,
            agency_consultations=agency_consultations,
            public_disclosures=public_disclosures,
            next_deadline=next_deadline,
            retained_until=retained_until,
            created_at=created_at,
            updated_at=updated_at,
            voided_at=voided_at,
            void_reason=void_reason,
            classification=classification,
            not_a_breach_reason=not_a_breach_reason,
            not_a_breach_detail=not_a_breach_detail,
            intent=intent,
            covered_data=covered_data,
            good_faith_exception=good_faith_exception,
            affected_customers=affected_customers,
            harm_assessment=harm_assessment,
            encryption=encryption,
            encryption_safe_harbour=encryption_safe_harbour,
            method_of_compromise=method_of_compromise,
            incident_period=incident_period,
            estimated_financial_loss=estimated_financial_loss,
            credit_protection_offered=credit_protection_offered,
            agency_notice_required=agency_notice_required,
            agency_notice_due_by=agency_notice_due_by,
            customer_notice_required=customer_notice_required,
            annual_summary_year=annual_summary_year,
            agency_report_submitted_at=agency_report_submitted_at,
        )


        breach_out.additional_properties = d
        return breach_out

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
