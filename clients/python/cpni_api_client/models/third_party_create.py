from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.third_party_kind import ThirdPartyKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.acknowledgement_in import AcknowledgementIn
  from ..models.agreement_in import AgreementIn





T = TypeVar("T", bound="ThirdPartyCreate")



@_attrs_define
class ThirdPartyCreate:
    """ 
        Attributes:
            name (str):
            kind (ThirdPartyKind): E16: an explicit, reviewed attribute of each recipient. Anything unknown is treated as
                needing
                opt-in.

                Extensible: new values may be added in any release, so clients must not fail on an unknown value.
            provides_communications_related_services (bool | Unset): Affiliates only: opt-out approval suffices for
                affiliates that provide communications-related services (R-2007-b-1); other affiliates need opt-in. Default:
                False.
            confidentiality_agreement (AgreementIn | None | Unset): Required before CPNI reaches a joint venture partner,
                independent contractor, vendor or carrier; an expired agreement denies every use.
            use_limitation_acknowledgement (AcknowledgementIn | None | Unset): Agents only: required before CPNI reaches the
                agent.
     """

    name: str
    kind: ThirdPartyKind
    provides_communications_related_services: bool | Unset = False
    confidentiality_agreement: AgreementIn | None | Unset = UNSET
    use_limitation_acknowledgement: AcknowledgementIn | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.acknowledgement_in import AcknowledgementIn # noqa: PLC0415
        from ..models.agreement_in import AgreementIn # noqa: PLC0415
        name = self.name

        kind = self.kind.value

        provides_communications_related_services = self.provides_communications_related_services

        confidentiality_agreement: dict[str, Any] | None | Unset
        if isinstance(self.confidentiality_agreement, Unset):
            confidentiality_agreement = UNSET
        elif isinstance(self.confidentiality_agreement, AgreementIn):
            confidentiality_agreement = self.confidentiality_agreement.to_dict()
        else:
            confidentiality_agreement = self.confidentiality_agreement

        use_limitation_acknowledgement: dict[str, Any] | None | Unset
        if isinstance(self.use_limitation_acknowledgement, Unset):
            use_limitation_acknowledgement = UNSET
        elif isinstance(self.use_limitation_acknowledgement, AcknowledgementIn):
            use_limitation_acknowledgement = self.use_limitation_acknowledgement.to_dict()
        else:
            use_limitation_acknowledgement = self.use_limitation_acknowledgement


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "kind": kind,
        })
        if provides_communications_related_services is not UNSET:
            field_dict["provides_communications_related_services"] = provides_communications_related_services
        if confidentiality_agreement is not UNSET:
            field_dict["confidentiality_agreement"] = confidentiality_agreement
        if use_limitation_acknowledgement is not UNSET:
            field_dict["use_limitation_acknowledgement"] = use_limitation_acknowledgement

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acknowledgement_in import AcknowledgementIn # noqa: PLC0415
        from ..models.agreement_in import AgreementIn # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        kind = ThirdPartyKind(d.pop("kind"))




        provides_communications_related_services = d.pop("provides_communications_related_services", UNSET)

        def _parse_confidentiality_agreement(data: object) -> AgreementIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                confidentiality_agreement_type_0 = AgreementIn.from_dict(data)



                return confidentiality_agreement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgreementIn | None | Unset, data)

        confidentiality_agreement = _parse_confidentiality_agreement(d.pop("confidentiality_agreement", UNSET))


        def _parse_use_limitation_acknowledgement(data: object) -> AcknowledgementIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                use_limitation_acknowledgement_type_0 = AcknowledgementIn.from_dict(data)



                return use_limitation_acknowledgement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AcknowledgementIn | None | Unset, data)

        use_limitation_acknowledgement = _parse_use_limitation_acknowledgement(d.pop("use_limitation_acknowledgement", UNSET))


        third_party_create = cls(
            name=name,
            kind=kind,
            provides_communications_related_services=provides_communications_related_services,
            confidentiality_agreement=confidentiality_agreement,
            use_limitation_acknowledgement=use_limitation_acknowledgement,
        )

        return third_party_create

