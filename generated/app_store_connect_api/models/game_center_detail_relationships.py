from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        achievement_releases: Any = None
        if self.achievement_releases is not None:
            achievement_releases = UNSET
            if not isinstance(self.achievement_releases, Unset):
                achievement_releases = self.achievement_releases.to_dict()

        activity_releases: Any = None
        if self.activity_releases is not None:
            activity_releases = UNSET
            if not isinstance(self.activity_releases, Unset):
                activity_releases = self.activity_releases.to_dict()

        app: Any = None
        if self.app is not None:
            app = UNSET
            if not isinstance(self.app, Unset):
                app = self.app.to_dict()

        challenge_releases: Any = None
        if self.challenge_releases is not None:
            challenge_releases = UNSET
            if not isinstance(self.challenge_releases, Unset):
                challenge_releases = self.challenge_releases.to_dict()

        challenges_minimum_platform_versions: Any = None
        if self.challenges_minimum_platform_versions is not None:
            challenges_minimum_platform_versions = UNSET
            if not isinstance(self.challenges_minimum_platform_versions, Unset):
                challenges_minimum_platform_versions = self.challenges_minimum_platform_versions.to_dict()

        default_group_leaderboard: Any = None
        if self.default_group_leaderboard is not None:
            default_group_leaderboard = UNSET
            if not isinstance(self.default_group_leaderboard, Unset):
                default_group_leaderboard = self.default_group_leaderboard.to_dict()

        default_group_leaderboard_v2: Any = None
        if self.default_group_leaderboard_v2 is not None:
            default_group_leaderboard_v2 = UNSET
            if not isinstance(self.default_group_leaderboard_v2, Unset):
                default_group_leaderboard_v2 = self.default_group_leaderboard_v2.to_dict()

        default_leaderboard: Any = None
        if self.default_leaderboard is not None:
            default_leaderboard = UNSET
            if not isinstance(self.default_leaderboard, Unset):
                default_leaderboard = self.default_leaderboard.to_dict()

        default_leaderboard_v2: Any = None
        if self.default_leaderboard_v2 is not None:
            default_leaderboard_v2 = UNSET
            if not isinstance(self.default_leaderboard_v2, Unset):
                default_leaderboard_v2 = self.default_leaderboard_v2.to_dict()

        game_center_achievements: Any = None
        if self.game_center_achievements is not None:
            game_center_achievements = UNSET
            if not isinstance(self.game_center_achievements, Unset):
                game_center_achievements = self.game_center_achievements.to_dict()

        game_center_achievements_v2: Any = None
        if self.game_center_achievements_v2 is not None:
            game_center_achievements_v2 = UNSET
            if not isinstance(self.game_center_achievements_v2, Unset):
                game_center_achievements_v2 = self.game_center_achievements_v2.to_dict()

        game_center_activities: Any = None
        if self.game_center_activities is not None:
            game_center_activities = UNSET
            if not isinstance(self.game_center_activities, Unset):
                game_center_activities = self.game_center_activities.to_dict()

        game_center_app_versions: Any = None
        if self.game_center_app_versions is not None:
            game_center_app_versions = UNSET
            if not isinstance(self.game_center_app_versions, Unset):
                game_center_app_versions = self.game_center_app_versions.to_dict()

        game_center_challenges: Any = None
        if self.game_center_challenges is not None:
            game_center_challenges = UNSET
            if not isinstance(self.game_center_challenges, Unset):
                game_center_challenges = self.game_center_challenges.to_dict()

        game_center_group: Any = None
        if self.game_center_group is not None:
            game_center_group = UNSET
            if not isinstance(self.game_center_group, Unset):
                game_center_group = self.game_center_group.to_dict()

        game_center_leaderboard_sets: Any = None
        if self.game_center_leaderboard_sets is not None:
            game_center_leaderboard_sets = UNSET
            if not isinstance(self.game_center_leaderboard_sets, Unset):
                game_center_leaderboard_sets = self.game_center_leaderboard_sets.to_dict()

        game_center_leaderboard_sets_v2: Any = None
        if self.game_center_leaderboard_sets_v2 is not None:
            game_center_leaderboard_sets_v2 = UNSET
            if not isinstance(self.game_center_leaderboard_sets_v2, Unset):
                game_center_leaderboard_sets_v2 = self.game_center_leaderboard_sets_v2.to_dict()

        game_center_leaderboards: Any = None
        if self.game_center_leaderboards is not None:
            game_center_leaderboards = UNSET
            if not isinstance(self.game_center_leaderboards, Unset):
                game_center_leaderboards = self.game_center_leaderboards.to_dict()

        game_center_leaderboards_v2: Any = None
        if self.game_center_leaderboards_v2 is not None:
            game_center_leaderboards_v2 = UNSET
            if not isinstance(self.game_center_leaderboards_v2, Unset):
                game_center_leaderboards_v2 = self.game_center_leaderboards_v2.to_dict()

        leaderboard_releases: Any = None
        if self.leaderboard_releases is not None:
            leaderboard_releases = UNSET
            if not isinstance(self.leaderboard_releases, Unset):
                leaderboard_releases = self.leaderboard_releases.to_dict()

        leaderboard_set_releases: Any = None
        if self.leaderboard_set_releases is not None:
            leaderboard_set_releases = UNSET
            if not isinstance(self.leaderboard_set_releases, Unset):
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
        d = dict(src_dict)
        _raw_achievement_releases = d.pop("achievementReleases", None)
        if _raw_achievement_releases is None:
            achievement_releases = None
        else:
            _achievement_releases = _raw_achievement_releases
            achievement_releases: GameCenterDetailRelationshipsAchievementReleases | Unset
            if isinstance(_achievement_releases, Unset):
                achievement_releases = UNSET
            else:
                achievement_releases = GameCenterDetailRelationshipsAchievementReleases.from_dict(
                    _achievement_releases
                )

        _raw_activity_releases = d.pop("activityReleases", None)
        if _raw_activity_releases is None:
            activity_releases = None
        else:
            _activity_releases = _raw_activity_releases
            activity_releases: GameCenterDetailRelationshipsActivityReleases | Unset
            if isinstance(_activity_releases, Unset):
                activity_releases = UNSET
            else:
                activity_releases = GameCenterDetailRelationshipsActivityReleases.from_dict(
                    _activity_releases
                )

        _raw_app = d.pop("app", None)
        if _raw_app is None:
            app = None
        else:
            _app = _raw_app
            app: GameCenterDetailRelationshipsApp | Unset
            if isinstance(_app, Unset):
                app = UNSET
            else:
                app = GameCenterDetailRelationshipsApp.from_dict(_app)

        _raw_challenge_releases = d.pop("challengeReleases", None)
        if _raw_challenge_releases is None:
            challenge_releases = None
        else:
            _challenge_releases = _raw_challenge_releases
            challenge_releases: GameCenterDetailRelationshipsChallengeReleases | Unset
            if isinstance(_challenge_releases, Unset):
                challenge_releases = UNSET
            else:
                challenge_releases = GameCenterDetailRelationshipsChallengeReleases.from_dict(
                    _challenge_releases
                )

        _raw_challenges_minimum_platform_versions = d.pop("challengesMinimumPlatformVersions", None)
        if _raw_challenges_minimum_platform_versions is None:
            challenges_minimum_platform_versions = None
        else:
            _challenges_minimum_platform_versions = _raw_challenges_minimum_platform_versions
            challenges_minimum_platform_versions: (
                GameCenterDetailRelationshipsChallengesMinimumPlatformVersions | Unset
            )
            if isinstance(_challenges_minimum_platform_versions, Unset):
                challenges_minimum_platform_versions = UNSET
            else:
                challenges_minimum_platform_versions = (
                    GameCenterDetailRelationshipsChallengesMinimumPlatformVersions.from_dict(
                        _challenges_minimum_platform_versions
                    )
                )

        _raw_default_group_leaderboard = d.pop("defaultGroupLeaderboard", None)
        if _raw_default_group_leaderboard is None:
            default_group_leaderboard = None
        else:
            _default_group_leaderboard = _raw_default_group_leaderboard
            default_group_leaderboard: GameCenterDetailRelationshipsDefaultGroupLeaderboard | Unset
            if isinstance(_default_group_leaderboard, Unset):
                default_group_leaderboard = UNSET
            else:
                default_group_leaderboard = GameCenterDetailRelationshipsDefaultGroupLeaderboard.from_dict(
                    _default_group_leaderboard
                )

        _raw_default_group_leaderboard_v2 = d.pop("defaultGroupLeaderboardV2", None)
        if _raw_default_group_leaderboard_v2 is None:
            default_group_leaderboard_v2 = None
        else:
            _default_group_leaderboard_v2 = _raw_default_group_leaderboard_v2
            default_group_leaderboard_v2: GameCenterDetailRelationshipsDefaultGroupLeaderboardV2 | Unset
            if isinstance(_default_group_leaderboard_v2, Unset):
                default_group_leaderboard_v2 = UNSET
            else:
                default_group_leaderboard_v2 = (
                    GameCenterDetailRelationshipsDefaultGroupLeaderboardV2.from_dict(
                        _default_group_leaderboard_v2
                    )
                )

        _raw_default_leaderboard = d.pop("defaultLeaderboard", None)
        if _raw_default_leaderboard is None:
            default_leaderboard = None
        else:
            _default_leaderboard = _raw_default_leaderboard
            default_leaderboard: GameCenterDetailRelationshipsDefaultLeaderboard | Unset
            if isinstance(_default_leaderboard, Unset):
                default_leaderboard = UNSET
            else:
                default_leaderboard = GameCenterDetailRelationshipsDefaultLeaderboard.from_dict(
                    _default_leaderboard
                )

        _raw_default_leaderboard_v2 = d.pop("defaultLeaderboardV2", None)
        if _raw_default_leaderboard_v2 is None:
            default_leaderboard_v2 = None
        else:
            _default_leaderboard_v2 = _raw_default_leaderboard_v2
            default_leaderboard_v2: GameCenterDetailRelationshipsDefaultLeaderboardV2 | Unset
            if isinstance(_default_leaderboard_v2, Unset):
                default_leaderboard_v2 = UNSET
            else:
                default_leaderboard_v2 = GameCenterDetailRelationshipsDefaultLeaderboardV2.from_dict(
                    _default_leaderboard_v2
                )

        _raw_game_center_achievements = d.pop("gameCenterAchievements", None)
        if _raw_game_center_achievements is None:
            game_center_achievements = None
        else:
            _game_center_achievements = _raw_game_center_achievements
            game_center_achievements: GameCenterDetailRelationshipsGameCenterAchievements | Unset
            if isinstance(_game_center_achievements, Unset):
                game_center_achievements = UNSET
            else:
                game_center_achievements = GameCenterDetailRelationshipsGameCenterAchievements.from_dict(
                    _game_center_achievements
                )

        _raw_game_center_achievements_v2 = d.pop("gameCenterAchievementsV2", None)
        if _raw_game_center_achievements_v2 is None:
            game_center_achievements_v2 = None
        else:
            _game_center_achievements_v2 = _raw_game_center_achievements_v2
            game_center_achievements_v2: GameCenterDetailRelationshipsGameCenterAchievementsV2 | Unset
            if isinstance(_game_center_achievements_v2, Unset):
                game_center_achievements_v2 = UNSET
            else:
                game_center_achievements_v2 = GameCenterDetailRelationshipsGameCenterAchievementsV2.from_dict(
                    _game_center_achievements_v2
                )

        _raw_game_center_activities = d.pop("gameCenterActivities", None)
        if _raw_game_center_activities is None:
            game_center_activities = None
        else:
            _game_center_activities = _raw_game_center_activities
            game_center_activities: GameCenterDetailRelationshipsGameCenterActivities | Unset
            if isinstance(_game_center_activities, Unset):
                game_center_activities = UNSET
            else:
                game_center_activities = GameCenterDetailRelationshipsGameCenterActivities.from_dict(
                    _game_center_activities
                )

        _raw_game_center_app_versions = d.pop("gameCenterAppVersions", None)
        if _raw_game_center_app_versions is None:
            game_center_app_versions = None
        else:
            _game_center_app_versions = _raw_game_center_app_versions
            game_center_app_versions: GameCenterDetailRelationshipsGameCenterAppVersions | Unset
            if isinstance(_game_center_app_versions, Unset):
                game_center_app_versions = UNSET
            else:
                game_center_app_versions = GameCenterDetailRelationshipsGameCenterAppVersions.from_dict(
                    _game_center_app_versions
                )

        _raw_game_center_challenges = d.pop("gameCenterChallenges", None)
        if _raw_game_center_challenges is None:
            game_center_challenges = None
        else:
            _game_center_challenges = _raw_game_center_challenges
            game_center_challenges: GameCenterDetailRelationshipsGameCenterChallenges | Unset
            if isinstance(_game_center_challenges, Unset):
                game_center_challenges = UNSET
            else:
                game_center_challenges = GameCenterDetailRelationshipsGameCenterChallenges.from_dict(
                    _game_center_challenges
                )

        _raw_game_center_group = d.pop("gameCenterGroup", None)
        if _raw_game_center_group is None:
            game_center_group = None
        else:
            _game_center_group = _raw_game_center_group
            game_center_group: GameCenterDetailRelationshipsGameCenterGroup | Unset
            if isinstance(_game_center_group, Unset):
                game_center_group = UNSET
            else:
                game_center_group = GameCenterDetailRelationshipsGameCenterGroup.from_dict(_game_center_group)

        _raw_game_center_leaderboard_sets = d.pop("gameCenterLeaderboardSets", None)
        if _raw_game_center_leaderboard_sets is None:
            game_center_leaderboard_sets = None
        else:
            _game_center_leaderboard_sets = _raw_game_center_leaderboard_sets
            game_center_leaderboard_sets: GameCenterDetailRelationshipsGameCenterLeaderboardSets | Unset
            if isinstance(_game_center_leaderboard_sets, Unset):
                game_center_leaderboard_sets = UNSET
            else:
                game_center_leaderboard_sets = (
                    GameCenterDetailRelationshipsGameCenterLeaderboardSets.from_dict(
                        _game_center_leaderboard_sets
                    )
                )

        _raw_game_center_leaderboard_sets_v2 = d.pop("gameCenterLeaderboardSetsV2", None)
        if _raw_game_center_leaderboard_sets_v2 is None:
            game_center_leaderboard_sets_v2 = None
        else:
            _game_center_leaderboard_sets_v2 = _raw_game_center_leaderboard_sets_v2
            game_center_leaderboard_sets_v2: GameCenterDetailRelationshipsGameCenterLeaderboardSetsV2 | Unset
            if isinstance(_game_center_leaderboard_sets_v2, Unset):
                game_center_leaderboard_sets_v2 = UNSET
            else:
                game_center_leaderboard_sets_v2 = (
                    GameCenterDetailRelationshipsGameCenterLeaderboardSetsV2.from_dict(
                        _game_center_leaderboard_sets_v2
                    )
                )

        _raw_game_center_leaderboards = d.pop("gameCenterLeaderboards", None)
        if _raw_game_center_leaderboards is None:
            game_center_leaderboards = None
        else:
            _game_center_leaderboards = _raw_game_center_leaderboards
            game_center_leaderboards: GameCenterDetailRelationshipsGameCenterLeaderboards | Unset
            if isinstance(_game_center_leaderboards, Unset):
                game_center_leaderboards = UNSET
            else:
                game_center_leaderboards = GameCenterDetailRelationshipsGameCenterLeaderboards.from_dict(
                    _game_center_leaderboards
                )

        _raw_game_center_leaderboards_v2 = d.pop("gameCenterLeaderboardsV2", None)
        if _raw_game_center_leaderboards_v2 is None:
            game_center_leaderboards_v2 = None
        else:
            _game_center_leaderboards_v2 = _raw_game_center_leaderboards_v2
            game_center_leaderboards_v2: GameCenterDetailRelationshipsGameCenterLeaderboardsV2 | Unset
            if isinstance(_game_center_leaderboards_v2, Unset):
                game_center_leaderboards_v2 = UNSET
            else:
                game_center_leaderboards_v2 = GameCenterDetailRelationshipsGameCenterLeaderboardsV2.from_dict(
                    _game_center_leaderboards_v2
                )

        _raw_leaderboard_releases = d.pop("leaderboardReleases", None)
        if _raw_leaderboard_releases is None:
            leaderboard_releases = None
        else:
            _leaderboard_releases = _raw_leaderboard_releases
            leaderboard_releases: GameCenterDetailRelationshipsLeaderboardReleases | Unset
            if isinstance(_leaderboard_releases, Unset):
                leaderboard_releases = UNSET
            else:
                leaderboard_releases = GameCenterDetailRelationshipsLeaderboardReleases.from_dict(
                    _leaderboard_releases
                )

        _raw_leaderboard_set_releases = d.pop("leaderboardSetReleases", None)
        if _raw_leaderboard_set_releases is None:
            leaderboard_set_releases = None
        else:
            _leaderboard_set_releases = _raw_leaderboard_set_releases
            leaderboard_set_releases: GameCenterDetailRelationshipsLeaderboardSetReleases | Unset
            if isinstance(_leaderboard_set_releases, Unset):
                leaderboard_set_releases = UNSET
            else:
                leaderboard_set_releases = GameCenterDetailRelationshipsLeaderboardSetReleases.from_dict(
                    _leaderboard_set_releases
                )

        game_center_detail_relationships = cls(
            achievement_releases=achievement_releases,
            activity_releases=activity_releases,
            app=app,
            challenge_releases=challenge_releases,
            challenges_minimum_platform_versions=challenges_minimum_platform_versions,
            default_group_leaderboard=default_group_leaderboard,
            default_group_leaderboard_v2=default_group_leaderboard_v2,
            default_leaderboard=default_leaderboard,
            default_leaderboard_v2=default_leaderboard_v2,
            game_center_achievements=game_center_achievements,
            game_center_achievements_v2=game_center_achievements_v2,
            game_center_activities=game_center_activities,
            game_center_app_versions=game_center_app_versions,
            game_center_challenges=game_center_challenges,
            game_center_group=game_center_group,
            game_center_leaderboard_sets=game_center_leaderboard_sets,
            game_center_leaderboard_sets_v2=game_center_leaderboard_sets_v2,
            game_center_leaderboards=game_center_leaderboards,
            game_center_leaderboards_v2=game_center_leaderboards_v2,
            leaderboard_releases=leaderboard_releases,
            leaderboard_set_releases=leaderboard_set_releases,
        )
        game_center_detail_relationships.additional_properties = d
        return game_center_detail_relationships

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
