from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.verification_in_id_type_type_0 import VerificationInIdTypeType0
from ..models.verification_in_method import VerificationInMethod
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="VerificationIn")



@_attrs_define
class VerificationIn:
    """ 
        Attributes:
            method (VerificationInMethod):
            password (None | str | Unset):
            answer (None | str | Unset):
            code (None | str | Unset):
            id_type (None | Unset | VerificationInIdTypeType0):
            expires_on (datetime.date | None | Unset):
            matches_account (bool | None | Unset):
            representative (None | str | Unset): business_contract: the dedicated representative who authenticated the
                caller as the contract provides (R-2010-g).
            contract_reference (None | str | Unset): business_contract: the CPNI contract relied on.
     """

    method: VerificationInMethod
    password: None | str | Unset = UNSET
    answer: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    id_type: None | Unset | VerificationInIdTypeType0 = UNSET
    expires_on: datetime.date | None | Unset = UNSET
    matches_account: bool | None | Unset = UNSET
    representative: None | str | Unset = UNSET
    contract_reference: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        answer: None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        else:
            answer = self.answer

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        id_type: None | str | Unset
        if isinstance(self.id_type, Unset):
            id_type = UNSET
        elif isinstance(self.id_type, VerificationInIdTypeType0):
            id_type = self.id_type.value
        else:
            id_type = self.id_type

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        matches_account: bool | None | Unset
        if isinstance(self.matches_account, Unset):
            matches_account = UNSET
        else:
            matches_account = self.matches_account

        representative: None | str | Unset
        if isinstance(self.representative, Unset):
            representative = UNSET
        else:
            representative = self.representative

        contract_reference: None | str | Unset
        if isinstance(self.contract_reference, Unset):
            contract_reference = UNSET
        else:
            contract_reference = self.contract_reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "method": method,
        })
        if password is not UNSET:
            field_dict["password"] = password
        if answer is not UNSET:
            field_dict["answer"] = answer
        if code is not UNSET:
            field_dict["code"] = code
        if id_type is not UNSET:
            field_dict["id_type"] = id_type
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on
        if matches_account is not UNSET:
            field_dict["matches_account"] = matches_account
        if representative is not UNSET:
            field_dict["representative"] = representative
        if contract_reference is not UNSET:
            field_dict["contract_reference"] = contract_reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = VerificationInMethod(d.pop("method"))




        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))


        def _parse_answer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        answer = _parse_answer(d.pop("answer", UNSET))


        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))


        def _parse_id_type(data: object) -> None | Unset | VerificationInIdTypeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_type_0 = VerificationInIdTypeType0(data)



                return id_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerificationInIdTypeType0, data)

        id_type = _parse_id_type(d.pop("id_type", UNSET))


        def _parse_expires_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)



                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expires_on", UNSET))


        def _parse_matches_account(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        matches_account = _parse_matches_account(d.pop("matches_account", UNSET))


        def _parse_representative(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        representative = _parse_representative(d.pop("representative", UNSET))


        def _parse_contract_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_reference = _parse_contract_reference(d.pop("contract_reference", UNSET))


        verification_in = cls(
            method=method,
            password=password,
            answer=answer,
            code=code,
            id_type=id_type,
            expires_on=expires_on,
            matches_account=matches_account,
            representative=representative,
            contract_reference=contract_reference,
        )

        return verification_in

