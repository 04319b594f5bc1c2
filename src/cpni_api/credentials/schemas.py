from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

ForbiddenValues = Annotated[
    list[Annotated[str, Field(max_length=200)]],
    Field(
        default_factory=list,
        max_length=50,
        description="The customer's readily available biographical and account information from the CRM "
        "(SSN, date of birth, names, mother's maiden name, account numbers...). Used to refuse the secret, "
        "never stored.",
    ),
]
InteractionId = Annotated[
    str | None,
    Field(
        default=None,
        max_length=40,
        description="An open interaction, already authenticated by password, one-time code or photo ID "
        "(R-2010-e-1). Omit only during a new-service account's service initiation "
        "(`service_initiation_ends_at`, R-2010-f-2).",
    ),
]
Password = Annotated[str, Field(min_length=8, max_length=128, description="Never stored; kept as argon2id.")]
Username = Annotated[str, Field(min_length=3, max_length=100, pattern=r"^[A-Za-z0-9._@+\-]+$")]


class PasswordSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    password: Password
    interaction_id: InteractionId
    forbidden_values: ForbiddenValues


class CredentialChanged(BaseModel):
    account_id: str
    change: Literal["created", "changed", "deleted"]
    at_service_initiation: bool = Field(
        description="True when set at service initiation: no notice (R-2010-f-2)."
    )
    change_notice_event_id: str | None = Field(
        description="The `account.*_changed` event, when one was sent."
    )
    changed_at: datetime


class BackupMethod(BaseModel):
    """A backup method for lost passwords (R-2010-e-2): a customer-chosen question and answer, or TOTP."""

    model_config = ConfigDict(extra="forbid")

    method: Literal["secret_answer", "totp"]
    question: str | None = Field(default=None, min_length=5, max_length=300)
    answer: str | None = Field(default=None, min_length=3, max_length=200)

    @model_validator(mode="after")
    def _fields_for_method(self) -> BackupMethod:
        if self.method == "secret_answer" and (self.question is None or self.answer is None):
            raise ValueError("secret_answer needs a question and an answer")
        if self.method == "totp" and (self.question is not None or self.answer is not None):
            raise ValueError("totp takes no question or answer")
        return self


class BackupAuthenticationSet(BackupMethod):
    interaction_id: InteractionId
    forbidden_values: ForbiddenValues


class BackupAuthenticationChanged(CredentialChanged):
    method: Literal["secret_answer", "totp"]
    provisioning_uri: str | None = Field(
        default=None, description="TOTP only: the otpauth:// URI for the authenticator app. Shown once."
    )


class OnlineAccountSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Username
    interaction_id: InteractionId


class OnlineAccountChanged(CredentialChanged):
    username: str


class InitialCredentials(BaseModel):
    """Credentials the customer chooses while signing up, set with the account (R-2010-f-2: no notice)."""

    model_config = ConfigDict(extra="forbid")

    password: Password | None = None
    backup_authentication: BackupMethod | None = None
    online_username: Username | None = None
    forbidden_values: ForbiddenValues

    @model_validator(mode="after")
    def _something_to_set(self) -> InitialCredentials:
        if self.password is None and self.backup_authentication is None and self.online_username is None:
            raise ValueError("give at least one of password, backup_authentication, online_username")
        return self
