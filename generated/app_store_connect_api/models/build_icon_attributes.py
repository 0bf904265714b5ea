from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.icon_asset_type import IconAssetType
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.image_asset import ImageAsset


T = TypeVar("T", bound="BuildIconAttributes")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ImageAsset
    from ..models.image_asset import ImageAsset

    _LAZY_IMPORTS_DONE = True


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
        d = dict(src_dict)
        _raw_icon_asset = d.pop("iconAsset", None)
        if _raw_icon_asset is None:
            icon_asset = None
        else:
            icon_asset = ImageAsset.from_dict(_raw_icon_asset)

        _raw_icon_type = d.pop("iconType", None)
        if _raw_icon_type is None:
            icon_type = None
        else:
            icon_type = IconAssetType(_raw_icon_type)

        masked = d.pop("masked", None)

        name = d.pop("name", None)

        build_icon_attributes = cls(
            icon_asset=icon_asset,
            icon_type=icon_type,
            masked=masked,
            name=name,
        )
        build_icon_attributes.additional_properties = d
        return build_icon_attributes

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
