from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.breach_out_regime import BreachOutRegime
from ..models.breach_out_status import BreachOutStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.breach_obligation_out import BreachObligationOut
  from ..models.consultation_out import ConsultationOut
  from ..models.customer_notice_out import CustomerNoticeOut
  from ..models.hold_out import HoldOut
  from ..models.public_disclosure_out import PublicDisclosureOut





T = TypeVar("T", bound="BreachOut")



@_attrs_define
class BreachOut:
    """ 
        Attributes:
            id (str):
            regime (BreachOutRegime): The §64.2011 text the breach is decided under (E19).
            status (BreachOutStatus): The most urgent obligation's state as of now; `voided` once voided (nothing is owed).
            discovered_at (datetime.datetime):
            determined_at (datetime.datetime):
            description (str):
            cpni_involved (str):
            circumstances (str):
            harm_reasonably_likely (bool | None):
            affected_account_count (int):
            law_enforcement_notice_due_by (datetime.datetime):
            law_enforcement_notified_at (datetime.datetime | None):
            law_enforcement_reference (None | str):
            urgent_need (bool):
            customer_notice_not_before (datetime.datetime | None): 2007 regime: 7 full business days after the law-
                enforcement notice (R-2011-b-1).
            customer_notice_due_by (datetime.datetime | None): 2024 regime: determination + 30 days.
            fcc_notice_required (bool):
            fcc_notice_due_by (datetime.datetime | None):
            fcc_notified_at (datetime.datetime | None):
            fcc_reference (None | str):
            customer_notice (CustomerNoticeOut):
            obligations (list[BreachObligationOut]):
            holds (list[HoldOut]):
            agency_consultations (list[ConsultationOut]):
            public_disclosures (list[PublicDisclosureOut]):
            next_deadline (datetime.datetime | None): The earliest deadline of an open obligation.
            retained_until (datetime.datetime | None): R-2011-d: the record may not be purged before this; null while
                obligations are open.
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            voided_at (datetime.datetime | None | Unset): Set when the breach was voided as recorded by mistake; it then
                owes nothing.
            void_reason (None | str | Unset):
     """

    id: str
    regime: BreachOutRegime
    status: BreachOutStatus
    discovered_at: datetime.datetime
    determined_at: datetime.datetime
    description: str
    cpni_involved: str
    circumstances: str
    harm_reasonably_likely: bool | None
    affected_account_count: int
    law_enforcement_notice_due_by: datetime.datetime
    law_enforcement_notified_at: datetime.datetime | None
    law_enforcement_reference: None | str
    urgent_need: bool
    customer_notice_not_before: datetime.datetime | None
    customer_notice_due_by: datetime.datetime | None
    fcc_notice_required: bool
    fcc_notice_due_by: datetime.datetime | None
    fcc_notified_at: datetime.datetime | None
    fcc_reference: None | str
    customer_notice: CustomerNoticeOut
    obligations: list[BreachObligationOut]
    holds: list[HoldOut]
    agency_consultations: list[ConsultationOut]
    public_disclosures: list[PublicDisclosureOut]
    next_deadline: datetime.datetime | None
    retained_until: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    voided_at: datetime.datetime | None | Unset = UNSET
    void_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.breach_obligation_out import BreachObligationOut # noqa: PLC0415
        from ..models.consultation_out import ConsultationOut # noqa: PLC0415
        from ..models.customer_notice_out import CustomerNoticeOut # noqa: PLC0415
        from ..models.hold_out import HoldOut # noqa: PLC0415
        from ..models.public_disclosure_out import PublicDisclosureOut # noqa: PLC0415
        id = self.id

        regime = self.regime.value

        status = self.status.value

        discovered_at = self.discovered_at.isoformat()

        determined_at = self.determined_at.isoformat()

        description = self.description

        cpni_involved = self.cpni_involved

        circumstances = self.circumstances

        harm_reasonably_likely: bool | None
        harm_reasonably_likely = self.harm_reasonably_likely

        affected_account_count = self.affected_account_count

        law_enforcement_notice_due_by = self.law_enforcement_notice_due_by.isoformat()

        law_enforcement_notified_at: None | str
        if isinstance(self.law_enforcement_notified_at, datetime.datetime):
            law_enforcement_notified_at = self.law_enforcement_notified_at.isoformat()
        else:
            law_enforcement_notified_at = self.law_enforcement_notified_at

        law_enforcement_reference: None | str
        law_enforcement_reference = self.law_enforcement_reference

        urgent_need = self.urgent_need

        customer_notice_not_before: None | str
        if isinstance(self.customer_notice_not_before, datetime.datetime):
            customer_notice_not_before = self.customer_notice_not_before.isoformat()
        else:
            customer_notice_not_before = self.customer_notice_not_before

        customer_notice_due_by: None | str
        if isinstance(self.customer_notice_due_by, datetime.datetime):
            customer_notice_due_by = self.customer_notice_due_by.isoformat()
        else:
            customer_notice_due_by = self.customer_notice_due_by

        fcc_notice_required = self.fcc_notice_required

        fcc_notice_due_by: None | str
        if isinstance(self.fcc_notice_due_by, datetime.datetime):
            fcc_notice_due_by = self.fcc_notice_due_by.isoformat()
        else:
            fcc_notice_due_by = self.fcc_notice_due_by

        fcc_notified_at: None | str
        if isinstance(self.fcc_notified_at, datetime.datetime):
            fcc_notified_at = self.fcc_notified_at.isoformat()
        else:
            fcc_notified_at = self.fcc_notified_at

        fcc_reference: None | str
        fcc_reference = self.fcc_reference

        customer_notice = self.customer_notice.to_dict()

        obligations = []
        for obligations_item_data in self.obligations:
            obligations_item = obligations_item_data.to_dict()
            obligations.append(obligations_item)



        holds = []
        for holds_item_data in self.holds:
            holds_item = holds_item_data.to_dict()
            holds.append(holds_item)



        agency_consultations = []
        for agency_consultations_item_data in self.agency_consultations:
            agency_consultations_item = agency_consultations_item_data.to_dict()
            agency_consultations.append(agency_consultations_item)



        public_disclosures = []
        for public_disclosures_item_data in self.public_disclosures:
            public_disclosures_item = public_disclosures_item_data.to_dict()
            public_disclosures.append(public_disclosures_item)



        next_deadline: None | str
        if isinstance(self.next_deadline, datetime.datetime):
            next_deadline = self.next_deadline.isoformat()
        else:
            next_deadline = self.next_deadline

        retained_until: None | str
        if isinstance(self.retained_until, datetime.datetime):
            retained_until = self.retained_until.isoformat()
        else:
            retained_until = self.retained_until

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        voided_at: None | str | Unset
        if isinstance(self.voided_at, Unset):
            voided_at = UNSET
        elif isinstance(self.voided_at, datetime.datetime):
            voided_at = self.voided_at.isoformat()
        else:
            voided_at = self.voided_at

        void_reason: None | str | Unset
        if isinstance(self.void_reason, Unset):
            void_reason = UNSET
        else:
            void_reason = self.void_reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "regime": regime,
            "status": status,
            "discovered_at": discovered_at,
            "determined_at": determined_at,
            "description": description,
            "cpni_involved": cpni_involved,
            "circumstances": circumstances,
            "harm_reasonably_likely": harm_reasonably_likely,
            "affected_account_count": affected_account_count,
            "law_enforcement_notice_due_by": law_enforcement_notice_due_by,
            "law_enforcement_notified_at": law_enforcement_notified_at,
            "law_enforcement_reference": law_enforcement_reference,
            "urgent_need": urgent_need,
            "customer_notice_not_before": customer_notice_not_before,
            "customer_notice_due_by": customer_notice_due_by,
            "fcc_notice_required": fcc_notice_required,
            "fcc_notice_due_by": fcc_notice_due_by,
            "fcc_notified_at": fcc_notified_at,
            "fcc_reference": fcc_reference,
            "customer_notice": customer_notice,
            "obligations": obligations,
            "holds": holds,
            "agency_consultations": agency_consultations,
            "public_disclosures": public_disclosures,
            "next_deadline": next_deadline,
            "retained_until": retained_until,
            "created_at": created_at,
            "updated_at": updated_at,
        })
        if voided_at is not UNSET:
            field_dict["voided_at"] = voided_at
        if void_reason is not UNSET:
            field_dict["void_reason"] = void_reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.breach_obligation_out import BreachObligationOut # noqa: PLC0415
        from ..models.consultation_out import ConsultationOut # noqa: PLC0415
        from ..models.customer_notice_out import CustomerNoticeOut # noqa: PLC0415
        from ..models.hold_out import HoldOut # noqa: PLC0415
        from ..models.public_disclosure_out import PublicDisclosureOut # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        regime = BreachOutRegime(d.pop("regime"))




        status = BreachOutStatus(d.pop("status"))




        discovered_at = datetime.datetime.fromisoformat(d.pop("discovered_at"))




        determined_at = datetime.datetime.fromisoformat(d.pop("determined_at"))




        description = d.pop("description")

        cpni_involved = d.pop("cpni_involved")

        circumstances = d.pop("circumstances")

        def _parse_harm_reasonably_likely(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        harm_reasonably_likely = _parse_harm_reasonably_likely(d.pop("harm_reasonably_likely"))


        affected_account_count = d.pop("affected_account_count")

        law_enforcement_notice_due_by = datetime.datetime.fromisoformat(d.pop("law_enforcement_notice_due_by"))




        def _parse_law_enforcement_notified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                law_enforcement_notified_at_type_0 = datetime.datetime.fromisoformat(data)



                return law_enforcement_notified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        law_enforcement_notified_at = _parse_law_enforcement_notified_at(d.pop("law_enforcement_notified_at"))


        def _parse_law_enforcement_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        law_enforcement_reference = _parse_law_enforcement_reference(d.pop("law_enforcement_reference"))


        urgent_need = d.pop("urgent_need")

        def _parse_customer_notice_not_before(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_notice_not_before_type_0 = datetime.datetime.fromisoformat(data)



                return customer_notice_not_before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        customer_notice_not_before = _parse_customer_notice_not_before(d.pop("customer_notice_not_before"))


        def _parse_customer_notice_due_by(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_notice_due_by_type_0 = datetime.datetime.fromisoformat(data)



                return customer_notice_due_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        customer_notice_due_by = _parse_customer_notice_due_by(d.pop("customer_notice_due_by"))


        fcc_notice_required = d.pop("fcc_notice_required")

        def _parse_fcc_notice_due_by(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fcc_notice_due_by_type_0 = datetime.datetime.fromisoformat(data)



                return fcc_notice_due_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        fcc_notice_due_by = _parse_fcc_notice_due_by(d.pop("fcc_notice_due_by"))


        def _parse_fcc_notified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fcc_notified_at_type_0 = datetime.datetime.fromisoformat(data)



                return fcc_notified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        fcc_notified_at = _parse_fcc_notified_at(d.pop("fcc_notified_at"))


        def _parse_fcc_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fcc_reference = _parse_fcc_reference(d.pop("fcc_reference"))


        customer_notice = CustomerNoticeOut.from_dict(d.pop("customer_notice"))




        obligations = []
        _obligations = d.pop("obligations")
        for obligations_item_data in (_obligations):
            obligations_item = BreachObligationOut.from_dict(obligations_item_data)



            obligations.append(obligations_item)


        holds = []
        _holds = d.pop("holds")
        for holds_item_data in (_holds):
            holds_item = HoldOut.from_dict(holds_item_data)



            holds.append(holds_item)


        agency_consultations = []
        _agency_consultations = d.pop("agency_consultations")
        for agency_consultations_item_data in (_agency_consultations):
            agency_consultations_item = ConsultationOut.from_dict(agency_consultations_item_data)



            agency_consultations.append(agency_consultations_item)


        public_disclosures = []
        _public_disclosures = d.pop("public_disclosures")
        for public_disclosures_item_data in (_public_disclosures):
            public_disclosures_item = PublicDisclosureOut.from_dict(public_disclosures_item_data)



            public_disclosures.append(public_disclosures_item)


        def _parse_next_deadline(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_deadline_type_0 = datetime.datetime.fromisoformat(data)



                return next_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_deadline = _parse_next_deadline(d.pop("next_deadline"))


        def _parse_retained_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retained_until_type_0 = datetime.datetime.fromisoformat(data)



                return retained_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        retained_until = _parse_retained_until(d.pop("retained_until"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        def _parse_voided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voided_at_type_0 = datetime.datetime.fromisoformat(data)



                return voided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        voided_at = _parse_voided_at(d.pop("voided_at", UNSET))


        def _parse_void_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        void_reason = _parse_void_reason(d.pop("void_reason", UNSET))


        breach_out = cls(
            id=id,
            regime=regime,
            status=status,
            discovered_at=discovered_at,
            determined_at=determined_at,
            description=description,
            cpni_involved=cpni_involved,
            circumstances=circumstances,
            harm_reasonably_likely=harm_reasonably_likely,
            affected_account_count=affected_account_count,
            law_enforcement_notice_due_by=law_enforcement_notice_due_by,
            law_enforcement_notified_at=law_enforcement_notified_at,
            law_enforcement_reference=law_enforcement_reference,
            urgent_need=urgent_need,
            customer_notice_not_before=customer_notice_not_before,
            customer_notice_due_by=customer_notice_due_by,
            fcc_notice_required=fcc_notice_required,
            fcc_notice_due_by=fcc_notice_due_by,
            fcc_notified_at=fcc_notified_at,
            fcc_reference=fcc_reference,
            customer_notice=customer_notice,
            obligations=obligations,
            holds=holds,
            agency_consultations=agency_consultations,
            public_disclosures=public_disclosures,
            next_deadline=next_deadline,
            retained_until=retained_until,
            created_at=created_at,
            updated_at=updated_at,
            voided_at=voided_at,
            void_reason=void_reason,
        )


        breach_out.additional_properties = d
        return breach_out

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
