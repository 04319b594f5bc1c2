from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.interaction_out_authentication_method_type_0 import InteractionOutAuthenticationMethodType0
from ..models.interaction_out_channel import InteractionOutChannel
from ..models.interaction_out_purpose import InteractionOutPurpose
from ..models.interaction_out_status import InteractionOutStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="InteractionOut")



@_attrs_define
class InteractionOut:
    """ 
        Attributes:
            id (str):
            account_id (str):
            channel (InteractionOutChannel):
            agent_id (None | str):
            status (InteractionOutStatus):
            authenticated (bool):
            authentication_method (InteractionOutAuthenticationMethodType0 | None):
            at_number_of_record (bool): Outbound calls: the dialed number is a number of record.
            opened_at (datetime.datetime):
            expires_at (datetime.datetime):
            closed_at (datetime.datetime | None):
            purpose (InteractionOutPurpose | Unset):  Default: InteractionOutPurpose.GENERAL.
     """

    id: str
    account_id: str
    channel: InteractionOutChannel
    agent_id: None | str
    status: InteractionOutStatus
    authenticated: bool
    authentication_method: InteractionOutAuthenticationMethodType0 | None
    at_number_of_record: bool
    opened_at: datetime.datetime
    expires_at: datetime.datetime
    closed_at: datetime.datetime | None
    purpose: InteractionOutPurpose | Unset = InteractionOutPurpose.GENERAL
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        channel = self.channel.value

        agent_id: None | str
        agent_id = self.agent_id

        status = self.status.value

        authenticated = self.authenticated

        authentication_method: None | str
        if isinstance(self.authentication_method, InteractionOutAuthenticationMethodType0):
            authentication_method = self.authentication_method.value
        else:
            authentication_method = self.authentication_method

        at_number_of_record = self.at_number_of_record

        opened_at = self.opened_at.isoformat()

        expires_at = self.expires_at.isoformat()

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "account_id": account_id,
            "channel": channel,
            "agent_id": agent_id,
            "status": status,
            "authenticated": authenticated,
            "authentication_method": authentication_method,
            "at_number_of_record": at_number_of_record,
            "opened_at": opened_at,
            "expires_at": expires_at,
            "closed_at": closed_at,
        })
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id")

        channel = InteractionOutChannel(d.pop("channel"))




        def _parse_agent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_id = _parse_agent_id(d.pop("agent_id"))


        status = InteractionOutStatus(d.pop("status"))




        authenticated = d.pop("authenticated")

        def _parse_authentication_method(data: object) -> InteractionOutAuthenticationMethodType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authentication_method_type_0 = InteractionOutAuthenticationMethodType0(data)



                return authentication_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractionOutAuthenticationMethodType0 | None, data)

        authentication_method = _parse_authentication_method(d.pop("authentication_method"))


        at_number_of_record = d.pop("at_number_of_record")

        opened_at = datetime.datetime.fromisoformat(d.pop("opened_at"))




        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))




        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)



                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))


        _purpose = d.pop("purpose", UNSET)
        purpose: InteractionOutPurpose | Unset
        if isinstance(_purpose,  Unset):
            purpose = UNSET
        else:
            purpose = InteractionOutPurpose(_purpose)




        interaction_out = cls(
            id=id,
            account_id=account_id,
            channel=channel,
            agent_id=agent_id,
            status=status,
            authenticated=authenticated,
            authentication_method=authentication_method,
            at_number_of_record=at_number_of_record,
            opened_at=opened_at,
            expires_at=expires_at,
            closed_at=closed_at,
            purpose=purpose,
        )


        interaction_out.additional_properties = d
        return interaction_out

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
