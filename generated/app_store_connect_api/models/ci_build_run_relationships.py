from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.ci_build_run_relationships_actions import CiBuildRunRelationshipsActions
    from ..models.ci_build_run_relationships_builds import CiBuildRunRelationshipsBuilds
    from ..models.ci_build_run_relationships_destination_branch import (
        CiBuildRunRelationshipsDestinationBranch,
    )
    from ..models.ci_build_run_relationships_product import CiBuildRunRelationshipsProduct
    from ..models.ci_build_run_relationships_pull_request import CiBuildRunRelationshipsPullRequest
    from ..models.ci_build_run_relationships_source_branch_or_tag import (
        CiBuildRunRelationshipsSourceBranchOrTag,
    )
    from ..models.ci_build_run_relationships_workflow import CiBuildRunRelationshipsWorkflow


T = TypeVar("T", bound="CiBuildRunRelationships")
_KNOWN_KEYS = frozenset(
    {
        "actions",
        "builds",
        "destinationBranch",
        "product",
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
        CiBuildRunRelationshipsActions, \
        CiBuildRunRelationshipsBuilds, \
        CiBuildRunRelationshipsDestinationBranch, \
        CiBuildRunRelationshipsProduct, \
        CiBuildRunRelationshipsPullRequest, \
        CiBuildRunRelationshipsSourceBranchOrTag, \
        CiBuildRunRelationshipsWorkflow
    from ..models.ci_build_run_relationships_actions import CiBuildRunRelationshipsActions
    from ..models.ci_build_run_relationships_builds import CiBuildRunRelationshipsBuilds
    from ..models.ci_build_run_relationships_destination_branch import (
        CiBuildRunRelationshipsDestinationBranch,
    )
    from ..models.ci_build_run_relationships_product import CiBuildRunRelationshipsProduct
    from ..models.ci_build_run_relationships_pull_request import CiBuildRunRelationshipsPullRequest
    from ..models.ci_build_run_relationships_source_branch_or_tag import (
        CiBuildRunRelationshipsSourceBranchOrTag,
    )
    from ..models.ci_build_run_relationships_workflow import CiBuildRunRelationshipsWorkflow

    _LAZY_IMPORTS_DONE = True


def _read_actions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_actions = src_dict.get("actions")
    if _raw_actions is None:
        actions = None
    else:
        actions = CiBuildRunRelationshipsActions.from_dict(_raw_actions)

    return actions


def _read_builds(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_builds = src_dict.get("builds")
    if _raw_builds is None:
        builds = None
    else:
        builds = CiBuildRunRelationshipsBuilds.from_dict(_raw_builds)

    return builds


def _read_destination_branch(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_destination_branch = src_dict.get("destinationBranch")
    if _raw_destination_branch is None:
        destination_branch = None
    else:
        destination_branch = CiBuildRunRelationshipsDestinationBranch.from_dict(_raw_destination_branch)

    return destination_branch


def _read_product(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_product = src_dict.get("product")
    if _raw_product is None:
        product = None
    else:
        product = CiBuildRunRelationshipsProduct.from_dict(_raw_product)

    return product


def _read_pull_request(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_pull_request = src_dict.get("pullRequest")
    if _raw_pull_request is None:
        pull_request = None
    else:
        pull_request = CiBuildRunRelationshipsPullRequest.from_dict(_raw_pull_request)

    return pull_request


def _read_source_branch_or_tag(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_source_branch_or_tag = src_dict.get("sourceBranchOrTag")
    if _raw_source_branch_or_tag is None:
        source_branch_or_tag = None
    else:
        source_branch_or_tag = CiBuildRunRelationshipsSourceBranchOrTag.from_dict(_raw_source_branch_or_tag)

    return source_branch_or_tag


def _read_workflow(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_workflow = src_dict.get("workflow")
    if _raw_workflow is None:
        workflow = None
    else:
        workflow = CiBuildRunRelationshipsWorkflow.from_dict(_raw_workflow)

    return workflow


_READERS: dict[str, Any] = {
    "actions": _read_actions,
    "builds": _read_builds,
    "destination_branch": _read_destination_branch,
    "product": _read_product,
    "pull_request": _read_pull_request,
    "source_branch_or_tag": _read_source_branch_or_tag,
    "workflow": _read_workflow,
}


@_attrs_define(repr=False)
class CiBuildRunRelationships:
    """
    Attributes:
        actions (CiBuildRunRelationshipsActions | Unset):
        builds (CiBuildRunRelationshipsBuilds | Unset):
        destination_branch (CiBuildRunRelationshipsDestinationBranch | Unset):
        product (CiBuildRunRelationshipsProduct | Unset):
        pull_request (CiBuildRunRelationshipsPullRequest | Unset):
        source_branch_or_tag (CiBuildRunRelationshipsSourceBranchOrTag | Unset):
        workflow (CiBuildRunRelationshipsWorkflow | Unset):
    """

    actions: CiBuildRunRelationshipsActions | None = None
    builds: CiBuildRunRelationshipsBuilds | None = None
    destination_branch: CiBuildRunRelationshipsDestinationBranch | None = None
    product: CiBuildRunRelationshipsProduct | None = None
    pull_request: CiBuildRunRelationshipsPullRequest | None = None
    source_branch_or_tag: CiBuildRunRelationshipsSourceBranchOrTag | None = None
    workflow: CiBuildRunRelationshipsWorkflow | None = None
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
            actions = self.actions.to_dict()

        builds: Any = None
        if self.builds is not None:
            builds = self.builds.to_dict()

        destination_branch: Any = None
        if self.destination_branch is not None:
            destination_branch = self.destination_branch.to_dict()

        product: Any = None
        if self.product is not None:
            product = self.product.to_dict()

        pull_request: Any = None
        if self.pull_request is not None:
            pull_request = self.pull_request.to_dict()

        source_branch_or_tag: Any = None
        if self.source_branch_or_tag is not None:
            source_branch_or_tag = self.source_branch_or_tag.to_dict()

        workflow: Any = None
        if self.workflow is not None:
            workflow = self.workflow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if actions is not None:
            field_dict["actions"] = actions
        if builds is not None:
            field_dict["builds"] = builds
        if destination_branch is not None:
            field_dict["destinationBranch"] = destination_branch
        if product is not None:
            field_dict["product"] = product
        if pull_request is not None:
            field_dict["pullRequest"] = pull_request
        if source_branch_or_tag is not None:
            field_dict["sourceBranchOrTag"] = source_branch_or_tag
        if workflow is not None:
            field_dict["workflow"] = workflow
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # actions, builds, destination_branch, product, pull_request, source_branch_or_tag, workflow: read on first access
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
