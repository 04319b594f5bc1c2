from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="LocksIn")



@_attrs_define
class LocksIn:
    """ 
        Attributes:
            sim_change (bool): No SIM change while on (R-2010-h-7).
            port_out (bool): No port-out while on (R-5237-4).
            interaction_id (None | str | Unset): An open interaction of the account, authenticated by a method the carrier
                accepts at the SIM-change bar (`CPNI_SIM_CHANGE_AUTHENTICATION_METHODS`). Needed to turn a lock off.
     """

    sim_change: bool
    port_out: bool
    interaction_id: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        sim_change = self.sim_change

        port_out = self.port_out

        interaction_id: None | str | Unset
        if isinstance(self.interaction_id, Unset):
            interaction_id = UNSET
        else:
            interaction_id = self.interaction_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "sim_change": sim_change,
            "port_out": port_out,
        })
        if interaction_id is not UNSET:
            field_dict["interaction_id"] = interaction_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sim_change = d.pop("sim_change")

        port_out = d.pop("port_out")

        def _parse_interaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interaction_id = _parse_interaction_id(d.pop("interaction_id", UNSET))


        locks_in = cls(
            sim_change=sim_change,
            port_out=port_out,
            interaction_id=interaction_id,
        )

        return locks_in

