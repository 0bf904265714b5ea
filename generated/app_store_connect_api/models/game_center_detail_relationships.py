from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_detail_relationships_achievement_releases import (
        GameCenterDetailRelationshipsAchievementReleases,
    )
    from ..models.game_center_detail_relationships_activity_releases import (
        GameCenterDetailRelationshipsActivityReleases,
    )
    from ..models.game_center_detail_relationships_app import GameCenterDetailRelationshipsApp
    from ..models.game_center_detail_relationships_challenge_releases import (
        GameCenterDetailRelationshipsChallengeReleases,
    )
    from ..models.game_center_detail_relationships_challenges_minimum_platform_versions import (
        GameCenterDetailRelationshipsChallengesMinimumPlatformVersions,
    )
    from ..models.game_center_detail_relationships_default_group_leaderboard import (
        GameCenterDetailRelationshipsDefaultGroupLeaderboard,
    )
    from ..models.game_center_detail_relationships_default_group_leaderboard_v2 import (
        GameCenterDetailRelationshipsDefaultGroupLeaderboardV2,
    )
    from ..models.game_center_detail_relationships_default_leaderboard import (
        GameCenterDetailRelationshipsDefaultLeaderboard,
    )
    from ..models.game_center_detail_relationships_default_leaderboard_v2 import (
        GameCenterDetailRelationshipsDefaultLeaderboardV2,
    )
    from ..models.game_center_detail_relationships_game_center_achievements import (
        GameCenterDetailRelationshipsGameCenterAchievements,
    )
    from ..models.game_center_detail_relationships_game_center_achievements_v2 import (
        GameCenterDetailRelationshipsGameCenterAchievementsV2,
    )
    from ..models.game_center_detail_relationships_game_center_activities import (
        GameCenterDetailRelationshipsGameCenterActivities,
    )
    from ..models.game_center_detail_relationships_game_center_app_versions import (
        GameCenterDetailRelationshipsGameCenterAppVersions,
    )
    from ..models.game_center_detail_relationships_game_center_challenges import (
        GameCenterDetailRelationshipsGameCenterChallenges,
    )
    from ..models.game_center_detail_relationships_game_center_group import (
        GameCenterDetailRelationshipsGameCenterGroup,
    )
    from ..models.game_center_detail_relationships_game_center_leaderboard_sets import (
        GameCenterDetailRelationshipsGameCenterLeaderboardSets,
    )
    from ..models.game_center_detail_relationships_game_center_leaderboard_sets_v2 import (
        GameCenterDetailRelationshipsGameCenterLeaderboardSetsV2,
    )
    from ..models.game_center_detail_relationships_game_center_leaderboards import (
        GameCenterDetailRelationshipsGameCenterLeaderboards,
    )
    from ..models.game_center_detail_relationships_game_center_leaderboards_v2 import (
        GameCenterDetailRelationshipsGameCenterLeaderboardsV2,
    )
    from ..models.game_center_detail_relationships_leaderboard_releases import (
        GameCenterDetailRelationshipsLeaderboardReleases,
    )
    from ..models.game_center_detail_relationships_leaderboard_set_releases import (
        GameCenterDetailRelationshipsLeaderboardSetReleases,
    )


