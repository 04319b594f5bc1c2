from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.error_code import ErrorCode
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.field_error import FieldError





T = TypeVar("T", bound="Problem")



@_attrs_define
class Problem:
    """ RFC 9457 problem details, as returned for every error. Besides the members every problem has, some
    codes add the extension members below (each optional); a client must ignore members it does not know,
    since a code may gain one (ADR 0031).

        Attributes:
            type_ (str): A URI naming the problem type: `urn:cpni-api:problem:<code>`.
            title (str):
            status (int):
            detail (str): What went wrong, for a person; never a submitted value.
            code (ErrorCode): Stable problem codes. Add freely; never rename or reuse one (integrators switch on them).

                Extensible: new values may be added in any release, so clients must not fail on an unknown value.
            correlation_id (str): The request's id, as in the `x-request-id` header and the logs.
            errors (list[FieldError] | None | Unset): VALIDATION_FAILED (and codes about one field): each field at fault.
            required_scope (None | str | Unset): INSUFFICIENT_SCOPE: the scope needed.
            rule (None | str | Unset): The rule (R-...) behind the refusal.
            reason (None | str | Unset): Why, as a token (CUSTOMER_NOTICE_TOO_EARLY, REQUEST_NOT_ALLOWED).
            reason_code (None | str | Unset): CAMPAIGN_NOT_RUNNABLE: the campaign's reason code, e.g. CAMPAIGN_CLOSED.
            earliest_allowed_at (datetime.datetime | None | Unset): CUSTOMER_NOTICE_TOO_EARLY: from when the notice may go,
                when known.
            unknown_account_ids (list[str] | None | Unset): UNKNOWN_ACCOUNT_IDS: the first unknown ids (at most 100).
            unknown_account_count (int | None | Unset): UNKNOWN_ACCOUNT_IDS: how many of the ids are unknown.
            endpoint_id (None | str | Unset): WEBHOOK_URL_ALREADY_REGISTERED: the endpoint that has the URL.
            locked_until (datetime.datetime | None | Unset): VERIFICATION_LOCKED: when verification may be tried again.
            sim_changed_at (datetime.datetime | None | Unset): NUMBER_RECENTLY_SWAPPED: when the number's SIM changed.
     """

    type_: str
    title: str
    status: int
    detail: str
    code: ErrorCode
    correlation_id: str
    errors: list[FieldError] | None | Unset = UNSET
    required_scope: None | str | Unset = UNSET
    rule: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    reason_code: None | str | Unset = UNSET
    earliest_allowed_at: datetime.datetime | None | Unset = UNSET
    unknown_account_ids: list[str] | None | Unset = UNSET
    unknown_account_count: int | None | Unset = UNSET
    endpoint_id: None | str | Unset = UNSET
    locked_until: datetime.datetime | None | Unset = UNSET
    sim_changed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.field_error import FieldError # noqa: PLC0415
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        code = self.code.value

        correlation_id = self.correlation_id

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)


        else:
            errors = self.errors

        required_scope: None | str | Unset
        if isinstance(self.required_scope, Unset):
            required_scope = UNSET
        else:
            required_scope = self.required_scope

        rule: None | str | Unset
        if isinstance(self.rule, Unset):
            rule = UNSET
        else:
            rule = self.rule

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        reason_code: None | str | Unset
        if isinstance(self.reason_code, Unset):
            reason_code = UNSET
        else:
            reason_code = self.reason_code

        earliest_allowed_at: None | str | Unset
        if isinstance(self.earliest_allowed_at, Unset):
            earliest_allowed_at = UNSET
        elif isinstance(self.earliest_allowed_at, datetime.datetime):
            earliest_allowed_at = self.earliest_allowed_at.isoformat()
        else:
            earliest_allowed_at = self.earliest_allowed_at

        unknown_account_ids: list[str] | None | Unset
        if isinstance(self.unknown_account_ids, Unset):
            unknown_account_ids = UNSET
        elif isinstance(self.unknown_account_ids, list):
            unknown_account_ids = self.unknown_account_ids


        else:
            unknown_account_ids = self.unknown_account_ids

        unknown_account_count: int | None | Unset
        if isinstance(self.unknown_account_count, Unset):
            unknown_account_count = UNSET
        else:
            unknown_account_count = self.unknown_account_count

        endpoint_id: None | str | Unset
        if isinstance(self.endpoint_id, Unset):
            endpoint_id = UNSET
        else:
            endpoint_id = self.endpoint_id

        locked_until: None | str | Unset
        if isinstance(self.locked_until, Unset):
            locked_until = UNSET
        elif isinstance(self.locked_until, datetime.datetime):
            locked_until = self.locked_until.isoformat()
        else:
            locked_until = self.locked_until

        sim_changed_at: None | str | Unset
        if isinstance(self.sim_changed_at, Unset):
            sim_changed_at = UNSET
        elif isinstance(self.sim_changed_at, datetime.datetime):
            sim_changed_at = self.sim_changed_at.isoformat()
        else:
            sim_changed_at = self.sim_changed_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "type": type_,
            "title": title,
            "status": status,
            "detail": detail,
            "code": code,
            "correlation_id": correlation_id,
        })
        if errors is not UNSET:
            field_dict["errors"] = errors
        if required_scope is not UNSET:
            field_dict["required_scope"] = required_scope
        if rule is not UNSET:
            field_dict["rule"] = rule
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reason_code is not UNSET:
            field_dict["reason_code"] = reason_code
        if earliest_allowed_at is not UNSET:
            field_dict["earliest_allowed_at"] = earliest_allowed_at
        if unknown_account_ids is not UNSET:
            field_dict["unknown_account_ids"] = unknown_account_ids
        if unknown_account_count is not UNSET:
            field_dict["unknown_account_count"] = unknown_account_count
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if locked_until is not UNSET:
            field_dict["locked_until"] = locked_until
        if sim_changed_at is not UNSET:
            field_dict["sim_changed_at"] = sim_changed_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError # noqa: PLC0415
        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail")

        code = ErrorCode(d.pop("code"))




        correlation_id = d.pop("correlation_id")

        def _parse_errors(data: object) -> list[FieldError] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in (_errors_type_0):
                    errors_type_0_item = FieldError.from_dict(errors_type_0_item_data)



                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FieldError] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))


        def _parse_required_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        required_scope = _parse_required_scope(d.pop("required_scope", UNSET))


        def _parse_rule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule = _parse_rule(d.pop("rule", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        def _parse_reason_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason_code = _parse_reason_code(d.pop("reason_code", UNSET))


        def _parse_earliest_allowed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                earliest_allowed_at_type_0 = datetime.datetime.fromisoformat(data)



                return earliest_allowed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        earliest_allowed_at = _parse_earliest_allowed_at(d.pop("earliest_allowed_at", UNSET))


        def _parse_unknown_account_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                unknown_account_ids_type_0 = cast(list[str], data)

                return unknown_account_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        unknown_account_ids = _parse_unknown_account_ids(d.pop("unknown_account_ids", UNSET))


        def _parse_unknown_account_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unknown_account_count = _parse_unknown_account_count(d.pop("unknown_account_count", UNSET))


        def _parse_endpoint_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_id = _parse_endpoint_id(d.pop("endpoint_id", UNSET))


        def _parse_locked_until(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locked_until_type_0 = datetime.datetime.fromisoformat(data)



                return locked_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        locked_until = _parse_locked_until(d.pop("locked_until", UNSET))


        def _parse_sim_changed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sim_changed_at_type_0 = datetime.datetime.fromisoformat(data)



                return sim_changed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sim_changed_at = _parse_sim_changed_at(d.pop("sim_changed_at", UNSET))


        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            code=code,
            correlation_id=correlation_id,
            errors=errors,
            required_scope=required_scope,
            rule=rule,
            reason=reason,
            reason_code=reason_code,
            earliest_allowed_at=earliest_allowed_at,
            unknown_account_ids=unknown_account_ids,
            unknown_account_count=unknown_account_count,
            endpoint_id=endpoint_id,
            locked_until=locked_until,
            sim_changed_at=sim_changed_at,
        )


        problem.additional_properties = d
        return problem

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
