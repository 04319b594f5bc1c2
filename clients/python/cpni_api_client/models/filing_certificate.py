from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.procedure_statement import ProcedureStatement





T = TypeVar("T", bound="FilingCertificate")



@_attrs_define
class FilingCertificate:
    """ The officer's certification as filed (R-2009-e): who certifies for whom, and the statement.

        Attributes:
            carrier_legal_name (None | str): Null until `PUT /v1/carrier-profile` names the carrier.
            filer_id_499 (None | str):
            frn (None | str):
            officer_name (None | str):
            officer_title (None | str):
            statement (str): The certification statement the officer signs.
            complaints_statement (str):
            pretexter_actions_statement (str):
            procedures (list[ProcedureStatement]): The accompanying statement of operating procedures, written from what the
                service enforces (`GET /v1/carrier-policy` and the settings).
     """

    carrier_legal_name: None | str
    filer_id_499: None | str
    frn: None | str
    officer_name: None | str
    officer_title: None | str
    statement: str
    complaints_statement: str
    pretexter_actions_statement: str
    procedures: list[ProcedureStatement]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.procedure_statement import ProcedureStatement # noqa: PLC0415
        carrier_legal_name: None | str
        carrier_legal_name = self.carrier_legal_name

        filer_id_499: None | str
        filer_id_499 = self.filer_id_499

        frn: None | str
        frn = self.frn

        officer_name: None | str
        officer_name = self.officer_name

        officer_title: None | str
        officer_title = self.officer_title

        statement = self.statement

        complaints_statement = self.complaints_statement

        pretexter_actions_statement = self.pretexter_actions_statement

        procedures = []
        for procedures_item_data in self.procedures:
            procedures_item = procedures_item_data.to_dict()
            procedures.append(procedures_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "carrier_legal_name": carrier_legal_name,
            "filer_id_499": filer_id_499,
            "frn": frn,
            "officer_name": officer_name,
            "officer_title": officer_title,
            "statement": statement,
            "complaints_statement": complaints_statement,
            "pretexter_actions_statement": pretexter_actions_statement,
            "procedures": procedures,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.procedure_statement import ProcedureStatement # noqa: PLC0415
        d = dict(src_dict)
        def _parse_carrier_legal_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        carrier_legal_name = _parse_carrier_legal_name(d.pop("carrier_legal_name"))


        def _parse_filer_id_499(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        filer_id_499 = _parse_filer_id_499(d.pop("filer_id_499"))


        def _parse_frn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        frn = _parse_frn(d.pop("frn"))


        def _parse_officer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        officer_name = _parse_officer_name(d.pop("officer_name"))


        def _parse_officer_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        officer_title = _parse_officer_title(d.pop("officer_title"))


        statement = d.pop("statement")

        complaints_statement = d.pop("complaints_statement")

        pretexter_actions_statement = d.pop("pretexter_actions_statement")

        procedures = []
        _procedures = d.pop("procedures")
        for procedures_item_data in (_procedures):
            procedures_item = ProcedureStatement.from_dict(procedures_item_data)



            procedures.append(procedures_item)


        filing_certificate = cls(
            carrier_legal_name=carrier_legal_name,
            filer_id_499=filer_id_499,
            frn=frn,
            officer_name=officer_name,
            officer_title=officer_title,
            statement=statement,
            complaints_statement=complaints_statement,
            pretexter_actions_statement=pretexter_actions_statement,
            procedures=procedures,
        )


        filing_certificate.additional_properties = d
        return filing_certificate

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
