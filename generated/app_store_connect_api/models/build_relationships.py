from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.build_relationships_app import BuildRelationshipsApp
    from ..models.build_relationships_app_encryption_declaration import (
        BuildRelationshipsAppEncryptionDeclaration,
    )
    from ..models.build_relationships_app_store_version import BuildRelationshipsAppStoreVersion
    from ..models.build_relationships_beta_app_review_submission import (
        BuildRelationshipsBetaAppReviewSubmission,
    )
    from ..models.build_relationships_beta_build_localizations import BuildRelationshipsBetaBuildLocalizations
    from ..models.build_relationships_beta_groups import BuildRelationshipsBetaGroups
    from ..models.build_relationships_build_beta_detail import BuildRelationshipsBuildBetaDetail
    from ..models.build_relationships_build_bundles import BuildRelationshipsBuildBundles
    from ..models.build_relationships_build_upload import BuildRelationshipsBuildUpload
    from ..models.build_relationships_diagnostic_signatures import BuildRelationshipsDiagnosticSignatures
    from ..models.build_relationships_icons import BuildRelationshipsIcons
    from ..models.build_relationships_individual_testers import BuildRelationshipsIndividualTesters
    from ..models.build_relationships_perf_power_metrics import BuildRelationshipsPerfPowerMetrics
    from ..models.build_relationships_pre_release_version import BuildRelationshipsPreReleaseVersion


