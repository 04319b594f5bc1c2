from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.line_security_settings import LineSecuritySettings
  from ..models.lockout_window import LockoutWindow
  from ..models.one_time_code_settings import OneTimeCodeSettings
  from ..models.opt_out_waits import OptOutWaits





T = TypeVar("T", bound="RuleSettings")



@_attrs_define
class RuleSettings:
    """ The effective values of the settings the rules read, as this deployment runs them.

        Attributes:
            verification_lockout (LockoutWindow):
            slow_guessing_lockout (LockoutWindow):
            service_initiation_minutes (int): How long a new-service account may get credentials without an interaction or a
                notice (R-2010-f-2); existing customers have no such window.
            opt_out_waits (OptOutWaits):
            one_time_codes (OneTimeCodeSettings):
            interaction_ttl_seconds (float):
            training_gate_enabled (bool): Disclosure checks deny agents without a training valid now (R-2009-b).
            breach_2024_rules_effective_on (datetime.date | None): From this date breaches follow the 2024 rules
                (R-2011-NEW-1); null: the 2007 rules.
            line_security (LineSecuritySettings): SIM changes and port-outs (R-2010-h, R-5237; ADR 0026).
     """

    verification_lockout: LockoutWindow
    slow_guessing_lockout: LockoutWindow
    service_initiation_minutes: int
    opt_out_waits: OptOutWaits
    one_time_codes: OneTimeCodeSettings
    interaction_ttl_seconds: float
    training_gate_enabled: bool
    breach_2024_rules_effective_on: datetime.date | None
    line_security: LineSecuritySettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.line_security_settings import LineSecuritySettings # noqa: PLC0415
        from ..models.lockout_window import LockoutWindow # noqa: PLC0415
        from ..models.one_time_code_settings import OneTimeCodeSettings # noqa: PLC0415
        from ..models.opt_out_waits import OptOutWaits # noqa: PLC0415
        verification_lockout = self.verification_lockout.to_dict()

        slow_guessing_lockout = self.slow_guessing_lockout.to_dict()

        service_initiation_minutes = self.service_initiation_minutes

        opt_out_waits = self.opt_out_waits.to_dict()

        one_time_codes = self.one_time_codes.to_dict()

        interaction_ttl_seconds = self.interaction_ttl_seconds

        training_gate_enabled = self.training_gate_enabled

        breach_2024_rules_effective_on: None | str
        if isinstance(self.breach_2024_rules_effective_on, datetime.date):
            breach_2024_rules_effective_on = self.breach_2024_rules_effective_on.isoformat()
        else:
            breach_2024_rules_effective_on = self.breach_2024_rules_effective_on

        line_security = self.line_security.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "verification_lockout": verification_lockout,
            "slow_guessing_lockout": slow_guessing_lockout,
            "service_initiation_minutes": service_initiation_minutes,
            "opt_out_waits": opt_out_waits,
            "one_time_codes": one_time_codes,
            "interaction_ttl_seconds": interaction_ttl_seconds,
            "training_gate_enabled": training_gate_enabled,
            "breach_2024_rules_effective_on": breach_2024_rules_effective_on,
            "line_security": line_security,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_security_settings import LineSecuritySettings # noqa: PLC0415
        from ..models.lockout_window import LockoutWindow # noqa: PLC0415
        from ..models.one_time_code_settings import OneTimeCodeSettings # noqa: PLC0415
        from ..models.opt_out_waits import OptOutWaits # noqa: PLC0415
        d = dict(src_dict)
        verification_lockout = LockoutWindow.from_dict(d.pop("verification_lockout"))




        slow_guessing_lockout = LockoutWindow.from_dict(d.pop("slow_guessing_lockout"))




        service_initiation_minutes = d.pop("service_initiation_minutes")

        opt_out_waits = OptOutWaits.from_dict(d.pop("opt_out_waits"))




        one_time_codes = OneTimeCodeSettings.from_dict(d.pop("one_time_codes"))




        interaction_ttl_seconds = d.pop("interaction_ttl_seconds")

        training_gate_enabled = d.pop("training_gate_enabled")

        def _parse_breach_2024_rules_effective_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                breach_2024_rules_effective_on_type_0 = datetime.date.fromisoformat(data)



                return breach_2024_rules_effective_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        breach_2024_rules_effective_on = _parse_breach_2024_rules_effective_on(d.pop("breach_2024_rules_effective_on"))


        line_security = LineSecuritySettings.from_dict(d.pop("line_security"))




        rule_settings = cls(
            verification_lockout=verification_lockout,
            slow_guessing_lockout=slow_guessing_lockout,
            service_initiation_minutes=service_initiation_minutes,
            opt_out_waits=opt_out_waits,
            one_time_codes=one_time_codes,
            interaction_ttl_seconds=interaction_ttl_seconds,
            training_gate_enabled=training_gate_enabled,
            breach_2024_rules_effective_on=breach_2024_rules_effective_on,
            line_security=line_security,
        )


        rule_settings.additional_properties = d
        return rule_settings

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
