from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_clip_advanced_experience_relationships_app_clip import (
        AppClipAdvancedExperienceRelationshipsAppClip,
    )
    from ..models.app_clip_advanced_experience_relationships_header_image import (
        AppClipAdvancedExperienceRelationshipsHeaderImage,
    )
    from ..models.app_clip_advanced_experience_relationships_localizations import (
        AppClipAdvancedExperienceRelationshipsLocalizations,
    )


T = TypeVar("T", bound="AppClipAdvancedExperienceRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appClip",
        "headerImage",
        "localizations",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppClipAdvancedExperienceRelationshipsAppClip, \
        AppClipAdvancedExperienceRelationshipsHeaderImage, \
        AppClipAdvancedExperienceRelationshipsLocalizations
    from ..models.app_clip_advanced_experience_relationships_app_clip import (
        AppClipAdvancedExperienceRelationshipsAppClip,
    )
    from ..models.app_clip_advanced_experience_relationships_header_image import (
        AppClipAdvancedExperienceRelationshipsHeaderImage,
    )
    from ..models.app_clip_advanced_experience_relationships_localizations import (
        AppClipAdvancedExperienceRelationshipsLocalizations,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app_clip(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_clip = src_dict.get("appClip")
    if _raw_app_clip is None:
        app_clip = None
    else:
        app_clip = AppClipAdvancedExperienceRelationshipsAppClip.from_dict(_raw_app_clip)

    return app_clip


def _read_header_image(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_header_image = src_dict.get("headerImage")
    if _raw_header_image is None:
        header_image = None
    else:
        header_image = AppClipAdvancedExperienceRelationshipsHeaderImage.from_dict(_raw_header_image)

    return header_image


def _read_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_localizations = src_dict.get("localizations")
    if _raw_localizations is None:
        localizations = None
    else:
        localizations = AppClipAdvancedExperienceRelationshipsLocalizations.from_dict(_raw_localizations)

    return localizations


_READERS: dict[str, Any] = {
    "app_clip": _read_app_clip,
    "header_image": _read_header_image,
    "localizations": _read_localizations,
}


@_attrs_define(repr=False)
class AppClipAdvancedExperienceRelationships:
    """
    Attributes:
        app_clip (AppClipAdvancedExperienceRelationshipsAppClip | Unset):
        header_image (AppClipAdvancedExperienceRelationshipsHeaderImage | Unset):
        localizations (AppClipAdvancedExperienceRelationshipsLocalizations | Unset):
    """

    app_clip: AppClipAdvancedExperienceRelationshipsAppClip | None = None
    header_image: AppClipAdvancedExperienceRelationshipsHeaderImage | None = None
    localizations: AppClipAdvancedExperienceRelationshipsLocalizations | None = None
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
        app_clip: Any = None
        if self.app_clip is not None:
            app_clip = self.app_clip.to_dict()

        header_image: Any = None
        if self.header_image is not None:
            header_image = self.header_image.to_dict()

        localizations: Any = None
        if self.localizations is not None:
            localizations = self.localizations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_clip is not None:
            field_dict["appClip"] = app_clip
        if header_image is not None:
            field_dict["headerImage"] = header_image
        if localizations is not None:
            field_dict["localizations"] = localizations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app_clip, header_image, localizations: read on first access
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
