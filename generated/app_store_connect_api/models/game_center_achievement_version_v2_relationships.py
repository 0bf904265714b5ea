from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        achievement: Any = None
        if self.achievement is not None:
            achievement = UNSET
            if not isinstance(self.achievement, Unset):
                achievement = self.achievement.to_dict()

        localizations: Any = None
        if self.localizations is not None:
            localizations = UNSET
            if not isinstance(self.localizations, Unset):
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
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_achievement = d.pop("achievement", None)
        if _raw_achievement is None:
            achievement = None
        else:
            _achievement = _raw_achievement
            achievement: GameCenterAchievementVersionV2RelationshipsAchievement | Unset
            if isinstance(_achievement, Unset):
                achievement = UNSET
            else:
                achievement = GameCenterAchievementVersionV2RelationshipsAchievement.from_dict(_achievement)

        _raw_localizations = d.pop("localizations", None)
        if _raw_localizations is None:
            localizations = None
        else:
            _localizations = _raw_localizations
            localizations: GameCenterAchievementVersionV2RelationshipsLocalizations | Unset
            if isinstance(_localizations, Unset):
                localizations = UNSET
            else:
                localizations = GameCenterAchievementVersionV2RelationshipsLocalizations.from_dict(
                    _localizations
                )

        game_center_achievement_version_v2_relationships = cls(
            achievement=achievement,
            localizations=localizations,
        )
        game_center_achievement_version_v2_relationships.additional_properties = d
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
