from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.app_store_version_relationships_alternative_distribution_package import (
        AppStoreVersionRelationshipsAlternativeDistributionPackage,
    )
    from ..models.app_store_version_relationships_app import AppStoreVersionRelationshipsApp
    from ..models.app_store_version_relationships_app_clip_default_experience import (
        AppStoreVersionRelationshipsAppClipDefaultExperience,
    )
    from ..models.app_store_version_relationships_app_store_review_detail import (
        AppStoreVersionRelationshipsAppStoreReviewDetail,
    )
    from ..models.app_store_version_relationships_app_store_version_experiments import (
        AppStoreVersionRelationshipsAppStoreVersionExperiments,
    )
    from ..models.app_store_version_relationships_app_store_version_experiments_v2 import (
        AppStoreVersionRelationshipsAppStoreVersionExperimentsV2,
    )
    from ..models.app_store_version_relationships_app_store_version_localizations import (
        AppStoreVersionRelationshipsAppStoreVersionLocalizations,
    )
    from ..models.app_store_version_relationships_app_store_version_phased_release import (
        AppStoreVersionRelationshipsAppStoreVersionPhasedRelease,
    )
    from ..models.app_store_version_relationships_app_store_version_submission import (
        AppStoreVersionRelationshipsAppStoreVersionSubmission,
    )
    from ..models.app_store_version_relationships_build import AppStoreVersionRelationshipsBuild
    from ..models.app_store_version_relationships_customer_reviews import (
        AppStoreVersionRelationshipsCustomerReviews,
    )
    from ..models.app_store_version_relationships_game_center_app_version import (
        AppStoreVersionRelationshipsGameCenterAppVersion,
    )
    from ..models.app_store_version_relationships_routing_app_coverage import (
        AppStoreVersionRelationshipsRoutingAppCoverage,
    )


