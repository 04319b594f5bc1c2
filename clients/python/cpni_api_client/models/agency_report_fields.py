from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.agency_report_carrier import AgencyReportCarrier
  from ..models.covered_data import CoveredData
  from ..models.financial_loss import FinancialLoss
  from ..models.incident_period import IncidentPeriod





T = TypeVar("T", bound="AgencyReportFields")



@_attrs_define
class AgencyReportFields:
    """ R-2011-NEW-4 (i)-(vii), the minimum content of the notice to the central reporting facility.

        Attributes:
            carrier (AgencyReportCarrier):
            description (str): (ii) A description of the breach incident.
            method_of_compromise (None | str): (iii) The method of compromise.
            incident_date_range (IncidentPeriod | None): (iv) The date range of the incident.
            approximate_customers_affected (int | None): (v) The approximate number of customers affected.
            estimated_financial_loss (FinancialLoss | None): (vi) An estimate of financial loss to the carrier and
                customers, if any.
            types_of_data_breached (CoveredData | None): (vii) The types of data breached.
     """

    carrier: AgencyReportCarrier
    description: str
    method_of_compromise: None | str
    incident_date_range: IncidentPeriod | None
    approximate_customers_affected: int | None
    estimated_financial_loss: FinancialLoss | None
    types_of_data_breached: CoveredData | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.agency_report_carrier import AgencyReportCarrier # noqa: PLC0415
        from ..models.covered_data import CoveredData # noqa: PLC0415
        from ..models.financial_loss import FinancialLoss # noqa: PLC0415
        from ..models.incident_period import IncidentPeriod # noqa: PLC0415
        carrier = self.carrier.to_dict()

        description = self.description

        method_of_compromise: None | str
        method_of_compromise = self.method_of_compromise

        incident_date_range: dict[str, Any] | None
        if isinstance(self.incident_date_range, IncidentPeriod):
            incident_date_range = self.incident_date_range.to_dict()
        else:
            incident_date_range = self.incident_date_range

        approximate_customers_affected: int | None
        approximate_customers_affected = self.approximate_customers_affected

        estimated_financial_loss: dict[str, Any] | None
        if isinstance(self.estimated_financial_loss, FinancialLoss):
            estimated_financial_loss = self.estimated_financial_loss.to_dict()
        else:
            estimated_financial_loss = self.estimated_financial_loss

        types_of_data_breached: dict[str, Any] | None
        if isinstance(self.types_of_data_breached, CoveredData):
            types_of_data_breached = self.types_of_data_breached.to_dict()
        else:
            types_of_data_breached = self.types_of_data_breached


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "carrier": carrier,
            "description": description,
            "method_of_compromise": method_of_compromise,
            "incident_date_range": incident_date_range,
            "approximate_customers_affected": approximate_customers_affected,
            "estimated_financial_loss": estimated_financial_loss,
            "types_of_data_breached": types_of_data_breached,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agency_report_carrier import AgencyReportCarrier # noqa: PLC0415
        from ..models.covered_data import CoveredData # noqa: PLC0415
        from ..models.financial_loss import FinancialLoss # noqa: PLC0415
        from ..models.incident_period import IncidentPeriod # noqa: PLC0415
        d = dict(src_dict)
        carrier = AgencyReportCarrier.from_dict(d.pop("carrier"))




        description = d.pop("description")

        def _parse_method_of_compromise(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        method_of_compromise = _parse_method_of_compromise(d.pop("method_of_compromise"))


        def _parse_incident_date_range(data: object) -> IncidentPeriod | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incident_date_range_type_0 = IncidentPeriod.from_dict(data)



                return incident_date_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncidentPeriod | None, data)

        incident_date_range = _parse_incident_date_range(d.pop("incident_date_range"))


        def _parse_approximate_customers_affected(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        approximate_customers_affected = _parse_approximate_customers_affected(d.pop("approximate_customers_affected"))


        def _parse_estimated_financial_loss(data: object) -> FinancialLoss | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                estimated_financial_loss_type_0 = FinancialLoss.from_dict(data)



                return estimated_financial_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FinancialLoss | None, data)

        estimated_financial_loss = _parse_estimated_financial_loss(d.pop("estimated_financial_loss"))


        def _parse_types_of_data_breached(data: object) -> CoveredData | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                types_of_data_breached_type_0 = CoveredData.from_dict(data)



                return types_of_data_breached_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoveredData | None, data)

        types_of_data_breached = _parse_types_of_data_breached(d.pop("types_of_data_breached"))


        agency_report_fields = cls(
            carrier=carrier,
            description=description,
            method_of_compromise=method_of_compromise,
            incident_date_range=incident_date_range,
            approximate_customers_affected=approximate_customers_affected,
            estimated_financial_loss=estimated_financial_loss,
            types_of_data_breached=types_of_data_breached,
        )


        agency_report_fields.additional_properties = d
        return agency_report_fields

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
