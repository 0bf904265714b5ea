from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.ci_action import CiAction
    from ..models.ci_branch_start_condition import CiBranchStartCondition
    from ..models.ci_manual_branch_start_condition import CiManualBranchStartCondition
    from ..models.ci_manual_pull_request_start_condition import CiManualPullRequestStartCondition
    from ..models.ci_manual_tag_start_condition import CiManualTagStartCondition
    from ..models.ci_pull_request_start_condition import CiPullRequestStartCondition
    from ..models.ci_scheduled_start_condition import CiScheduledStartCondition
    from ..models.ci_tag_start_condition import CiTagStartCondition


T = TypeVar("T", bound="CiWorkflowAttributes")
_KNOWN_KEYS = frozenset(
    {
        "actions",
        "branchStartCondition",
        "clean",
        "containerFilePath",
        "description",
        "isEnabled",
        "isLockedForEditing",
        "lastModifiedDate",
        "manualBranchStartCondition",
        "manualPullRequestStartCondition",
        "manualTagStartCondition",
        "name",
        "pullRequestStartCondition",
        "scheduledStartCondition",
        "tagStartCondition",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        CiAction, \
        CiBranchStartCondition, \
        CiManualBranchStartCondition, \
        CiManualPullRequestStartCondition, \
        CiManualTagStartCondition, \
        CiPullRequestStartCondition, \
        CiScheduledStartCondition, \
        CiTagStartCondition
    from ..models.ci_action import CiAction
    from ..models.ci_branch_start_condition import CiBranchStartCondition
    from ..models.ci_manual_branch_start_condition import CiManualBranchStartCondition
    from ..models.ci_manual_pull_request_start_condition import CiManualPullRequestStartCondition
    from ..models.ci_manual_tag_start_condition import CiManualTagStartCondition
    from ..models.ci_pull_request_start_condition import CiPullRequestStartCondition
    from ..models.ci_scheduled_start_condition import CiScheduledStartCondition
    from ..models.ci_tag_start_condition import CiTagStartCondition

    _LAZY_IMPORTS_DONE = True


def _read_actions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_actions = src_dict.get("actions")
    if _raw_actions is None:
        actions = None
    else:
        actions = []
        _actions = _raw_actions
        for actions_item_data in _actions:
            actions_item = CiAction.from_dict(actions_item_data)

            actions.append(actions_item)

    return actions


def _read_branch_start_condition(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_branch_start_condition = src_dict.get("branchStartCondition")
    if _raw_branch_start_condition is None:
        branch_start_condition = None
    else:
        branch_start_condition = CiBranchStartCondition.from_dict(_raw_branch_start_condition)

    return branch_start_condition


def _read_manual_branch_start_condition(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_manual_branch_start_condition = src_dict.get("manualBranchStartCondition")
    if _raw_manual_branch_start_condition is None:
        manual_branch_start_condition = None
    else:
        manual_branch_start_condition = CiManualBranchStartCondition.from_dict(
            _raw_manual_branch_start_condition
        )

    return manual_branch_start_condition


def _read_manual_pull_request_start_condition(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_manual_pull_request_start_condition = src_dict.get("manualPullRequestStartCondition")
    if _raw_manual_pull_request_start_condition is None:
        manual_pull_request_start_condition = None
    else:
        manual_pull_request_start_condition = CiManualPullRequestStartCondition.from_dict(
            _raw_manual_pull_request_start_condition
        )

    return manual_pull_request_start_condition


def _read_manual_tag_start_condition(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_manual_tag_start_condition = src_dict.get("manualTagStartCondition")
    if _raw_manual_tag_start_condition is None:
        manual_tag_start_condition = None
    else:
        manual_tag_start_condition = CiManualTagStartCondition.from_dict(_raw_manual_tag_start_condition)

    return manual_tag_start_condition


def _read_pull_request_start_condition(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_pull_request_start_condition = src_dict.get("pullRequestStartCondition")
    if _raw_pull_request_start_condition is None:
        pull_request_start_condition = None
    else:
        pull_request_start_condition = CiPullRequestStartCondition.from_dict(
            _raw_pull_request_start_condition
        )

    return pull_request_start_condition


def _read_scheduled_start_condition(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_scheduled_start_condition = src_dict.get("scheduledStartCondition")
    if _raw_scheduled_start_condition is None:
        scheduled_start_condition = None
    else:
        scheduled_start_condition = CiScheduledStartCondition.from_dict(_raw_scheduled_start_condition)

    return scheduled_start_condition


def _read_tag_start_condition(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_tag_start_condition = src_dict.get("tagStartCondition")
    if _raw_tag_start_condition is None:
        tag_start_condition = None
    else:
        tag_start_condition = CiTagStartCondition.from_dict(_raw_tag_start_condition)

    return tag_start_condition


_READERS: dict[str, Any] = {
    "actions": _read_actions,
    "branch_start_condition": _read_branch_start_condition,
    "manual_branch_start_condition": _read_manual_branch_start_condition,
    "manual_pull_request_start_condition": _read_manual_pull_request_start_condition,
    "manual_tag_start_condition": _read_manual_tag_start_condition,
    "pull_request_start_condition": _read_pull_request_start_condition,
    "scheduled_start_condition": _read_scheduled_start_condition,
    "tag_start_condition": _read_tag_start_condition,
}


@_attrs_define(repr=False)
class CiWorkflowAttributes:
    """
    Attributes:
        actions (list[CiAction] | Unset):
        branch_start_condition (CiBranchStartCondition | Unset):
        clean (bool | Unset):
        container_file_path (str | Unset):
        description (str | Unset):
        is_enabled (bool | Unset):
        is_locked_for_editing (bool | Unset):
        last_modified_date (datetime.datetime | Unset):
        manual_branch_start_condition (CiManualBranchStartCondition | Unset):
        manual_pull_request_start_condition (CiManualPullRequestStartCondition | Unset):
        manual_tag_start_condition (CiManualTagStartCondition | Unset):
        name (str | Unset):
        pull_request_start_condition (CiPullRequestStartCondition | Unset):
        scheduled_start_condition (CiScheduledStartCondition | Unset):
        tag_start_condition (CiTagStartCondition | Unset):
    """

    actions: list[CiAction] | None = None
    branch_start_condition: CiBranchStartCondition | None = None
    clean: bool | None = None
    container_file_path: str | None = None
    description: str | None = None
    is_enabled: bool | None = None
    is_locked_for_editing: bool | None = None
    last_modified_date: datetime.datetime | None = None
    manual_branch_start_condition: CiManualBranchStartCondition | None = None
    manual_pull_request_start_condition: CiManualPullRequestStartCondition | None = None
    manual_tag_start_condition: CiManualTagStartCondition | None = None
    name: str | None = None
    pull_request_start_condition: CiPullRequestStartCondition | None = None
    scheduled_start_condition: CiScheduledStartCondition | None = None
    tag_start_condition: CiTagStartCondition | None = None
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
        actions: Any = None
        if self.actions is not None:
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        branch_start_condition: Any = None
        if self.branch_start_condition is not None:
            branch_start_condition = self.branch_start_condition.to_dict()

        clean = self.clean

        container_file_path = self.container_file_path

        description = self.description

        is_enabled = self.is_enabled

        is_locked_for_editing = self.is_locked_for_editing

        last_modified_date: Any = None
        if self.last_modified_date is not None:
            last_modified_date = self.last_modified_date.isoformat()

        manual_branch_start_condition: Any = None
        if self.manual_branch_start_condition is not None:
            manual_branch_start_condition = self.manual_branch_start_condition.to_dict()

        manual_pull_request_start_condition: Any = None
        if self.manual_pull_request_start_condition is not None:
            manual_pull_request_start_condition = self.manual_pull_request_start_condition.to_dict()

        manual_tag_start_condition: Any = None
        if self.manual_tag_start_condition is not None:
            manual_tag_start_condition = self.manual_tag_start_condition.to_dict()

        name = self.name

        pull_request_start_condition: Any = None
        if self.pull_request_start_condition is not None:
            pull_request_start_condition = self.pull_request_start_condition.to_dict()

        scheduled_start_condition: Any = None
        if self.scheduled_start_condition is not None:
            scheduled_start_condition = self.scheduled_start_condition.to_dict()

        tag_start_condition: Any = None
        if self.tag_start_condition is not None:
            tag_start_condition = self.tag_start_condition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if actions is not None:
            field_dict["actions"] = actions
        if branch_start_condition is not None:
            field_dict["branchStartCondition"] = branch_start_condition
        if clean is not None:
            field_dict["clean"] = clean
        if container_file_path is not None:
            field_dict["containerFilePath"] = container_file_path
        if description is not None:
            field_dict["description"] = description
        if is_enabled is not None:
            field_dict["isEnabled"] = is_enabled
        if is_locked_for_editing is not None:
            field_dict["isLockedForEditing"] = is_locked_for_editing
        if last_modified_date is not None:
            field_dict["lastModifiedDate"] = last_modified_date
        if manual_branch_start_condition is not None:
            field_dict["manualBranchStartCondition"] = manual_branch_start_condition
        if manual_pull_request_start_condition is not None:
            field_dict["manualPullRequestStartCondition"] = manual_pull_request_start_condition
        if manual_tag_start_condition is not None:
            field_dict["manualTagStartCondition"] = manual_tag_start_condition
        if name is not None:
            field_dict["name"] = name
        if pull_request_start_condition is not None:
            field_dict["pullRequestStartCondition"] = pull_request_start_condition
        if scheduled_start_condition is not None:
            field_dict["scheduledStartCondition"] = scheduled_start_condition
        if tag_start_condition is not None:
            field_dict["tagStartCondition"] = tag_start_condition
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        clean = src_dict.get("clean")

        container_file_path = src_dict.get("containerFilePath")

        description = src_dict.get("description")

        is_enabled = src_dict.get("isEnabled")

        is_locked_for_editing = src_dict.get("isLockedForEditing")

        _raw_last_modified_date = src_dict.get("lastModifiedDate")
        if _raw_last_modified_date is None:
            last_modified_date = None
        else:
            last_modified_date = datetime.datetime.fromisoformat(_raw_last_modified_date)

        name = src_dict.get("name")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.clean = clean
        _model.container_file_path = container_file_path
        _model.description = description
        _model.is_enabled = is_enabled
        _model.is_locked_for_editing = is_locked_for_editing
        _model.last_modified_date = last_modified_date
        _model.name = name
        _model._document = src_dict  # actions, branch_start_condition, manual_branch_start_condition, manual_pull_request_start_condition, manual_tag_start_condition, pull_request_start_condition, scheduled_start_condition, tag_start_condition: read on first access
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