T = TypeVar("T", bound="AppStoreVersionRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppStoreVersionRelationshipsAlternativeDistributionPackage, \
        AppStoreVersionRelationshipsApp, \
        AppStoreVersionRelationshipsAppClipDefaultExperience, \
        AppStoreVersionRelationshipsAppStoreReviewDetail, \
        AppStoreVersionRelationshipsAppStoreVersionExperiments, \
        AppStoreVersionRelationshipsAppStoreVersionExperimentsV2, \
        AppStoreVersionRelationshipsAppStoreVersionLocalizations, \
        AppStoreVersionRelationshipsAppStoreVersionPhasedRelease, \
        AppStoreVersionRelationshipsAppStoreVersionSubmission, \
        AppStoreVersionRelationshipsBuild, \
        AppStoreVersionRelationshipsCustomerReviews, \
        AppStoreVersionRelationshipsGameCenterAppVersion, \
        AppStoreVersionRelationshipsRoutingAppCoverage
    from ..models.app_store_version_relationships_alternative_distribution_package import (
        AppStoreVersionRelationshipsAlternativeDistributionPackage,
    )
    from ..models.app_store_version_relationships_app import AppStoreVersionRelationshipsApp
    from ..models.app_store_version_relationships_app_clip_default_experience import (
        AppStoreVersionRelationshipsAppClipDefaultExperience,
    )
    from ..models.app_store_version_relationships_app_store_review_detail import (
        AppStoreVersionRelationshipsAppStoreReviewDetail,
    )
    from ..models.app_store_version_relationships_app_store_version_experiments import (
        AppStoreVersionRelationshipsAppStoreVersionExperiments,
    )
    from ..models.app_store_version_relationships_app_store_version_experiments_v2 import (
        AppStoreVersionRelationshipsAppStoreVersionExperimentsV2,
    )
    from ..models.app_store_version_relationships_app_store_version_localizations import (
        AppStoreVersionRelationshipsAppStoreVersionLocalizations,
    )
    from ..models.app_store_version_relationships_app_store_version_phased_release import (
        AppStoreVersionRelationshipsAppStoreVersionPhasedRelease,
    )
    from ..models.app_store_version_relationships_app_store_version_submission import (
        AppStoreVersionRelationshipsAppStoreVersionSubmission,
    )
    from ..models.app_store_version_relationships_build import AppStoreVersionRelationshipsBuild
    from ..models.app_store_version_relationships_customer_reviews import (
        AppStoreVersionRelationshipsCustomerReviews,
    )
    from ..models.app_store_version_relationships_game_center_app_version import (
        AppStoreVersionRelationshipsGameCenterAppVersion,
    )
    from ..models.app_store_version_relationships_routing_app_coverage import (
        AppStoreVersionRelationshipsRoutingAppCoverage,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppStoreVersionRelationships:
    """
    Attributes:
        alternative_distribution_package (AppStoreVersionRelationshipsAlternativeDistributionPackage | Unset):
        app (AppStoreVersionRelationshipsApp | Unset):
        app_clip_default_experience (AppStoreVersionRelationshipsAppClipDefaultExperience | Unset):
        app_store_review_detail (AppStoreVersionRelationshipsAppStoreReviewDetail | Unset):
        app_store_version_experiments (AppStoreVersionRelationshipsAppStoreVersionExperiments | Unset):
        app_store_version_experiments_v2 (AppStoreVersionRelationshipsAppStoreVersionExperimentsV2 | Unset):
        app_store_version_localizations (AppStoreVersionRelationshipsAppStoreVersionLocalizations | Unset):
        app_store_version_phased_release (AppStoreVersionRelationshipsAppStoreVersionPhasedRelease | Unset):
        app_store_version_submission (AppStoreVersionRelationshipsAppStoreVersionSubmission | Unset):
        build (AppStoreVersionRelationshipsBuild | Unset):
        customer_reviews (AppStoreVersionRelationshipsCustomerReviews | Unset):
        game_center_app_version (AppStoreVersionRelationshipsGameCenterAppVersion | Unset):
        routing_app_coverage (AppStoreVersionRelationshipsRoutingAppCoverage | Unset):
    """

    alternative_distribution_package: AppStoreVersionRelationshipsAlternativeDistributionPackage | None = None
    app: AppStoreVersionRelationshipsApp | None = None
    app_clip_default_experience: AppStoreVersionRelationshipsAppClipDefaultExperience | None = None
    app_store_review_detail: AppStoreVersionRelationshipsAppStoreReviewDetail | None = None
    app_store_version_experiments: AppStoreVersionRelationshipsAppStoreVersionExperiments | None = None
    app_store_version_experiments_v2: AppStoreVersionRelationshipsAppStoreVersionExperimentsV2 | None = None
    app_store_version_localizations: AppStoreVersionRelationshipsAppStoreVersionLocalizations | None = None
    app_store_version_phased_release: AppStoreVersionRelationshipsAppStoreVersionPhasedRelease | None = None
    app_store_version_submission: AppStoreVersionRelationshipsAppStoreVersionSubmission | None = None
    build: AppStoreVersionRelationshipsBuild | None = None
    customer_reviews: AppStoreVersionRelationshipsCustomerReviews | None = None
    game_center_app_version: AppStoreVersionRelationshipsGameCenterAppVersion | None = None
    routing_app_coverage: AppStoreVersionRelationshipsRoutingAppCoverage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        alternative_distribution_package: Any = None
        if self.alternative_distribution_package is not None:
            alternative_distribution_package = UNSET
            if not isinstance(self.alternative_distribution_package, Unset):
                alternative_distribution_package = self.alternative_distribution_package.to_dict()

        app: Any = None
        if self.app is not None:
            app = UNSET
            if not isinstance(self.app, Unset):
                app = self.app.to_dict()

        app_clip_default_experience: Any = None
        if self.app_clip_default_experience is not None:
            app_clip_default_experience = UNSET
            if not isinstance(self.app_clip_default_experience, Unset):
                app_clip_default_experience = self.app_clip_default_experience.to_dict()

        app_store_review_detail: Any = None
        if self.app_store_review_detail is not None:
            app_store_review_detail = UNSET
            if not isinstance(self.app_store_review_detail, Unset):
                app_store_review_detail = self.app_store_review_detail.to_dict()

        app_store_version_experiments: Any = None
        if self.app_store_version_experiments is not None:
            app_store_version_experiments = UNSET
            if not isinstance(self.app_store_version_experiments, Unset):
                app_store_version_experiments = self.app_store_version_experiments.to_dict()

        app_store_version_experiments_v2: Any = None
        if self.app_store_version_experiments_v2 is not None:
            app_store_version_experiments_v2 = UNSET
            if not isinstance(self.app_store_version_experiments_v2, Unset):
                app_store_version_experiments_v2 = self.app_store_version_experiments_v2.to_dict()

        app_store_version_localizations: Any = None
        if self.app_store_version_localizations is not None:
            app_store_version_localizations = UNSET
            if not isinstance(self.app_store_version_localizations, Unset):
                app_store_version_localizations = self.app_store_version_localizations.to_dict()

        app_store_version_phased_release: Any = None
        if self.app_store_version_phased_release is not None:
            app_store_version_phased_release = UNSET
            if not isinstance(self.app_store_version_phased_release, Unset):
                app_store_version_phased_release = self.app_store_version_phased_release.to_dict()

        app_store_version_submission: Any = None
        if self.app_store_version_submission is not None:
            app_store_version_submission = UNSET
            if not isinstance(self.app_store_version_submission, Unset):
                app_store_version_submission = self.app_store_version_submission.to_dict()

        build: Any = None
        if self.build is not None:
            build = UNSET
            if not isinstance(self.build, Unset):
                build = self.build.to_dict()

        customer_reviews: Any = None
        if self.customer_reviews is not None:
            customer_reviews = UNSET
            if not isinstance(self.customer_reviews, Unset):
                customer_reviews = self.customer_reviews.to_dict()

        game_center_app_version: Any = None
        if self.game_center_app_version is not None:
            game_center_app_version = UNSET
            if not isinstance(self.game_center_app_version, Unset):
                game_center_app_version = self.game_center_app_version.to_dict()

        routing_app_coverage: Any = None
        if self.routing_app_coverage is not None:
            routing_app_coverage = UNSET
            if not isinstance(self.routing_app_coverage, Unset):
                routing_app_coverage = self.routing_app_coverage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if alternative_distribution_package is not None:
            field_dict["alternativeDistributionPackage"] = alternative_distribution_package
        if app is not None:
            field_dict["app"] = app
        if app_clip_default_experience is not None:
            field_dict["appClipDefaultExperience"] = app_clip_default_experience
        if app_store_review_detail is not None:
            field_dict["appStoreReviewDetail"] = app_store_review_detail
        if app_store_version_experiments is not None:
            field_dict["appStoreVersionExperiments"] = app_store_version_experiments
        if app_store_version_experiments_v2 is not None:
            field_dict["appStoreVersionExperimentsV2"] = app_store_version_experiments_v2
        if app_store_version_localizations is not None:
            field_dict["appStoreVersionLocalizations"] = app_store_version_localizations
        if app_store_version_phased_release is not None:
            field_dict["appStoreVersionPhasedRelease"] = app_store_version_phased_release
        if app_store_version_submission is not None:
            field_dict["appStoreVersionSubmission"] = app_store_version_submission
        if build is not None:
            field_dict["build"] = build
        if customer_reviews is not None:
            field_dict["customerReviews"] = customer_reviews
        if game_center_app_version is not None:
            field_dict["gameCenterAppVersion"] = game_center_app_version
        if routing_app_coverage is not None:
            field_dict["routingAppCoverage"] = routing_app_coverage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_alternative_distribution_package = d.pop("alternativeDistributionPackage", None)
        if _raw_alternative_distribution_package is None:
            alternative_distribution_package = None
        else:
            _alternative_distribution_package = _raw_alternative_distribution_package
            alternative_distribution_package: (
                AppStoreVersionRelationshipsAlternativeDistributionPackage | Unset
            )
            if isinstance(_alternative_distribution_package, Unset):
                alternative_distribution_package = UNSET
            else:
                alternative_distribution_package = (
                    AppStoreVersionRelationshipsAlternativeDistributionPackage.from_dict(
                        _alternative_distribution_package
                    )
                )

        _raw_app = d.pop("app", None)
        if _raw_app is None:
            app = None
        else:
            _app = _raw_app
            app: AppStoreVersionRelationshipsApp | Unset
            if isinstance(_app, Unset):
                app = UNSET
            else:
                app = AppStoreVersionRelationshipsApp.from_dict(_app)

        _raw_app_clip_default_experience = d.pop("appClipDefaultExperience", None)
        if _raw_app_clip_default_experience is None:
            app_clip_default_experience = None
        else:
            _app_clip_default_experience = _raw_app_clip_default_experience
            app_clip_default_experience: AppStoreVersionRelationshipsAppClipDefaultExperience | Unset
            if isinstance(_app_clip_default_experience, Unset):
                app_clip_default_experience = UNSET
            else:
                app_clip_default_experience = AppStoreVersionRelationshipsAppClipDefaultExperience.from_dict(
                    _app_clip_default_experience
                )

        _raw_app_store_review_detail = d.pop("appStoreReviewDetail", None)
        if _raw_app_store_review_detail is None:
            app_store_review_detail = None
        else:
            _app_store_review_detail = _raw_app_store_review_detail
            app_store_review_detail: AppStoreVersionRelationshipsAppStoreReviewDetail | Unset
            if isinstance(_app_store_review_detail, Unset):
                app_store_review_detail = UNSET
            else:
                app_store_review_detail = AppStoreVersionRelationshipsAppStoreReviewDetail.from_dict(
                    _app_store_review_detail
                )

        _raw_app_store_version_experiments = d.pop("appStoreVersionExperiments", None)
        if _raw_app_store_version_experiments is None:
            app_store_version_experiments = None
        else:
            _app_store_version_experiments = _raw_app_store_version_experiments
            app_store_version_experiments: AppStoreVersionRelationshipsAppStoreVersionExperiments | Unset
            if isinstance(_app_store_version_experiments, Unset):
                app_store_version_experiments = UNSET
            else:
                app_store_version_experiments = (
                    AppStoreVersionRelationshipsAppStoreVersionExperiments.from_dict(
                        _app_store_version_experiments
                    )
                )

        _raw_app_store_version_experiments_v2 = d.pop("appStoreVersionExperimentsV2", None)
        if _raw_app_store_version_experiments_v2 is None:
            app_store_version_experiments_v2 = None
        else:
            _app_store_version_experiments_v2 = _raw_app_store_version_experiments_v2
            app_store_version_experiments_v2: AppStoreVersionRelationshipsAppStoreVersionExperimentsV2 | Unset
            if isinstance(_app_store_version_experiments_v2, Unset):
                app_store_version_experiments_v2 = UNSET
            else:
                app_store_version_experiments_v2 = (
                    AppStoreVersionRelationshipsAppStoreVersionExperimentsV2.from_dict(
                        _app_store_version_experiments_v2
                    )
                )

        _raw_app_store_version_localizations = d.pop("appStoreVersionLocalizations", None)
        if _raw_app_store_version_localizations is None:
            app_store_version_localizations = None
        else:
            _app_store_version_localizations = _raw_app_store_version_localizations
            app_store_version_localizations: AppStoreVersionRelationshipsAppStoreVersionLocalizations | Unset
            if isinstance(_app_store_version_localizations, Unset):
                app_store_version_localizations = UNSET
            else:
                app_store_version_localizations = (
                    AppStoreVersionRelationshipsAppStoreVersionLocalizations.from_dict(
                        _app_store_version_localizations
                    )
                )

        _raw_app_store_version_phased_release = d.pop("appStoreVersionPhasedRelease", None)
        if _raw_app_store_version_phased_release is None:
            app_store_version_phased_release = None
        else:
            _app_store_version_phased_release = _raw_app_store_version_phased_release
            app_store_version_phased_release: AppStoreVersionRelationshipsAppStoreVersionPhasedRelease | Unset
            if isinstance(_app_store_version_phased_release, Unset):
                app_store_version_phased_release = UNSET
            else:
                app_store_version_phased_release = (
                    AppStoreVersionRelationshipsAppStoreVersionPhasedRelease.from_dict(
                        _app_store_version_phased_release
                    )
                )

        _raw_app_store_version_submission = d.pop("appStoreVersionSubmission", None)
        if _raw_app_store_version_submission is None:
            app_store_version_submission = None
        else:
            _app_store_version_submission = _raw_app_store_version_submission
            app_store_version_submission: AppStoreVersionRelationshipsAppStoreVersionSubmission | Unset
            if isinstance(_app_store_version_submission, Unset):
                app_store_version_submission = UNSET
            else:
                app_store_version_submission = (
                    AppStoreVersionRelationshipsAppStoreVersionSubmission.from_dict(
                        _app_store_version_submission
                    )
                )

        _raw_build = d.pop("build", None)
        if _raw_build is None:
            build = None
        else:
            _build = _raw_build
            build: AppStoreVersionRelationshipsBuild | Unset
            if isinstance(_build, Unset):
                build = UNSET
            else:
                build = AppStoreVersionRelationshipsBuild.from_dict(_build)

        _raw_customer_reviews = d.pop("customerReviews", None)
        if _raw_customer_reviews is None:
            customer_reviews = None
        else:
            _customer_reviews = _raw_customer_reviews
            customer_reviews: AppStoreVersionRelationshipsCustomerReviews | Unset
            if isinstance(_customer_reviews, Unset):
                customer_reviews = UNSET
            else:
                customer_reviews = AppStoreVersionRelationshipsCustomerReviews.from_dict(_customer_reviews)

        _raw_game_center_app_version = d.pop("gameCenterAppVersion", None)
        if _raw_game_center_app_version is None:
            game_center_app_version = None
        else:
            _game_center_app_version = _raw_game_center_app_version
            game_center_app_version: AppStoreVersionRelationshipsGameCenterAppVersion | Unset
            if isinstance(_game_center_app_version, Unset):
                game_center_app_version = UNSET
            else:
                game_center_app_version = AppStoreVersionRelationshipsGameCenterAppVersion.from_dict(
                    _game_center_app_version
                )

        _raw_routing_app_coverage = d.pop("routingAppCoverage", None)
        if _raw_routing_app_coverage is None:
            routing_app_coverage = None
        else:
            _routing_app_coverage = _raw_routing_app_coverage
            routing_app_coverage: AppStoreVersionRelationshipsRoutingAppCoverage | Unset
            if isinstance(_routing_app_coverage, Unset):
                routing_app_coverage = UNSET
            else:
                routing_app_coverage = AppStoreVersionRelationshipsRoutingAppCoverage.from_dict(
                    _routing_app_coverage
                )

        app_store_version_relationships = cls(
            alternative_distribution_package=alternative_distribution_package,
            app=app,
            app_clip_default_experience=app_clip_default_experience,
            app_store_review_detail=app_store_review_detail,
            app_store_version_experiments=app_store_version_experiments,
            app_store_version_experiments_v2=app_store_version_experiments_v2,
            app_store_version_localizations=app_store_version_localizations,
            app_store_version_phased_release=app_store_version_phased_release,
            app_store_version_submission=app_store_version_submission,
            build=build,
            customer_reviews=customer_reviews,
            game_center_app_version=game_center_app_version,
            routing_app_coverage=routing_app_coverage,
        )
        app_store_version_relationships.additional_properties = d
        return app_store_version_relationships

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
