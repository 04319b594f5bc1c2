"""RFC 9457 problem+json for every error the service returns, each with a stable `code`.

A business outcome (a denied disclosure, a failed password) is not an error and never comes through here.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from enum import StrEnum
from typing import Any

import psycopg
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import exc as db_errors
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from cpni_api.core.request_context import current_request_id

PROBLEM_MEDIA_TYPE = "application/problem+json"
logger = logging.getLogger("cpni_api.errors")


class ErrorCode(StrEnum):
    """Stable problem codes. Add freely; never rename or reuse one (integrators switch on them)."""

    AUTHENTICATION_REQUIRED = "AUTHENTICATION_REQUIRED"
    INVALID_API_KEY = "INVALID_API_KEY"
    INSUFFICIENT_SCOPE = "INSUFFICIENT_SCOPE"
    NOT_FOUND = "NOT_FOUND"
    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
    VALIDATION_FAILED = "VALIDATION_FAILED"
    MALFORMED_JSON = "MALFORMED_JSON"
    PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"
    INVALID_CURSOR = "INVALID_CURSOR"
    WEBHOOK_URL_NOT_ALLOWED = "WEBHOOK_URL_NOT_ALLOWED"
    # Issue 15 (ADRs 0021-0024).
    API_KEY_REVOKES_ITSELF = "API_KEY_REVOKES_ITSELF"
    LAST_ADMIN_KEY = "LAST_ADMIN_KEY"
    WEBHOOK_URL_ALREADY_REGISTERED = "WEBHOOK_URL_ALREADY_REGISTERED"
    # Accounts, credentials, interactions (issue 4, ADR 0010).
    ACCOUNT_EXTERNAL_REF_TAKEN = "ACCOUNT_EXTERNAL_REF_TAKEN"
    ASSOCIATED_SINCE_IN_FUTURE = "ASSOCIATED_SINCE_IN_FUTURE"
    NEW_SERVICE_WITH_BACKDATED_ADDRESS = "NEW_SERVICE_WITH_BACKDATED_ADDRESS"
    PASSWORD_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO = "PASSWORD_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO"
    PASSWORD_TOO_COMMON = "PASSWORD_TOO_COMMON"
    BACKUP_QUESTION_ASKS_FOR_BIOGRAPHICAL_OR_ACCOUNT_INFO = (
        "BACKUP_QUESTION_ASKS_FOR_BIOGRAPHICAL_OR_ACCOUNT_INFO"
    )
    BACKUP_ANSWER_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO = "BACKUP_ANSWER_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO"
    INTERACTION_REQUIRED = "INTERACTION_REQUIRED"
    INTERACTION_NOT_AUTHENTICATED = "INTERACTION_NOT_AUTHENTICATED"
    AUTHENTICATION_METHOD_NOT_ACCEPTED = "AUTHENTICATION_METHOD_NOT_ACCEPTED"
    INTERACTION_ACCOUNT_MISMATCH = "INTERACTION_ACCOUNT_MISMATCH"
    INTERACTION_CLOSED = "INTERACTION_CLOSED"
    VERIFICATION_METHOD_NOT_ALLOWED = "VERIFICATION_METHOD_NOT_ALLOWED"
    PASSWORD_NOT_SET = "PASSWORD_NOT_SET"
    BACKUP_AUTHENTICATION_NOT_SET = "BACKUP_AUTHENTICATION_NOT_SET"
    DESTINATION_NOT_OF_RECORD = "DESTINATION_NOT_OF_RECORD"
    ONE_TIME_CODE_SEND_LIMIT = "ONE_TIME_CODE_SEND_LIMIT"
    VERIFICATION_LOCKED = "VERIFICATION_LOCKED"
    # Line security (issue 16, ADR 0026).
    NUMBER_NOT_OF_RECORD = "NUMBER_NOT_OF_RECORD"
    NUMBER_ALREADY_OF_RECORD = "NUMBER_ALREADY_OF_RECORD"
    LAST_NUMBER_OF_RECORD = "LAST_NUMBER_OF_RECORD"
    NUMBER_RECENTLY_SWAPPED = "NUMBER_RECENTLY_SWAPPED"
    NUMBER_ON_SEVERAL_ACCOUNTS = "NUMBER_ON_SEVERAL_ACCOUNTS"
    LINE_SECURITY_AUTHORITY_REQUIRED = "LINE_SECURITY_AUTHORITY_REQUIRED"
    TRANSFER_PIN_INVALID = "TRANSFER_PIN_INVALID"
    REQUEST_NOT_ALLOWED = "REQUEST_NOT_ALLOWED"
    REQUEST_ALREADY_COMPLETED = "REQUEST_ALREADY_COMPLETED"
    REQUEST_CANCELLED = "REQUEST_CANCELLED"
    USERNAME_TAKEN = "USERNAME_TAKEN"
    # Breaches and compliance (issue 7, ADR 0011).
    UNKNOWN_ACCOUNT_IDS = "UNKNOWN_ACCOUNT_IDS"
    INCONSISTENT_TIMESTAMPS = "INCONSISTENT_TIMESTAMPS"
    CUSTOMER_NOTICE_TOO_EARLY = "CUSTOMER_NOTICE_TOO_EARLY"
    LAW_ENFORCEMENT_ALREADY_NOTIFIED = "LAW_ENFORCEMENT_ALREADY_NOTIFIED"
    LAW_ENFORCEMENT_NOT_NOTIFIED = "LAW_ENFORCEMENT_NOT_NOTIFIED"
    FCC_ALREADY_NOTIFIED = "FCC_ALREADY_NOTIFIED"
    INVALID_HOLD = "INVALID_HOLD"
    HOLD_ALREADY_RELEASED = "HOLD_ALREADY_RELEASED"
    # Consent, campaigns, third parties (issue 6, ADR 0012).
    TIME_IN_FUTURE = "TIME_IN_FUTURE"
    NOTICE_NOT_BOUNCEABLE = "NOTICE_NOT_BOUNCEABLE"
    NOTICE_SENT_AFTER_DECISION = "NOTICE_SENT_AFTER_DECISION"
    INTERACTION_NOT_A_CALL = "INTERACTION_NOT_A_CALL"
    NOT_AN_AGENT = "NOT_AN_AGENT"
    RECIPIENT_KIND_INVALID = "RECIPIENT_KIND_INVALID"
    REVIEWER_IS_REQUESTER = "REVIEWER_IS_REQUESTER"
    CAMPAIGN_ALREADY_REVIEWED = "CAMPAIGN_ALREADY_REVIEWED"
    CAMPAIGN_NOT_OPEN = "CAMPAIGN_NOT_OPEN"
    CAMPAIGN_NOT_RUNNABLE = "CAMPAIGN_NOT_RUNNABLE"
    NOT_ACCEPTABLE = "NOT_ACCEPTABLE"
    # The compliance officer's desk (issue 17, ADRs 0040-0044).
    CARRIER_PROFILE_NOT_SET = "CARRIER_PROFILE_NOT_SET"
    CERTIFICATION_YEAR_NOT_OVER = "CERTIFICATION_YEAR_NOT_OVER"
    BREACH_VOIDED = "BREACH_VOIDED"
    BREACH_ALREADY_VOIDED = "BREACH_ALREADY_VOIDED"
    BREACH_NOT_VOIDABLE = "BREACH_NOT_VOIDABLE"
    NOTHING_TO_CORRECT = "NOTHING_TO_CORRECT"
    # Breach reporting under the 2024 rules (issue 18, ADRs 0050-0053).
    AGENCY_REPORT_INCOMPLETE = "AGENCY_REPORT_INCOMPLETE"
    WRONG_BREACH_REGIME = "WRONG_BREACH_REGIME"
    CUSTOMER_NOTICE_CONTENT_INCOMPLETE = "CUSTOMER_NOTICE_CONTENT_INCOMPLETE"
    BREACH_SUMMARY_YEAR_NOT_OVER = "BREACH_SUMMARY_YEAR_NOT_OVER"
    CONSOLE_SIGN_IN_REQUIRED = "CONSOLE_SIGN_IN_REQUIRED"
    CSRF_TOKEN_INVALID = "CSRF_TOKEN_INVALID"
    HTTP_ERROR = "HTTP_ERROR"
    SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
    INTERNAL_ERROR = "INTERNAL_ERROR"


_TITLES: dict[ErrorCode, tuple[int, str]] = {
    ErrorCode.AUTHENTICATION_REQUIRED: (401, "Authentication required"),
    ErrorCode.INVALID_API_KEY: (401, "Invalid API key"),
    ErrorCode.INSUFFICIENT_SCOPE: (403, "Insufficient scope"),
    ErrorCode.NOT_FOUND: (404, "Not found"),
    ErrorCode.METHOD_NOT_ALLOWED: (405, "Method not allowed"),
    ErrorCode.VALIDATION_FAILED: (422, "Validation failed"),
    ErrorCode.MALFORMED_JSON: (400, "Malformed JSON body"),
    ErrorCode.PAYLOAD_TOO_LARGE: (413, "Payload too large"),
    ErrorCode.INVALID_CURSOR: (422, "Invalid cursor"),
    ErrorCode.WEBHOOK_URL_NOT_ALLOWED: (422, "Webhook URL not allowed"),
    ErrorCode.API_KEY_REVOKES_ITSELF: (409, "An API key cannot revoke itself"),
    ErrorCode.LAST_ADMIN_KEY: (409, "The last admin key cannot be revoked"),
    ErrorCode.WEBHOOK_URL_ALREADY_REGISTERED: (409, "Webhook URL already registered"),
    ErrorCode.ACCOUNT_EXTERNAL_REF_TAKEN: (409, "Account external reference already used"),
    ErrorCode.ASSOCIATED_SINCE_IN_FUTURE: (422, "Association date in the future"),
    ErrorCode.NEW_SERVICE_WITH_BACKDATED_ADDRESS: (422, "New service with a back-dated address"),
    ErrorCode.PASSWORD_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO: (
        422,
        "Password uses biographical or account information",
    ),
    ErrorCode.PASSWORD_TOO_COMMON: (422, "Password too common"),
    ErrorCode.BACKUP_QUESTION_ASKS_FOR_BIOGRAPHICAL_OR_ACCOUNT_INFO: (
        422,
        "Backup question asks for biographical or account information",
    ),
    ErrorCode.BACKUP_ANSWER_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO: (
        422,
        "Backup answer uses biographical or account information",
    ),
    ErrorCode.INTERACTION_REQUIRED: (409, "Authenticated interaction required"),
    ErrorCode.INTERACTION_NOT_AUTHENTICATED: (409, "Interaction not authenticated"),
    ErrorCode.AUTHENTICATION_METHOD_NOT_ACCEPTED: (409, "Authentication method not accepted for this change"),
    ErrorCode.INTERACTION_ACCOUNT_MISMATCH: (409, "Interaction belongs to another account"),
    ErrorCode.INTERACTION_CLOSED: (409, "Interaction closed"),
    ErrorCode.VERIFICATION_METHOD_NOT_ALLOWED: (422, "Verification method not allowed"),
    ErrorCode.PASSWORD_NOT_SET: (409, "No password set"),
    ErrorCode.BACKUP_AUTHENTICATION_NOT_SET: (409, "No backup authentication set"),
    ErrorCode.DESTINATION_NOT_OF_RECORD: (409, "Destination not of record"),
    ErrorCode.ONE_TIME_CODE_SEND_LIMIT: (429, "One-time code send limit reached"),
    ErrorCode.VERIFICATION_LOCKED: (409, "Verification locked"),
    ErrorCode.NUMBER_NOT_OF_RECORD: (409, "Number not of record"),
    ErrorCode.NUMBER_ALREADY_OF_RECORD: (409, "Number already of record"),
    ErrorCode.LAST_NUMBER_OF_RECORD: (409, "The last number of record"),
    ErrorCode.NUMBER_RECENTLY_SWAPPED: (409, "Number's SIM changed recently"),
    ErrorCode.NUMBER_ON_SEVERAL_ACCOUNTS: (409, "Number on several accounts"),
    ErrorCode.LINE_SECURITY_AUTHORITY_REQUIRED: (409, "Authentication at the SIM-change bar required"),
    ErrorCode.TRANSFER_PIN_INVALID: (422, "Transfer PIN refused"),
    ErrorCode.REQUEST_NOT_ALLOWED: (409, "The request was denied"),
    ErrorCode.REQUEST_ALREADY_COMPLETED: (409, "Already completed"),
    ErrorCode.REQUEST_CANCELLED: (409, "The request was cancelled"),
    ErrorCode.USERNAME_TAKEN: (409, "Username already used"),
    ErrorCode.UNKNOWN_ACCOUNT_IDS: (422, "Unknown account ids"),
    ErrorCode.INCONSISTENT_TIMESTAMPS: (422, "Inconsistent timestamps"),
    ErrorCode.CUSTOMER_NOTICE_TOO_EARLY: (409, "Customer notice too early"),
    ErrorCode.LAW_ENFORCEMENT_ALREADY_NOTIFIED: (409, "Law enforcement already notified"),
    ErrorCode.LAW_ENFORCEMENT_NOT_NOTIFIED: (409, "Law enforcement not yet notified"),
    ErrorCode.FCC_ALREADY_NOTIFIED: (409, "FCC already notified"),
    ErrorCode.INVALID_HOLD: (422, "Invalid law-enforcement hold"),
    ErrorCode.HOLD_ALREADY_RELEASED: (409, "Hold already released"),
    ErrorCode.TIME_IN_FUTURE: (422, "Time in the future"),
    ErrorCode.NOTICE_NOT_BOUNCEABLE: (409, "An oral notice cannot bounce"),
    ErrorCode.NOTICE_SENT_AFTER_DECISION: (422, "Notice sent after the decision"),
    ErrorCode.INTERACTION_NOT_A_CALL: (409, "One-time oral consent needs a call"),
    ErrorCode.NOT_AN_AGENT: (409, "Third party is not an agent"),
    ErrorCode.RECIPIENT_KIND_INVALID: (422, "Recipient does not fit the scope"),
    ErrorCode.REVIEWER_IS_REQUESTER: (409, "Reviewer is the requester"),
    ErrorCode.CAMPAIGN_ALREADY_REVIEWED: (409, "Campaign already reviewed"),
    ErrorCode.CAMPAIGN_NOT_OPEN: (409, "Campaign not open"),
    ErrorCode.CAMPAIGN_NOT_RUNNABLE: (409, "Campaign may not run"),
    ErrorCode.NOT_ACCEPTABLE: (406, "Not acceptable"),
    ErrorCode.CARRIER_PROFILE_NOT_SET: (404, "Carrier profile not set"),
    ErrorCode.CERTIFICATION_YEAR_NOT_OVER: (422, "Certification year not over"),
    ErrorCode.BREACH_VOIDED: (409, "Breach voided"),
    ErrorCode.BREACH_ALREADY_VOIDED: (409, "Breach already voided"),
    ErrorCode.BREACH_NOT_VOIDABLE: (409, "Breach cannot be voided"),
    ErrorCode.NOTHING_TO_CORRECT: (422, "Nothing to correct"),
    ErrorCode.AGENCY_REPORT_INCOMPLETE: (409, "Agency report incomplete"),
    ErrorCode.WRONG_BREACH_REGIME: (409, "Not under this breach regime"),
    ErrorCode.CUSTOMER_NOTICE_CONTENT_INCOMPLETE: (409, "Customer notice content incomplete"),
    ErrorCode.BREACH_SUMMARY_YEAR_NOT_OVER: (422, "Breach summary year not over"),
    ErrorCode.CONSOLE_SIGN_IN_REQUIRED: (401, "Console sign-in required"),
    ErrorCode.CSRF_TOKEN_INVALID: (403, "Form token invalid"),
    ErrorCode.HTTP_ERROR: (400, "Bad request"),
    ErrorCode.SERVICE_UNAVAILABLE: (503, "Service unavailable"),
    ErrorCode.INTERNAL_ERROR: (500, "Internal server error"),
}


def default_status(code: ErrorCode) -> int:
    return _TITLES[code][0]


def problem_type(code: ErrorCode) -> str:
    return "urn:cpni-api:problem:" + code.value.lower().replace("_", "-")


def problem_catalogue() -> dict[str, dict[str, object]]:
    """Every code with its status, title and type URI, for the OpenAPI document."""
    return {
        code.value: {"status": status, "title": title, "type": problem_type(code)}
        for code, (status, title) in _TITLES.items()
    }


PROBLEM_SCHEMA_REF = "#/components/schemas/Problem"
PROBLEM_CODES_KEY = "x-problem-codes"


def problems(*codes: ErrorCode) -> dict[int | str, dict[str, Any]]:
    """A route's `responses=`: the problem codes its own code can raise, grouped by their status. The ones
    every operation of a kind can give (401 and 403 with a scope, 422, 400 and 413 with input, 503 with the
    database, 500) are added by the OpenAPI document itself (ADR 0031)."""
    responses: dict[int | str, dict[str, Any]] = {}
    for code in codes:
        status = default_status(code)
        response = responses.setdefault(
            status,
            {
                "description": _TITLES[code][1],
                "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": PROBLEM_SCHEMA_REF}}},
                PROBLEM_CODES_KEY: [],
            },
        )
        response[PROBLEM_CODES_KEY].append(code.value)
    return responses


def declared_problems(responses: dict[int | str, Any]) -> list[ErrorCode]:
    """The codes a route declared with `problems()`, in order."""
    return [
        ErrorCode(code) for response in responses.values() for code in response.get(PROBLEM_CODES_KEY, ())
    ]


class FieldError(BaseModel):
    location: list[str | int] = Field(description="Where the error is, e.g. ['body', 'scopes', 0].")
    message: str
    type: str


class Problem(BaseModel):
    """RFC 9457 problem details, as returned for every error. Besides the members every problem has, some
    codes add the extension members below (each optional); a client must ignore members it does not know,
    since a code may gain one (ADR 0031)."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(description="A URI naming the problem type: `urn:cpni-api:problem:<code>`.")
    title: str
    status: int
    detail: str = Field(description="What went wrong, for a person; never a submitted value.")
    code: ErrorCode = Field(description="The stable code to switch on; new codes may be added.")
    correlation_id: str = Field(description="The request's id, as in the `x-request-id` header and the logs.")
    errors: list[FieldError] | None = Field(
        default=None, description="VALIDATION_FAILED (and codes about one field): each field at fault."
    )
    required_scope: str | None = Field(default=None, description="INSUFFICIENT_SCOPE: the scope needed.")
    rule: str | None = Field(default=None, description="The rule (R-...) behind the refusal.")
    reason: str | None = Field(
        default=None, description="Why, as a token (CUSTOMER_NOTICE_TOO_EARLY, REQUEST_NOT_ALLOWED)."
    )
    reason_code: str | None = Field(
        default=None, description="CAMPAIGN_NOT_RUNNABLE: the campaign's reason code, e.g. CAMPAIGN_CLOSED."
    )
    earliest_allowed_at: datetime | None = Field(
        default=None, description="CUSTOMER_NOTICE_TOO_EARLY: from when the notice may go, when known."
    )
    unknown_account_ids: list[str] | None = Field(
        default=None, description="UNKNOWN_ACCOUNT_IDS: the first unknown ids (at most 100)."
    )
    unknown_account_count: int | None = Field(
        default=None, description="UNKNOWN_ACCOUNT_IDS: how many of the ids are unknown."
    )
    endpoint_id: str | None = Field(
        default=None, description="WEBHOOK_URL_ALREADY_REGISTERED: the endpoint that has the URL."
    )
    locked_until: datetime | None = Field(
        default=None, description="VERIFICATION_LOCKED: when verification may be tried again."
    )
    sim_changed_at: datetime | None = Field(
        default=None, description="NUMBER_RECENTLY_SWAPPED: when the number's SIM changed."
    )