T = TypeVar("T", bound="BuildRelationships")
_KNOWN_KEYS = frozenset(
    {
        "app",
        "appEncryptionDeclaration",
        "appStoreVersion",
        "betaAppReviewSubmission",
        "betaBuildLocalizations",
        "betaGroups",
        "buildBetaDetail",
        "buildBundles",
        "buildUpload",
        "diagnosticSignatures",
        "icons",
        "individualTesters",
        "perfPowerMetrics",
        "preReleaseVersion",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        BuildRelationshipsApp, \
        BuildRelationshipsAppEncryptionDeclaration, \
        BuildRelationshipsAppStoreVersion, \
        BuildRelationshipsBetaAppReviewSubmission, \
        BuildRelationshipsBetaBuildLocalizations, \
        BuildRelationshipsBetaGroups, \
        BuildRelationshipsBuildBetaDetail, \
        BuildRelationshipsBuildBundles, \
        BuildRelationshipsBuildUpload, \
        BuildRelationshipsDiagnosticSignatures, \
        BuildRelationshipsIcons, \
        BuildRelationshipsIndividualTesters, \
        BuildRelationshipsPerfPowerMetrics, \
        BuildRelationshipsPreReleaseVersion
    from ..models.build_relationships_app import BuildRelationshipsApp
    from ..models.build_relationships_app_encryption_declaration import (
        BuildRelationshipsAppEncryptionDeclaration,
    )
    from ..models.build_relationships_app_store_version import BuildRelationshipsAppStoreVersion
    from ..models.build_relationships_beta_app_review_submission import (
        BuildRelationshipsBetaAppReviewSubmission,
    )
    from ..models.build_relationships_beta_build_localizations import BuildRelationshipsBetaBuildLocalizations
    from ..models.build_relationships_beta_groups import BuildRelationshipsBetaGroups
    from ..models.build_relationships_build_beta_detail import BuildRelationshipsBuildBetaDetail
    from ..models.build_relationships_build_bundles import BuildRelationshipsBuildBundles
    from ..models.build_relationships_build_upload import BuildRelationshipsBuildUpload
    from ..models.build_relationships_diagnostic_signatures import BuildRelationshipsDiagnosticSignatures
    from ..models.build_relationships_icons import BuildRelationshipsIcons
    from ..models.build_relationships_individual_testers import BuildRelationshipsIndividualTesters
    from ..models.build_relationships_perf_power_metrics import BuildRelationshipsPerfPowerMetrics
    from ..models.build_relationships_pre_release_version import BuildRelationshipsPreReleaseVersion

    _LAZY_IMPORTS_DONE = True


def _read_app(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app = src_dict.get("app")
    if _raw_app is None:
        app = None
    else:
        app = BuildRelationshipsApp.from_dict(_raw_app)

    return app


def _read_app_encryption_declaration(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_encryption_declaration = src_dict.get("appEncryptionDeclaration")
    if _raw_app_encryption_declaration is None:
        app_encryption_declaration = None
    else:
        app_encryption_declaration = BuildRelationshipsAppEncryptionDeclaration.from_dict(
            _raw_app_encryption_declaration
        )

    return app_encryption_declaration


def _read_app_store_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version = src_dict.get("appStoreVersion")
    if _raw_app_store_version is None:
        app_store_version = None
    else:
        app_store_version = BuildRelationshipsAppStoreVersion.from_dict(_raw_app_store_version)

    return app_store_version


def _read_beta_app_review_submission(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_beta_app_review_submission = src_dict.get("betaAppReviewSubmission")
    if _raw_beta_app_review_submission is None:
        beta_app_review_submission = None
    else:
        beta_app_review_submission = BuildRelationshipsBetaAppReviewSubmission.from_dict(
            _raw_beta_app_review_submission
        )

    return beta_app_review_submission


def _read_beta_build_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_beta_build_localizations = src_dict.get("betaBuildLocalizations")
    if _raw_beta_build_localizations is None:
        beta_build_localizations = None
    else:
        beta_build_localizations = BuildRelationshipsBetaBuildLocalizations.from_dict(
            _raw_beta_build_localizations
        )

    return beta_build_localizations


def _read_beta_groups(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_beta_groups = src_dict.get("betaGroups")
    if _raw_beta_groups is None:
        beta_groups = None
    else:
        beta_groups = BuildRelationshipsBetaGroups.from_dict(_raw_beta_groups)

    return beta_groups


def _read_build_beta_detail(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_build_beta_detail = src_dict.get("buildBetaDetail")
    if _raw_build_beta_detail is None:
        build_beta_detail = None
    else:
        build_beta_detail = BuildRelationshipsBuildBetaDetail.from_dict(_raw_build_beta_detail)

    return build_beta_detail


def _read_build_bundles(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_build_bundles = src_dict.get("buildBundles")
    if _raw_build_bundles is None:
        build_bundles = None
    else:
        build_bundles = BuildRelationshipsBuildBundles.from_dict(_raw_build_bundles)

    return build_bundles


def _read_build_upload(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_build_upload = src_dict.get("buildUpload")
    if _raw_build_upload is None:
        build_upload = None
    else:
        build_upload = BuildRelationshipsBuildUpload.from_dict(_raw_build_upload)

    return build_upload


def _read_diagnostic_signatures(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_diagnostic_signatures = src_dict.get("diagnosticSignatures")
    if _raw_diagnostic_signatures is None:
        diagnostic_signatures = None
    else:
        diagnostic_signatures = BuildRelationshipsDiagnosticSignatures.from_dict(_raw_diagnostic_signatures)

    return diagnostic_signatures


def _read_icons(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_icons = src_dict.get("icons")
    if _raw_icons is None:
        icons = None
    else:
        icons = BuildRelationshipsIcons.from_dict(_raw_icons)

    return icons


def _read_individual_testers(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_individual_testers = src_dict.get("individualTesters")
    if _raw_individual_testers is None:
        individual_testers = None
    else:
        individual_testers = BuildRelationshipsIndividualTesters.from_dict(_raw_individual_testers)

    return individual_testers


def _read_perf_power_metrics(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_perf_power_metrics = src_dict.get("perfPowerMetrics")
    if _raw_perf_power_metrics is None:
        perf_power_metrics = None
    else:
        perf_power_metrics = BuildRelationshipsPerfPowerMetrics.from_dict(_raw_perf_power_metrics)

    return perf_power_metrics


def _read_pre_release_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_pre_release_version = src_dict.get("preReleaseVersion")
    if _raw_pre_release_version is None:
        pre_release_version = None
    else:
        pre_release_version = BuildRelationshipsPreReleaseVersion.from_dict(_raw_pre_release_version)

    return pre_release_version


_READERS: dict[str, Any] = {
    "app": _read_app,
    "app_encryption_declaration": _read_app_encryption_declaration,
    "app_store_version": _read_app_store_version,
    "beta_app_review_submission": _read_beta_app_review_submission,
    "beta_build_localizations": _read_beta_build_localizations,
    "beta_groups": _read_beta_groups,
    "build_beta_detail": _read_build_beta_detail,
    "build_bundles": _read_build_bundles,
    "build_upload": _read_build_upload,
    "diagnostic_signatures": _read_diagnostic_signatures,
    "icons": _read_icons,
    "individual_testers": _read_individual_testers,
    "perf_power_metrics": _read_perf_power_metrics,
    "pre_release_version": _read_pre_release_version,
}


@_attrs_define(repr=False)
class BuildRelationships:
    """
    Attributes:
        app (BuildRelationshipsApp | Unset):
        app_encryption_declaration (BuildRelationshipsAppEncryptionDeclaration | Unset):
        app_store_version (BuildRelationshipsAppStoreVersion | Unset):
        beta_app_review_submission (BuildRelationshipsBetaAppReviewSubmission | Unset):
        beta_build_localizations (BuildRelationshipsBetaBuildLocalizations | Unset):
        beta_groups (BuildRelationshipsBetaGroups | Unset):
        build_beta_detail (BuildRelationshipsBuildBetaDetail | Unset):
        build_bundles (BuildRelationshipsBuildBundles | Unset):
        build_upload (BuildRelationshipsBuildUpload | Unset):
        diagnostic_signatures (BuildRelationshipsDiagnosticSignatures | Unset):
        icons (BuildRelationshipsIcons | Unset):
        individual_testers (BuildRelationshipsIndividualTesters | Unset):
        perf_power_metrics (BuildRelationshipsPerfPowerMetrics | Unset):
        pre_release_version (BuildRelationshipsPreReleaseVersion | Unset):
    """

    app: BuildRelationshipsApp | None = None
    app_encryption_declaration: BuildRelationshipsAppEncryptionDeclaration | None = None
    app_store_version: BuildRelationshipsAppStoreVersion | None = None
    beta_app_review_submission: BuildRelationshipsBetaAppReviewSubmission | None = None
    beta_build_localizations: BuildRelationshipsBetaBuildLocalizations | None = None
    beta_groups: BuildRelationshipsBetaGroups | None = None
    build_beta_detail: BuildRelationshipsBuildBetaDetail | None = None
    build_bundles: BuildRelationshipsBuildBundles | None = None
    build_upload: BuildRelationshipsBuildUpload | None = None
    diagnostic_signatures: BuildRelationshipsDiagnosticSignatures | None = None
    icons: BuildRelationshipsIcons | None = None
    individual_testers: BuildRelationshipsIndividualTesters | None = None
    perf_power_metrics: BuildRelationshipsPerfPowerMetrics | None = None
    pre_release_version: BuildRelationshipsPreReleaseVersion | None = None
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
        app: Any = None
        if self.app is not None:
            app = self.app.to_dict()

        app_encryption_declaration: Any = None
        if self.app_encryption_declaration is not None:
            app_encryption_declaration = self.app_encryption_declaration.to_dict()

        app_store_version: Any = None
        if self.app_store_version is not None:
            app_store_version = self.app_store_version.to_dict()

        beta_app_review_submission: Any = None
        if self.beta_app_review_submission is not None:
            beta_app_review_submission = self.beta_app_review_submission.to_dict()

        beta_build_localizations: Any = None
        if self.beta_build_localizations is not None:
            beta_build_localizations = self.beta_build_localizations.to_dict()

        beta_groups: Any = None
        if self.beta_groups is not None:
            beta_groups = self.beta_groups.to_dict()

        build_beta_detail: Any = None
        if self.build_beta_detail is not None:
            build_beta_detail = self.build_beta_detail.to_dict()

        build_bundles: Any = None
        if self.build_bundles is not None:
            build_bundles = self.build_bundles.to_dict()

        build_upload: Any = None
        if self.build_upload is not None:
            build_upload = self.build_upload.to_dict()

        diagnostic_signatures: Any = None
        if self.diagnostic_signatures is not None:
            diagnostic_signatures = self.diagnostic_signatures.to_dict()

        icons: Any = None
        if self.icons is not None:
            icons = self.icons.to_dict()

        individual_testers: Any = None
        if self.individual_testers is not None:
            individual_testers = self.individual_testers.to_dict()

        perf_power_metrics: Any = None
        if self.perf_power_metrics is not None:
            perf_power_metrics = self.perf_power_metrics.to_dict()

        pre_release_version: Any = None
        if self.pre_release_version is not None:
            pre_release_version = self.pre_release_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app is not None:
            field_dict["app"] = app
        if app_encryption_declaration is not None:
            field_dict["appEncryptionDeclaration"] = app_encryption_declaration
        if app_store_version is not None:
            field_dict["appStoreVersion"] = app_store_version
        if beta_app_review_submission is not None:
            field_dict["betaAppReviewSubmission"] = beta_app_review_submission
        if beta_build_localizations is not None:
            field_dict["betaBuildLocalizations"] = beta_build_localizations
        if beta_groups is not None:
            field_dict["betaGroups"] = beta_groups
        if build_beta_detail is not None:
            field_dict["buildBetaDetail"] = build_beta_detail
        if build_bundles is not None:
            field_dict["buildBundles"] = build_bundles
        if build_upload is not None:
            field_dict["buildUpload"] = build_upload
        if diagnostic_signatures is not None:
            field_dict["diagnosticSignatures"] = diagnostic_signatures
        if icons is not None:
            field_dict["icons"] = icons
        if individual_testers is not None:
            field_dict["individualTesters"] = individual_testers
        if perf_power_metrics is not None:
            field_dict["perfPowerMetrics"] = perf_power_metrics
        if pre_release_version is not None:
            field_dict["preReleaseVersion"] = pre_release_version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app, app_encryption_declaration, app_store_version, beta_app_review_submission, beta_build_localizations, beta_groups, build_beta_detail, build_bundles, build_upload, diagnostic_signatures, icons, individual_testers, perf_power_metrics, pre_release_version: read on first access
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
