from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

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


def _read_additional_repositories(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_additional_repositories = d.pop("additionalRepositories", None)
    if _raw_additional_repositories is None:
        additional_repositories = None
    else:
        additional_repositories = CiProductRelationshipsAdditionalRepositories.from_dict(
            _raw_additional_repositories
        )

    return additional_repositories


def _read_app(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app = d.pop("app", None)
    if _raw_app is None:
        app = None
    else:
        app = CiProductRelationshipsApp.from_dict(_raw_app)

    return app


def _read_build_runs(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_build_runs = d.pop("buildRuns", None)
    if _raw_build_runs is None:
        build_runs = None
    else:
        build_runs = CiProductRelationshipsBuildRuns.from_dict(_raw_build_runs)

    return build_runs


def _read_bundle_id(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_bundle_id = d.pop("bundleId", None)
    if _raw_bundle_id is None:
        bundle_id = None
    else:
        bundle_id = CiProductRelationshipsBundleId.from_dict(_raw_bundle_id)

    return bundle_id


def _read_primary_repositories(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_primary_repositories = d.pop("primaryRepositories", None)
    if _raw_primary_repositories is None:
        primary_repositories = None
    else:
        primary_repositories = CiProductRelationshipsPrimaryRepositories.from_dict(_raw_primary_repositories)

    return primary_repositories


def _read_workflows(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_workflows = d.pop("workflows", None)
    if _raw_workflows is None:
        workflows = None
    else:
        workflows = CiProductRelationshipsWorkflows.from_dict(_raw_workflows)

    return workflows


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


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
_READERS: dict[str, Any] = {
    "additional_repositories": _read_additional_repositories,
    "app": _read_app,
    "build_runs": _read_build_runs,
    "bundle_id": _read_bundle_id,
    "primary_repositories": _read_primary_repositories,
    "workflows": _read_workflows,
    "additional_properties": _read_additional_properties,
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
    _document: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def __getattr__(self, name: str) -> Any:
        """A field not read yet is read from the document now (`from_dict` defers them all)."""
        read = _READERS.get(name)
        if read is None or self._document is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = read(self._document)
        setattr(self, name, value)
        return value

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
        ci_product_relationships = cls.__new__(cls)
        ci_product_relationships._document = dict(src_dict)  # each field is read on first access
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
