from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_store_version_update_request_data_relationships_app_clip_default_experience import (
        AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperience,
    )
    from ..models.app_store_version_update_request_data_relationships_build import (
        AppStoreVersionUpdateRequestDataRelationshipsBuild,
    )


T = TypeVar("T", bound="AppStoreVersionUpdateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appClipDefaultExperience",
        "build",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperience, \
        AppStoreVersionUpdateRequestDataRelationshipsBuild
    from ..models.app_store_version_update_request_data_relationships_app_clip_default_experience import (
        AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperience,
    )
    from ..models.app_store_version_update_request_data_relationships_build import (
        AppStoreVersionUpdateRequestDataRelationshipsBuild,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppStoreVersionUpdateRequestDataRelationships:
    """
    Attributes:
        app_clip_default_experience (AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperience | Unset):
        build (AppStoreVersionUpdateRequestDataRelationshipsBuild | Unset):
    """

    app_clip_default_experience: (
        AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperience | Unset | None
    ) = UNSET
    build: AppStoreVersionUpdateRequestDataRelationshipsBuild | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_clip_default_experience: dict[str, Any] | Unset | None
        if self.app_clip_default_experience is None:
            app_clip_default_experience = None
        else:
            app_clip_default_experience = UNSET
            if not isinstance(self.app_clip_default_experience, Unset):
                app_clip_default_experience = self.app_clip_default_experience.to_dict()

        build: dict[str, Any] | Unset | None
        if self.build is None:
            build = None
        else:
            build = UNSET
            if not isinstance(self.build, Unset):
                build = self.build.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_clip_default_experience is not UNSET:
            field_dict["appClipDefaultExperience"] = app_clip_default_experience
        if build is not UNSET:
            field_dict["build"] = build
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_app_clip_default_experience = src_dict.get("appClipDefaultExperience", UNSET)
        if _raw_app_clip_default_experience is None:
            app_clip_default_experience = None
        else:
            _app_clip_default_experience = _raw_app_clip_default_experience
            app_clip_default_experience: (
                AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperience | Unset
            )
            if isinstance(_app_clip_default_experience, Unset):
                app_clip_default_experience = UNSET
            else:
                app_clip_default_experience = (
                    AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperience.from_dict(
                        _app_clip_default_experience
                    )
                )

        _raw_build = src_dict.get("build", UNSET)
        if _raw_build is None:
            build = None
        else:
            _build = _raw_build
            build: AppStoreVersionUpdateRequestDataRelationshipsBuild | Unset
            if isinstance(_build, Unset):
                build = UNSET
            else:
                build = AppStoreVersionUpdateRequestDataRelationshipsBuild.from_dict(_build)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_clip_default_experience = app_clip_default_experience
        _model.build = build
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