class ProblemError(Exception):
    """Raise from routes and services to answer with a problem; the request's transaction rolls back."""

    def __init__(
        self,
        code: ErrorCode,
        detail: str,
        *,
        status: int | None = None,
        headers: dict[str, str] | None = None,
        extensions: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.status = status if status is not None else default_status(code)
        self.headers = headers or {}
        self.extensions = extensions or {}


def problem_response(
    code: ErrorCode,
    detail: str,
    *,
    status: int | None = None,
    headers: dict[str, str] | None = None,
    extensions: dict[str, Any] | None = None,
) -> JSONResponse:
    status = status if status is not None else default_status(code)
    body: dict[str, Any] = {
        "type": problem_type(code),
        "title": _TITLES[code][1],
        "status": status,
        "detail": detail,
        "code": code.value,
        "correlation_id": current_request_id(),
    }
    body.update(extensions or {})
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE)


def _from_problem_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemError)
    return problem_response(
        exc.code, exc.detail, status=exc.status, headers=exc.headers, extensions=exc.extensions
    )


_STATUS_CODES = {
    404: ErrorCode.NOT_FOUND,
    405: ErrorCode.METHOD_NOT_ALLOWED,
    413: ErrorCode.PAYLOAD_TOO_LARGE,
}


def _from_http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _STATUS_CODES.get(exc.status_code, ErrorCode.HTTP_ERROR)
    detail = {
        ErrorCode.NOT_FOUND: "No such resource.",
        ErrorCode.METHOD_NOT_ALLOWED: "This method is not allowed on this resource.",
    }.get(code, str(exc.detail))
    headers = dict(exc.headers or {})
    if code is ErrorCode.METHOD_NOT_ALLOWED:
        headers["Allow"] = allowed_methods(request)
    return problem_response(code, detail, status=exc.status_code, headers=headers)


