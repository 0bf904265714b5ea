from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.ci_build_run_create_request_data_relationships_build_run import (
        CiBuildRunCreateRequestDataRelationshipsBuildRun,
    )
    from ..models.ci_build_run_create_request_data_relationships_pull_request import (
        CiBuildRunCreateRequestDataRelationshipsPullRequest,
    )
    from ..models.ci_build_run_create_request_data_relationships_source_branch_or_tag import (
        CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTag,
    )
    from ..models.ci_build_run_create_request_data_relationships_workflow import (
        CiBuildRunCreateRequestDataRelationshipsWorkflow,
    )


T = TypeVar("T", bound="CiBuildRunCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "buildRun",
        "pullRequest",
        "sourceBranchOrTag",
        "workflow",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        CiBuildRunCreateRequestDataRelationshipsBuildRun, \
        CiBuildRunCreateRequestDataRelationshipsPullRequest, \
        CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTag, \
        CiBuildRunCreateRequestDataRelationshipsWorkflow
    from ..models.ci_build_run_create_request_data_relationships_build_run import (
        CiBuildRunCreateRequestDataRelationshipsBuildRun,
    )
    from ..models.ci_build_run_create_request_data_relationships_pull_request import (
        CiBuildRunCreateRequestDataRelationshipsPullRequest,
    )
    from ..models.ci_build_run_create_request_data_relationships_source_branch_or_tag import (
        CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTag,
    )
    from ..models.ci_build_run_create_request_data_relationships_workflow import (
        CiBuildRunCreateRequestDataRelationshipsWorkflow,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class CiBuildRunCreateRequestDataRelationships:
    """
    Attributes:
        build_run (CiBuildRunCreateRequestDataRelationshipsBuildRun | Unset):
        pull_request (CiBuildRunCreateRequestDataRelationshipsPullRequest | Unset):
        source_branch_or_tag (CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTag | Unset):
        workflow (CiBuildRunCreateRequestDataRelationshipsWorkflow | Unset):
    """

    build_run: CiBuildRunCreateRequestDataRelationshipsBuildRun | Unset | None = UNSET
    pull_request: CiBuildRunCreateRequestDataRelationshipsPullRequest | Unset | None = UNSET
    source_branch_or_tag: CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTag | Unset | None = UNSET
    workflow: CiBuildRunCreateRequestDataRelationshipsWorkflow | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        build_run: dict[str, Any] | Unset | None
        if self.build_run is None:
            build_run = None
        else:
            build_run = UNSET
            if not isinstance(self.build_run, Unset):
                build_run = self.build_run.to_dict()

        pull_request: dict[str, Any] | Unset | None
        if self.pull_request is None:
            pull_request = None
        else:
            pull_request = UNSET
            if not isinstance(self.pull_request, Unset):
                pull_request = self.pull_request.to_dict()

        source_branch_or_tag: dict[str, Any] | Unset | None
        if self.source_branch_or_tag is None:
            source_branch_or_tag = None
        else:
            source_branch_or_tag = UNSET
            if not isinstance(self.source_branch_or_tag, Unset):
                source_branch_or_tag = self.source_branch_or_tag.to_dict()

        workflow: dict[str, Any] | Unset | None
        if self.workflow is None:
            workflow = None
        else:
            workflow = UNSET
            if not isinstance(self.workflow, Unset):
                workflow = self.workflow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if build_run is not UNSET:
            field_dict["buildRun"] = build_run
        if pull_request is not UNSET:
            field_dict["pullRequest"] = pull_request
        if source_branch_or_tag is not UNSET:
            field_dict["sourceBranchOrTag"] = source_branch_or_tag
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_build_run = src_dict.get("buildRun", UNSET)
        if _raw_build_run is None:
            build_run = None
        else:
            _build_run = _raw_build_run
            build_run: CiBuildRunCreateRequestDataRelationshipsBuildRun | Unset
            if isinstance(_build_run, Unset):
                build_run = UNSET
            else:
                build_run = CiBuildRunCreateRequestDataRelationshipsBuildRun.from_dict(_build_run)

        _raw_pull_request = src_dict.get("pullRequest", UNSET)
        if _raw_pull_request is None:
            pull_request = None
        else:
            _pull_request = _raw_pull_request
            pull_request: CiBuildRunCreateRequestDataRelationshipsPullRequest | Unset
            if isinstance(_pull_request, Unset):
                pull_request = UNSET
            else:
                pull_request = CiBuildRunCreateRequestDataRelationshipsPullRequest.from_dict(_pull_request)

        _raw_source_branch_or_tag = src_dict.get("sourceBranchOrTag", UNSET)
        if _raw_source_branch_or_tag is None:
            source_branch_or_tag = None
        else:
            _source_branch_or_tag = _raw_source_branch_or_tag
            source_branch_or_tag: CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTag | Unset
            if isinstance(_source_branch_or_tag, Unset):
                source_branch_or_tag = UNSET
            else:
                source_branch_or_tag = CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTag.from_dict(
                    _source_branch_or_tag
                )

        _raw_workflow = src_dict.get("workflow", UNSET)
        if _raw_workflow is None:
            workflow = None
        else:
            _workflow = _raw_workflow
            workflow: CiBuildRunCreateRequestDataRelationshipsWorkflow | Unset
            if isinstance(_workflow, Unset):
                workflow = UNSET
            else:
                workflow = CiBuildRunCreateRequestDataRelationshipsWorkflow.from_dict(_workflow)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.build_run = build_run
        _model.pull_request = pull_request
        _model.source_branch_or_tag = source_branch_or_tag
        _model.workflow = workflow
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
