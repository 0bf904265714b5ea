from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

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
_KNOWN_KEYS = frozenset(
    {
        "alternativeDistributionPackage",
        "app",
        "appClipDefaultExperience",
        "appStoreReviewDetail",
        "appStoreVersionExperiments",
        "appStoreVersionExperimentsV2",
        "appStoreVersionLocalizations",
        "appStoreVersionPhasedRelease",
        "appStoreVersionSubmission",
        "build",
        "customerReviews",
        "gameCenterAppVersion",
        "routingAppCoverage",
    }
)
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


def _read_alternative_distribution_package(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_alternative_distribution_package = src_dict.get("alternativeDistributionPackage")
    if _raw_alternative_distribution_package is None:
        alternative_distribution_package = None
    else:
        alternative_distribution_package = (
            AppStoreVersionRelationshipsAlternativeDistributionPackage.from_dict(
                _raw_alternative_distribution_package
            )
        )

    return alternative_distribution_package


def _read_app(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app = src_dict.get("app")
    if _raw_app is None:
        app = None
    else:
        app = AppStoreVersionRelationshipsApp.from_dict(_raw_app)

    return app


def _read_app_clip_default_experience(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_clip_default_experience = src_dict.get("appClipDefaultExperience")
    if _raw_app_clip_default_experience is None:
        app_clip_default_experience = None
    else:
        app_clip_default_experience = AppStoreVersionRelationshipsAppClipDefaultExperience.from_dict(
            _raw_app_clip_default_experience
        )

    return app_clip_default_experience


def _read_app_store_review_detail(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_review_detail = src_dict.get("appStoreReviewDetail")
    if _raw_app_store_review_detail is None:
        app_store_review_detail = None
    else:
        app_store_review_detail = AppStoreVersionRelationshipsAppStoreReviewDetail.from_dict(
            _raw_app_store_review_detail
        )

    return app_store_review_detail


def _read_app_store_version_experiments(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_experiments = src_dict.get("appStoreVersionExperiments")
    if _raw_app_store_version_experiments is None:
        app_store_version_experiments = None
    else:
        app_store_version_experiments = AppStoreVersionRelationshipsAppStoreVersionExperiments.from_dict(
            _raw_app_store_version_experiments
        )

    return app_store_version_experiments


def _read_app_store_version_experiments_v2(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_experiments_v2 = src_dict.get("appStoreVersionExperimentsV2")
    if _raw_app_store_version_experiments_v2 is None:
        app_store_version_experiments_v2 = None
    else:
        app_store_version_experiments_v2 = AppStoreVersionRelationshipsAppStoreVersionExperimentsV2.from_dict(
            _raw_app_store_version_experiments_v2
        )

    return app_store_version_experiments_v2


def _read_app_store_version_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_localizations = src_dict.get("appStoreVersionLocalizations")
    if _raw_app_store_version_localizations is None:
        app_store_version_localizations = None
    else:
        app_store_version_localizations = AppStoreVersionRelationshipsAppStoreVersionLocalizations.from_dict(
            _raw_app_store_version_localizations
        )

    return app_store_version_localizations


def _read_app_store_version_phased_release(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_phased_release = src_dict.get("appStoreVersionPhasedRelease")
    if _raw_app_store_version_phased_release is None:
        app_store_version_phased_release = None
    else:
        app_store_version_phased_release = AppStoreVersionRelationshipsAppStoreVersionPhasedRelease.from_dict(
            _raw_app_store_version_phased_release
        )

    return app_store_version_phased_release


def _read_app_store_version_submission(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_submission = src_dict.get("appStoreVersionSubmission")
    if _raw_app_store_version_submission is None:
        app_store_version_submission = None
    else:
        app_store_version_submission = AppStoreVersionRelationshipsAppStoreVersionSubmission.from_dict(
            _raw_app_store_version_submission
        )

    return app_store_version_submission


def _read_build(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_build = src_dict.get("build")
    if _raw_build is None:
        build = None
    else:
        build = AppStoreVersionRelationshipsBuild.from_dict(_raw_build)

    return build


def _read_customer_reviews(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_customer_reviews = src_dict.get("customerReviews")
    if _raw_customer_reviews is None:
        customer_reviews = None
    else:
        customer_reviews = AppStoreVersionRelationshipsCustomerReviews.from_dict(_raw_customer_reviews)

    return customer_reviews


def _read_game_center_app_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_app_version = src_dict.get("gameCenterAppVersion")
    if _raw_game_center_app_version is None:
        game_center_app_version = None
    else:
        game_center_app_version = AppStoreVersionRelationshipsGameCenterAppVersion.from_dict(
            _raw_game_center_app_version
        )

    return game_center_app_version


def _read_routing_app_coverage(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_routing_app_coverage = src_dict.get("routingAppCoverage")
    if _raw_routing_app_coverage is None:
        routing_app_coverage = None
    else:
        routing_app_coverage = AppStoreVersionRelationshipsRoutingAppCoverage.from_dict(
            _raw_routing_app_coverage
        )

    return routing_app_coverage


_READERS: dict[str, Any] = {
    "alternative_distribution_package": _read_alternative_distribution_package,
    "app": _read_app,
    "app_clip_default_experience": _read_app_clip_default_experience,
    "app_store_review_detail": _read_app_store_review_detail,
    "app_store_version_experiments": _read_app_store_version_experiments,
    "app_store_version_experiments_v2": _read_app_store_version_experiments_v2,
    "app_store_version_localizations": _read_app_store_version_localizations,
    "app_store_version_phased_release": _read_app_store_version_phased_release,
    "app_store_version_submission": _read_app_store_version_submission,
    "build": _read_build,
    "customer_reviews": _read_customer_reviews,
    "game_center_app_version": _read_game_center_app_version,
    "routing_app_coverage": _read_routing_app_coverage,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        alternative_distribution_package: Any = None
        if self.alternative_distribution_package is not None:
            alternative_distribution_package = self.alternative_distribution_package.to_dict()

        app: Any = None
        if self.app is not None:
            app = self.app.to_dict()

        app_clip_default_experience: Any = None
        if self.app_clip_default_experience is not None:
            app_clip_default_experience = self.app_clip_default_experience.to_dict()

        app_store_review_detail: Any = None
        if self.app_store_review_detail is not None:
            app_store_review_detail = self.app_store_review_detail.to_dict()

        app_store_version_experiments: Any = None
        if self.app_store_version_experiments is not None:
            app_store_version_experiments = self.app_store_version_experiments.to_dict()

        app_store_version_experiments_v2: Any = None
        if self.app_store_version_experiments_v2 is not None:
            app_store_version_experiments_v2 = self.app_store_version_experiments_v2.to_dict()

        app_store_version_localizations: Any = None
        if self.app_store_version_localizations is not None:
            app_store_version_localizations = self.app_store_version_localizations.to_dict()

        app_store_version_phased_release: Any = None
        if self.app_store_version_phased_release is not None:
            app_store_version_phased_release = self.app_store_version_phased_release.to_dict()

        app_store_version_submission: Any = None
        if self.app_store_version_submission is not None:
            app_store_version_submission = self.app_store_version_submission.to_dict()

        build: Any = None
        if self.build is not None:
            build = self.build.to_dict()

        customer_reviews: Any = None
        if self.customer_reviews is not None:
            customer_reviews = self.customer_reviews.to_dict()

        game_center_app_version: Any = None
        if self.game_center_app_version is not None:
            game_center_app_version = self.game_center_app_version.to_dict()

        routing_app_coverage: Any = None
        if self.routing_app_coverage is not None:
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
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # alternative_distribution_package, app, app_clip_default_experience, app_store_review_detail, app_store_version_experiments, app_store_version_experiments_v2, app_store_version_localizations, app_store_version_phased_release, app_store_version_submission, build, customer_reviews, game_center_app_version, routing_app_coverage: read on first access
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
