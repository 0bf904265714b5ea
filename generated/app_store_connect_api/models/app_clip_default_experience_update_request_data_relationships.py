from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_clip_default_experience_update_request_data_relationships_release_with_app_store_version import (
        AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersion,
    )


T = TypeVar("T", bound="AppClipDefaultExperienceUpdateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "releaseWithAppStoreVersion",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersion
    from ..models.app_clip_default_experience_update_request_data_relationships_release_with_app_store_version import (
        AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersion,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppClipDefaultExperienceUpdateRequestDataRelationships:
    """
    Attributes:
        release_with_app_store_version (AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersion
            | Unset):
    """

    release_with_app_store_version: (
        AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersion | Unset | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        release_with_app_store_version: dict[str, Any] | Unset | None
        if self.release_with_app_store_version is None:
            release_with_app_store_version = None
        else:
            release_with_app_store_version = UNSET
            if not isinstance(self.release_with_app_store_version, Unset):
                release_with_app_store_version = self.release_with_app_store_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if release_with_app_store_version is not UNSET:
            field_dict["releaseWithAppStoreVersion"] = release_with_app_store_version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_release_with_app_store_version = src_dict.get("releaseWithAppStoreVersion", UNSET)
        if _raw_release_with_app_store_version is None:
            release_with_app_store_version = None
        else:
            _release_with_app_store_version = _raw_release_with_app_store_version
            release_with_app_store_version: (
                AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersion | Unset
            )
            if isinstance(_release_with_app_store_version, Unset):
                release_with_app_store_version = UNSET
            else:
                release_with_app_store_version = AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersion.from_dict(
                    _release_with_app_store_version
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
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
