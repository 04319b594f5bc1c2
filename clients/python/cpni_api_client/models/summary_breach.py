from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.affected_customers import AffectedCustomers
  from ..models.covered_data import CoveredData
  from ..models.harm_assessment import HarmAssessment
  from ..models.incident_period import IncidentPeriod





T = TypeVar("T", bound="SummaryBreach")



@_attrs_define
class SummaryBreach:
    """ 
        Attributes:
            id (str):
            discovered_at (datetime.datetime):
            determined_at (datetime.datetime):
            description (str):
            circumstances (str):
            covered_data (CoveredData | None):
            affected_customers (AffectedCustomers | None):
            harm_assessment (HarmAssessment | None):
            method_of_compromise (None | str):
            incident_period (IncidentPeriod | None):
     """

    id: str
    discovered_at: datetime.datetime
    determined_at: datetime.datetime
    description: str
    circumstances: str
    covered_data: CoveredData | None
    affected_customers: AffectedCustomers | None
    harm_assessment: HarmAssessment | None
    method_of_compromise: None | str
    incident_period: IncidentPeriod | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.affected_customers import AffectedCustomers # noqa: PLC0415
        from ..models.covered_data import CoveredData # noqa: PLC0415
        from ..models.harm_assessment import HarmAssessment # noqa: PLC0415
        from ..models.incident_period import IncidentPeriod # noqa: PLC0415
        id = self.id

        discovered_at = self.discovered_at.isoformat()

        determined_at = self.determined_at.isoformat()

        description = self.description

        circumstances = self.circumstances

        covered_data: dict[str, Any] | None
        if isinstance(self.covered_data, CoveredData):
            covered_data = self.covered_data.to_dict()
        else:
            covered_data = self.covered_data

        affected_customers: dict[str, Any] | None
        if isinstance(self.affected_customers, AffectedCustomers):
            affected_customers = self.affected_customers.to_dict()
        else:
            affected_customers = self.affected_customers

        harm_assessment: dict[str, Any] | None
        if isinstance(self.harm_assessment, HarmAssessment):
            harm_assessment = self.harm_assessment.to_dict()
        else:
            harm_assessment = self.harm_assessment

        method_of_compromise: None | str
        method_of_compromise = self.method_of_compromise

        incident_period: dict[str, Any] | None
        if isinstance(self.incident_period, IncidentPeriod):
            incident_period = self.incident_period.to_dict()
        else:
            incident_period = self.incident_period


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "discovered_at": discovered_at,
            "determined_at": determined_at,
            "description": description,
            "circumstances": circumstances,
            "covered_data": covered_data,
            "affected_customers": affected_customers,
            "harm_assessment": harm_assessment,
            "method_of_compromise": method_of_compromise,
            "incident_period": incident_period,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.affected_customers import AffectedCustomers # noqa: PLC0415
        from ..models.covered_data import CoveredData # noqa: PLC0415
        from ..models.harm_assessment import HarmAssessment # noqa: PLC0415
        from ..models.incident_period import IncidentPeriod # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        discovered_at = datetime.datetime.fromisoformat(d.pop("discovered_at"))




        determined_at = datetime.datetime.fromisoformat(d.pop("determined_at"))




        description = d.pop("description")

        circumstances = d.pop("circumstances")

        def _parse_covered_data(data: object) -> CoveredData | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                covered_data_type_0 = CoveredData.from_dict(data)



                return covered_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoveredData | None, data)

        covered_data = _parse_covered_data(d.pop("covered_data"))


        def _parse_affected_customers(data: object) -> AffectedCustomers | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                affected_customers_type_0 = AffectedCustomers.from_dict(data)



                return affected_customers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AffectedCustomers | None, data)

        affected_customers = _parse_affected_customers(d.pop("affected_customers"))


        def _parse_harm_assessment(data: object) -> HarmAssessment | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                harm_assessment_type_0 = HarmAssessment.from_dict(data)



                return harm_assessment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HarmAssessment | None, data)

        harm_assessment = _parse_harm_assessment(d.pop("harm_assessment"))


        def _parse_method_of_compromise(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        method_of_compromise = _parse_method_of_compromise(d.pop("method_of_compromise"))


        def _parse_incident_period(data: object) -> IncidentPeriod | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incident_period_type_0 = IncidentPeriod.from_dict(data)



                return incident_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncidentPeriod | None, data)

        incident_period = _parse_incident_period(d.pop("incident_period"))


        summary_breach = cls(
            id=id,
            discovered_at=discovered_at,
            determined_at=determined_at,
            description=description,
            circumstances=circumstances,
            covered_data=covered_data,
            affected_customers=affected_customers,
            harm_assessment=harm_assessment,
            method_of_compromise=method_of_compromise,
            incident_period=incident_period,
        )


        summary_breach.additional_properties = d
        return summary_breach

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
