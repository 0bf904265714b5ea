from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_activity_version_relationships_activity import (
        GameCenterActivityVersionRelationshipsActivity,
    )
    from ..models.game_center_activity_version_relationships_default_image import (
        GameCenterActivityVersionRelationshipsDefaultImage,
    )
    from ..models.game_center_activity_version_relationships_localizations import (
        GameCenterActivityVersionRelationshipsLocalizations,
    )
    from ..models.game_center_activity_version_relationships_releases import (
        GameCenterActivityVersionRelationshipsReleases,
    )


T = TypeVar("T", bound="GameCenterActivityVersionRelationships")
_KNOWN_KEYS = frozenset(
    {
        "activity",
        "defaultImage",
        "localizations",
        "releases",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterActivityVersionRelationshipsActivity, \
        GameCenterActivityVersionRelationshipsDefaultImage, \
        GameCenterActivityVersionRelationshipsLocalizations, \
        GameCenterActivityVersionRelationshipsReleases
    from ..models.game_center_activity_version_relationships_activity import (
        GameCenterActivityVersionRelationshipsActivity,
    )
    from ..models.game_center_activity_version_relationships_default_image import (
        GameCenterActivityVersionRelationshipsDefaultImage,
    )
    from ..models.game_center_activity_version_relationships_localizations import (
        GameCenterActivityVersionRelationshipsLocalizations,
    )
    from ..models.game_center_activity_version_relationships_releases import (
        GameCenterActivityVersionRelationshipsReleases,
    )

    _LAZY_IMPORTS_DONE = True


def _read_activity(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_activity = src_dict.get("activity")
    if _raw_activity is None:
        activity = None
    else:
        activity = GameCenterActivityVersionRelationshipsActivity.from_dict(_raw_activity)

    return activity


def _read_default_image(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_default_image = src_dict.get("defaultImage")
    if _raw_default_image is None:
        default_image = None
    else:
        default_image = GameCenterActivityVersionRelationshipsDefaultImage.from_dict(_raw_default_image)

    return default_image


def _read_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_localizations = src_dict.get("localizations")
    if _raw_localizations is None:
        localizations = None
    else:
        localizations = GameCenterActivityVersionRelationshipsLocalizations.from_dict(_raw_localizations)

    return localizations


def _read_releases(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_releases = src_dict.get("releases")
    if _raw_releases is None:
        releases = None
    else:
        releases = GameCenterActivityVersionRelationshipsReleases.from_dict(_raw_releases)

    return releases


_READERS: dict[str, Any] = {
    "activity": _read_activity,
    "default_image": _read_default_image,
    "localizations": _read_localizations,
    "releases": _read_releases,
}


@_attrs_define(repr=False)
class GameCenterActivityVersionRelationships:
    """
    Attributes:
        activity (GameCenterActivityVersionRelationshipsActivity | Unset):
        default_image (GameCenterActivityVersionRelationshipsDefaultImage | Unset):
        localizations (GameCenterActivityVersionRelationshipsLocalizations | Unset):
        releases (GameCenterActivityVersionRelationshipsReleases | Unset):
    """

    activity: GameCenterActivityVersionRelationshipsActivity | None = None
    default_image: GameCenterActivityVersionRelationshipsDefaultImage | None = None
    localizations: GameCenterActivityVersionRelationshipsLocalizations | None = None
    releases: GameCenterActivityVersionRelationshipsReleases | None = None
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
        activity: Any = None
        if self.activity is not None:
            activity = self.activity.to_dict()

        default_image: Any = None
        if self.default_image is not None:
            default_image = self.default_image.to_dict()

        localizations: Any = None
        if self.localizations is not None:
            localizations = self.localizations.to_dict()

        releases: Any = None
        if self.releases is not None:
            releases = self.releases.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if activity is not None:
            field_dict["activity"] = activity
        if default_image is not None:
            field_dict["defaultImage"] = default_image
        if localizations is not None:
            field_dict["localizations"] = localizations
        if releases is not None:
            field_dict["releases"] = releases
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # activity, default_image, localizations, releases: read on first access
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
