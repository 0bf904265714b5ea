from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.review_submission_item_relationships_app_custom_product_page_version import (
        ReviewSubmissionItemRelationshipsAppCustomProductPageVersion,
    )
    from ..models.review_submission_item_relationships_app_event import (
        ReviewSubmissionItemRelationshipsAppEvent,
    )
    from ..models.review_submission_item_relationships_app_store_version import (
        ReviewSubmissionItemRelationshipsAppStoreVersion,
    )
    from ..models.review_submission_item_relationships_app_store_version_experiment import (
        ReviewSubmissionItemRelationshipsAppStoreVersionExperiment,
    )
    from ..models.review_submission_item_relationships_app_store_version_experiment_v2 import (
        ReviewSubmissionItemRelationshipsAppStoreVersionExperimentV2,
    )
    from ..models.review_submission_item_relationships_background_asset_version import (
        ReviewSubmissionItemRelationshipsBackgroundAssetVersion,
    )
    from ..models.review_submission_item_relationships_game_center_achievement_version import (
        ReviewSubmissionItemRelationshipsGameCenterAchievementVersion,
    )
    from ..models.review_submission_item_relationships_game_center_activity_version import (
        ReviewSubmissionItemRelationshipsGameCenterActivityVersion,
    )
    from ..models.review_submission_item_relationships_game_center_challenge_version import (
        ReviewSubmissionItemRelationshipsGameCenterChallengeVersion,
    )
    from ..models.review_submission_item_relationships_game_center_leaderboard_set_version import (
        ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersion,
    )
    from ..models.review_submission_item_relationships_game_center_leaderboard_version import (
        ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersion,
    )
    from ..models.review_submission_item_relationships_in_app_purchase_version import (
        ReviewSubmissionItemRelationshipsInAppPurchaseVersion,
    )
    from ..models.review_submission_item_relationships_subscription_group_version import (
        ReviewSubmissionItemRelationshipsSubscriptionGroupVersion,
    )
    from ..models.review_submission_item_relationships_subscription_version import (
        ReviewSubmissionItemRelationshipsSubscriptionVersion,
    )


