from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_clip_default_experience_localization_relationships_app_clip_default_experience import (
        AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperience,
    )
    from ..models.app_clip_default_experience_localization_relationships_app_clip_header_image import (
        AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImage,
    )


T = TypeVar("T", bound="AppClipDefaultExperienceLocalizationRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appClipDefaultExperience",
        "appClipHeaderImage",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperience, \
        AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImage
    from ..models.app_clip_default_experience_localization_relationships_app_clip_default_experience import (
        AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperience,
    )
    from ..models.app_clip_default_experience_localization_relationships_app_clip_header_image import (
        AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImage,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app_clip_default_experience(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_clip_default_experience = src_dict.get("appClipDefaultExperience")
    if _raw_app_clip_default_experience is None:
        app_clip_default_experience = None
    else:
        app_clip_default_experience = (
            AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperience.from_dict(
                _raw_app_clip_default_experience
            )
        )

    return app_clip_default_experience


def _read_app_clip_header_image(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_clip_header_image = src_dict.get("appClipHeaderImage")
    if _raw_app_clip_header_image is None:
        app_clip_header_image = None
    else:
        app_clip_header_image = AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImage.from_dict(
            _raw_app_clip_header_image
        )

    return app_clip_header_image


_READERS: dict[str, Any] = {
    "app_clip_default_experience": _read_app_clip_default_experience,
    "app_clip_header_image": _read_app_clip_header_image,
}


@_attrs_define(repr=False)
class AppClipDefaultExperienceLocalizationRelationships:
    """
    Attributes:
        app_clip_default_experience (AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperience | Unset):
        app_clip_header_image (AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImage | Unset):
    """

    app_clip_default_experience: (
        AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperience | None
    ) = None
    app_clip_header_image: AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImage | None = None
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
        app_clip_default_experience: Any = None
        if self.app_clip_default_experience is not None:
            app_clip_default_experience = self.app_clip_default_experience.to_dict()

        app_clip_header_image: Any = None
        if self.app_clip_header_image is not None:
            app_clip_header_image = self.app_clip_header_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_clip_default_experience is not None:
            field_dict["appClipDefaultExperience"] = app_clip_default_experience
        if app_clip_header_image is not None:
            field_dict["appClipHeaderImage"] = app_clip_header_image
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = (
            src_dict  # app_clip_default_experience, app_clip_header_image: read on first access
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
