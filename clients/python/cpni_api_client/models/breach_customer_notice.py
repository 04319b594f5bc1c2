from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.breach_notice_content import BreachNoticeContent





T = TypeVar("T", bound="BreachCustomerNotice")



@_attrs_define
class BreachCustomerNotice:
    """ R-2011-c, R-2011-NEW-7: notify this affected customer of the breach.

        Attributes:
            breach_id (str):
            regime (str): The breach rules it was determined under: `2007` or `2024`.
            notice (Literal['cpni_breach']):
            content (BreachNoticeContent | None | Unset): 2024 rules: the notice's minimum content (absent for 2007
                breaches).
     """

    breach_id: str
    regime: str
    notice: Literal['cpni_breach']
    content: BreachNoticeContent | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.breach_notice_content import BreachNoticeContent # noqa: PLC0415
        breach_id = self.breach_id

        regime = self.regime

        notice = self.notice

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, BreachNoticeContent):
            content = self.content.to_dict()
        else:
            content = self.content


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "breach_id": breach_id,
            "regime": regime,
            "notice": notice,
        })
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.breach_notice_content import BreachNoticeContent # noqa: PLC0415
        d = dict(src_dict)
        breach_id = d.pop("breach_id")

        regime = d.pop("regime")

        notice = cast(Literal['cpni_breach'] , d.pop("notice"))
        if notice != 'cpni_breach':
            raise ValueError(f"notice must match const 'cpni_breach', got '{notice}'")

        def _parse_content(data: object) -> BreachNoticeContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_0 = BreachNoticeContent.from_dict(data)



                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BreachNoticeContent | None | Unset, data)

        content = _parse_content(d.pop("content", UNSET))


        breach_customer_notice = cls(
            breach_id=breach_id,
            regime=regime,
            notice=notice,
            content=content,
        )


        breach_customer_notice.additional_properties = d
        return breach_customer_notice

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
