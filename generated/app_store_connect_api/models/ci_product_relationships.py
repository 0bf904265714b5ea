from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

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
_KNOWN_KEYS = frozenset(
    {
        "additionalRepositories",
        "app",
        "buildRuns",
        "bundleId",
        "primaryRepositories",
        "workflows",
    }
)
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


def _read_additional_repositories(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_additional_repositories = src_dict.get("additionalRepositories")
    if _raw_additional_repositories is None:
        additional_repositories = None
    else:
        additional_repositories = CiProductRelationshipsAdditionalRepositories.from_dict(
            _raw_additional_repositories
        )

    return additional_repositories


def _read_app(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app = src_dict.get("app")
    if _raw_app is None:
        app = None
    else:
        app = CiProductRelationshipsApp.from_dict(_raw_app)

    return app


def _read_build_runs(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_build_runs = src_dict.get("buildRuns")
    if _raw_build_runs is None:
        build_runs = None
    else:
        build_runs = CiProductRelationshipsBuildRuns.from_dict(_raw_build_runs)

    return build_runs


def _read_bundle_id(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_bundle_id = src_dict.get("bundleId")
    if _raw_bundle_id is None:
        bundle_id = None
    else:
        bundle_id = CiProductRelationshipsBundleId.from_dict(_raw_bundle_id)

    return bundle_id


def _read_primary_repositories(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_primary_repositories = src_dict.get("primaryRepositories")
    if _raw_primary_repositories is None:
        primary_repositories = None
    else:
        primary_repositories = CiProductRelationshipsPrimaryRepositories.from_dict(_raw_primary_repositories)

    return primary_repositories


def _read_workflows(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_workflows = src_dict.get("workflows")
    if _raw_workflows is None:
        workflows = None
    else:
        workflows = CiProductRelationshipsWorkflows.from_dict(_raw_workflows)

    return workflows


_READERS: dict[str, Any] = {
    "additional_repositories": _read_additional_repositories,
    "app": _read_app,
    "build_runs": _read_build_runs,
    "bundle_id": _read_bundle_id,
    "primary_repositories": _read_primary_repositories,
    "workflows": _read_workflows,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        additional_repositories: Any = None
        if self.additional_repositories is not None:
            additional_repositories = self.additional_repositories.to_dict()

        app: Any = None
        if self.app is not None:
            app = self.app.to_dict()

        build_runs: Any = None
        if self.build_runs is not None:
            build_runs = self.build_runs.to_dict()

        bundle_id: Any = None
        if self.bundle_id is not None:
            bundle_id = self.bundle_id.to_dict()

        primary_repositories: Any = None
        if self.primary_repositories is not None:
            primary_repositories = self.primary_repositories.to_dict()

        workflows: Any = None
        if self.workflows is not None:
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
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # additional_repositories, app, build_runs, bundle_id, primary_repositories, workflows: read on first access
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
