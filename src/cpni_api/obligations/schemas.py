from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from cpni_api.obligations.policy import ObligationKind


class ObligationOut(BaseModel):
    kind: ObligationKind
    subject_type: str = Field(description="What the obligation belongs to: `breach`, `opt_out_failure`, ...")
    subject_id: str
    due_by: datetime = Field(description="The deadline, or the date from which it is owed (see `deadline`).")
    status: Literal["overdue", "due", "upcoming"]
    rule_id: str = Field(description="The rule that makes it owed (docs/cpni-rules.md).")
    summary: str = Field(description="What to do, in words; never CPNI.")
    deadline: bool = Field(description="True when `due_by` is a deadline: past it the obligation is overdue.")
    breach_id: str | None = Field(default=None, description="The breach it concerns, for breach obligations.")


class ObligationList(BaseModel):
    items: list[ObligationOut] = Field(description="Overdue first, then due, then upcoming; each by date.")
    generated_at: datetime
    due_soon_days: int = Field(description="An obligation within this many days counts as due.")
