from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        actions: Any = None
        if self.actions is not None:
            actions = UNSET
            if not isinstance(self.actions, Unset):
                actions = self.actions.to_dict()

        builds: Any = None
        if self.builds is not None:
            builds = UNSET
            if not isinstance(self.builds, Unset):
                builds = self.builds.to_dict()

        destination_branch: Any = None
        if self.destination_branch is not None:
            destination_branch = UNSET
            if not isinstance(self.destination_branch, Unset):
                destination_branch = self.destination_branch.to_dict()

        product: Any = None
        if self.product is not None:
            product = UNSET
            if not isinstance(self.product, Unset):
                product = self.product.to_dict()

        pull_request: Any = None
        if self.pull_request is not None:
            pull_request = UNSET
            if not isinstance(self.pull_request, Unset):
                pull_request = self.pull_request.to_dict()

        source_branch_or_tag: Any = None
        if self.source_branch_or_tag is not None:
            source_branch_or_tag = UNSET
            if not isinstance(self.source_branch_or_tag, Unset):
                source_branch_or_tag = self.source_branch_or_tag.to_dict()

        workflow: Any = None
        if self.workflow is not None:
            workflow = UNSET
            if not isinstance(self.workflow, Unset):
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
        d = dict(src_dict)
        _raw_actions = d.pop("actions", None)
        if _raw_actions is None:
            actions = None
        else:
            _actions = _raw_actions
            actions: CiBuildRunRelationshipsActions | Unset
            if isinstance(_actions, Unset):
                actions = UNSET
            else:
                actions = CiBuildRunRelationshipsActions.from_dict(_actions)

        _raw_builds = d.pop("builds", None)
        if _raw_builds is None:
            builds = None
        else:
            _builds = _raw_builds
            builds: CiBuildRunRelationshipsBuilds | Unset
            if isinstance(_builds, Unset):
                builds = UNSET
            else:
                builds = CiBuildRunRelationshipsBuilds.from_dict(_builds)

        _raw_destination_branch = d.pop("destinationBranch", None)
        if _raw_destination_branch is None:
            destination_branch = None
        else:
            _destination_branch = _raw_destination_branch
            destination_branch: CiBuildRunRelationshipsDestinationBranch | Unset
            if isinstance(_destination_branch, Unset):
                destination_branch = UNSET
            else:
                destination_branch = CiBuildRunRelationshipsDestinationBranch.from_dict(_destination_branch)

        _raw_product = d.pop("product", None)
        if _raw_product is None:
            product = None
        else:
            _product = _raw_product
            product: CiBuildRunRelationshipsProduct | Unset
            if isinstance(_product, Unset):
                product = UNSET
            else:
                product = CiBuildRunRelationshipsProduct.from_dict(_product)

        _raw_pull_request = d.pop("pullRequest", None)
        if _raw_pull_request is None:
            pull_request = None
        else:
            _pull_request = _raw_pull_request
            pull_request: CiBuildRunRelationshipsPullRequest | Unset
            if isinstance(_pull_request, Unset):
                pull_request = UNSET
            else:
                pull_request = CiBuildRunRelationshipsPullRequest.from_dict(_pull_request)

        _raw_source_branch_or_tag = d.pop("sourceBranchOrTag", None)
        if _raw_source_branch_or_tag is None:
            source_branch_or_tag = None
        else:
            _source_branch_or_tag = _raw_source_branch_or_tag
            source_branch_or_tag: CiBuildRunRelationshipsSourceBranchOrTag | Unset
            if isinstance(_source_branch_or_tag, Unset):
                source_branch_or_tag = UNSET
            else:
                source_branch_or_tag = CiBuildRunRelationshipsSourceBranchOrTag.from_dict(
                    _source_branch_or_tag
                )

        _raw_workflow = d.pop("workflow", None)
        if _raw_workflow is None:
            workflow = None
        else:
            _workflow = _raw_workflow
            workflow: CiBuildRunRelationshipsWorkflow | Unset
            if isinstance(_workflow, Unset):
                workflow = UNSET
            else:
                workflow = CiBuildRunRelationshipsWorkflow.from_dict(_workflow)

        ci_build_run_relationships = cls(
            actions=actions,
            builds=builds,
            destination_branch=destination_branch,
            product=product,
            pull_request=pull_request,
            source_branch_or_tag=source_branch_or_tag,
            workflow=workflow,
        )
        ci_build_run_relationships.additional_properties = d
        return ci_build_run_relationships

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
