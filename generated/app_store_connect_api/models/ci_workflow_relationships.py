from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.ci_workflow_relationships_build_runs import CiWorkflowRelationshipsBuildRuns
    from ..models.ci_workflow_relationships_mac_os_version import CiWorkflowRelationshipsMacOsVersion
    from ..models.ci_workflow_relationships_product import CiWorkflowRelationshipsProduct
    from ..models.ci_workflow_relationships_repository import CiWorkflowRelationshipsRepository
    from ..models.ci_workflow_relationships_xcode_version import CiWorkflowRelationshipsXcodeVersion


T = TypeVar("T", bound="CiWorkflowRelationships")
_KNOWN_KEYS = frozenset(
    {
        "buildRuns",
        "macOsVersion",
        "product",
        "repository",
        "xcodeVersion",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        CiWorkflowRelationshipsBuildRuns, \
        CiWorkflowRelationshipsMacOsVersion, \
        CiWorkflowRelationshipsProduct, \
        CiWorkflowRelationshipsRepository, \
        CiWorkflowRelationshipsXcodeVersion
    from ..models.ci_workflow_relationships_build_runs import CiWorkflowRelationshipsBuildRuns
    from ..models.ci_workflow_relationships_mac_os_version import CiWorkflowRelationshipsMacOsVersion
    from ..models.ci_workflow_relationships_product import CiWorkflowRelationshipsProduct
    from ..models.ci_workflow_relationships_repository import CiWorkflowRelationshipsRepository
    from ..models.ci_workflow_relationships_xcode_version import CiWorkflowRelationshipsXcodeVersion

    _LAZY_IMPORTS_DONE = True


def _read_build_runs(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_build_runs = src_dict.get("buildRuns")
    if _raw_build_runs is None:
        build_runs = None
    else:
        build_runs = CiWorkflowRelationshipsBuildRuns.from_dict(_raw_build_runs)

    return build_runs


def _read_mac_os_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_mac_os_version = src_dict.get("macOsVersion")
    if _raw_mac_os_version is None:
        mac_os_version = None
    else:
        mac_os_version = CiWorkflowRelationshipsMacOsVersion.from_dict(_raw_mac_os_version)

    return mac_os_version


def _read_product(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_product = src_dict.get("product")
    if _raw_product is None:
        product = None
    else:
        product = CiWorkflowRelationshipsProduct.from_dict(_raw_product)

    return product


def _read_repository(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_repository = src_dict.get("repository")
    if _raw_repository is None:
        repository = None
    else:
        repository = CiWorkflowRelationshipsRepository.from_dict(_raw_repository)

    return repository


def _read_xcode_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_xcode_version = src_dict.get("xcodeVersion")
    if _raw_xcode_version is None:
        xcode_version = None
    else:
        xcode_version = CiWorkflowRelationshipsXcodeVersion.from_dict(_raw_xcode_version)

    return xcode_version


_READERS: dict[str, Any] = {
    "build_runs": _read_build_runs,
    "mac_os_version": _read_mac_os_version,
    "product": _read_product,
    "repository": _read_repository,
    "xcode_version": _read_xcode_version,
}


@_attrs_define(repr=False)
class CiWorkflowRelationships:
    """
    Attributes:
        build_runs (CiWorkflowRelationshipsBuildRuns | Unset):
        mac_os_version (CiWorkflowRelationshipsMacOsVersion | Unset):
        product (CiWorkflowRelationshipsProduct | Unset):
        repository (CiWorkflowRelationshipsRepository | Unset):
        xcode_version (CiWorkflowRelationshipsXcodeVersion | Unset):
    """

    build_runs: CiWorkflowRelationshipsBuildRuns | None = None
    mac_os_version: CiWorkflowRelationshipsMacOsVersion | None = None
    product: CiWorkflowRelationshipsProduct | None = None
    repository: CiWorkflowRelationshipsRepository | None = None
    xcode_version: CiWorkflowRelationshipsXcodeVersion | None = None
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
        build_runs: Any = None
        if self.build_runs is not None:
            build_runs = self.build_runs.to_dict()

        mac_os_version: Any = None
        if self.mac_os_version is not None:
            mac_os_version = self.mac_os_version.to_dict()

        product: Any = None
        if self.product is not None:
            product = self.product.to_dict()

        repository: Any = None
        if self.repository is not None:
            repository = self.repository.to_dict()

        xcode_version: Any = None
        if self.xcode_version is not None:
            xcode_version = self.xcode_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if build_runs is not None:
            field_dict["buildRuns"] = build_runs
        if mac_os_version is not None:
            field_dict["macOsVersion"] = mac_os_version
        if product is not None:
            field_dict["product"] = product
        if repository is not None:
            field_dict["repository"] = repository
        if xcode_version is not None:
            field_dict["xcodeVersion"] = xcode_version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = (
            src_dict  # build_runs, mac_os_version, product, repository, xcode_version: read on first access
        )
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
