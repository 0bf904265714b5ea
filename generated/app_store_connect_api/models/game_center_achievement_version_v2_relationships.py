from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.game_center_achievement_version_v2_relationships_achievement import (
        GameCenterAchievementVersionV2RelationshipsAchievement,
    )
    from ..models.game_center_achievement_version_v2_relationships_localizations import (
        GameCenterAchievementVersionV2RelationshipsLocalizations,
    )


T = TypeVar("T", bound="GameCenterAchievementVersionV2Relationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterAchievementVersionV2RelationshipsAchievement, \
        GameCenterAchievementVersionV2RelationshipsLocalizations
    from ..models.game_center_achievement_version_v2_relationships_achievement import (
        GameCenterAchievementVersionV2RelationshipsAchievement,
    )
    from ..models.game_center_achievement_version_v2_relationships_localizations import (
        GameCenterAchievementVersionV2RelationshipsLocalizations,
    )

    _LAZY_IMPORTS_DONE = True


def _read_achievement(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_achievement = d.pop("achievement", None)
    if _raw_achievement is None:
        achievement = None
    else:
        achievement = GameCenterAchievementVersionV2RelationshipsAchievement.from_dict(_raw_achievement)

    return achievement


def _read_localizations(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_localizations = d.pop("localizations", None)
    if _raw_localizations is None:
        localizations = None
    else:
        localizations = GameCenterAchievementVersionV2RelationshipsLocalizations.from_dict(_raw_localizations)

    return localizations


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_KNOWN_KEYS = frozenset(
    {
        "achievement",
        "localizations",
    }
)
_READERS: dict[str, Any] = {
    "achievement": _read_achievement,
    "localizations": _read_localizations,
    "additional_properties": _read_additional_properties,
}


@_attrs_define(repr=False)
class GameCenterAchievementVersionV2Relationships:
    """
    Attributes:
        achievement (GameCenterAchievementVersionV2RelationshipsAchievement | Unset):
        localizations (GameCenterAchievementVersionV2RelationshipsLocalizations | Unset):
    """

    achievement: GameCenterAchievementVersionV2RelationshipsAchievement | None = None
    localizations: GameCenterAchievementVersionV2RelationshipsLocalizations | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def __getattr__(self, name: str) -> Any:
        """A field not read yet is read from the document now (`from_dict` defers them all)."""
        read = _READERS.get(name)
        if read is None or self._document is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = read(self._document)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        achievement: Any = None
        if self.achievement is not None:
            achievement = self.achievement.to_dict()

        localizations: Any = None
        if self.localizations is not None:
            localizations = self.localizations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if achievement is not None:
            field_dict["achievement"] = achievement
        if localizations is not None:
            field_dict["localizations"] = localizations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        game_center_achievement_version_v2_relationships = cls.__new__(cls)
        game_center_achievement_version_v2_relationships._document = dict(
            src_dict
        )  # each field is read on first access
        return game_center_achievement_version_v2_relationships

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
