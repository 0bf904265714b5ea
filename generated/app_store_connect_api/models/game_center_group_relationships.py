from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_group_relationships_game_center_achievements import (
        GameCenterGroupRelationshipsGameCenterAchievements,
    )
    from ..models.game_center_group_relationships_game_center_achievements_v2 import (
        GameCenterGroupRelationshipsGameCenterAchievementsV2,
    )
    from ..models.game_center_group_relationships_game_center_activities import (
        GameCenterGroupRelationshipsGameCenterActivities,
    )
    from ..models.game_center_group_relationships_game_center_challenges import (
        GameCenterGroupRelationshipsGameCenterChallenges,
    )
    from ..models.game_center_group_relationships_game_center_details import (
        GameCenterGroupRelationshipsGameCenterDetails,
    )
    from ..models.game_center_group_relationships_game_center_leaderboard_sets import (
        GameCenterGroupRelationshipsGameCenterLeaderboardSets,
    )
    from ..models.game_center_group_relationships_game_center_leaderboard_sets_v2 import (
        GameCenterGroupRelationshipsGameCenterLeaderboardSetsV2,
    )
    from ..models.game_center_group_relationships_game_center_leaderboards import (
        GameCenterGroupRelationshipsGameCenterLeaderboards,
    )
    from ..models.game_center_group_relationships_game_center_leaderboards_v2 import (
        GameCenterGroupRelationshipsGameCenterLeaderboardsV2,
    )


