from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_clip_advanced_experience_update_request_data_relationships_app_clip import (
        AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClip,
    )
    from ..models.app_clip_advanced_experience_update_request_data_relationships_header_image import (
        AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImage,
    )
    from ..models.app_clip_advanced_experience_update_request_data_relationships_localizations import (
        AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizations,
    )


T = TypeVar("T", bound="AppClipAdvancedExperienceUpdateRequestDataRelationships")
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
        AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClip, \
        AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImage, \
        AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizations
    from ..models.app_clip_advanced_experience_update_request_data_relationships_app_clip import (
        AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClip,
    )
    from ..models.app_clip_advanced_experience_update_request_data_relationships_header_image import (
        AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImage,
    )
    from ..models.app_clip_advanced_experience_update_request_data_relationships_localizations import (
        AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizations,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppClipAdvancedExperienceUpdateRequestDataRelationships:
    """
    Attributes:
        app_clip (AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClip | Unset):
        header_image (AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImage | Unset):
        localizations (AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizations | Unset):
    """

    app_clip: AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClip | Unset | None = UNSET
    header_image: AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImage | Unset | None = UNSET
    localizations: AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizations | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_clip: dict[str, Any] | Unset | None
        if self.app_clip is None:
            app_clip = None
        else:
            app_clip = UNSET
            if not isinstance(self.app_clip, Unset):
                app_clip = self.app_clip.to_dict()

        header_image: dict[str, Any] | Unset | None
        if self.header_image is None:
            header_image = None
        else:
            header_image = UNSET
            if not isinstance(self.header_image, Unset):
                header_image = self.header_image.to_dict()

        localizations: dict[str, Any] | Unset | None
        if self.localizations is None:
            localizations = None
        else:
            localizations = UNSET
            if not isinstance(self.localizations, Unset):
                localizations = self.localizations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_clip is not UNSET:
            field_dict["appClip"] = app_clip
        if header_image is not UNSET:
            field_dict["headerImage"] = header_image
        if localizations is not UNSET:
            field_dict["localizations"] = localizations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_app_clip = src_dict.get("appClip", UNSET)
        if _raw_app_clip is None:
            app_clip = None
        else:
            _app_clip = _raw_app_clip
            app_clip: AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClip | Unset
            if isinstance(_app_clip, Unset):
                app_clip = UNSET
            else:
                app_clip = AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClip.from_dict(_app_clip)

        _raw_header_image = src_dict.get("headerImage", UNSET)
        if _raw_header_image is None:
            header_image = None
        else:
            _header_image = _raw_header_image
            header_image: AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImage | Unset
            if isinstance(_header_image, Unset):
                header_image = UNSET
            else:
                header_image = AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImage.from_dict(
                    _header_image
                )

        _raw_localizations = src_dict.get("localizations", UNSET)
        if _raw_localizations is None:
            localizations = None
        else:
            _localizations = _raw_localizations
            localizations: AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizations | Unset
            if isinstance(_localizations, Unset):
                localizations = UNSET
            else:
                localizations = (
                    AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizations.from_dict(
                        _localizations
                    )
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_clip = app_clip
        _model.header_image = header_image
        _model.localizations = localizations
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
