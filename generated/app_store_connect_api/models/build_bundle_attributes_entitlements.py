from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.build_bundle_attributes_entitlements_additional_property import (
        BuildBundleAttributesEntitlementsAdditionalProperty,
    )


T = TypeVar("T", bound="BuildBundleAttributesEntitlements")
_KNOWN_KEYS = frozenset({})
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, BuildBundleAttributesEntitlementsAdditionalProperty
    from ..models.build_bundle_attributes_entitlements_additional_property import (
        BuildBundleAttributesEntitlementsAdditionalProperty,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BuildBundleAttributesEntitlements:
    additional_properties: dict[str, BuildBundleAttributesEntitlementsAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _extra = dict(src_dict)
        additional_properties = {}
        for prop_name, prop_dict in _extra.items():
            additional_property = BuildBundleAttributesEntitlementsAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property
        _model.additional_properties = additional_properties
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> BuildBundleAttributesEntitlementsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: BuildBundleAttributesEntitlementsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