T = TypeVar("T", bound="GameCenterGroupRelationships")
_KNOWN_KEYS = frozenset(
    {
        "gameCenterAchievements",
        "gameCenterAchievementsV2",
        "gameCenterActivities",
        "gameCenterChallenges",
        "gameCenterDetails",
        "gameCenterLeaderboardSets",
        "gameCenterLeaderboardSetsV2",
        "gameCenterLeaderboards",
        "gameCenterLeaderboardsV2",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterGroupRelationshipsGameCenterAchievements, \
        GameCenterGroupRelationshipsGameCenterAchievementsV2, \
        GameCenterGroupRelationshipsGameCenterActivities, \
        GameCenterGroupRelationshipsGameCenterChallenges, \
        GameCenterGroupRelationshipsGameCenterDetails, \
        GameCenterGroupRelationshipsGameCenterLeaderboardSets, \
        GameCenterGroupRelationshipsGameCenterLeaderboardSetsV2, \
        GameCenterGroupRelationshipsGameCenterLeaderboards, \
        GameCenterGroupRelationshipsGameCenterLeaderboardsV2
    from ..models.game_center_group_relationships_game_center_achievements import (
        GameCenterGroupRelationshipsGameCenterAchievements,
    )
    from ..models.game_center_group_relationships_game_center_achievements_v2 import (
        GameCenterGroupRelationshipsGameCenterAchievementsV2,
    )
    from ..models.game_center_group_relationships_game_center_activities import (
        GameCenterGroupRelationshipsGameCenterActivities,
    )
    from ..models.game_center_group_relationships_game_center_challenges import (
        GameCenterGroupRelationshipsGameCenterChallenges,
    )
    from ..models.game_center_group_relationships_game_center_details import (
        GameCenterGroupRelationshipsGameCenterDetails,
    )
    from ..models.game_center_group_relationships_game_center_leaderboard_sets import (
        GameCenterGroupRelationshipsGameCenterLeaderboardSets,
    )
    from ..models.game_center_group_relationships_game_center_leaderboard_sets_v2 import (
        GameCenterGroupRelationshipsGameCenterLeaderboardSetsV2,
    )
    from ..models.game_center_group_relationships_game_center_leaderboards import (
        GameCenterGroupRelationshipsGameCenterLeaderboards,
    )
    from ..models.game_center_group_relationships_game_center_leaderboards_v2 import (
        GameCenterGroupRelationshipsGameCenterLeaderboardsV2,
    )

    _LAZY_IMPORTS_DONE = True


def _read_game_center_achievements(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_achievements = src_dict.get("gameCenterAchievements")
    if _raw_game_center_achievements is None:
        game_center_achievements = None
    else:
        game_center_achievements = GameCenterGroupRelationshipsGameCenterAchievements.from_dict(
            _raw_game_center_achievements
        )

    return game_center_achievements


def _read_game_center_achievements_v2(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_achievements_v2 = src_dict.get("gameCenterAchievementsV2")
    if _raw_game_center_achievements_v2 is None:
        game_center_achievements_v2 = None
    else:
        game_center_achievements_v2 = GameCenterGroupRelationshipsGameCenterAchievementsV2.from_dict(
            _raw_game_center_achievements_v2
        )

    return game_center_achievements_v2


def _read_game_center_activities(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_activities = src_dict.get("gameCenterActivities")
    if _raw_game_center_activities is None:
        game_center_activities = None
    else:
        game_center_activities = GameCenterGroupRelationshipsGameCenterActivities.from_dict(
            _raw_game_center_activities
        )

    return game_center_activities


def _read_game_center_challenges(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_challenges = src_dict.get("gameCenterChallenges")
    if _raw_game_center_challenges is None:
        game_center_challenges = None
    else:
        game_center_challenges = GameCenterGroupRelationshipsGameCenterChallenges.from_dict(
            _raw_game_center_challenges
        )

    return game_center_challenges


def _read_game_center_details(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_details = src_dict.get("gameCenterDetails")
    if _raw_game_center_details is None:
        game_center_details = None
    else:
        game_center_details = GameCenterGroupRelationshipsGameCenterDetails.from_dict(
            _raw_game_center_details
        )

    return game_center_details


def _read_game_center_leaderboard_sets(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_leaderboard_sets = src_dict.get("gameCenterLeaderboardSets")
    if _raw_game_center_leaderboard_sets is None:
        game_center_leaderboard_sets = None
    else:
        game_center_leaderboard_sets = GameCenterGroupRelationshipsGameCenterLeaderboardSets.from_dict(
            _raw_game_center_leaderboard_sets
        )

    return game_center_leaderboard_sets


def _read_game_center_leaderboard_sets_v2(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_leaderboard_sets_v2 = src_dict.get("gameCenterLeaderboardSetsV2")
    if _raw_game_center_leaderboard_sets_v2 is None:
        game_center_leaderboard_sets_v2 = None
    else:
        game_center_leaderboard_sets_v2 = GameCenterGroupRelationshipsGameCenterLeaderboardSetsV2.from_dict(
            _raw_game_center_leaderboard_sets_v2
        )

    return game_center_leaderboard_sets_v2


def _read_game_center_leaderboards(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_leaderboards = src_dict.get("gameCenterLeaderboards")
    if _raw_game_center_leaderboards is None:
        game_center_leaderboards = None
    else:
        game_center_leaderboards = GameCenterGroupRelationshipsGameCenterLeaderboards.from_dict(
            _raw_game_center_leaderboards
        )

    return game_center_leaderboards


def _read_game_center_leaderboards_v2(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_leaderboards_v2 = src_dict.get("gameCenterLeaderboardsV2")
    if _raw_game_center_leaderboards_v2 is None:
        game_center_leaderboards_v2 = None
    else:
        game_center_leaderboards_v2 = GameCenterGroupRelationshipsGameCenterLeaderboardsV2.from_dict(
            _raw_game_center_leaderboards_v2
        )

    return game_center_leaderboards_v2


_READERS: dict[str, Any] = {
    "game_center_achievements": _read_game_center_achievements,
    "game_center_achievements_v2": _read_game_center_achievements_v2,
    "game_center_activities": _read_game_center_activities,
    "game_center_challenges": _read_game_center_challenges,
    "game_center_details": _read_game_center_details,
    "game_center_leaderboard_sets": _read_game_center_leaderboard_sets,
    "game_center_leaderboard_sets_v2": _read_game_center_leaderboard_sets_v2,
    "game_center_leaderboards": _read_game_center_leaderboards,
    "game_center_leaderboards_v2": _read_game_center_leaderboards_v2,
}


@_attrs_define(repr=False)
class GameCenterGroupRelationships:
    """
    Attributes:
        game_center_achievements (GameCenterGroupRelationshipsGameCenterAchievements | Unset):
        game_center_achievements_v2 (GameCenterGroupRelationshipsGameCenterAchievementsV2 | Unset):
        game_center_activities (GameCenterGroupRelationshipsGameCenterActivities | Unset):
        game_center_challenges (GameCenterGroupRelationshipsGameCenterChallenges | Unset):
        game_center_details (GameCenterGroupRelationshipsGameCenterDetails | Unset):
        game_center_leaderboard_sets (GameCenterGroupRelationshipsGameCenterLeaderboardSets | Unset):
        game_center_leaderboard_sets_v2 (GameCenterGroupRelationshipsGameCenterLeaderboardSetsV2 | Unset):
        game_center_leaderboards (GameCenterGroupRelationshipsGameCenterLeaderboards | Unset):
        game_center_leaderboards_v2 (GameCenterGroupRelationshipsGameCenterLeaderboardsV2 | Unset):
    """

    game_center_achievements: GameCenterGroupRelationshipsGameCenterAchievements | None = None
    game_center_achievements_v2: GameCenterGroupRelationshipsGameCenterAchievementsV2 | None = None
    game_center_activities: GameCenterGroupRelationshipsGameCenterActivities | None = None
    game_center_challenges: GameCenterGroupRelationshipsGameCenterChallenges | None = None
    game_center_details: GameCenterGroupRelationshipsGameCenterDetails | None = None
    game_center_leaderboard_sets: GameCenterGroupRelationshipsGameCenterLeaderboardSets | None = None
    game_center_leaderboard_sets_v2: GameCenterGroupRelationshipsGameCenterLeaderboardSetsV2 | None = None
    game_center_leaderboards: GameCenterGroupRelationshipsGameCenterLeaderboards | None = None
    game_center_leaderboards_v2: GameCenterGroupRelationshipsGameCenterLeaderboardsV2 | None = None
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
        game_center_achievements: Any = None
        if self.game_center_achievements is not None:
            game_center_achievements = self.game_center_achievements.to_dict()

        game_center_achievements_v2: Any = None
        if self.game_center_achievements_v2 is not None:
            game_center_achievements_v2 = self.game_center_achievements_v2.to_dict()

        game_center_activities: Any = None
        if self.game_center_activities is not None:
            game_center_activities = self.game_center_activities.to_dict()

        game_center_challenges: Any = None
        if self.game_center_challenges is not None:
            game_center_challenges = self.game_center_challenges.to_dict()

        game_center_details: Any = None
        if self.game_center_details is not None:
            game_center_details = self.game_center_details.to_dict()

        game_center_leaderboard_sets: Any = None
        if self.game_center_leaderboard_sets is not None:
            game_center_leaderboard_sets = self.game_center_leaderboard_sets.to_dict()

        game_center_leaderboard_sets_v2: Any = None
        if self.game_center_leaderboard_sets_v2 is not None:
            game_center_leaderboard_sets_v2 = self.game_center_leaderboard_sets_v2.to_dict()

        game_center_leaderboards: Any = None
        if self.game_center_leaderboards is not None:
            game_center_leaderboards = self.game_center_leaderboards.to_dict()

        game_center_leaderboards_v2: Any = None
        if self.game_center_leaderboards_v2 is not None:
            game_center_leaderboards_v2 = self.game_center_leaderboards_v2.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if game_center_achievements is not None:
            field_dict["gameCenterAchievements"] = game_center_achievements
        if game_center_achievements_v2 is not None:
            field_dict["gameCenterAchievementsV2"] = game_center_achievements_v2
        if game_center_activities is not None:
            field_dict["gameCenterActivities"] = game_center_activities
        if game_center_challenges is not None:
            field_dict["gameCenterChallenges"] = game_center_challenges
        if game_center_details is not None:
            field_dict["gameCenterDetails"] = game_center_details
        if game_center_leaderboard_sets is not None:
            field_dict["gameCenterLeaderboardSets"] = game_center_leaderboard_sets
        if game_center_leaderboard_sets_v2 is not None:
            field_dict["gameCenterLeaderboardSetsV2"] = game_center_leaderboard_sets_v2
        if game_center_leaderboards is not None:
            field_dict["gameCenterLeaderboards"] = game_center_leaderboards
        if game_center_leaderboards_v2 is not None:
            field_dict["gameCenterLeaderboardsV2"] = game_center_leaderboards_v2
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # game_center_achievements, game_center_achievements_v2, game_center_activities, game_center_challenges, game_center_details, game_center_leaderboard_sets, game_center_leaderboard_sets_v2, game_center_leaderboards, game_center_leaderboards_v2: read on first access
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
