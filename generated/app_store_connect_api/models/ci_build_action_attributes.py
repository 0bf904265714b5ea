from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_action_type import CiActionType
from ..models.ci_completion_status import CiCompletionStatus
from ..models.ci_execution_progress import CiExecutionProgress
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.ci_issue_counts import CiIssueCounts


T = TypeVar("T", bound="CiBuildActionAttributes")
_KNOWN_KEYS = frozenset(
    {
        "actionType",
        "completionStatus",
        "executionProgress",
        "finishedDate",
        "isRequiredToPass",
        "issueCounts",
        "name",
        "startedDate",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, CiIssueCounts
    from ..models.ci_issue_counts import CiIssueCounts

    _LAZY_IMPORTS_DONE = True


def _read_issue_counts(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_issue_counts = src_dict.get("issueCounts")
    if _raw_issue_counts is None:
        issue_counts = None
    else:
        issue_counts = CiIssueCounts.from_dict(_raw_issue_counts)

    return issue_counts


_READERS: dict[str, Any] = {
    "issue_counts": _read_issue_counts,
}


@_attrs_define(repr=False)
class CiBuildActionAttributes:
    """
    Attributes:
        action_type (CiActionType | Unset):
        completion_status (CiCompletionStatus | Unset):
        execution_progress (CiExecutionProgress | Unset):
        finished_date (datetime.datetime | Unset):
        is_required_to_pass (bool | Unset):
        issue_counts (CiIssueCounts | Unset):
        name (str | Unset):
        started_date (datetime.datetime | Unset):
    """

    action_type: CiActionType | None = None
    completion_status: CiCompletionStatus | None = None
    execution_progress: CiExecutionProgress | None = None
    finished_date: datetime.datetime | None = None
    is_required_to_pass: bool | None = None
    issue_counts: CiIssueCounts | None = None
    name: str | None = None
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
        action_type: Any = None
        if self.action_type is not None:
            action_type = self.action_type.value

        completion_status: Any = None
        if self.completion_status is not None:
            completion_status = self.completion_status.value

        execution_progress: Any = None
        if self.execution_progress is not None:
            execution_progress = self.execution_progress.value

        finished_date: Any = None
        if self.finished_date is not None:
            finished_date = self.finished_date.isoformat()

        is_required_to_pass = self.is_required_to_pass

        issue_counts: Any = None
        if self.issue_counts is not None:
            issue_counts = self.issue_counts.to_dict()

        name = self.name

        started_date: Any = None
        if self.started_date is not None:
            started_date = self.started_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if action_type is not None:
            field_dict["actionType"] = action_type
        if completion_status is not None:
            field_dict["completionStatus"] = completion_status
        if execution_progress is not None:
            field_dict["executionProgress"] = execution_progress
        if finished_date is not None:
            field_dict["finishedDate"] = finished_date
        if is_required_to_pass is not None:
            field_dict["isRequiredToPass"] = is_required_to_pass
        if issue_counts is not None:
            field_dict["issueCounts"] = issue_counts
        if name is not None:
            field_dict["name"] = name
        if started_date is not None:
            field_dict["startedDate"] = started_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_action_type = src_dict.get("actionType")
        if _raw_action_type is None:
            action_type = None
        else:
            action_type = CiActionType.of(_raw_action_type)

        _raw_completion_status = src_dict.get("completionStatus")
        if _raw_completion_status is None:
            completion_status = None
        else:
            completion_status = CiCompletionStatus.of(_raw_completion_status)

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

        is_required_to_pass = src_dict.get("isRequiredToPass")

        name = src_dict.get("name")

        _raw_started_date = src_dict.get("startedDate")
        if _raw_started_date is None:
            started_date = None
        else:
            started_date = datetime.datetime.fromisoformat(_raw_started_date)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.action_type = action_type
        _model.completion_status = completion_status
        _model.execution_progress = execution_progress
        _model.finished_date = finished_date
        _model.is_required_to_pass = is_required_to_pass
        _model.name = name
        _model.started_date = started_date
        _model._document = src_dict  # issue_counts: read on first access
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
