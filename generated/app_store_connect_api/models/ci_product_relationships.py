from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.ci_product_relationships_additional_repositories import (
        CiProductRelationshipsAdditionalRepositories,
    )
    from ..models.ci_product_relationships_app import CiProductRelationshipsApp
    from ..models.ci_product_relationships_build_runs import CiProductRelationshipsBuildRuns
    from ..models.ci_product_relationships_bundle_id import CiProductRelationshipsBundleId
    from ..models.ci_product_relationships_primary_repositories import (
        CiProductRelationshipsPrimaryRepositories,
    )
    from ..models.ci_product_relationships_workflows import CiProductRelationshipsWorkflows


T = TypeVar("T", bound="CiProductRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        CiProductRelationshipsAdditionalRepositories, \
        CiProductRelationshipsApp, \
        CiProductRelationshipsBuildRuns, \
        CiProductRelationshipsBundleId, \
        CiProductRelationshipsPrimaryRepositories, \
        CiProductRelationshipsWorkflows
    from ..models.ci_product_relationships_additional_repositories import (
        CiProductRelationshipsAdditionalRepositories,
    )
    from ..models.ci_product_relationships_app import CiProductRelationshipsApp
    from ..models.ci_product_relationships_build_runs import CiProductRelationshipsBuildRuns
    from ..models.ci_product_relationships_bundle_id import CiProductRelationshipsBundleId
    from ..models.ci_product_relationships_primary_repositories import (
        CiProductRelationshipsPrimaryRepositories,
    )
    from ..models.ci_product_relationships_workflows import CiProductRelationshipsWorkflows

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class CiProductRelationships:
    """
    Attributes:
        additional_repositories (CiProductRelationshipsAdditionalRepositories | Unset):
        app (CiProductRelationshipsApp | Unset):
        build_runs (CiProductRelationshipsBuildRuns | Unset):
        bundle_id (CiProductRelationshipsBundleId | Unset):
        primary_repositories (CiProductRelationshipsPrimaryRepositories | Unset):
        workflows (CiProductRelationshipsWorkflows | Unset):
    """

    additional_repositories: CiProductRelationshipsAdditionalRepositories | None = None
    app: CiProductRelationshipsApp | None = None
    build_runs: CiProductRelationshipsBuildRuns | None = None
    bundle_id: CiProductRelationshipsBundleId | None = None
    primary_repositories: CiProductRelationshipsPrimaryRepositories | None = None
    workflows: CiProductRelationshipsWorkflows | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        additional_repositories: Any = None
        if self.additional_repositories is not None:
            additional_repositories = UNSET
            if not isinstance(self.additional_repositories, Unset):
                additional_repositories = self.additional_repositories.to_dict()

        app: Any = None
        if self.app is not None:
            app = UNSET
            if not isinstance(self.app, Unset):
                app = self.app.to_dict()

        build_runs: Any = None
        if self.build_runs is not None:
            build_runs = UNSET
            if not isinstance(self.build_runs, Unset):
                build_runs = self.build_runs.to_dict()

        bundle_id: Any = None
        if self.bundle_id is not None:
            bundle_id = UNSET
            if not isinstance(self.bundle_id, Unset):
                bundle_id = self.bundle_id.to_dict()

        primary_repositories: Any = None
        if self.primary_repositories is not None:
            primary_repositories = UNSET
            if not isinstance(self.primary_repositories, Unset):
                primary_repositories = self.primary_repositories.to_dict()

        workflows: Any = None
        if self.workflows is not None:
            workflows = UNSET
            if not isinstance(self.workflows, Unset):
                workflows = self.workflows.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if additional_repositories is not None:
            field_dict["additionalRepositories"] = additional_repositories
        if app is not None:
            field_dict["app"] = app
        if build_runs is not None:
            field_dict["buildRuns"] = build_runs
        if bundle_id is not None:
            field_dict["bundleId"] = bundle_id
        if primary_repositories is not None:
            field_dict["primaryRepositories"] = primary_repositories
        if workflows is not None:
            field_dict["workflows"] = workflows
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_additional_repositories = d.pop("additionalRepositories", None)
        if _raw_additional_repositories is None:
            additional_repositories = None
        else:
            _additional_repositories = _raw_additional_repositories
            additional_repositories: CiProductRelationshipsAdditionalRepositories | Unset
            if isinstance(_additional_repositories, Unset):
                additional_repositories = UNSET
            else:
                additional_repositories = CiProductRelationshipsAdditionalRepositories.from_dict(
                    _additional_repositories
                )

        _raw_app = d.pop("app", None)
        if _raw_app is None:
            app = None
        else:
            _app = _raw_app
            app: CiProductRelationshipsApp | Unset
            if isinstance(_app, Unset):
                app = UNSET
            else:
                app = CiProductRelationshipsApp.from_dict(_app)

        _raw_build_runs = d.pop("buildRuns", None)
        if _raw_build_runs is None:
            build_runs = None
        else:
            _build_runs = _raw_build_runs
            build_runs: CiProductRelationshipsBuildRuns | Unset
            if isinstance(_build_runs, Unset):
                build_runs = UNSET
            else:
                build_runs = CiProductRelationshipsBuildRuns.from_dict(_build_runs)

        _raw_bundle_id = d.pop("bundleId", None)
        if _raw_bundle_id is None:
            bundle_id = None
        else:
            _bundle_id = _raw_bundle_id
            bundle_id: CiProductRelationshipsBundleId | Unset
            if isinstance(_bundle_id, Unset):
                bundle_id = UNSET
            else:
                bundle_id = CiProductRelationshipsBundleId.from_dict(_bundle_id)

        _raw_primary_repositories = d.pop("primaryRepositories", None)
        if _raw_primary_repositories is None:
            primary_repositories = None
        else:
            _primary_repositories = _raw_primary_repositories
            primary_repositories: CiProductRelationshipsPrimaryRepositories | Unset
            if isinstance(_primary_repositories, Unset):
                primary_repositories = UNSET
            else:
                primary_repositories = CiProductRelationshipsPrimaryRepositories.from_dict(
                    _primary_repositories
                )

        _raw_workflows = d.pop("workflows", None)
        if _raw_workflows is None:
            workflows = None
        else:
            _workflows = _raw_workflows
            workflows: CiProductRelationshipsWorkflows | Unset
            if isinstance(_workflows, Unset):
                workflows = UNSET
            else:
                workflows = CiProductRelationshipsWorkflows.from_dict(_workflows)

        ci_product_relationships = cls(
            additional_repositories=additional_repositories,
            app=app,
            build_runs=build_runs,
            bundle_id=bundle_id,
            primary_repositories=primary_repositories,
            workflows=workflows,
        )
        ci_product_relationships.additional_properties = d
        return ci_product_relationships

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
