from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.intent import Intent
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.affected_customers import AffectedCustomers
  from ..models.covered_data import CoveredData
  from ..models.encryption_facts import EncryptionFacts
  from ..models.financial_loss import FinancialLoss
  from ..models.good_faith_exception import GoodFaithException
  from ..models.harm_assessment import HarmAssessment
  from ..models.incident_period import IncidentPeriod





T = TypeVar("T", bound="BreachCreate")



@_attrs_define
class BreachCreate:
    """ R-2011-d, R-2011-NEW-10: the facts recorded for a breach. Describe the CPNI involved by kind, never by
    value. The 2024 record's parts (`covered_data`, `intent`, ...) may come now or later by `PATCH`.

        Attributes:
            discovered_at (datetime.datetime):
            determined_at (datetime.datetime): When the breach was reasonably determined; the law-enforcement clock starts
                here (E1).
            description (str):
            cpni_involved (str): A detailed description of the kinds of CPNI involved.
            circumstances (str):
            intent (Intent | None | Unset): `inadvertent` is a breach under the 2024 rules, not under the 2007 text (E28);
                unstated counts as intentional.
            covered_data (CoveredData | None | Unset):
            good_faith_exception (GoodFaithException | None | Unset):
            affected_customers (AffectedCustomers | None | Unset): Undeclared counts as 500 or more (E27).
            harm_assessment (HarmAssessment | None | Unset): Unassessed counts as harm reasonably likely (R-2011-NEW-8).
            encryption (EncryptionFacts | None | Unset):
            method_of_compromise (None | str | Unset):
            incident_period (IncidentPeriod | None | Unset):
            estimated_financial_loss (FinancialLoss | None | Unset):
            credit_protection_offered (None | str | Unset): Credit monitoring, reporting or freeze the carrier offers;
                quoted in the customer notice (R-2011-NEW-9 (v)).
            affected_account_ids (list[str] | Unset): Ids of affected accounts (duplicates are ignored). More can be added
                later.
            harm_reasonably_likely (bool | None | Unset): 2024 regime (R-2011-NEW-8): unassessed (null) counts as likely.
                `false` needs `harm_assessment` with its basis; `harm_assessment` alone is enough.
     """

    discovered_at: datetime.datetime
    determined_at: datetime.datetime
    description: str
    cpni_involved: str
    circumstances: str
    intent: Intent | None | Unset = UNSET
    covered_data: CoveredData | None | Unset = UNSET
    good_faith_exception: GoodFaithException | None | Unset = UNSET
    affected_customers: AffectedCustomers | None | Unset = UNSET
    harm_assessment: HarmAssessment | None | Unset = UNSET
    encryption: EncryptionFacts | None | Unset = UNSET
    method_of_compromise: None | str | Unset = UNSET
    incident_period: IncidentPeriod | None | Unset = UNSET
    estimated_financial_loss: FinancialLoss | None | Unset = UNSET
    credit_protection_offered: None | str | Unset = UNSET
    affected_account_ids: list[str] | Unset = UNSET
    harm_reasonably_likely: bool | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.affected_customers import AffectedCustomers # noqa: PLC0415
        from ..models.covered_data import CoveredData # noqa: PLC0415
        from ..models.encryption_facts import EncryptionFacts # noqa: PLC0415
        from ..models.financial_loss import FinancialLoss # noqa: PLC0415
        from ..models.good_faith_exception import GoodFaithException # noqa: PLC0415
        from ..models.harm_assessment import HarmAssessment # noqa: PLC0415
        from ..models.incident_period import IncidentPeriod # noqa: PLC0415
        discovered_at = self.discovered_at.isoformat()

        determined_at = self.determined_at.isoformat()

        description = self.description

        cpni_involved = self.cpni_involved

        circumstances = self.circumstances

        intent: None | str | Unset
        if isinstance(self.intent, Unset):
            intent = UNSET
        elif isinstance(self.intent, Intent):
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

        affected_account_ids: list[str] | Unset = UNSET
        if not isinstance(self.affected_account_ids, Unset):
            affected_account_ids = self.affected_account_ids



        harm_reasonably_likely: bool | None | Unset
        if isinstance(self.harm_reasonably_likely, Unset):
            harm_reasonably_likely = UNSET
        else:
            harm_reasonably_likely = self.harm_reasonably_likely


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "discovered_at": discovered_at,
            "determined_at": determined_at,
            "description": description,
            "cpni_involved": cpni_involved,
            "circumstances": circumstances,
        })
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
        if method_of_compromise is not UNSET:
            field_dict["method_of_compromise"] = method_of_compromise
        if incident_period is not UNSET:
            field_dict["incident_period"] = incident_period
        if estimated_financial_loss is not UNSET:
            field_dict["estimated_financial_loss"] = estimated_financial_loss
        if credit_protection_offered is not UNSET:
            field_dict["credit_protection_offered"] = credit_protection_offered
        if affected_account_ids is not UNSET:
            field_dict["affected_account_ids"] = affected_account_ids
        if harm_reasonably_likely is not UNSET:
            field_dict["harm_reasonably_likely"] = harm_reasonably_likely

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.affected_customers import AffectedCustomers # noqa: PLC0415
        from ..models.covered_data import CoveredData # noqa: PLC0415
        from ..models.encryption_facts import EncryptionFacts # noqa: PLC0415
        from ..models.financial_loss import FinancialLoss # noqa: PLC0415
        from ..models.good_faith_exception import GoodFaithException # noqa: PLC0415
        from ..models.harm_assessment import HarmAssessment # noqa: PLC0415
        from ..models.incident_period import IncidentPeriod # noqa: PLC0415
        d = dict(src_dict)
        discovered_at = datetime.datetime.fromisoformat(d.pop("discovered_at"))




        determined_at = datetime.datetime.fromisoformat(d.pop("determined_at"))




        description = d.pop("description")

        cpni_involved = d.pop("cpni_involved")

        circumstances = d.pop("circumstances")

        def _parse_intent(data: object) -> Intent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                intent_type_0 = Intent(data)



                return intent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Intent | None | Unset, data)

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


        affected_account_ids = cast(list[str], d.pop("affected_account_ids", UNSET))


        def _parse_harm_reasonably_likely(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        harm_reasonably_likely = _parse_harm_reasonably_likely(d.pop("harm_reasonably_likely", UNSET))


        breach_create = cls(
            discovered_at=discovered_at,
            determined_at=determined_at,
            description=description,
            cpni_involved=cpni_involved,
            circumstances=circumstances,
            intent=intent,
            covered_data=covered_data,
            good_faith_exception=good_faith_exception,
            affected_customers=affected_customers,
            harm_assessment=harm_assessment,
            encryption=encryption,
            method_of_compromise=method_of_compromise,
            incident_period=incident_period,
            estimated_financial_loss=estimated_financial_loss,
            credit_protection_offered=credit_protection_offered,
            affected_account_ids=affected_account_ids,
            harm_reasonably_likely=harm_reasonably_likely,
        )

        return breach_create

