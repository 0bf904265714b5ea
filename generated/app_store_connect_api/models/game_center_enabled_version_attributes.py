from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.image_asset import ImageAsset


T = TypeVar("T", bound="GameCenterEnabledVersionAttributes")
_KNOWN_KEYS = frozenset(
    {
        "iconAsset",
        "platform",
        "versionString",
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
class GameCenterEnabledVersionAttributes:
    """
    Attributes:
        icon_asset (ImageAsset | Unset):
        platform (Platform | Unset):
        version_string (str | Unset):
    """

    icon_asset: ImageAsset | None = None
    platform: Platform | None = None
    version_string: str | None = None
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

        platform: Any = None
        if self.platform is not None:
            platform = self.platform.value

        version_string = self.version_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if icon_asset is not None:
            field_dict["iconAsset"] = icon_asset
        if platform is not None:
            field_dict["platform"] = platform
        if version_string is not None:
            field_dict["versionString"] = version_string
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_platform = src_dict.get("platform")
        if _raw_platform is None:
            platform = None
        else:
            platform = Platform.of(_raw_platform)

        version_string = src_dict.get("versionString")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.platform = platform
        _model.version_string = version_string
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
