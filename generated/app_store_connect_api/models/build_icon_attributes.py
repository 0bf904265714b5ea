from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.icon_asset_type import IconAssetType
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.image_asset import ImageAsset


T = TypeVar("T", bound="BuildIconAttributes")
_KNOWN_KEYS = frozenset(
    {
        "iconAsset",
        "iconType",
        "masked",
        "name",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ImageAsset
    from ..models.image_asset import ImageAsset

    _LAZY_IMPORTS_DONE = True


def _read_icon_asset(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_icon_asset = src_dict.get("iconAsset")
    if _raw_icon_asset is None:
        icon_asset = None
    else:
        icon_asset = ImageAsset.from_dict(_raw_icon_asset)

    return icon_asset


_READERS: dict[str, Any] = {
    "icon_asset": _read_icon_asset,
}


@_attrs_define(repr=False)
class BuildIconAttributes:
    """
    Attributes:
        icon_asset (ImageAsset | Unset):
        icon_type (IconAssetType | Unset):
        masked (bool | Unset):
        name (str | Unset):
    """

    icon_asset: ImageAsset | None = None
    icon_type: IconAssetType | None = None
    masked: bool | None = None
    name: str | None = None
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
        icon_asset: Any = None
        if self.icon_asset is not None:
            icon_asset = self.icon_asset.to_dict()

        icon_type: Any = None
        if self.icon_type is not None:
            icon_type = self.icon_type.value

        masked = self.masked

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if icon_asset is not None:
            field_dict["iconAsset"] = icon_asset
        if icon_type is not None:
            field_dict["iconType"] = icon_type
        if masked is not None:
            field_dict["masked"] = masked
        if name is not None:
            field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_icon_type = src_dict.get("iconType")
        if _raw_icon_type is None:
            icon_type = None
        else:
            icon_type = IconAssetType.of(_raw_icon_type)

        masked = src_dict.get("masked")

        name = src_dict.get("name")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.icon_type = icon_type
        _model.masked = masked
        _model.name = name
        _model._document = src_dict  # icon_asset: read on first access
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
