from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_clip_default_experience_relationships_app_clip import (
        AppClipDefaultExperienceRelationshipsAppClip,
    )
    from ..models.app_clip_default_experience_relationships_app_clip_app_store_review_detail import (
        AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetail,
    )
    from ..models.app_clip_default_experience_relationships_app_clip_default_experience_localizations import (
        AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizations,
    )
    from ..models.app_clip_default_experience_relationships_release_with_app_store_version import (
        AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersion,
    )


T = TypeVar("T", bound="AppClipDefaultExperienceRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appClip",
        "appClipAppStoreReviewDetail",
        "appClipDefaultExperienceLocalizations",
        "releaseWithAppStoreVersion",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppClipDefaultExperienceRelationshipsAppClip, \
        AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetail, \
        AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizations, \
        AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersion
    from ..models.app_clip_default_experience_relationships_app_clip import (
        AppClipDefaultExperienceRelationshipsAppClip,
    )
    from ..models.app_clip_default_experience_relationships_app_clip_app_store_review_detail import (
        AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetail,
    )
    from ..models.app_clip_default_experience_relationships_app_clip_default_experience_localizations import (
        AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizations,
    )
    from ..models.app_clip_default_experience_relationships_release_with_app_store_version import (
        AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersion,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app_clip(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_clip = src_dict.get("appClip")
    if _raw_app_clip is None:
        app_clip = None
    else:
        app_clip = AppClipDefaultExperienceRelationshipsAppClip.from_dict(_raw_app_clip)

    return app_clip


def _read_app_clip_app_store_review_detail(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_clip_app_store_review_detail = src_dict.get("appClipAppStoreReviewDetail")
    if _raw_app_clip_app_store_review_detail is None:
        app_clip_app_store_review_detail = None
    else:
        app_clip_app_store_review_detail = (
            AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetail.from_dict(
                _raw_app_clip_app_store_review_detail
            )
        )

    return app_clip_app_store_review_detail


def _read_app_clip_default_experience_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_clip_default_experience_localizations = src_dict.get("appClipDefaultExperienceLocalizations")
    if _raw_app_clip_default_experience_localizations is None:
        app_clip_default_experience_localizations = None
    else:
        app_clip_default_experience_localizations = (
            AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizations.from_dict(
                _raw_app_clip_default_experience_localizations
            )
        )

    return app_clip_default_experience_localizations


def _read_release_with_app_store_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_release_with_app_store_version = src_dict.get("releaseWithAppStoreVersion")
    if _raw_release_with_app_store_version is None:
        release_with_app_store_version = None
    else:
        release_with_app_store_version = (
            AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersion.from_dict(
                _raw_release_with_app_store_version
            )
        )

    return release_with_app_store_version


_READERS: dict[str, Any] = {
    "app_clip": _read_app_clip,
    "app_clip_app_store_review_detail": _read_app_clip_app_store_review_detail,
    "app_clip_default_experience_localizations": _read_app_clip_default_experience_localizations,
    "release_with_app_store_version": _read_release_with_app_store_version,
}


@_attrs_define(repr=False)
class AppClipDefaultExperienceRelationships:
    """
    Attributes:
        app_clip (AppClipDefaultExperienceRelationshipsAppClip | Unset):
        app_clip_app_store_review_detail (AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetail | Unset):
        app_clip_default_experience_localizations
            (AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizations | Unset):
        release_with_app_store_version (AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersion | Unset):
    """

    app_clip: AppClipDefaultExperienceRelationshipsAppClip | None = None
    app_clip_app_store_review_detail: (
        AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetail | None
    ) = None
    app_clip_default_experience_localizations: (
        AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizations | None
    ) = None
    release_with_app_store_version: AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersion | None = (
        None
    )
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

        app_clip_app_store_review_detail: Any = None
        if self.app_clip_app_store_review_detail is not None:
            app_clip_app_store_review_detail = self.app_clip_app_store_review_detail.to_dict()

        app_clip_default_experience_localizations: Any = None
        if self.app_clip_default_experience_localizations is not None:
            app_clip_default_experience_localizations = (
                self.app_clip_default_experience_localizations.to_dict()
            )

        release_with_app_store_version: Any = None
        if self.release_with_app_store_version is not None:
            release_with_app_store_version = self.release_with_app_store_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_clip is not None:
            field_dict["appClip"] = app_clip
        if app_clip_app_store_review_detail is not None:
            field_dict["appClipAppStoreReviewDetail"] = app_clip_app_store_review_detail
        if app_clip_default_experience_localizations is not None:
            field_dict["appClipDefaultExperienceLocalizations"] = app_clip_default_experience_localizations
        if release_with_app_store_version is not None:
            field_dict["releaseWithAppStoreVersion"] = release_with_app_store_version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app_clip, app_clip_app_store_review_detail, app_clip_default_experience_localizations, release_with_app_store_version: read on first access
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
