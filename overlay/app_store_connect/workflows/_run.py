"""The dry run of the workflows: a flow around a flow that records the writes in a `Plan` instead of
sending them.

The workflows are flows of the library's step engine (`.._steps`), driven by its `run` / `async_run`:
they yield a `Request` and receive its JSON document, or a `Wait`. `record_writes` passes every step on to
the runner except a write `Request`, which it records and answers with `NOT_SENT`; reads are sent, as
they change nothing.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from typing import Final, TypeVar

from .._steps import STEP_FAILURES, Done, Flow, Request, resume

T = TypeVar("T")


class _NotSent(enum.Enum):
    NOT_SENT = "not sent"


NOT_SENT: Final = _NotSent.NOT_SENT
"""What a flow receives for a write a dry run recorded instead of sending (an empty 2xx is None)."""


@dataclass
class Plan:
    """The writes a dry run would have sent, in order (reads were sent: they change nothing)."""

    writes: list[Request] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Each write as `METHOD /path {json}`, for people."""
        return [_describe(request) for request in self.writes]


def _describe(request: Request) -> str:
    """`PATCH /v1/builds/1 {"data": ...}`: a request on one line."""
    body = f" {json.dumps(request.json, separators=(',', ':'))}" if request.json is not None else ""
    return f"{request.method} {request.url}{body}"


def record_writes(flow: Flow[T], plan: Plan) -> Flow[T]:
    """`flow` with each write `Request` recorded in `plan` and answered `NOT_SENT`; every other step
    goes to the runner, and what the runner throws back goes on into `flow`."""
    outcome = resume(flow)
    while not isinstance(outcome, Done):
        if isinstance(outcome, Request) and outcome.method != "GET":
            plan.writes.append(outcome)
            outcome = resume(flow, NOT_SENT)
            continue
        try:
            answer = yield outcome
        except STEP_FAILURES as error:
            outcome = resume(flow, failure=error)
        else:
            outcome = resume(flow, answer)
    return outcome.value