T = TypeVar("T", bound="GameCenterDetailRelationships")
_KNOWN_KEYS = frozenset(
    {
        "achievementReleases",
        "activityReleases",
        "app",
        "challengeReleases",
        "challengesMinimumPlatformVersions",
        "defaultGroupLeaderboard",
        "defaultGroupLeaderboardV2",
        "defaultLeaderboard",
        "defaultLeaderboardV2",
        "gameCenterAchievements",
        "gameCenterAchievementsV2",
        "gameCenterActivities",
        "gameCenterAppVersions",
        "gameCenterChallenges",
        "gameCenterGroup",
        "gameCenterLeaderboardSets",
        "gameCenterLeaderboardSetsV2",
        "gameCenterLeaderboards",
        "gameCenterLeaderboardsV2",
        "leaderboardReleases",
        "leaderboardSetReleases",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterDetailRelationshipsAchievementReleases, \
        GameCenterDetailRelationshipsActivityReleases, \
        GameCenterDetailRelationshipsApp, \
        GameCenterDetailRelationshipsChallengeReleases, \
        GameCenterDetailRelationshipsChallengesMinimumPlatformVersions, \
        GameCenterDetailRelationshipsDefaultGroupLeaderboard, \
        GameCenterDetailRelationshipsDefaultGroupLeaderboardV2, \
        GameCenterDetailRelationshipsDefaultLeaderboard, \
        GameCenterDetailRelationshipsDefaultLeaderboardV2, \
        GameCenterDetailRelationshipsGameCenterAchievements, \
        GameCenterDetailRelationshipsGameCenterAchievementsV2, \
        GameCenterDetailRelationshipsGameCenterActivities, \
        GameCenterDetailRelationshipsGameCenterAppVersions, \
        GameCenterDetailRelationshipsGameCenterChallenges, \
        GameCenterDetailRelationshipsGameCenterGroup, \
        GameCenterDetailRelationshipsGameCenterLeaderboardSets, \
        GameCenterDetailRelationshipsGameCenterLeaderboardSetsV2, \
        GameCenterDetailRelationshipsGameCenterLeaderboards, \
        GameCenterDetailRelationshipsGameCenterLeaderboardsV2, \
        GameCenterDetailRelationshipsLeaderboardReleases, \
        GameCenterDetailRelationshipsLeaderboardSetReleases
    from ..models.game_center_detail_relationships_achievement_releases import (
        GameCenterDetailRelationshipsAchievementReleases,
    )
    from ..models.game_center_detail_relationships_activity_releases import (
        GameCenterDetailRelationshipsActivityReleases,
    )
    from ..models.game_center_detail_relationships_app import GameCenterDetailRelationshipsApp
    from ..models.game_center_detail_relationships_challenge_releases import (
        GameCenterDetailRelationshipsChallengeReleases,
    )
    from ..models.game_center_detail_relationships_challenges_minimum_platform_versions import (
        GameCenterDetailRelationshipsChallengesMinimumPlatformVersions,
    )
    from ..models.game_center_detail_relationships_default_group_leaderboard import (
        GameCenterDetailRelationshipsDefaultGroupLeaderboard,
    )
    from ..models.game_center_detail_relationships_default_group_leaderboard_v2 import (
        GameCenterDetailRelationshipsDefaultGroupLeaderboardV2,
    )
    from ..models.game_center_detail_relationships_default_leaderboard import (
        GameCenterDetailRelationshipsDefaultLeaderboard,
    )
    from ..models.game_center_detail_relationships_default_leaderboard_v2 import (
        GameCenterDetailRelationshipsDefaultLeaderboardV2,
    )
    from ..models.game_center_detail_relationships_game_center_achievements import (
        GameCenterDetailRelationshipsGameCenterAchievements,
    )
    from ..models.game_center_detail_relationships_game_center_achievements_v2 import (
        GameCenterDetailRelationshipsGameCenterAchievementsV2,
    )
    from ..models.game_center_detail_relationships_game_center_activities import (
        GameCenterDetailRelationshipsGameCenterActivities,
    )
    from ..models.game_center_detail_relationships_game_center_app_versions import (
        GameCenterDetailRelationshipsGameCenterAppVersions,
    )
    from ..models.game_center_detail_relationships_game_center_challenges import (
        GameCenterDetailRelationshipsGameCenterChallenges,
    )
    from ..models.game_center_detail_relationships_game_center_group import (
        GameCenterDetailRelationshipsGameCenterGroup,
    )
    from ..models.game_center_detail_relationships_game_center_leaderboard_sets import (
        GameCenterDetailRelationshipsGameCenterLeaderboardSets,
    )
    from ..models.game_center_detail_relationships_game_center_leaderboard_sets_v2 import (
        GameCenterDetailRelationshipsGameCenterLeaderboardSetsV2,
    )
    from ..models.game_center_detail_relationships_game_center_leaderboards import (
        GameCenterDetailRelationshipsGameCenterLeaderboards,
    )
    from ..models.game_center_detail_relationships_game_center_leaderboards_v2 import (
        GameCenterDetailRelationshipsGameCenterLeaderboardsV2,
    )
    from ..models.game_center_detail_relationships_leaderboard_releases import (
        GameCenterDetailRelationshipsLeaderboardReleases,
    )
    from ..models.game_center_detail_relationships_leaderboard_set_releases import (
        GameCenterDetailRelationshipsLeaderboardSetReleases,
    )

    _LAZY_IMPORTS_DONE = True


def _read_achievement_releases(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_achievement_releases = src_dict.get("achievementReleases")
    if _raw_achievement_releases is None:
        achievement_releases = None
    else:
        achievement_releases = GameCenterDetailRelationshipsAchievementReleases.from_dict(
            _raw_achievement_releases
        )

    return achievement_releases


def _read_activity_releases(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_activity_releases = src_dict.get("activityReleases")
    if _raw_activity_releases is None:
        activity_releases = None
    else:
        activity_releases = GameCenterDetailRelationshipsActivityReleases.from_dict(_raw_activity_releases)

    return activity_releases


def _read_app(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app = src_dict.get("app")
    if _raw_app is None:
        app = None
    else:
        app = GameCenterDetailRelationshipsApp.from_dict(_raw_app)

    return app


def _read_challenge_releases(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_challenge_releases = src_dict.get("challengeReleases")
    if _raw_challenge_releases is None:
        challenge_releases = None
    else:
        challenge_releases = GameCenterDetailRelationshipsChallengeReleases.from_dict(_raw_challenge_releases)

    return challenge_releases


def _read_challenges_minimum_platform_versions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_challenges_minimum_platform_versions = src_dict.get("challengesMinimumPlatformVersions")
    if _raw_challenges_minimum_platform_versions is None:
        challenges_minimum_platform_versions = None
    else:
        challenges_minimum_platform_versions = (
            GameCenterDetailRelationshipsChallengesMinimumPlatformVersions.from_dict(
                _raw_challenges_minimum_platform_versions
            )
        )

    return challenges_minimum_platform_versions


def _read_default_group_leaderboard(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_default_group_leaderboard = src_dict.get("defaultGroupLeaderboard")
    if _raw_default_group_leaderboard is None:
        default_group_leaderboard = None
    else:
        default_group_leaderboard = GameCenterDetailRelationshipsDefaultGroupLeaderboard.from_dict(
            _raw_default_group_leaderboard
        )

    return default_group_leaderboard


def _read_default_group_leaderboard_v2(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_default_group_leaderboard_v2 = src_dict.get("defaultGroupLeaderboardV2")
    if _raw_default_group_leaderboard_v2 is None:
        default_group_leaderboard_v2 = None
    else:
        default_group_leaderboard_v2 = GameCenterDetailRelationshipsDefaultGroupLeaderboardV2.from_dict(
            _raw_default_group_leaderboard_v2
        )

    return default_group_leaderboard_v2


def _read_default_leaderboard(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_default_leaderboard = src_dict.get("defaultLeaderboard")
    if _raw_default_leaderboard is None:
        default_leaderboard = None
    else:
        default_leaderboard = GameCenterDetailRelationshipsDefaultLeaderboard.from_dict(
            _raw_default_leaderboard
        )

    return default_leaderboard


def _read_default_leaderboard_v2(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_default_leaderboard_v2 = src_dict.get("defaultLeaderboardV2")
    if _raw_default_leaderboard_v2 is None:
        default_leaderboard_v2 = None
    else:
        default_leaderboard_v2 = GameCenterDetailRelationshipsDefaultLeaderboardV2.from_dict(
            _raw_default_leaderboard_v2
        )

    return default_leaderboard_v2


def _read_game_center_achievements(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_achievements = src_dict.get("gameCenterAchievements")
    if _raw_game_center_achievements is None:
        game_center_achievements = None
    else:
        game_center_achievements = GameCenterDetailRelationshipsGameCenterAchievements.from_dict(
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
        game_center_achievements_v2 = GameCenterDetailRelationshipsGameCenterAchievementsV2.from_dict(
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
        game_center_activities = GameCenterDetailRelationshipsGameCenterActivities.from_dict(
            _raw_game_center_activities
        )

    return game_center_activities


def _read_game_center_app_versions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_app_versions = src_dict.get("gameCenterAppVersions")
    if _raw_game_center_app_versions is None:
        game_center_app_versions = None
    else:
        game_center_app_versions = GameCenterDetailRelationshipsGameCenterAppVersions.from_dict(
            _raw_game_center_app_versions
        )

    return game_center_app_versions


def _read_game_center_challenges(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_challenges = src_dict.get("gameCenterChallenges")
    if _raw_game_center_challenges is None:
        game_center_challenges = None
    else:
        game_center_challenges = GameCenterDetailRelationshipsGameCenterChallenges.from_dict(
            _raw_game_center_challenges
        )

    return game_center_challenges


def _read_game_center_group(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_group = src_dict.get("gameCenterGroup")
    if _raw_game_center_group is None:
        game_center_group = None
    else:
        game_center_group = GameCenterDetailRelationshipsGameCenterGroup.from_dict(_raw_game_center_group)

    return game_center_group


def _read_game_center_leaderboard_sets(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_leaderboard_sets = src_dict.get("gameCenterLeaderboardSets")
    if _raw_game_center_leaderboard_sets is None:
        game_center_leaderboard_sets = None
    else:
        game_center_leaderboard_sets = GameCenterDetailRelationshipsGameCenterLeaderboardSets.from_dict(
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
        game_center_leaderboard_sets_v2 = GameCenterDetailRelationshipsGameCenterLeaderboardSetsV2.from_dict(
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
        game_center_leaderboards = GameCenterDetailRelationshipsGameCenterLeaderboards.from_dict(
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
        game_center_leaderboards_v2 = GameCenterDetailRelationshipsGameCenterLeaderboardsV2.from_dict(
            _raw_game_center_leaderboards_v2
        )

    return game_center_leaderboards_v2


def _read_leaderboard_releases(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_leaderboard_releases = src_dict.get("leaderboardReleases")
    if _raw_leaderboard_releases is None:
        leaderboard_releases = None
    else:
        leaderboard_releases = GameCenterDetailRelationshipsLeaderboardReleases.from_dict(
            _raw_leaderboard_releases
        )

    return leaderboard_releases


def _read_leaderboard_set_releases(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_leaderboard_set_releases = src_dict.get("leaderboardSetReleases")
    if _raw_leaderboard_set_releases is None:
        leaderboard_set_releases = None
    else:
        leaderboard_set_releases = GameCenterDetailRelationshipsLeaderboardSetReleases.from_dict(
            _raw_leaderboard_set_releases
        )

    return leaderboard_set_releases


_READERS: dict[str, Any] = {
    "achievement_releases": _read_achievement_releases,
    "activity_releases": _read_activity_releases,
    "app": _read_app,
    "challenge_releases": _read_challenge_releases,
    "challenges_minimum_platform_versions": _read_challenges_minimum_platform_versions,
    "default_group_leaderboard": _read_default_group_leaderboard,
    "default_group_leaderboard_v2": _read_default_group_leaderboard_v2,
    "default_leaderboard": _read_default_leaderboard,
    "default_leaderboard_v2": _read_default_leaderboard_v2,
    "game_center_achievements": _read_game_center_achievements,
    "game_center_achievements_v2": _read_game_center_achievements_v2,
    "game_center_activities": _read_game_center_activities,
    "game_center_app_versions": _read_game_center_app_versions,
    "game_center_challenges": _read_game_center_challenges,
    "game_center_group": _read_game_center_group,
    "game_center_leaderboard_sets": _read_game_center_leaderboard_sets,
    "game_center_leaderboard_sets_v2": _read_game_center_leaderboard_sets_v2,
    "game_center_leaderboards": _read_game_center_leaderboards,
    "game_center_leaderboards_v2": _read_game_center_leaderboards_v2,
    "leaderboard_releases": _read_leaderboard_releases,
    "leaderboard_set_releases": _read_leaderboard_set_releases,
}


@_attrs_define(repr=False)
class GameCenterDetailRelationships:
    """
    Attributes:
        achievement_releases (GameCenterDetailRelationshipsAchievementReleases | Unset):
        activity_releases (GameCenterDetailRelationshipsActivityReleases | Unset):
        app (GameCenterDetailRelationshipsApp | Unset):
        challenge_releases (GameCenterDetailRelationshipsChallengeReleases | Unset):
        challenges_minimum_platform_versions (GameCenterDetailRelationshipsChallengesMinimumPlatformVersions | Unset):
        default_group_leaderboard (GameCenterDetailRelationshipsDefaultGroupLeaderboard | Unset):
        default_group_leaderboard_v2 (GameCenterDetailRelationshipsDefaultGroupLeaderboardV2 | Unset):
        default_leaderboard (GameCenterDetailRelationshipsDefaultLeaderboard | Unset):
        default_leaderboard_v2 (GameCenterDetailRelationshipsDefaultLeaderboardV2 | Unset):
        game_center_achievements (GameCenterDetailRelationshipsGameCenterAchievements | Unset):
        game_center_achievements_v2 (GameCenterDetailRelationshipsGameCenterAchievementsV2 | Unset):
        game_center_activities (GameCenterDetailRelationshipsGameCenterActivities | Unset):
        game_center_app_versions (GameCenterDetailRelationshipsGameCenterAppVersions | Unset):
        game_center_challenges (GameCenterDetailRelationshipsGameCenterChallenges | Unset):
        game_center_group (GameCenterDetailRelationshipsGameCenterGroup | Unset):
        game_center_leaderboard_sets (GameCenterDetailRelationshipsGameCenterLeaderboardSets | Unset):
        game_center_leaderboard_sets_v2 (GameCenterDetailRelationshipsGameCenterLeaderboardSetsV2 | Unset):
        game_center_leaderboards (GameCenterDetailRelationshipsGameCenterLeaderboards | Unset):
        game_center_leaderboards_v2 (GameCenterDetailRelationshipsGameCenterLeaderboardsV2 | Unset):
        leaderboard_releases (GameCenterDetailRelationshipsLeaderboardReleases | Unset):
        leaderboard_set_releases (GameCenterDetailRelationshipsLeaderboardSetReleases | Unset):
    """

    achievement_releases: GameCenterDetailRelationshipsAchievementReleases | None = None
    activity_releases: GameCenterDetailRelationshipsActivityReleases | None = None
    app: GameCenterDetailRelationshipsApp | None = None
    challenge_releases: GameCenterDetailRelationshipsChallengeReleases | None = None
    challenges_minimum_platform_versions: (
        GameCenterDetailRelationshipsChallengesMinimumPlatformVersions | None
    ) = None
    default_group_leaderboard: GameCenterDetailRelationshipsDefaultGroupLeaderboard | None = None
    default_group_leaderboard_v2: GameCenterDetailRelationshipsDefaultGroupLeaderboardV2 | None = None
    default_leaderboard: GameCenterDetailRelationshipsDefaultLeaderboard | None = None
    default_leaderboard_v2: GameCenterDetailRelationshipsDefaultLeaderboardV2 | None = None
    game_center_achievements: GameCenterDetailRelationshipsGameCenterAchievements | None = None
    game_center_achievements_v2: GameCenterDetailRelationshipsGameCenterAchievementsV2 | None = None
    game_center_activities: GameCenterDetailRelationshipsGameCenterActivities | None = None
    game_center_app_versions: GameCenterDetailRelationshipsGameCenterAppVersions | None = None
    game_center_challenges: GameCenterDetailRelationshipsGameCenterChallenges | None = None
    game_center_group: GameCenterDetailRelationshipsGameCenterGroup | None = None
    game_center_leaderboard_sets: GameCenterDetailRelationshipsGameCenterLeaderboardSets | None = None
    game_center_leaderboard_sets_v2: GameCenterDetailRelationshipsGameCenterLeaderboardSetsV2 | None = None
    game_center_leaderboards: GameCenterDetailRelationshipsGameCenterLeaderboards | None = None
    game_center_leaderboards_v2: GameCenterDetailRelationshipsGameCenterLeaderboardsV2 | None = None
    leaderboard_releases: GameCenterDetailRelationshipsLeaderboardReleases | None = None
    leaderboard_set_releases: GameCenterDetailRelationshipsLeaderboardSetReleases | None = None
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
        achievement_releases: Any = None
        if self.achievement_releases is not None:
            achievement_releases = self.achievement_releases.to_dict()

        activity_releases: Any = None
        if self.activity_releases is not None:
            activity_releases = self.activity_releases.to_dict()

        app: Any = None
        if self.app is not None:
            app = self.app.to_dict()

        challenge_releases: Any = None
        if self.challenge_releases is not None:
            challenge_releases = self.challenge_releases.to_dict()

        challenges_minimum_platform_versions: Any = None
        if self.challenges_minimum_platform_versions is not None:
            challenges_minimum_platform_versions = self.challenges_minimum_platform_versions.to_dict()

        default_group_leaderboard: Any = None
        if self.default_group_leaderboard is not None:
            default_group_leaderboard = self.default_group_leaderboard.to_dict()

        default_group_leaderboard_v2: Any = None
        if self.default_group_leaderboard_v2 is not None:
            default_group_leaderboard_v2 = self.default_group_leaderboard_v2.to_dict()

        default_leaderboard: Any = None
        if self.default_leaderboard is not None:
            default_leaderboard = self.default_leaderboard.to_dict()

        default_leaderboard_v2: Any = None
        if self.default_leaderboard_v2 is not None:
            default_leaderboard_v2 = self.default_leaderboard_v2.to_dict()

        game_center_achievements: Any = None
        if self.game_center_achievements is not None:
            game_center_achievements = self.game_center_achievements.to_dict()

        game_center_achievements_v2: Any = None
        if self.game_center_achievements_v2 is not None:
            game_center_achievements_v2 = self.game_center_achievements_v2.to_dict()

        game_center_activities: Any = None
        if self.game_center_activities is not None:
            game_center_activities = self.game_center_activities.to_dict()

        game_center_app_versions: Any = None
        if self.game_center_app_versions is not None:
            game_center_app_versions = self.game_center_app_versions.to_dict()

        game_center_challenges: Any = None
        if self.game_center_challenges is not None:
            game_center_challenges = self.game_center_challenges.to_dict()

        game_center_group: Any = None
        if self.game_center_group is not None:
            game_center_group = self.game_center_group.to_dict()

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

        leaderboard_releases: Any = None
        if self.leaderboard_releases is not None:
            leaderboard_releases = self.leaderboard_releases.to_dict()

        leaderboard_set_releases: Any = None
        if self.leaderboard_set_releases is not None:
            leaderboard_set_releases = self.leaderboard_set_releases.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if achievement_releases is not None:
            field_dict["achievementReleases"] = achievement_releases
        if activity_releases is not None:
            field_dict["activityReleases"] = activity_releases
        if app is not None:
            field_dict["app"] = app
        if challenge_releases is not None:
            field_dict["challengeReleases"] = challenge_releases
        if challenges_minimum_platform_versions is not None:
            field_dict["challengesMinimumPlatformVersions"] = challenges_minimum_platform_versions
        if default_group_leaderboard is not None:
            field_dict["defaultGroupLeaderboard"] = default_group_leaderboard
        if default_group_leaderboard_v2 is not None:
            field_dict["defaultGroupLeaderboardV2"] = default_group_leaderboard_v2
        if default_leaderboard is not None:
            field_dict["defaultLeaderboard"] = default_leaderboard
        if default_leaderboard_v2 is not None:
            field_dict["defaultLeaderboardV2"] = default_leaderboard_v2
        if game_center_achievements is not None:
            field_dict["gameCenterAchievements"] = game_center_achievements
        if game_center_achievements_v2 is not None:
            field_dict["gameCenterAchievementsV2"] = game_center_achievements_v2
        if game_center_activities is not None:
            field_dict["gameCenterActivities"] = game_center_activities
        if game_center_app_versions is not None:
            field_dict["gameCenterAppVersions"] = game_center_app_versions
        if game_center_challenges is not None:
            field_dict["gameCenterChallenges"] = game_center_challenges
        if game_center_group is not None:
            field_dict["gameCenterGroup"] = game_center_group
        if game_center_leaderboard_sets is not None:
            field_dict["gameCenterLeaderboardSets"] = game_center_leaderboard_sets
        if game_center_leaderboard_sets_v2 is not None:
            field_dict["gameCenterLeaderboardSetsV2"] = game_center_leaderboard_sets_v2
        if game_center_leaderboards is not None:
            field_dict["gameCenterLeaderboards"] = game_center_leaderboards
        if game_center_leaderboards_v2 is not None:
            field_dict["gameCenterLeaderboardsV2"] = game_center_leaderboards_v2
        if leaderboard_releases is not None:
            field_dict["leaderboardReleases"] = leaderboard_releases
        if leaderboard_set_releases is not None:
            field_dict["leaderboardSetReleases"] = leaderboard_set_releases
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # achievement_releases, activity_releases, app, challenge_releases, challenges_minimum_platform_versions, default_group_leaderboard, default_group_leaderboard_v2, default_leaderboard, default_leaderboard_v2, game_center_achievements, game_center_achievements_v2, game_center_activities, game_center_app_versions, game_center_challenges, game_center_group, game_center_leaderboard_sets, game_center_leaderboard_sets_v2, game_center_leaderboards, game_center_leaderboards_v2, leaderboard_releases, leaderboard_set_releases: read on first access
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
