"""The words of the third-parties domain: the kinds of recipient of CPNI (E16)."""

from __future__ import annotations

from enum import StrEnum


class ThirdPartyKind(StrEnum):
    """E16: an explicit, reviewed attribute of each recipient. Anything unknown is treated as needing
    opt-in."""

    AFFILIATE = "affiliate"
    AGENT = "agent"
    JOINT_VENTURE = "joint_venture"
    INDEPENDENT_CONTRACTOR = "independent_contractor"
    VENDOR = "vendor"
    CARRIER = "carrier"
