from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.interaction_open_channel import InteractionOpenChannel
from ..models.interaction_open_purpose import InteractionOpenPurpose
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="InteractionOpen")



@_attrs_define
class InteractionOpen:
    """ 
        Attributes:
            account_id (str):
            channel (InteractionOpenChannel):
            agent_id (None | str | Unset):
            dialed_number (None | str | Unset): Outbound calls only: the number the agent dialed.
            purpose (InteractionOpenPurpose | Unset): `sim_change` or `port_out`: the agent sees no CPNI at all, call detail
                or not, until the caller is authenticated by a method accepted at the SIM-change bar (R-2010-h-8). Default:
                InteractionOpenPurpose.GENERAL.
     """

    account_id: str
    channel: InteractionOpenChannel
    agent_id: None | str | Unset = UNSET
    dialed_number: None | str | Unset = UNSET
    purpose: InteractionOpenPurpose | Unset = InteractionOpenPurpose.GENERAL





    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        channel = self.channel.value

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        dialed_number: None | str | Unset
        if isinstance(self.dialed_number, Unset):
            dialed_number = UNSET
        else:
            dialed_number = self.dialed_number

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "account_id": account_id,
            "channel": channel,
        })
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if dialed_number is not UNSET:
            field_dict["dialed_number"] = dialed_number
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        channel = InteractionOpenChannel(d.pop("channel"))




        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))


        def _parse_dialed_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dialed_number = _parse_dialed_number(d.pop("dialed_number", UNSET))


        _purpose = d.pop("purpose", UNSET)
        purpose: InteractionOpenPurpose | Unset
        if isinstance(_purpose,  Unset):
            purpose = UNSET
        else:
            purpose = InteractionOpenPurpose(_purpose)




        interaction_open = cls(
            account_id=account_id,
            channel=channel,
            agent_id=agent_id,
            dialed_number=dialed_number,
            purpose=purpose,
        )

        return interaction_open

