from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_clip_default_experience_create_request_data_relationships_app_clip import (
        AppClipDefaultExperienceCreateRequestDataRelationshipsAppClip,
    )
    from ..models.app_clip_default_experience_create_request_data_relationships_app_clip_default_experience_template import (
        AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplate,
    )
    from ..models.app_clip_default_experience_create_request_data_relationships_release_with_app_store_version import (
        AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersion,
    )


T = TypeVar("T", bound="AppClipDefaultExperienceCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appClip",
        "appClipDefaultExperienceTemplate",
        "releaseWithAppStoreVersion",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppClipDefaultExperienceCreateRequestDataRelationshipsAppClip, \
        AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplate, \
        AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersion
    from ..models.app_clip_default_experience_create_request_data_relationships_app_clip import (
        AppClipDefaultExperienceCreateRequestDataRelationshipsAppClip,
    )
    from ..models.app_clip_default_experience_create_request_data_relationships_app_clip_default_experience_template import (
        AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplate,
    )
    from ..models.app_clip_default_experience_create_request_data_relationships_release_with_app_store_version import (
        AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersion,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppClipDefaultExperienceCreateRequestDataRelationships:
    """
    Attributes:
        app_clip (AppClipDefaultExperienceCreateRequestDataRelationshipsAppClip):
        app_clip_default_experience_template
            (AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplate | Unset):
        release_with_app_store_version (AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersion
            | Unset):
    """

    app_clip: AppClipDefaultExperienceCreateRequestDataRelationshipsAppClip
    app_clip_default_experience_template: (
        AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplate | Unset | None
    ) = UNSET
    release_with_app_store_version: (
        AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersion | Unset | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_clip = self.app_clip.to_dict()

        app_clip_default_experience_template: dict[str, Any] | Unset | None
        if self.app_clip_default_experience_template is None:
            app_clip_default_experience_template = None
        else:
            app_clip_default_experience_template = UNSET
            if not isinstance(self.app_clip_default_experience_template, Unset):
                app_clip_default_experience_template = self.app_clip_default_experience_template.to_dict()

        release_with_app_store_version: dict[str, Any] | Unset | None
        if self.release_with_app_store_version is None:
            release_with_app_store_version = None
        else:
            release_with_app_store_version = UNSET
            if not isinstance(self.release_with_app_store_version, Unset):
                release_with_app_store_version = self.release_with_app_store_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["appClip"] = app_clip
        if app_clip_default_experience_template is not UNSET:
            field_dict["appClipDefaultExperienceTemplate"] = app_clip_default_experience_template
        if release_with_app_store_version is not UNSET:
            field_dict["releaseWithAppStoreVersion"] = release_with_app_store_version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_clip = AppClipDefaultExperienceCreateRequestDataRelationshipsAppClip.from_dict(
            src_dict["appClip"]
        )

        _raw_app_clip_default_experience_template = src_dict.get("appClipDefaultExperienceTemplate", UNSET)
        if _raw_app_clip_default_experience_template is None:
            app_clip_default_experience_template = None
        else:
            _app_clip_default_experience_template = _raw_app_clip_default_experience_template
            app_clip_default_experience_template: (
                AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplate | Unset
            )
            if isinstance(_app_clip_default_experience_template, Unset):
                app_clip_default_experience_template = UNSET
            else:
                app_clip_default_experience_template = AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplate.from_dict(
                    _app_clip_default_experience_template
                )

        _raw_release_with_app_store_version = src_dict.get("releaseWithAppStoreVersion", UNSET)
        if _raw_release_with_app_store_version is None:
            release_with_app_store_version = None
        else:
            _release_with_app_store_version = _raw_release_with_app_store_version
            release_with_app_store_version: (
                AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersion | Unset
            )
            if isinstance(_release_with_app_store_version, Unset):
                release_with_app_store_version = UNSET
            else:
                release_with_app_store_version = AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersion.from_dict(
                    _release_with_app_store_version
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_clip = app_clip
        _model.app_clip_default_experience_template = app_clip_default_experience_template
        _model.release_with_app_store_version = release_with_app_store_version
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
