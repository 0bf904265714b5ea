from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.review_submission_item_create_request_data_relationships_app_custom_product_page_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_app_event import (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppEvent,
    )
    from ..models.review_submission_item_create_request_data_relationships_app_store_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_app_store_version_experiment import (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperiment,
    )
    from ..models.review_submission_item_create_request_data_relationships_app_store_version_experiment_v2 import (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperimentV2,
    )
    from ..models.review_submission_item_create_request_data_relationships_background_asset_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_game_center_achievement_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_game_center_activity_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_game_center_challenge_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_game_center_leaderboard_set_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_game_center_leaderboard_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_in_app_purchase_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_review_submission import (
        ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmission,
    )
    from ..models.review_submission_item_create_request_data_relationships_subscription_group_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_subscription_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersion,
    )


T = TypeVar("T", bound="ReviewSubmissionItemCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "reviewSubmission",
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
        ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersion, \
        ReviewSubmissionItemCreateRequestDataRelationshipsAppEvent, \
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersion, \
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperiment, \
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperimentV2, \
        ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersion, \
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersion, \
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersion, \
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersion, \
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersion, \
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersion, \
        ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersion, \
        ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmission, \
        ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersion, \
        ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersion
    from ..models.review_submission_item_create_request_data_relationships_app_custom_product_page_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_app_event import (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppEvent,
    )
    from ..models.review_submission_item_create_request_data_relationships_app_store_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_app_store_version_experiment import (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperiment,
    )
    from ..models.review_submission_item_create_request_data_relationships_app_store_version_experiment_v2 import (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperimentV2,
    )
    from ..models.review_submission_item_create_request_data_relationships_background_asset_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_game_center_achievement_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_game_center_activity_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_game_center_challenge_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_game_center_leaderboard_set_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_game_center_leaderboard_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_in_app_purchase_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_review_submission import (
        ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmission,
    )
    from ..models.review_submission_item_create_request_data_relationships_subscription_group_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersion,
    )
    from ..models.review_submission_item_create_request_data_relationships_subscription_version import (
        ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersion,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class ReviewSubmissionItemCreateRequestDataRelationships:
    """
    Attributes:
        review_submission (ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmission):
        app_custom_product_page_version (ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersion |
            Unset):
        app_event (ReviewSubmissionItemCreateRequestDataRelationshipsAppEvent | Unset):
        app_store_version (ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersion | Unset):
        app_store_version_experiment (ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperiment |
            Unset):
        app_store_version_experiment_v2 (ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperimentV2 |
            Unset):
        background_asset_version (ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersion | Unset):
        game_center_achievement_version (ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersion
            | Unset):
        game_center_activity_version (ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersion |
            Unset):
        game_center_challenge_version (ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersion |
            Unset):
        game_center_leaderboard_set_version
            (ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersion | Unset):
        game_center_leaderboard_version (ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersion
            | Unset):
        in_app_purchase_version (ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersion | Unset):
        subscription_group_version (ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersion | Unset):
        subscription_version (ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersion | Unset):
    """

    review_submission: ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmission
    app_custom_product_page_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersion | Unset | None
    ) = UNSET
    app_event: ReviewSubmissionItemCreateRequestDataRelationshipsAppEvent | Unset | None = UNSET
    app_store_version: ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersion | Unset | None = (
        UNSET
    )
    app_store_version_experiment: (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperiment | Unset | None
    ) = UNSET
    app_store_version_experiment_v2: (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperimentV2 | Unset | None
    ) = UNSET
    background_asset_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersion | Unset | None
    ) = UNSET
    game_center_achievement_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersion | Unset | None
    ) = UNSET
    game_center_activity_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersion | Unset | None
    ) = UNSET
    game_center_challenge_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersion | Unset | None
    ) = UNSET
    game_center_leaderboard_set_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersion | Unset | None
    ) = UNSET
    game_center_leaderboard_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersion | Unset | None
    ) = UNSET
    in_app_purchase_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersion | Unset | None
    ) = UNSET
    subscription_group_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersion | Unset | None
    ) = UNSET
    subscription_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersion | Unset | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        review_submission = self.review_submission.to_dict()

        app_custom_product_page_version: dict[str, Any] | Unset | None
        if self.app_custom_product_page_version is None:
            app_custom_product_page_version = None
        else:
            app_custom_product_page_version = UNSET
            if not isinstance(self.app_custom_product_page_version, Unset):
                app_custom_product_page_version = self.app_custom_product_page_version.to_dict()

        app_event: dict[str, Any] | Unset | None
        if self.app_event is None:
            app_event = None
        else:
            app_event = UNSET
            if not isinstance(self.app_event, Unset):
                app_event = self.app_event.to_dict()

        app_store_version: dict[str, Any] | Unset | None
        if self.app_store_version is None:
            app_store_version = None
        else:
            app_store_version = UNSET
            if not isinstance(self.app_store_version, Unset):
                app_store_version = self.app_store_version.to_dict()

        app_store_version_experiment: dict[str, Any] | Unset | None
        if self.app_store_version_experiment is None:
            app_store_version_experiment = None
        else:
            app_store_version_experiment = UNSET
            if not isinstance(self.app_store_version_experiment, Unset):
                app_store_version_experiment = self.app_store_version_experiment.to_dict()

        app_store_version_experiment_v2: dict[str, Any] | Unset | None
        if self.app_store_version_experiment_v2 is None:
            app_store_version_experiment_v2 = None
        else:
            app_store_version_experiment_v2 = UNSET
            if not isinstance(self.app_store_version_experiment_v2, Unset):
                app_store_version_experiment_v2 = self.app_store_version_experiment_v2.to_dict()

        background_asset_version: dict[str, Any] | Unset | None
        if self.background_asset_version is None:
            background_asset_version = None
        else:
            background_asset_version = UNSET
            if not isinstance(self.background_asset_version, Unset):
                background_asset_version = self.background_asset_version.to_dict()

        game_center_achievement_version: dict[str, Any] | Unset | None
        if self.game_center_achievement_version is None:
            game_center_achievement_version = None
        else:
            game_center_achievement_version = UNSET
            if not isinstance(self.game_center_achievement_version, Unset):
                game_center_achievement_version = self.game_center_achievement_version.to_dict()

        game_center_activity_version: dict[str, Any] | Unset | None
        if self.game_center_activity_version is None:
            game_center_activity_version = None
        else:
            game_center_activity_version = UNSET
            if not isinstance(self.game_center_activity_version, Unset):
                game_center_activity_version = self.game_center_activity_version.to_dict()

        game_center_challenge_version: dict[str, Any] | Unset | None
        if self.game_center_challenge_version is None:
            game_center_challenge_version = None
        else:
            game_center_challenge_version = UNSET
            if not isinstance(self.game_center_challenge_version, Unset):
                game_center_challenge_version = self.game_center_challenge_version.to_dict()

        game_center_leaderboard_set_version: dict[str, Any] | Unset | None
        if self.game_center_leaderboard_set_version is None:
            game_center_leaderboard_set_version = None
        else:
            game_center_leaderboard_set_version = UNSET
            if not isinstance(self.game_center_leaderboard_set_version, Unset):
                game_center_leaderboard_set_version = self.game_center_leaderboard_set_version.to_dict()

        game_center_leaderboard_version: dict[str, Any] | Unset | None
        if self.game_center_leaderboard_version is None:
            game_center_leaderboard_version = None
        else:
            game_center_leaderboard_version = UNSET
            if not isinstance(self.game_center_leaderboard_version, Unset):
                game_center_leaderboard_version = self.game_center_leaderboard_version.to_dict()

        in_app_purchase_version: dict[str, Any] | Unset | None
        if self.in_app_purchase_version is None:
            in_app_purchase_version = None
        else:
            in_app_purchase_version = UNSET
            if not isinstance(self.in_app_purchase_version, Unset):
                in_app_purchase_version = self.in_app_purchase_version.to_dict()

        subscription_group_version: dict[str, Any] | Unset | None
        if self.subscription_group_version is None:
            subscription_group_version = None
        else:
            subscription_group_version = UNSET
            if not isinstance(self.subscription_group_version, Unset):
                subscription_group_version = self.subscription_group_version.to_dict()

        subscription_version: dict[str, Any] | Unset | None
        if self.subscription_version is None:
            subscription_version = None
        else:
            subscription_version = UNSET
            if not isinstance(self.subscription_version, Unset):
                subscription_version = self.subscription_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["reviewSubmission"] = review_submission
        if app_custom_product_page_version is not UNSET:
            field_dict["appCustomProductPageVersion"] = app_custom_product_page_version
        if app_event is not UNSET:
            field_dict["appEvent"] = app_event
        if app_store_version is not UNSET:
            field_dict["appStoreVersion"] = app_store_version
        if app_store_version_experiment is not UNSET:
            field_dict["appStoreVersionExperiment"] = app_store_version_experiment
        if app_store_version_experiment_v2 is not UNSET:
            field_dict["appStoreVersionExperimentV2"] = app_store_version_experiment_v2
        if background_asset_version is not UNSET:
            field_dict["backgroundAssetVersion"] = background_asset_version
        if game_center_achievement_version is not UNSET:
            field_dict["gameCenterAchievementVersion"] = game_center_achievement_version
        if game_center_activity_version is not UNSET:
            field_dict["gameCenterActivityVersion"] = game_center_activity_version
        if game_center_challenge_version is not UNSET:
            field_dict["gameCenterChallengeVersion"] = game_center_challenge_version
        if game_center_leaderboard_set_version is not UNSET:
            field_dict["gameCenterLeaderboardSetVersion"] = game_center_leaderboard_set_version
        if game_center_leaderboard_version is not UNSET:
            field_dict["gameCenterLeaderboardVersion"] = game_center_leaderboard_version
        if in_app_purchase_version is not UNSET:
            field_dict["inAppPurchaseVersion"] = in_app_purchase_version
        if subscription_group_version is not UNSET:
            field_dict["subscriptionGroupVersion"] = subscription_group_version
        if subscription_version is not UNSET:
            field_dict["subscriptionVersion"] = subscription_version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        review_submission = ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmission.from_dict(
            src_dict["reviewSubmission"]
        )

        _raw_app_custom_product_page_version = src_dict.get("appCustomProductPageVersion", UNSET)
        if _raw_app_custom_product_page_version is None:
            app_custom_product_page_version = None
        else:
            _app_custom_product_page_version = _raw_app_custom_product_page_version
            app_custom_product_page_version: (
                ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersion | Unset
            )
            if isinstance(_app_custom_product_page_version, Unset):
                app_custom_product_page_version = UNSET
            else:
                app_custom_product_page_version = (
                    ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersion.from_dict(
                        _app_custom_product_page_version
                    )
                )

        _raw_app_event = src_dict.get("appEvent", UNSET)
        if _raw_app_event is None:
            app_event = None
        else:
            _app_event = _raw_app_event
            app_event: ReviewSubmissionItemCreateRequestDataRelationshipsAppEvent | Unset
            if isinstance(_app_event, Unset):
                app_event = UNSET
            else:
                app_event = ReviewSubmissionItemCreateRequestDataRelationshipsAppEvent.from_dict(_app_event)

        _raw_app_store_version = src_dict.get("appStoreVersion", UNSET)
        if _raw_app_store_version is None:
            app_store_version = None
        else:
            _app_store_version = _raw_app_store_version
            app_store_version: ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersion | Unset
            if isinstance(_app_store_version, Unset):
                app_store_version = UNSET
            else:
                app_store_version = (
                    ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersion.from_dict(
                        _app_store_version
                    )
                )

        _raw_app_store_version_experiment = src_dict.get("appStoreVersionExperiment", UNSET)
        if _raw_app_store_version_experiment is None:
            app_store_version_experiment = None
        else:
            _app_store_version_experiment = _raw_app_store_version_experiment
            app_store_version_experiment: (
                ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperiment | Unset
            )
            if isinstance(_app_store_version_experiment, Unset):
                app_store_version_experiment = UNSET
            else:
                app_store_version_experiment = (
                    ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperiment.from_dict(
                        _app_store_version_experiment
                    )
                )

        _raw_app_store_version_experiment_v2 = src_dict.get("appStoreVersionExperimentV2", UNSET)
        if _raw_app_store_version_experiment_v2 is None:
            app_store_version_experiment_v2 = None
        else:
            _app_store_version_experiment_v2 = _raw_app_store_version_experiment_v2
            app_store_version_experiment_v2: (
                ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperimentV2 | Unset
            )
            if isinstance(_app_store_version_experiment_v2, Unset):
                app_store_version_experiment_v2 = UNSET
            else:
                app_store_version_experiment_v2 = (
                    ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperimentV2.from_dict(
                        _app_store_version_experiment_v2
                    )
                )

        _raw_background_asset_version = src_dict.get("backgroundAssetVersion", UNSET)
        if _raw_background_asset_version is None:
            background_asset_version = None
        else:
            _background_asset_version = _raw_background_asset_version
            background_asset_version: (
                ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersion | Unset
            )
            if isinstance(_background_asset_version, Unset):
                background_asset_version = UNSET
            else:
                background_asset_version = (
                    ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersion.from_dict(
                        _background_asset_version
                    )
                )

        _raw_game_center_achievement_version = src_dict.get("gameCenterAchievementVersion", UNSET)
        if _raw_game_center_achievement_version is None:
            game_center_achievement_version = None
        else:
            _game_center_achievement_version = _raw_game_center_achievement_version
            game_center_achievement_version: (
                ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersion | Unset
            )
            if isinstance(_game_center_achievement_version, Unset):
                game_center_achievement_version = UNSET
            else:
                game_center_achievement_version = (
                    ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersion.from_dict(
                        _game_center_achievement_version
                    )
                )

        _raw_game_center_activity_version = src_dict.get("gameCenterActivityVersion", UNSET)
        if _raw_game_center_activity_version is None:
            game_center_activity_version = None
        else:
            _game_center_activity_version = _raw_game_center_activity_version
            game_center_activity_version: (
                ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersion | Unset
            )
            if isinstance(_game_center_activity_version, Unset):
                game_center_activity_version = UNSET
            else:
                game_center_activity_version = (
                    ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersion.from_dict(
                        _game_center_activity_version
                    )
                )

        _raw_game_center_challenge_version = src_dict.get("gameCenterChallengeVersion", UNSET)
        if _raw_game_center_challenge_version is None:
            game_center_challenge_version = None
        else:
            _game_center_challenge_version = _raw_game_center_challenge_version
            game_center_challenge_version: (
                ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersion | Unset
            )
            if isinstance(_game_center_challenge_version, Unset):
                game_center_challenge_version = UNSET
            else:
                game_center_challenge_version = (
                    ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersion.from_dict(
                        _game_center_challenge_version
                    )
                )

        _raw_game_center_leaderboard_set_version = src_dict.get("gameCenterLeaderboardSetVersion", UNSET)
        if _raw_game_center_leaderboard_set_version is None:
            game_center_leaderboard_set_version = None
        else:
            _game_center_leaderboard_set_version = _raw_game_center_leaderboard_set_version
            game_center_leaderboard_set_version: (
                ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersion | Unset
            )
            if isinstance(_game_center_leaderboard_set_version, Unset):
                game_center_leaderboard_set_version = UNSET
            else:
                game_center_leaderboard_set_version = ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersion.from_dict(
                    _game_center_leaderboard_set_version
                )

        _raw_game_center_leaderboard_version = src_dict.get("gameCenterLeaderboardVersion", UNSET)
        if _raw_game_center_leaderboard_version is None:
            game_center_leaderboard_version = None
        else:
            _game_center_leaderboard_version = _raw_game_center_leaderboard_version
            game_center_leaderboard_version: (
                ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersion | Unset
            )
            if isinstance(_game_center_leaderboard_version, Unset):
                game_center_leaderboard_version = UNSET
            else:
                game_center_leaderboard_version = (
                    ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersion.from_dict(
                        _game_center_leaderboard_version
                    )
                )

        _raw_in_app_purchase_version = src_dict.get("inAppPurchaseVersion", UNSET)
        if _raw_in_app_purchase_version is None:
            in_app_purchase_version = None
        else:
            _in_app_purchase_version = _raw_in_app_purchase_version
            in_app_purchase_version: (
                ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersion | Unset
            )
            if isinstance(_in_app_purchase_version, Unset):
                in_app_purchase_version = UNSET
            else:
                in_app_purchase_version = (
                    ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersion.from_dict(
                        _in_app_purchase_version
                    )
                )

        _raw_subscription_group_version = src_dict.get("subscriptionGroupVersion", UNSET)
        if _raw_subscription_group_version is None:
            subscription_group_version = None
        else:
            _subscription_group_version = _raw_subscription_group_version
            subscription_group_version: (
                ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersion | Unset
            )
            if isinstance(_subscription_group_version, Unset):
                subscription_group_version = UNSET
            else:
                subscription_group_version = (
                    ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersion.from_dict(
                        _subscription_group_version
                    )
                )

        _raw_subscription_version = src_dict.get("subscriptionVersion", UNSET)
        if _raw_subscription_version is None:
            subscription_version = None
        else:
            _subscription_version = _raw_subscription_version
            subscription_version: (
                ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersion | Unset
            )
            if isinstance(_subscription_version, Unset):
                subscription_version = UNSET
            else:
                subscription_version = (
                    ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersion.from_dict(
                        _subscription_version
                    )
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.review_submission = review_submission
        _model.app_custom_product_page_version = app_custom_product_page_version
        _model.app_event = app_event
        _model.app_store_version = app_store_version
        _model.app_store_version_experiment = app_store_version_experiment
        _model.app_store_version_experiment_v2 = app_store_version_experiment_v2
        _model.background_asset_version = background_asset_version
        _model.game_center_achievement_version = game_center_achievement_version
        _model.game_center_activity_version = game_center_activity_version
        _model.game_center_challenge_version = game_center_challenge_version
        _model.game_center_leaderboard_set_version = game_center_leaderboard_set_version
        _model.game_center_leaderboard_version = game_center_leaderboard_version
        _model.in_app_purchase_version = in_app_purchase_version
        _model.subscription_group_version = subscription_group_version
        _model.subscription_version = subscription_version
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
