from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.in_app_purchase_localization_v2_relationships_version import (
        InAppPurchaseLocalizationV2RelationshipsVersion,
    )


T = TypeVar("T", bound="InAppPurchaseLocalizationV2Relationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, InAppPurchaseLocalizationV2RelationshipsVersion
    from ..models.in_app_purchase_localization_v2_relationships_version import (
        InAppPurchaseLocalizationV2RelationshipsVersion,
    )

    _LAZY_IMPORTS_DONE = True


def _read_version(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_version = d.pop("version", None)
    if _raw_version is None:
        version = None
    else:
        version = InAppPurchaseLocalizationV2RelationshipsVersion.from_dict(_raw_version)

    return version


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_KNOWN_KEYS = frozenset(
    {
        "version",
    }
)
_READERS: dict[str, Any] = {
    "version": _read_version,
    "additional_properties": _read_additional_properties,
}


@_attrs_define(repr=False)
class InAppPurchaseLocalizationV2Relationships:
    """
    Attributes:
        version (InAppPurchaseLocalizationV2RelationshipsVersion | Unset):
    """

    version: InAppPurchaseLocalizationV2RelationshipsVersion | None = None
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
        version: Any = None
        if self.version is not None:
            version = self.version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if version is not None:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        in_app_purchase_localization_v2_relationships = cls.__new__(cls)
        in_app_purchase_localization_v2_relationships._document = dict(
            src_dict
        )  # each field is read on first access
        return in_app_purchase_localization_v2_relationships

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
