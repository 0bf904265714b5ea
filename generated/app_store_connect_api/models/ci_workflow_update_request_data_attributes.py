from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.ci_action import CiAction
    from ..models.ci_branch_start_condition import CiBranchStartCondition
    from ..models.ci_manual_branch_start_condition import CiManualBranchStartCondition
    from ..models.ci_manual_pull_request_start_condition import CiManualPullRequestStartCondition
    from ..models.ci_manual_tag_start_condition import CiManualTagStartCondition
    from ..models.ci_pull_request_start_condition import CiPullRequestStartCondition
    from ..models.ci_scheduled_start_condition import CiScheduledStartCondition
    from ..models.ci_tag_start_condition import CiTagStartCondition


T = TypeVar("T", bound="CiWorkflowUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "actions",
        "branchStartCondition",
        "clean",
        "containerFilePath",
        "description",
        "isEnabled",
        "isLockedForEditing",
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


@_attrs_define(repr=False)
class CiWorkflowUpdateRequestDataAttributes:
    """
    Attributes:
        actions (list[CiAction] | None | Unset):
        branch_start_condition (CiBranchStartCondition | Unset):
        clean (bool | None | Unset):
        container_file_path (None | str | Unset):
        description (None | str | Unset):
        is_enabled (bool | None | Unset):
        is_locked_for_editing (bool | None | Unset):
        manual_branch_start_condition (CiManualBranchStartCondition | Unset):
        manual_pull_request_start_condition (CiManualPullRequestStartCondition | Unset):
        manual_tag_start_condition (CiManualTagStartCondition | Unset):
        name (None | str | Unset):
        pull_request_start_condition (CiPullRequestStartCondition | Unset):
        scheduled_start_condition (CiScheduledStartCondition | Unset):
        tag_start_condition (CiTagStartCondition | Unset):
    """

    actions: list[CiAction] | None | Unset = UNSET
    branch_start_condition: CiBranchStartCondition | Unset | None = UNSET
    clean: bool | None | Unset = UNSET
    container_file_path: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_enabled: bool | None | Unset = UNSET
    is_locked_for_editing: bool | None | Unset = UNSET
    manual_branch_start_condition: CiManualBranchStartCondition | Unset | None = UNSET
    manual_pull_request_start_condition: CiManualPullRequestStartCondition | Unset | None = UNSET
    manual_tag_start_condition: CiManualTagStartCondition | Unset | None = UNSET
    name: None | str | Unset = UNSET
    pull_request_start_condition: CiPullRequestStartCondition | Unset | None = UNSET
    scheduled_start_condition: CiScheduledStartCondition | Unset | None = UNSET
    tag_start_condition: CiTagStartCondition | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        actions: list[dict[str, Any]] | None | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, list):
            actions = []
            for actions_type_0_item_data in self.actions:
                actions_type_0_item = actions_type_0_item_data.to_dict()
                actions.append(actions_type_0_item)

        else:
            actions = self.actions

        branch_start_condition: dict[str, Any] | Unset | None
        if self.branch_start_condition is None:
            branch_start_condition = None
        else:
            branch_start_condition = UNSET
            if not isinstance(self.branch_start_condition, Unset):
                branch_start_condition = self.branch_start_condition.to_dict()

        clean: bool | None | Unset
        if isinstance(self.clean, Unset):
            clean = UNSET
        else:
            clean = self.clean

        container_file_path: None | str | Unset
        if isinstance(self.container_file_path, Unset):
            container_file_path = UNSET
        else:
            container_file_path = self.container_file_path

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_enabled: bool | None | Unset
        if isinstance(self.is_enabled, Unset):
            is_enabled = UNSET
        else:
            is_enabled = self.is_enabled

        is_locked_for_editing: bool | None | Unset
        if isinstance(self.is_locked_for_editing, Unset):
            is_locked_for_editing = UNSET
        else:
            is_locked_for_editing = self.is_locked_for_editing

        manual_branch_start_condition: dict[str, Any] | Unset | None
        if self.manual_branch_start_condition is None:
            manual_branch_start_condition = None
        else:
            manual_branch_start_condition = UNSET
            if not isinstance(self.manual_branch_start_condition, Unset):
                manual_branch_start_condition = self.manual_branch_start_condition.to_dict()

        manual_pull_request_start_condition: dict[str, Any] | Unset | None
        if self.manual_pull_request_start_condition is None:
            manual_pull_request_start_condition = None
        else:
            manual_pull_request_start_condition = UNSET
            if not isinstance(self.manual_pull_request_start_condition, Unset):
                manual_pull_request_start_condition = self.manual_pull_request_start_condition.to_dict()

        manual_tag_start_condition: dict[str, Any] | Unset | None
        if self.manual_tag_start_condition is None:
            manual_tag_start_condition = None
        else:
            manual_tag_start_condition = UNSET
            if not isinstance(self.manual_tag_start_condition, Unset):
                manual_tag_start_condition = self.manual_tag_start_condition.to_dict()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        pull_request_start_condition: dict[str, Any] | Unset | None
        if self.pull_request_start_condition is None:
            pull_request_start_condition = None
        else:
            pull_request_start_condition = UNSET
            if not isinstance(self.pull_request_start_condition, Unset):
                pull_request_start_condition = self.pull_request_start_condition.to_dict()

        scheduled_start_condition: dict[str, Any] | Unset | None
        if self.scheduled_start_condition is None:
            scheduled_start_condition = None
        else:
            scheduled_start_condition = UNSET
            if not isinstance(self.scheduled_start_condition, Unset):
                scheduled_start_condition = self.scheduled_start_condition.to_dict()

        tag_start_condition: dict[str, Any] | Unset | None
        if self.tag_start_condition is None:
            tag_start_condition = None
        else:
            tag_start_condition = UNSET
            if not isinstance(self.tag_start_condition, Unset):
                tag_start_condition = self.tag_start_condition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if actions is not UNSET:
            field_dict["actions"] = actions
        if branch_start_condition is not UNSET:
            field_dict["branchStartCondition"] = branch_start_condition
        if clean is not UNSET:
            field_dict["clean"] = clean
        if container_file_path is not UNSET:
            field_dict["containerFilePath"] = container_file_path
        if description is not UNSET:
            field_dict["description"] = description
        if is_enabled is not UNSET:
            field_dict["isEnabled"] = is_enabled
        if is_locked_for_editing is not UNSET:
            field_dict["isLockedForEditing"] = is_locked_for_editing
        if manual_branch_start_condition is not UNSET:
            field_dict["manualBranchStartCondition"] = manual_branch_start_condition
        if manual_pull_request_start_condition is not UNSET:
            field_dict["manualPullRequestStartCondition"] = manual_pull_request_start_condition
        if manual_tag_start_condition is not UNSET:
            field_dict["manualTagStartCondition"] = manual_tag_start_condition
        if name is not UNSET:
            field_dict["name"] = name
        if pull_request_start_condition is not UNSET:
            field_dict["pullRequestStartCondition"] = pull_request_start_condition
        if scheduled_start_condition is not UNSET:
            field_dict["scheduledStartCondition"] = scheduled_start_condition
        if tag_start_condition is not UNSET:
            field_dict["tagStartCondition"] = tag_start_condition
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()

        def _parse_actions(data: object) -> list[CiAction] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                actions_type_0 = []
                _actions_type_0 = data
                for actions_type_0_item_data in _actions_type_0:
                    actions_type_0_item = CiAction.from_dict(actions_type_0_item_data)

                    actions_type_0.append(actions_type_0_item)

                return actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CiAction] | None | Unset, data)

        actions = _parse_actions(src_dict.get("actions", UNSET))

        _raw_branch_start_condition = src_dict.get("branchStartCondition", UNSET)
        if _raw_branch_start_condition is None:
            branch_start_condition = None
        else:
            _branch_start_condition = _raw_branch_start_condition
            branch_start_condition: CiBranchStartCondition | Unset
            if isinstance(_branch_start_condition, Unset):
                branch_start_condition = UNSET
            else:
                branch_start_condition = CiBranchStartCondition.from_dict(_branch_start_condition)

        def _parse_clean(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        clean = _parse_clean(src_dict.get("clean", UNSET))

        def _parse_container_file_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        container_file_path = _parse_container_file_path(src_dict.get("containerFilePath", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(src_dict.get("description", UNSET))

        def _parse_is_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_enabled = _parse_is_enabled(src_dict.get("isEnabled", UNSET))

        def _parse_is_locked_for_editing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_locked_for_editing = _parse_is_locked_for_editing(src_dict.get("isLockedForEditing", UNSET))

        _raw_manual_branch_start_condition = src_dict.get("manualBranchStartCondition", UNSET)
        if _raw_manual_branch_start_condition is None:
            manual_branch_start_condition = None
        else:
            _manual_branch_start_condition = _raw_manual_branch_start_condition
            manual_branch_start_condition: CiManualBranchStartCondition | Unset
            if isinstance(_manual_branch_start_condition, Unset):
                manual_branch_start_condition = UNSET
            else:
                manual_branch_start_condition = CiManualBranchStartCondition.from_dict(
                    _manual_branch_start_condition
                )

        _raw_manual_pull_request_start_condition = src_dict.get("manualPullRequestStartCondition", UNSET)
        if _raw_manual_pull_request_start_condition is None:
            manual_pull_request_start_condition = None
        else:
            _manual_pull_request_start_condition = _raw_manual_pull_request_start_condition
            manual_pull_request_start_condition: CiManualPullRequestStartCondition | Unset
            if isinstance(_manual_pull_request_start_condition, Unset):
                manual_pull_request_start_condition = UNSET
            else:
                manual_pull_request_start_condition = CiManualPullRequestStartCondition.from_dict(
                    _manual_pull_request_start_condition
                )

        _raw_manual_tag_start_condition = src_dict.get("manualTagStartCondition", UNSET)
        if _raw_manual_tag_start_condition is None:
            manual_tag_start_condition = None
        else:
            _manual_tag_start_condition = _raw_manual_tag_start_condition
            manual_tag_start_condition: CiManualTagStartCondition | Unset
            if isinstance(_manual_tag_start_condition, Unset):
                manual_tag_start_condition = UNSET
            else:
                manual_tag_start_condition = CiManualTagStartCondition.from_dict(_manual_tag_start_condition)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(src_dict.get("name", UNSET))

        _raw_pull_request_start_condition = src_dict.get("pullRequestStartCondition", UNSET)
        if _raw_pull_request_start_condition is None:
            pull_request_start_condition = None
        else:
            _pull_request_start_condition = _raw_pull_request_start_condition
            pull_request_start_condition: CiPullRequestStartCondition | Unset
            if isinstance(_pull_request_start_condition, Unset):
                pull_request_start_condition = UNSET
            else:
                pull_request_start_condition = CiPullRequestStartCondition.from_dict(
                    _pull_request_start_condition
                )

        _raw_scheduled_start_condition = src_dict.get("scheduledStartCondition", UNSET)
        if _raw_scheduled_start_condition is None:
            scheduled_start_condition = None
        else:
            _scheduled_start_condition = _raw_scheduled_start_condition
            scheduled_start_condition: CiScheduledStartCondition | Unset
            if isinstance(_scheduled_start_condition, Unset):
                scheduled_start_condition = UNSET
            else:
                scheduled_start_condition = CiScheduledStartCondition.from_dict(_scheduled_start_condition)

        _raw_tag_start_condition = src_dict.get("tagStartCondition", UNSET)
        if _raw_tag_start_condition is None:
            tag_start_condition = None
        else:
            _tag_start_condition = _raw_tag_start_condition
            tag_start_condition: CiTagStartCondition | Unset
            if isinstance(_tag_start_condition, Unset):
                tag_start_condition = UNSET
            else:
                tag_start_condition = CiTagStartCondition.from_dict(_tag_start_condition)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.actions = actions
        _model.branch_start_condition = branch_start_condition
        _model.clean = clean
        _model.container_file_path = container_file_path
        _model.description = description
        _model.is_enabled = is_enabled
        _model.is_locked_for_editing = is_locked_for_editing
        _model.manual_branch_start_condition = manual_branch_start_condition
        _model.manual_pull_request_start_condition = manual_pull_request_start_condition
        _model.manual_tag_start_condition = manual_tag_start_condition
        _model.name = name
        _model.pull_request_start_condition = pull_request_start_condition
        _model.scheduled_start_condition = scheduled_start_condition
        _model.tag_start_condition = tag_start_condition
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
