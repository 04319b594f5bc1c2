from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.authentication_method import AuthenticationMethod
from ..models.cpni_information import CpniInformation
from ..models.disclosure_verdict import DisclosureVerdict
from ..models.reason_code import ReasonCode
from ..models.release_method import ReleaseMethod
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.permitted_alternative import PermittedAlternative





T = TypeVar("T", bound="DisclosureCheckOut")



@_attrs_define
class DisclosureCheckOut:
    """ 
        Attributes:
            id (str):
            interaction_id (str):
            account_id (str):
            information (CpniInformation):
            release (ReleaseMethod):
            decision (DisclosureVerdict):
            reason_code (ReasonCode): Stable codes: integrators branch on them. Add codes freely; never rename one.

                Extensible: new values may be added in any release, so clients must not fail on an unknown value.
            detail (str):
            permitted_alternatives (list[PermittedAlternative]):
            required_verification (AuthenticationMethod | None): The verification that would unlock the requested release in
                this channel, if any.
            accepted_verifications (list[AuthenticationMethod]):
            rule_ids (list[str]):
            numbers_to_dial (list[str]): callback_to_number_of_record, when allowed: the telephone number(s) of record to
                call, and nothing else (R-2010-b-2).
            delivery_event_id (None | str): send_to_address_of_record, when allowed: the event that takes the call detail to
                the address of record (R-2010-b-2).
            decided_at (datetime.datetime):
     """

    id: str
    interaction_id: str
    account_id: str
    information: CpniInformation
    release: ReleaseMethod
    decision: DisclosureVerdict
    reason_code: ReasonCode
    detail: str
    permitted_alternatives: list[PermittedAlternative]
    required_verification: AuthenticationMethod | None
    accepted_verifications: list[AuthenticationMethod]
    rule_ids: list[str]
    numbers_to_dial: list[str]
    delivery_event_id: None | str
    decided_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.permitted_alternative import PermittedAlternative # noqa: PLC0415
        id = self.id

        interaction_id = self.interaction_id

        account_id = self.account_id

        information = self.information.value

        release = self.release.value

        decision = self.decision.value

        reason_code = self.reason_code.value

        detail = self.detail

        permitted_alternatives = []
        for permitted_alternatives_item_data in self.permitted_alternatives:
            permitted_alternatives_item = permitted_alternatives_item_data.to_dict()
            permitted_alternatives.append(permitted_alternatives_item)



        required_verification: None | str
        if isinstance(self.required_verification, AuthenticationMethod):
            required_verification = self.required_verification.value
        else:
            required_verification = self.required_verification

        accepted_verifications = []
        for accepted_verifications_item_data in self.accepted_verifications:
            accepted_verifications_item = accepted_verifications_item_data.value
            accepted_verifications.append(accepted_verifications_item)



        rule_ids = self.rule_ids



        numbers_to_dial = self.numbers_to_dial



        delivery_event_id: None | str
        delivery_event_id = self.delivery_event_id

        decided_at = self.decided_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "interaction_id": interaction_id,
            "account_id": account_id,
            "information": information,
            "release": release,
            "decision": decision,
            "reason_code": reason_code,
            "detail": detail,
            "permitted_alternatives": permitted_alternatives,
            "required_verification": required_verification,
            "accepted_verifications": accepted_verifications,
            "rule_ids": rule_ids,
            "numbers_to_dial": numbers_to_dial,
            "delivery_event_id": delivery_event_id,
            "decided_at": decided_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permitted_alternative import PermittedAlternative # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        interaction_id = d.pop("interaction_id")

        account_id = d.pop("account_id")

        information = CpniInformation(d.pop("information"))




        release = ReleaseMethod(d.pop("release"))




        decision = DisclosureVerdict(d.pop("decision"))




        reason_code = ReasonCode(d.pop("reason_code"))




        detail = d.pop("detail")

        permitted_alternatives = []
        _permitted_alternatives = d.pop("permitted_alternatives")
        for permitted_alternatives_item_data in (_permitted_alternatives):
            permitted_alternatives_item = PermittedAlternative.from_dict(permitted_alternatives_item_data)



            permitted_alternatives.append(permitted_alternatives_item)


        def _parse_required_verification(data: object) -> AuthenticationMethod | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                required_verification_type_0 = AuthenticationMethod(data)



                return required_verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthenticationMethod | None, data)

        required_verification = _parse_required_verification(d.pop("required_verification"))


        accepted_verifications = []
        _accepted_verifications = d.pop("accepted_verifications")
        for accepted_verifications_item_data in (_accepted_verifications):
            accepted_verifications_item = AuthenticationMethod(accepted_verifications_item_data)



            accepted_verifications.append(accepted_verifications_item)


        rule_ids = cast(list[str], d.pop("rule_ids"))


        numbers_to_dial = cast(list[str], d.pop("numbers_to_dial"))


        def _parse_delivery_event_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        delivery_event_id = _parse_delivery_event_id(d.pop("delivery_event_id"))


        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))




        disclosure_check_out = cls(
            id=id,
            interaction_id=interaction_id,
            account_id=account_id,
            information=information,
            release=release,
            decision=decision,
            reason_code=reason_code,
            detail=detail,
            permitted_alternatives=permitted_alternatives,
            required_verification=required_verification,
            accepted_verifications=accepted_verifications,
            rule_ids=rule_ids,
            numbers_to_dial=numbers_to_dial,
            delivery_event_id=delivery_event_id,
            decided_at=decided_at,
        )


        disclosure_check_out.additional_properties = d
        return disclosure_check_out

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
