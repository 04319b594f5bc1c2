from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cpni_information import CpniInformation
from ..models.release_method import ReleaseMethod
from ..types import UNSET, Unset






T = TypeVar("T", bound="DisclosureCheckIn")



@_attrs_define
class DisclosureCheckIn:
    """ 
        Attributes:
            interaction_id (str):
            information (CpniInformation):
            release (ReleaseMethod):
            customer_provided_call_detail (bool | Unset): The caller recited the call detail without the carrier's help
                (R-2010-b-3): only that detail may then be discussed, never other calls. Default: False.
     """

    interaction_id: str
    information: CpniInformation
    release: ReleaseMethod
    customer_provided_call_detail: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        interaction_id = self.interaction_id

        information = self.information.value

        release = self.release.value

        customer_provided_call_detail = self.customer_provided_call_detail


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "interaction_id": interaction_id,
            "information": information,
            "release": release,
        })
        if customer_provided_call_detail is not UNSET:
            field_dict["customer_provided_call_detail"] = customer_provided_call_detail

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interaction_id = d.pop("interaction_id")

        information = CpniInformation(d.pop("information"))




        release = ReleaseMethod(d.pop("release"))




        customer_provided_call_detail = d.pop("customer_provided_call_detail", UNSET)

        disclosure_check_in = cls(
            interaction_id=interaction_id,
            information=information,
            release=release,
            customer_provided_call_detail=customer_provided_call_detail,
        )

        return disclosure_check_in

