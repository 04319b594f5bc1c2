from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.approval_out import ApprovalOut
  from ..models.scope_status import ScopeStatus





T = TypeVar("T", bound="ApprovalsView")



@_attrs_define
class ApprovalsView:
    """ 
        Attributes:
            account_id (str):
            evaluated_at (datetime.datetime):
            scopes (list[ScopeStatus]): The current standing status of every scope.
            history (list[ApprovalOut]): Every recorded decision, oldest first.
     """

    account_id: str
    evaluated_at: datetime.datetime
    scopes: list[ScopeStatus]
    history: list[ApprovalOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.approval_out import ApprovalOut # noqa: PLC0415
        from ..models.scope_status import ScopeStatus # noqa: PLC0415
        account_id = self.account_id

        evaluated_at = self.evaluated_at.isoformat()

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.to_dict()
            scopes.append(scopes_item)



        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "account_id": account_id,
            "evaluated_at": evaluated_at,
            "scopes": scopes,
            "history": history,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approval_out import ApprovalOut # noqa: PLC0415
        from ..models.scope_status import ScopeStatus # noqa: PLC0415
        d = dict(src_dict)
        account_id = d.pop("account_id")

        evaluated_at = datetime.datetime.fromisoformat(d.pop("evaluated_at"))




        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in (_scopes):
            scopes_item = ScopeStatus.from_dict(scopes_item_data)



            scopes.append(scopes_item)


        history = []
        _history = d.pop("history")
        for history_item_data in (_history):
            history_item = ApprovalOut.from_dict(history_item_data)



            history.append(history_item)


        approvals_view = cls(
            account_id=account_id,
            evaluated_at=evaluated_at,
            scopes=scopes,
            history=history,
        )


        approvals_view.additional_properties = d
        return approvals_view

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
