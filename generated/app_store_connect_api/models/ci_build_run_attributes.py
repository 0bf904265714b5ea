from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_build_run_attributes_cancel_reason import CiBuildRunAttributesCancelReason
from ..models.ci_build_run_attributes_start_reason import CiBuildRunAttributesStartReason
from ..models.ci_completion_status import CiCompletionStatus
from ..models.ci_execution_progress import CiExecutionProgress
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.ci_build_run_attributes_destination_commit import CiBuildRunAttributesDestinationCommit
    from ..models.ci_build_run_attributes_source_commit import CiBuildRunAttributesSourceCommit
    from ..models.ci_issue_counts import CiIssueCounts


T = TypeVar("T", bound="CiBuildRunAttributes")
_KNOWN_KEYS = frozenset(
    {
        "cancelReason",
        "completionStatus",
        "createdDate",
        "destinationCommit",
        "executionProgress",
        "finishedDate",
        "isPullRequestBuild",
        "issueCounts",
        "number",
        "sourceCommit",
        "startReason",
        "startedDate",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        CiBuildRunAttributesDestinationCommit, \
        CiBuildRunAttributesSourceCommit, \
        CiIssueCounts
    from ..models.ci_build_run_attributes_destination_commit import CiBuildRunAttributesDestinationCommit
    from ..models.ci_build_run_attributes_source_commit import CiBuildRunAttributesSourceCommit
    from ..models.ci_issue_counts import CiIssueCounts

    _LAZY_IMPORTS_DONE = True


def _read_destination_commit(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_destination_commit = src_dict.get("destinationCommit")
    if _raw_destination_commit is None:
        destination_commit = None
    else:
        destination_commit = CiBuildRunAttributesDestinationCommit.from_dict(_raw_destination_commit)

    return destination_commit


def _read_issue_counts(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_issue_counts = src_dict.get("issueCounts")
    if _raw_issue_counts is None:
        issue_counts = None
    else:
        issue_counts = CiIssueCounts.from_dict(_raw_issue_counts)

    return issue_counts


def _read_source_commit(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_source_commit = src_dict.get("sourceCommit")
    if _raw_source_commit is None:
        source_commit = None
    else:
        source_commit = CiBuildRunAttributesSourceCommit.from_dict(_raw_source_commit)

    return source_commit


_READERS: dict[str, Any] = {
    "destination_commit": _read_destination_commit,
    "issue_counts": _read_issue_counts,
    "source_commit": _read_source_commit,
}


@_attrs_define(repr=False)
class CiBuildRunAttributes:
    """
    Attributes:
        cancel_reason (CiBuildRunAttributesCancelReason | Unset):
        completion_status (CiCompletionStatus | Unset):
        created_date (datetime.datetime | Unset):
        destination_commit (CiBuildRunAttributesDestinationCommit | Unset):
        execution_progress (CiExecutionProgress | Unset):
        finished_date (datetime.datetime | Unset):
        is_pull_request_build (bool | Unset):
        issue_counts (CiIssueCounts | Unset):
        number (int | Unset):
        source_commit (CiBuildRunAttributesSourceCommit | Unset):
        start_reason (CiBuildRunAttributesStartReason | Unset):
        started_date (datetime.datetime | Unset):
    """

    cancel_reason: CiBuildRunAttributesCancelReason | None = None
    completion_status: CiCompletionStatus | None = None
    created_date: datetime.datetime | None = None
    destination_commit: CiBuildRunAttributesDestinationCommit | None = None
    execution_progress: CiExecutionProgress | None = None
    finished_date: datetime.datetime | None = None
    is_pull_request_build: bool | None = None
    issue_counts: CiIssueCounts | None = None
    number: int | None = None
    source_commit: CiBuildRunAttributesSourceCommit | None = None
    start_reason: CiBuildRunAttributesStartReason | None = None
    started_date: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        cancel_reason: Any = None
        if self.cancel_reason is not None:
            cancel_reason = self.cancel_reason.value

        completion_status: Any = None
        if self.completion_status is not None:
            completion_status = self.completion_status.value

        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        destination_commit: Any = None
        if self.destination_commit is not None:
            destination_commit = self.destination_commit.to_dict()

        execution_progress: Any = None
        if self.execution_progress is not None:
            execution_progress = self.execution_progress.value

        finished_date: Any = None
        if self.finished_date is not None:
            finished_date = self.finished_date.isoformat()

        is_pull_request_build = self.is_pull_request_build

        issue_counts: Any = None
        if self.issue_counts is not None:
            issue_counts = self.issue_counts.to_dict()

        number = self.number

        source_commit: Any = None
        if self.source_commit is not None:
            source_commit = self.source_commit.to_dict()

        start_reason: Any = None
        if self.start_reason is not None:
            start_reason = self.start_reason.value

        started_date: Any = None
        if self.started_date is not None:
            started_date = self.started_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cancel_reason is not None:
            field_dict["cancelReason"] = cancel_reason
        if completion_status is not None:
            field_dict["completionStatus"] = completion_status
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if destination_commit is not None:
            field_dict["destinationCommit"] = destination_commit
        if execution_progress is not None:
            field_dict["executionProgress"] = execution_progress
        if finished_date is not None:
            field_dict["finishedDate"] = finished_date
        if is_pull_request_build is not None:
            field_dict["isPullRequestBuild"] = is_pull_request_build
        if issue_counts is not None:
            field_dict["issueCounts"] = issue_counts
        if number is not None:
            field_dict["number"] = number
        if source_commit is not None:
            field_dict["sourceCommit"] = source_commit
        if start_reason is not None:
            field_dict["startReason"] = start_reason
        if started_date is not None:
            field_dict["startedDate"] = started_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_cancel_reason = src_dict.get("cancelReason")
        if _raw_cancel_reason is None:
            cancel_reason = None
        else:
            cancel_reason = CiBuildRunAttributesCancelReason.of(_raw_cancel_reason)

        _raw_completion_status = src_dict.get("completionStatus")
        if _raw_completion_status is None:
            completion_status = None
        else:
            completion_status = CiCompletionStatus.of(_raw_completion_status)

        _raw_created_date = src_dict.get("createdDate")
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        _raw_execution_progress = src_dict.get("executionProgress")
        if _raw_execution_progress is None:
            execution_progress = None
        else:
            execution_progress = CiExecutionProgress.of(_raw_execution_progress)

        _raw_finished_date = src_dict.get("finishedDate")
        if _raw_finished_date is None:
            finished_date = None
        else:
            finished_date = datetime.datetime.fromisoformat(_raw_finished_date)

        is_pull_request_build = src_dict.get("isPullRequestBuild")

        number = src_dict.get("number")

        _raw_start_reason = src_dict.get("startReason")
        if _raw_start_reason is None:
            start_reason = None
        else:
            start_reason = CiBuildRunAttributesStartReason.of(_raw_start_reason)

        _raw_started_date = src_dict.get("startedDate")
        if _raw_started_date is None:
            started_date = None
        else:
            started_date = datetime.datetime.fromisoformat(_raw_started_date)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.cancel_reason = cancel_reason
        _model.completion_status = completion_status
        _model.created_date = created_date
        _model.execution_progress = execution_progress
        _model.finished_date = finished_date
        _model.is_pull_request_build = is_pull_request_build
        _model.number = number
        _model.start_reason = start_reason
        _model.started_date = started_date
        _model._document = src_dict  # destination_commit, issue_counts, source_commit: read on first access
        _extra = {} if src_dict.keys() <= _KNOWN_KEYS else extra_properties(src_dict, _KNOWN_KEYS)
        _model.additional_properties = _extra
        return _model

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