T = TypeVar("T", bound="ReviewSubmissionItemRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appCustomProductPageVersion",
        "appEvent",
        "appStoreVersion",
        "appStoreVersionExperiment",
        "appStoreVersionExperimentV2",
        "backgroundAssetVersion",
        "gameCenterAchievementVersion",
        "gameCenterActivityVersion",
        "gameCenterChallengeVersion",
        "gameCenterLeaderboardSetVersion",
        "gameCenterLeaderboardVersion",
        "inAppPurchaseVersion",
        "subscriptionGroupVersion",
        "subscriptionVersion",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        ReviewSubmissionItemRelationshipsAppCustomProductPageVersion, \
        ReviewSubmissionItemRelationshipsAppEvent, \
        ReviewSubmissionItemRelationshipsAppStoreVersion, \
        ReviewSubmissionItemRelationshipsAppStoreVersionExperiment, \
        ReviewSubmissionItemRelationshipsAppStoreVersionExperimentV2, \
        ReviewSubmissionItemRelationshipsBackgroundAssetVersion, \
        ReviewSubmissionItemRelationshipsGameCenterAchievementVersion, \
        ReviewSubmissionItemRelationshipsGameCenterActivityVersion, \
        ReviewSubmissionItemRelationshipsGameCenterChallengeVersion, \
        ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersion, \
        ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersion, \
        ReviewSubmissionItemRelationshipsInAppPurchaseVersion, \
        ReviewSubmissionItemRelationshipsSubscriptionGroupVersion, \
        ReviewSubmissionItemRelationshipsSubscriptionVersion
    from ..models.review_submission_item_relationships_app_custom_product_page_version import (
        ReviewSubmissionItemRelationshipsAppCustomProductPageVersion,
    )
    from ..models.review_submission_item_relationships_app_event import (
        ReviewSubmissionItemRelationshipsAppEvent,
    )
    from ..models.review_submission_item_relationships_app_store_version import (
        ReviewSubmissionItemRelationshipsAppStoreVersion,
    )
    from ..models.review_submission_item_relationships_app_store_version_experiment import (
        ReviewSubmissionItemRelationshipsAppStoreVersionExperiment,
    )
    from ..models.review_submission_item_relationships_app_store_version_experiment_v2 import (
        ReviewSubmissionItemRelationshipsAppStoreVersionExperimentV2,
    )
    from ..models.review_submission_item_relationships_background_asset_version import (
        ReviewSubmissionItemRelationshipsBackgroundAssetVersion,
    )
    from ..models.review_submission_item_relationships_game_center_achievement_version import (
        ReviewSubmissionItemRelationshipsGameCenterAchievementVersion,
    )
    from ..models.review_submission_item_relationships_game_center_activity_version import (
        ReviewSubmissionItemRelationshipsGameCenterActivityVersion,
    )
    from ..models.review_submission_item_relationships_game_center_challenge_version import (
        ReviewSubmissionItemRelationshipsGameCenterChallengeVersion,
    )
    from ..models.review_submission_item_relationships_game_center_leaderboard_set_version import (
        ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersion,
    )
    from ..models.review_submission_item_relationships_game_center_leaderboard_version import (
        ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersion,
    )
    from ..models.review_submission_item_relationships_in_app_purchase_version import (
        ReviewSubmissionItemRelationshipsInAppPurchaseVersion,
    )
    from ..models.review_submission_item_relationships_subscription_group_version import (
        ReviewSubmissionItemRelationshipsSubscriptionGroupVersion,
    )
    from ..models.review_submission_item_relationships_subscription_version import (
        ReviewSubmissionItemRelationshipsSubscriptionVersion,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app_custom_product_page_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_custom_product_page_version = src_dict.get("appCustomProductPageVersion")
    if _raw_app_custom_product_page_version is None:
        app_custom_product_page_version = None
    else:
        app_custom_product_page_version = (
            ReviewSubmissionItemRelationshipsAppCustomProductPageVersion.from_dict(
                _raw_app_custom_product_page_version
            )
        )

    return app_custom_product_page_version


def _read_app_event(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_event = src_dict.get("appEvent")
    if _raw_app_event is None:
        app_event = None
    else:
        app_event = ReviewSubmissionItemRelationshipsAppEvent.from_dict(_raw_app_event)

    return app_event


def _read_app_store_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version = src_dict.get("appStoreVersion")
    if _raw_app_store_version is None:
        app_store_version = None
    else:
        app_store_version = ReviewSubmissionItemRelationshipsAppStoreVersion.from_dict(_raw_app_store_version)

    return app_store_version


def _read_app_store_version_experiment(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_experiment = src_dict.get("appStoreVersionExperiment")
    if _raw_app_store_version_experiment is None:
        app_store_version_experiment = None
    else:
        app_store_version_experiment = ReviewSubmissionItemRelationshipsAppStoreVersionExperiment.from_dict(
            _raw_app_store_version_experiment
        )

    return app_store_version_experiment


def _read_app_store_version_experiment_v2(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_experiment_v2 = src_dict.get("appStoreVersionExperimentV2")
    if _raw_app_store_version_experiment_v2 is None:
        app_store_version_experiment_v2 = None
    else:
        app_store_version_experiment_v2 = (
            ReviewSubmissionItemRelationshipsAppStoreVersionExperimentV2.from_dict(
                _raw_app_store_version_experiment_v2
            )
        )

    return app_store_version_experiment_v2


def _read_background_asset_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_background_asset_version = src_dict.get("backgroundAssetVersion")
    if _raw_background_asset_version is None:
        background_asset_version = None
    else:
        background_asset_version = ReviewSubmissionItemRelationshipsBackgroundAssetVersion.from_dict(
            _raw_background_asset_version
        )

    return background_asset_version


def _read_game_center_achievement_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_achievement_version = src_dict.get("gameCenterAchievementVersion")
    if _raw_game_center_achievement_version is None:
        game_center_achievement_version = None
    else:
        game_center_achievement_version = (
            ReviewSubmissionItemRelationshipsGameCenterAchievementVersion.from_dict(
                _raw_game_center_achievement_version
            )
        )

    return game_center_achievement_version


def _read_game_center_activity_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_activity_version = src_dict.get("gameCenterActivityVersion")
    if _raw_game_center_activity_version is None:
        game_center_activity_version = None
    else:
        game_center_activity_version = ReviewSubmissionItemRelationshipsGameCenterActivityVersion.from_dict(
            _raw_game_center_activity_version
        )

    return game_center_activity_version


def _read_game_center_challenge_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_challenge_version = src_dict.get("gameCenterChallengeVersion")
    if _raw_game_center_challenge_version is None:
        game_center_challenge_version = None
    else:
        game_center_challenge_version = ReviewSubmissionItemRelationshipsGameCenterChallengeVersion.from_dict(
            _raw_game_center_challenge_version
        )

    return game_center_challenge_version


def _read_game_center_leaderboard_set_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_leaderboard_set_version = src_dict.get("gameCenterLeaderboardSetVersion")
    if _raw_game_center_leaderboard_set_version is None:
        game_center_leaderboard_set_version = None
    else:
        game_center_leaderboard_set_version = (
            ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersion.from_dict(
                _raw_game_center_leaderboard_set_version
            )
        )

    return game_center_leaderboard_set_version


def _read_game_center_leaderboard_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_leaderboard_version = src_dict.get("gameCenterLeaderboardVersion")
    if _raw_game_center_leaderboard_version is None:
        game_center_leaderboard_version = None
    else:
        game_center_leaderboard_version = (
            ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersion.from_dict(
                _raw_game_center_leaderboard_version
            )
        )

    return game_center_leaderboard_version


def _read_in_app_purchase_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_in_app_purchase_version = src_dict.get("inAppPurchaseVersion")
    if _raw_in_app_purchase_version is None:
        in_app_purchase_version = None
    else:
        in_app_purchase_version = ReviewSubmissionItemRelationshipsInAppPurchaseVersion.from_dict(
            _raw_in_app_purchase_version
        )

    return in_app_purchase_version


def _read_subscription_group_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_subscription_group_version = src_dict.get("subscriptionGroupVersion")
    if _raw_subscription_group_version is None:
        subscription_group_version = None
    else:
        subscription_group_version = ReviewSubmissionItemRelationshipsSubscriptionGroupVersion.from_dict(
            _raw_subscription_group_version
        )

    return subscription_group_version


def _read_subscription_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_subscription_version = src_dict.get("subscriptionVersion")
    if _raw_subscription_version is None:
        subscription_version = None
    else:
        subscription_version = ReviewSubmissionItemRelationshipsSubscriptionVersion.from_dict(
            _raw_subscription_version
        )

    return subscription_version


_READERS: dict[str, Any] = {
    "app_custom_product_page_version": _read_app_custom_product_page_version,
    "app_event": _read_app_event,
    "app_store_version": _read_app_store_version,
    "app_store_version_experiment": _read_app_store_version_experiment,
    "app_store_version_experiment_v2": _read_app_store_version_experiment_v2,
    "background_asset_version": _read_background_asset_version,
    "game_center_achievement_version": _read_game_center_achievement_version,
    "game_center_activity_version": _read_game_center_activity_version,
    "game_center_challenge_version": _read_game_center_challenge_version,
    "game_center_leaderboard_set_version": _read_game_center_leaderboard_set_version,
    "game_center_leaderboard_version": _read_game_center_leaderboard_version,
    "in_app_purchase_version": _read_in_app_purchase_version,
    "subscription_group_version": _read_subscription_group_version,
    "subscription_version": _read_subscription_version,
}


@_attrs_define(repr=False)
class ReviewSubmissionItemRelationships:
    """
    Attributes:
        app_custom_product_page_version (ReviewSubmissionItemRelationshipsAppCustomProductPageVersion | Unset):
        app_event (ReviewSubmissionItemRelationshipsAppEvent | Unset):
        app_store_version (ReviewSubmissionItemRelationshipsAppStoreVersion | Unset):
        app_store_version_experiment (ReviewSubmissionItemRelationshipsAppStoreVersionExperiment | Unset):
        app_store_version_experiment_v2 (ReviewSubmissionItemRelationshipsAppStoreVersionExperimentV2 | Unset):
        background_asset_version (ReviewSubmissionItemRelationshipsBackgroundAssetVersion | Unset):
        game_center_achievement_version (ReviewSubmissionItemRelationshipsGameCenterAchievementVersion | Unset):
        game_center_activity_version (ReviewSubmissionItemRelationshipsGameCenterActivityVersion | Unset):
        game_center_challenge_version (ReviewSubmissionItemRelationshipsGameCenterChallengeVersion | Unset):
        game_center_leaderboard_set_version (ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersion | Unset):
        game_center_leaderboard_version (ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersion | Unset):
        in_app_purchase_version (ReviewSubmissionItemRelationshipsInAppPurchaseVersion | Unset):
        subscription_group_version (ReviewSubmissionItemRelationshipsSubscriptionGroupVersion | Unset):
        subscription_version (ReviewSubmissionItemRelationshipsSubscriptionVersion | Unset):
    """

    app_custom_product_page_version: ReviewSubmissionItemRelationshipsAppCustomProductPageVersion | None = (
        None
    )
    app_event: ReviewSubmissionItemRelationshipsAppEvent | None = None
    app_store_version: ReviewSubmissionItemRelationshipsAppStoreVersion | None = None
    app_store_version_experiment: ReviewSubmissionItemRelationshipsAppStoreVersionExperiment | None = None
    app_store_version_experiment_v2: ReviewSubmissionItemRelationshipsAppStoreVersionExperimentV2 | None = (
        None
    )
    background_asset_version: ReviewSubmissionItemRelationshipsBackgroundAssetVersion | None = None
    game_center_achievement_version: ReviewSubmissionItemRelationshipsGameCenterAchievementVersion | None = (
        None
    )
    game_center_activity_version: ReviewSubmissionItemRelationshipsGameCenterActivityVersion | None = None
    game_center_challenge_version: ReviewSubmissionItemRelationshipsGameCenterChallengeVersion | None = None
    game_center_leaderboard_set_version: (
        ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersion | None
    ) = None
    game_center_leaderboard_version: ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersion | None = (
        None
    )
    in_app_purchase_version: ReviewSubmissionItemRelationshipsInAppPurchaseVersion | None = None
    subscription_group_version: ReviewSubmissionItemRelationshipsSubscriptionGroupVersion | None = None
    subscription_version: ReviewSubmissionItemRelationshipsSubscriptionVersion | None = None
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
        app_custom_product_page_version: Any = None
        if self.app_custom_product_page_version is not None:
            app_custom_product_page_version = self.app_custom_product_page_version.to_dict()

        app_event: Any = None
        if self.app_event is not None:
            app_event = self.app_event.to_dict()

        app_store_version: Any = None
        if self.app_store_version is not None:
            app_store_version = self.app_store_version.to_dict()

        app_store_version_experiment: Any = None
        if self.app_store_version_experiment is not None:
            app_store_version_experiment = self.app_store_version_experiment.to_dict()

        app_store_version_experiment_v2: Any = None
        if self.app_store_version_experiment_v2 is not None:
            app_store_version_experiment_v2 = self.app_store_version_experiment_v2.to_dict()

        background_asset_version: Any = None
        if self.background_asset_version is not None:
            background_asset_version = self.background_asset_version.to_dict()

        game_center_achievement_version: Any = None
        if self.game_center_achievement_version is not None:
            game_center_achievement_version = self.game_center_achievement_version.to_dict()

        game_center_activity_version: Any = None
        if self.game_center_activity_version is not None:
            game_center_activity_version = self.game_center_activity_version.to_dict()

        game_center_challenge_version: Any = None
        if self.game_center_challenge_version is not None:
            game_center_challenge_version = self.game_center_challenge_version.to_dict()

        game_center_leaderboard_set_version: Any = None
        if self.game_center_leaderboard_set_version is not None:
            game_center_leaderboard_set_version = self.game_center_leaderboard_set_version.to_dict()

        game_center_leaderboard_version: Any = None
        if self.game_center_leaderboard_version is not None:
            game_center_leaderboard_version = self.game_center_leaderboard_version.to_dict()

        in_app_purchase_version: Any = None
        if self.in_app_purchase_version is not None:
            in_app_purchase_version = self.in_app_purchase_version.to_dict()

        subscription_group_version: Any = None
        if self.subscription_group_version is not None:
            subscription_group_version = self.subscription_group_version.to_dict()

        subscription_version: Any = None
        if self.subscription_version is not None:
            subscription_version = self.subscription_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_custom_product_page_version is not None:
            field_dict["appCustomProductPageVersion"] = app_custom_product_page_version
        if app_event is not None:
            field_dict["appEvent"] = app_event
        if app_store_version is not None:
            field_dict["appStoreVersion"] = app_store_version
        if app_store_version_experiment is not None:
            field_dict["appStoreVersionExperiment"] = app_store_version_experiment
        if app_store_version_experiment_v2 is not None:
            field_dict["appStoreVersionExperimentV2"] = app_store_version_experiment_v2
        if background_asset_version is not None:
            field_dict["backgroundAssetVersion"] = background_asset_version
        if game_center_achievement_version is not None:
            field_dict["gameCenterAchievementVersion"] = game_center_achievement_version
        if game_center_activity_version is not None:
            field_dict["gameCenterActivityVersion"] = game_center_activity_version
        if game_center_challenge_version is not None:
            field_dict["gameCenterChallengeVersion"] = game_center_challenge_version
        if game_center_leaderboard_set_version is not None:
            field_dict["gameCenterLeaderboardSetVersion"] = game_center_leaderboard_set_version
        if game_center_leaderboard_version is not None:
            field_dict["gameCenterLeaderboardVersion"] = game_center_leaderboard_version
        if in_app_purchase_version is not None:
            field_dict["inAppPurchaseVersion"] = in_app_purchase_version
        if subscription_group_version is not None:
            field_dict["subscriptionGroupVersion"] = subscription_group_version
        if subscription_version is not None:
            field_dict["subscriptionVersion"] = subscription_version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app_custom_product_page_version, app_event, app_store_version, app_store_version_experiment, app_store_version_experiment_v2, background_asset_version, game_center_achievement_version, game_center_activity_version, game_center_challenge_version, game_center_leaderboard_set_version, game_center_leaderboard_version, in_app_purchase_version, subscription_group_version, subscription_version: read on first access
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
