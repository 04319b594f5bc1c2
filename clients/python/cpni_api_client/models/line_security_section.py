from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.line_request_counts import LineRequestCounts
  from ..models.line_security_section_locks_turned_off import LineSecuritySectionLocksTurnedOff
  from ..models.line_security_section_locks_turned_on import LineSecuritySectionLocksTurnedOn





T = TypeVar("T", bound="LineSecuritySection")



@_attrs_define
class LineSecuritySection:
    """ The year's line security (R-2010-h-10, R-5237-5): SIM-change and port-out requests, denials by reason,
    failed authentications, and locks turned on and off.

        Attributes:
            sim_change_requests (LineRequestCounts):
            port_out_requests (LineRequestCounts):
            locks_turned_on (LineSecuritySectionLocksTurnedOn):
            locks_turned_off (LineSecuritySectionLocksTurnedOff):
     """

    sim_change_requests: LineRequestCounts
    port_out_requests: LineRequestCounts
    locks_turned_on: LineSecuritySectionLocksTurnedOn
    locks_turned_off: LineSecuritySectionLocksTurnedOff
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.line_request_counts import LineRequestCounts # noqa: PLC0415
        from ..models.line_security_section_locks_turned_off import LineSecuritySectionLocksTurnedOff # noqa: PLC0415
        from ..models.line_security_section_locks_turned_on import LineSecuritySectionLocksTurnedOn # noqa: PLC0415
        sim_change_requests = self.sim_change_requests.to_dict()

        port_out_requests = self.port_out_requests.to_dict()

        locks_turned_on = self.locks_turned_on.to_dict()

        locks_turned_off = self.locks_turned_off.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "sim_change_requests": sim_change_requests,
            "port_out_requests": port_out_requests,
            "locks_turned_on": locks_turned_on,
            "locks_turned_off": locks_turned_off,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_request_counts import LineRequestCounts # noqa: PLC0415
        from ..models.line_security_section_locks_turned_off import LineSecuritySectionLocksTurnedOff # noqa: PLC0415
        from ..models.line_security_section_locks_turned_on import LineSecuritySectionLocksTurnedOn # noqa: PLC0415
        d = dict(src_dict)
        sim_change_requests = LineRequestCounts.from_dict(d.pop("sim_change_requests"))




        port_out_requests = LineRequestCounts.from_dict(d.pop("port_out_requests"))




        locks_turned_on = LineSecuritySectionLocksTurnedOn.from_dict(d.pop("locks_turned_on"))




        locks_turned_off = LineSecuritySectionLocksTurnedOff.from_dict(d.pop("locks_turned_off"))




        line_security_section = cls(
            sim_change_requests=sim_change_requests,
            port_out_requests=port_out_requests,
            locks_turned_on=locks_turned_on,
            locks_turned_off=locks_turned_off,
        )


        line_security_section.additional_properties = d
        return line_security_section

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
