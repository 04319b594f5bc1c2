from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.acknowledgement_out import AcknowledgementOut
  from ..models.agreement_out import AgreementOut





T = TypeVar("T", bound="ThirdPartyOut")



@_attrs_define
class ThirdPartyOut:
    """ 
        Attributes:
            id (str):
            name (str):
            kind (str):
            provides_communications_related_services (bool):
            confidentiality_agreement (AgreementOut | None):
            use_limitation_acknowledgement (AcknowledgementOut | None):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    id: str
    name: str
    kind: str
    provides_communications_related_services: bool
    confidentiality_agreement: AgreementOut | None
    use_limitation_acknowledgement: AcknowledgementOut | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.acknowledgement_out import AcknowledgementOut # noqa: PLC0415
        from ..models.agreement_out import AgreementOut # noqa: PLC0415
        id = self.id

        name = self.name

        kind = self.kind

        provides_communications_related_services = self.provides_communications_related_services

        confidentiality_agreement: dict[str, Any] | None
        if isinstance(self.confidentiality_agreement, AgreementOut):
            confidentiality_agreement = self.confidentiality_agreement.to_dict()
        else:
            confidentiality_agreement = self.confidentiality_agreement

        use_limitation_acknowledgement: dict[str, Any] | None
        if isinstance(self.use_limitation_acknowledgement, AcknowledgementOut):
            use_limitation_acknowledgement = self.use_limitation_acknowledgement.to_dict()
        else:
            use_limitation_acknowledgement = self.use_limitation_acknowledgement

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "kind": kind,
            "provides_communications_related_services": provides_communications_related_services,
            "confidentiality_agreement": confidentiality_agreement,
            "use_limitation_acknowledgement": use_limitation_acknowledgement,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acknowledgement_out import AcknowledgementOut # noqa: PLC0415
        from ..models.agreement_out import AgreementOut # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        kind = d.pop("kind")

        provides_communications_related_services = d.pop("provides_communications_related_services")

        def _parse_confidentiality_agreement(data: object) -> AgreementOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                confidentiality_agreement_type_0 = AgreementOut.from_dict(data)



                return confidentiality_agreement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgreementOut | None, data)

        confidentiality_agreement = _parse_confidentiality_agreement(d.pop("confidentiality_agreement"))


        def _parse_use_limitation_acknowledgement(data: object) -> AcknowledgementOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                use_limitation_acknowledgement_type_0 = AcknowledgementOut.from_dict(data)



                return use_limitation_acknowledgement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AcknowledgementOut | None, data)

        use_limitation_acknowledgement = _parse_use_limitation_acknowledgement(d.pop("use_limitation_acknowledgement"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        third_party_out = cls(
            id=id,
            name=name,
            kind=kind,
            provides_communications_related_services=provides_communications_related_services,
            confidentiality_agreement=confidentiality_agreement,
            use_limitation_acknowledgement=use_limitation_acknowledgement,
            created_at=created_at,
            updated_at=updated_at,
        )


        third_party_out.additional_properties = d
        return third_party_out

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