def allowed_methods(request: Request) -> str:
    """Every method the request's path accepts, for a 405's `Allow` (RFC 9110 §15.5.6). Starlette names the
    methods of the first route whose path matched, but GET and POST on one path are two routes (ADR 0021)."""
    methods: set[str] = set()
    for route in iter_route_contexts(request.app.routes):
        match, _child_scope = route.matches(request.scope)
        if match is not Match.NONE:
            methods.update(route.methods or ())
    return ", ".join(sorted(methods))


# A request-state attribute: an awaitable that a dependency leaves for checks it put off (a key checked in
# the route's own transaction, ADR 0014) and that must still answer before a 422 does.
SETTLE_BEFORE_VALIDATION_ERRORS = "settle_before_validation_errors"


async def _from_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    settle = getattr(request.state, SETTLE_BEFORE_VALIDATION_ERRORS, None)
    if settle is not None:
        try:
            await settle()
        except ProblemError as problem:
            return _from_problem_error(request, problem)
        except Exception as failure:
            if database_unavailable(failure):  # the key could not be checked: the database is down
                return _from_database_error(request, failure)
            raise
    raw = list(exc.errors())
    if any(error.get("type") == "json_invalid" for error in raw):
        return problem_response(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON.")
    # Never echo the submitted value back: it may be a password or CPNI.
    errors = [
        {
            "location": list(error.get("loc", ())),
            "message": error.get("msg", ""),
            "type": error.get("type", ""),
        }
        for error in raw
    ]
    return problem_response(
        ErrorCode.VALIDATION_FAILED,
        f"The request is invalid ({len(errors)} error{'s' if len(errors) != 1 else ''}).",
        extensions={"errors": errors},
    )


# The database is down, unreachable, restarting, or every pooled connection is busy: the client may try again
# shortly, and nothing is wrong with its request. Driver errors count too: the hot path runs statements on
# the driver's cursor, outside SQLAlchemy's wrapping (ADR 0016). ADR 0021.
_UNAVAILABLE: tuple[type[Exception], ...] = (
    db_errors.OperationalError,
    db_errors.DisconnectionError,
    db_errors.TimeoutError,  # the pool's: no connection free within its timeout
    psycopg.OperationalError,
    sqlite3.OperationalError,
)
RETRY_AFTER_SECONDS = 5


def database_unavailable(exc: BaseException) -> bool:
    """Whether `exc` says the database cannot be used now, rather than that a statement is wrong."""
    if isinstance(exc, db_errors.DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, _UNAVAILABLE)


def unavailable_response() -> JSONResponse:
    return problem_response(
        ErrorCode.SERVICE_UNAVAILABLE,
        "The database is unavailable; try again shortly.",
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


def _from_database_error(request: Request, exc: Exception) -> JSONResponse:
    if not database_unavailable(exc):
        return _from_unexpected(request, exc)
    logger.warning("database unavailable", extra={"error_type": type(exc).__name__})
    return unavailable_response()


def _from_unexpected(_request: Request, exc: Exception) -> JSONResponse:
    # The exception type is logged, not its message: messages can carry data from the request.
    logger.error("unhandled error", extra={"error_type": type(exc).__name__}, exc_info=False)
    return problem_response(ErrorCode.INTERNAL_ERROR, "An unexpected error occurred; it has been logged.")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ProblemError, _from_problem_error)
    app.add_exception_handler(StarletteHTTPException, _from_http_exception)
    app.add_exception_handler(RequestValidationError, _from_validation_error)
    database_errors: tuple[type[Exception], ...] = (db_errors.DBAPIError, *_UNAVAILABLE)
    for error_class in database_errors:
        app.add_exception_handler(error_class, _from_database_error)
    app.add_exception_handler(Exception, _from_unexpected)
