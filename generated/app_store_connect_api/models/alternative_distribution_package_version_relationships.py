from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.alternative_distribution_package_version_relationships_alternative_distribution_package import (
        AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackage,
    )
    from ..models.alternative_distribution_package_version_relationships_deltas import (
        AlternativeDistributionPackageVersionRelationshipsDeltas,
    )
    from ..models.alternative_distribution_package_version_relationships_variants import (
        AlternativeDistributionPackageVersionRelationshipsVariants,
    )


T = TypeVar("T", bound="AlternativeDistributionPackageVersionRelationships")
_KNOWN_KEYS = frozenset(
    {
        "alternativeDistributionPackage",
        "deltas",
        "variants",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackage, \
        AlternativeDistributionPackageVersionRelationshipsDeltas, \
        AlternativeDistributionPackageVersionRelationshipsVariants
    from ..models.alternative_distribution_package_version_relationships_alternative_distribution_package import (
        AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackage,
    )
    from ..models.alternative_distribution_package_version_relationships_deltas import (
        AlternativeDistributionPackageVersionRelationshipsDeltas,
    )
    from ..models.alternative_distribution_package_version_relationships_variants import (
        AlternativeDistributionPackageVersionRelationshipsVariants,
    )

    _LAZY_IMPORTS_DONE = True


def _read_alternative_distribution_package(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_alternative_distribution_package = src_dict.get("alternativeDistributionPackage")
    if _raw_alternative_distribution_package is None:
        alternative_distribution_package = None
    else:
        alternative_distribution_package = (
            AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackage.from_dict(
                _raw_alternative_distribution_package
            )
        )

    return alternative_distribution_package


def _read_deltas(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_deltas = src_dict.get("deltas")
    if _raw_deltas is None:
        deltas = None
    else:
        deltas = AlternativeDistributionPackageVersionRelationshipsDeltas.from_dict(_raw_deltas)

    return deltas


def _read_variants(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_variants = src_dict.get("variants")
    if _raw_variants is None:
        variants = None
    else:
        variants = AlternativeDistributionPackageVersionRelationshipsVariants.from_dict(_raw_variants)

    return variants


_READERS: dict[str, Any] = {
    "alternative_distribution_package": _read_alternative_distribution_package,
    "deltas": _read_deltas,
    "variants": _read_variants,
}


@_attrs_define(repr=False)
class AlternativeDistributionPackageVersionRelationships:
    """
    Attributes:
        alternative_distribution_package
            (AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackage | Unset):
        deltas (AlternativeDistributionPackageVersionRelationshipsDeltas | Unset):
        variants (AlternativeDistributionPackageVersionRelationshipsVariants | Unset):
    """

    alternative_distribution_package: (
        AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackage | None
    ) = None
    deltas: AlternativeDistributionPackageVersionRelationshipsDeltas | None = None
    variants: AlternativeDistributionPackageVersionRelationshipsVariants | None = None
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
        alternative_distribution_package: Any = None
        if self.alternative_distribution_package is not None:
            alternative_distribution_package = self.alternative_distribution_package.to_dict()

        deltas: Any = None
        if self.deltas is not None:
            deltas = self.deltas.to_dict()

        variants: Any = None
        if self.variants is not None:
            variants = self.variants.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if alternative_distribution_package is not None:
            field_dict["alternativeDistributionPackage"] = alternative_distribution_package
        if deltas is not None:
            field_dict["deltas"] = deltas
        if variants is not None:
            field_dict["variants"] = variants
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = (
            src_dict  # alternative_distribution_package, deltas, variants: read on first access
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
