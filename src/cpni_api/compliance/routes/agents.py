"""The carrier's agents: disciplinary actions and trainings (R-2009-b)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from cpni_api.audit.context import WriteContextDep
from cpni_api.compliance import service, training
from cpni_api.compliance.routes.shared import Cursor, Limit, Reader, Writer
from cpni_api.compliance.schemas import (
    DisciplinaryActionCreate,
    DisciplinaryActionOut,
    TrainingCreate,
    TrainingList,
    TrainingOut,
)
from cpni_api.core.dependencies import ClockDep, DbSession
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.core.pagination import DEFAULT_LIMIT, Page, page_of

router = APIRouter(prefix="/v1/agents/{agent_id}")
AgentId = Annotated[str, Path(min_length=1, max_length=100, description="The carrier's id for the agent.")]


@router.post(
    "/disciplinary-actions",
    status_code=201,
    response_model=DisciplinaryActionOut,
    summary="Record a disciplinary action against an agent",
    responses=problems(ErrorCode.INCONSISTENT_TIMESTAMPS, ErrorCode.NOT_FOUND),
)
def create_disciplinary_action(
    agent_id: AgentId, body: DisciplinaryActionCreate, _principal: Writer, context: WriteContextDep
) -> DisciplinaryActionOut:
    """R-2009-b: the express disciplinary process for unauthorized use of CPNI."""
    return DisciplinaryActionOut.model_validate(service.create_disciplinary_action(context, agent_id, body))


@router.get(
    "/disciplinary-actions",
    response_model=Page[DisciplinaryActionOut],
    summary="List an agent's disciplinary actions",
)
def list_disciplinary_actions(
    agent_id: AgentId,
    _principal: Reader,
    session: DbSession,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> Page[DisciplinaryActionOut]:
    """The disciplinary actions taken against one agent for misuse of CPNI (R-2009-b)."""
    rows = service.list_disciplinary_actions(
        session, agent_id=agent_id, period=None, after=cursor, limit=limit + 1
    )
    return page_of(rows, limit, DisciplinaryActionOut.model_validate)


@router.post(
    "/trainings",
    status_code=201,
    response_model=TrainingOut,
    summary="Record a training",
    responses=problems(ErrorCode.INCONSISTENT_TIMESTAMPS),
)
def create_training(
    agent_id: AgentId, body: TrainingCreate, _principal: Writer, context: WriteContextDep
) -> TrainingOut:
    """R-2009-b: an agent completed training on when CPNI may and may not be used. A training counts from
    `completed_at` until `expires_at` (null: no expiry)."""
    return TrainingOut.model_validate(service.create_training(context, agent_id, body))


@router.get("/trainings", response_model=TrainingList, summary="List an agent's trainings")
def list_trainings(
    agent_id: AgentId,
    _principal: Reader,
    session: DbSession,
    clock: ClockDep,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> TrainingList:
    """With `trained_now`: whether a training is valid at this moment (the disclosure checks ask the same)."""
    rows = service.list_trainings(session, agent_id=agent_id, period=None, after=cursor, limit=limit + 1)
    page = page_of(rows, limit, TrainingOut.model_validate)
    return TrainingList(
        agent_id=agent_id,
        trained_now=training.agent_trained_at(session.connection(), agent_id, clock.now()),
        items=page.items,
        next_cursor=page.next_cursor,
    )
