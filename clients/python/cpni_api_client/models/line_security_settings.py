from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.lockout_window import LockoutWindow





T = TypeVar("T", bound="LineSecuritySettings")



@_attrs_define
class LineSecuritySettings:
    """ SIM changes and port-outs (R-2010-h, R-5237; ADR 0026).

        Attributes:
            sim_change_authentication_methods (list[str]): The methods that count at the SIM-change bar (R-2010-h-2).
            recent_sim_change_hours (float): How long after a SIM change a number is no callback and gets no one-time code
                (E25).
            transfer_pin_lockout (LockoutWindow):
            sim_change_failure_alert_threshold (int): Failed SIM-change authentications in a day that alert the customer
                (R-2010-h-5).
            retention_years (int): How long the records are kept (R-2010-h-10).
     """

    sim_change_authentication_methods: list[str]
    recent_sim_change_hours: float
    transfer_pin_lockout: LockoutWindow
    sim_change_failure_alert_threshold: int
    retention_years: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.lockout_window import LockoutWindow # noqa: PLC0415
        sim_change_authentication_methods = self.sim_change_authentication_methods



        recent_sim_change_hours = self.recent_sim_change_hours

        transfer_pin_lockout = self.transfer_pin_lockout.to_dict()

        sim_change_failure_alert_threshold = self.sim_change_failure_alert_threshold

        retention_years = self.retention_years


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "sim_change_authentication_methods": sim_change_authentication_methods,
            "recent_sim_change_hours": recent_sim_change_hours,
            "transfer_pin_lockout": transfer_pin_lockout,
            "sim_change_failure_alert_threshold": sim_change_failure_alert_threshold,
            "retention_years": retention_years,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lockout_window import LockoutWindow # noqa: PLC0415
        d = dict(src_dict)
        sim_change_authentication_methods = cast(list[str], d.pop("sim_change_authentication_methods"))


        recent_sim_change_hours = d.pop("recent_sim_change_hours")

        transfer_pin_lockout = LockoutWindow.from_dict(d.pop("transfer_pin_lockout"))




        sim_change_failure_alert_threshold = d.pop("sim_change_failure_alert_threshold")

        retention_years = d.pop("retention_years")

        line_security_settings = cls(
            sim_change_authentication_methods=sim_change_authentication_methods,
            recent_sim_change_hours=recent_sim_change_hours,
            transfer_pin_lockout=transfer_pin_lockout,
            sim_change_failure_alert_threshold=sim_change_failure_alert_threshold,
            retention_years=retention_years,
        )


        line_security_settings.additional_properties = d
        return line_security_settings

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
