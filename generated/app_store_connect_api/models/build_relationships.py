from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app: Any = None
        if self.app is not None:
            app = UNSET
            if not isinstance(self.app, Unset):
                app = self.app.to_dict()

        app_encryption_declaration: Any = None
        if self.app_encryption_declaration is not None:
            app_encryption_declaration = UNSET
            if not isinstance(self.app_encryption_declaration, Unset):
                app_encryption_declaration = self.app_encryption_declaration.to_dict()

        app_store_version: Any = None
        if self.app_store_version is not None:
            app_store_version = UNSET
            if not isinstance(self.app_store_version, Unset):
                app_store_version = self.app_store_version.to_dict()

        beta_app_review_submission: Any = None
        if self.beta_app_review_submission is not None:
            beta_app_review_submission = UNSET
            if not isinstance(self.beta_app_review_submission, Unset):
                beta_app_review_submission = self.beta_app_review_submission.to_dict()

        beta_build_localizations: Any = None
        if self.beta_build_localizations is not None:
            beta_build_localizations = UNSET
            if not isinstance(self.beta_build_localizations, Unset):
                beta_build_localizations = self.beta_build_localizations.to_dict()

        beta_groups: Any = None
        if self.beta_groups is not None:
            beta_groups = UNSET
            if not isinstance(self.beta_groups, Unset):
                beta_groups = self.beta_groups.to_dict()

        build_beta_detail: Any = None
        if self.build_beta_detail is not None:
            build_beta_detail = UNSET
            if not isinstance(self.build_beta_detail, Unset):
                build_beta_detail = self.build_beta_detail.to_dict()

        build_bundles: Any = None
        if self.build_bundles is not None:
            build_bundles = UNSET
            if not isinstance(self.build_bundles, Unset):
                build_bundles = self.build_bundles.to_dict()

        build_upload: Any = None
        if self.build_upload is not None:
            build_upload = UNSET
            if not isinstance(self.build_upload, Unset):
                build_upload = self.build_upload.to_dict()

        diagnostic_signatures: Any = None
        if self.diagnostic_signatures is not None:
            diagnostic_signatures = UNSET
            if not isinstance(self.diagnostic_signatures, Unset):
                diagnostic_signatures = self.diagnostic_signatures.to_dict()

        icons: Any = None
        if self.icons is not None:
            icons = UNSET
            if not isinstance(self.icons, Unset):
                icons = self.icons.to_dict()

        individual_testers: Any = None
        if self.individual_testers is not None:
            individual_testers = UNSET
            if not isinstance(self.individual_testers, Unset):
                individual_testers = self.individual_testers.to_dict()

        perf_power_metrics: Any = None
        if self.perf_power_metrics is not None:
            perf_power_metrics = UNSET
            if not isinstance(self.perf_power_metrics, Unset):
                perf_power_metrics = self.perf_power_metrics.to_dict()

        pre_release_version: Any = None
        if self.pre_release_version is not None:
            pre_release_version = UNSET
            if not isinstance(self.pre_release_version, Unset):
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
        d = dict(src_dict)
        _raw_app = d.pop("app", None)
        if _raw_app is None:
            app = None
        else:
            _app = _raw_app
            app: BuildRelationshipsApp | Unset
            if isinstance(_app, Unset):
                app = UNSET
            else:
                app = BuildRelationshipsApp.from_dict(_app)

        _raw_app_encryption_declaration = d.pop("appEncryptionDeclaration", None)
        if _raw_app_encryption_declaration is None:
            app_encryption_declaration = None
        else:
            _app_encryption_declaration = _raw_app_encryption_declaration
            app_encryption_declaration: BuildRelationshipsAppEncryptionDeclaration | Unset
            if isinstance(_app_encryption_declaration, Unset):
                app_encryption_declaration = UNSET
            else:
                app_encryption_declaration = BuildRelationshipsAppEncryptionDeclaration.from_dict(
                    _app_encryption_declaration
                )

        _raw_app_store_version = d.pop("appStoreVersion", None)
        if _raw_app_store_version is None:
            app_store_version = None
        else:
            _app_store_version = _raw_app_store_version
            app_store_version: BuildRelationshipsAppStoreVersion | Unset
            if isinstance(_app_store_version, Unset):
                app_store_version = UNSET
            else:
                app_store_version = BuildRelationshipsAppStoreVersion.from_dict(_app_store_version)

        _raw_beta_app_review_submission = d.pop("betaAppReviewSubmission", None)
        if _raw_beta_app_review_submission is None:
            beta_app_review_submission = None
        else:
            _beta_app_review_submission = _raw_beta_app_review_submission
            beta_app_review_submission: BuildRelationshipsBetaAppReviewSubmission | Unset
            if isinstance(_beta_app_review_submission, Unset):
                beta_app_review_submission = UNSET
            else:
                beta_app_review_submission = BuildRelationshipsBetaAppReviewSubmission.from_dict(
                    _beta_app_review_submission
                )

        _raw_beta_build_localizations = d.pop("betaBuildLocalizations", None)
        if _raw_beta_build_localizations is None:
            beta_build_localizations = None
        else:
            _beta_build_localizations = _raw_beta_build_localizations
            beta_build_localizations: BuildRelationshipsBetaBuildLocalizations | Unset
            if isinstance(_beta_build_localizations, Unset):
                beta_build_localizations = UNSET
            else:
                beta_build_localizations = BuildRelationshipsBetaBuildLocalizations.from_dict(
                    _beta_build_localizations
                )

        _raw_beta_groups = d.pop("betaGroups", None)
        if _raw_beta_groups is None:
            beta_groups = None
        else:
            _beta_groups = _raw_beta_groups
            beta_groups: BuildRelationshipsBetaGroups | Unset
            if isinstance(_beta_groups, Unset):
                beta_groups = UNSET
            else:
                beta_groups = BuildRelationshipsBetaGroups.from_dict(_beta_groups)

        _raw_build_beta_detail = d.pop("buildBetaDetail", None)
        if _raw_build_beta_detail is None:
            build_beta_detail = None
        else:
            _build_beta_detail = _raw_build_beta_detail
            build_beta_detail: BuildRelationshipsBuildBetaDetail | Unset
            if isinstance(_build_beta_detail, Unset):
                build_beta_detail = UNSET
            else:
                build_beta_detail = BuildRelationshipsBuildBetaDetail.from_dict(_build_beta_detail)

        _raw_build_bundles = d.pop("buildBundles", None)
        if _raw_build_bundles is None:
            build_bundles = None
        else:
            _build_bundles = _raw_build_bundles
            build_bundles: BuildRelationshipsBuildBundles | Unset
            if isinstance(_build_bundles, Unset):
                build_bundles = UNSET
            else:
                build_bundles = BuildRelationshipsBuildBundles.from_dict(_build_bundles)

        _raw_build_upload = d.pop("buildUpload", None)
        if _raw_build_upload is None:
            build_upload = None
        else:
            _build_upload = _raw_build_upload
            build_upload: BuildRelationshipsBuildUpload | Unset
            if isinstance(_build_upload, Unset):
                build_upload = UNSET
            else:
                build_upload = BuildRelationshipsBuildUpload.from_dict(_build_upload)

        _raw_diagnostic_signatures = d.pop("diagnosticSignatures", None)
        if _raw_diagnostic_signatures is None:
            diagnostic_signatures = None
        else:
            _diagnostic_signatures = _raw_diagnostic_signatures
            diagnostic_signatures: BuildRelationshipsDiagnosticSignatures | Unset
            if isinstance(_diagnostic_signatures, Unset):
                diagnostic_signatures = UNSET
            else:
                diagnostic_signatures = BuildRelationshipsDiagnosticSignatures.from_dict(
                    _diagnostic_signatures
                )

        _raw_icons = d.pop("icons", None)
        if _raw_icons is None:
            icons = None
        else:
            _icons = _raw_icons
            icons: BuildRelationshipsIcons | Unset
            if isinstance(_icons, Unset):
                icons = UNSET
            else:
                icons = BuildRelationshipsIcons.from_dict(_icons)

        _raw_individual_testers = d.pop("individualTesters", None)
        if _raw_individual_testers is None:
            individual_testers = None
        else:
            _individual_testers = _raw_individual_testers
            individual_testers: BuildRelationshipsIndividualTesters | Unset
            if isinstance(_individual_testers, Unset):
                individual_testers = UNSET
            else:
                individual_testers = BuildRelationshipsIndividualTesters.from_dict(_individual_testers)

        _raw_perf_power_metrics = d.pop("perfPowerMetrics", None)
        if _raw_perf_power_metrics is None:
            perf_power_metrics = None
        else:
            _perf_power_metrics = _raw_perf_power_metrics
            perf_power_metrics: BuildRelationshipsPerfPowerMetrics | Unset
            if isinstance(_perf_power_metrics, Unset):
                perf_power_metrics = UNSET
            else:
                perf_power_metrics = BuildRelationshipsPerfPowerMetrics.from_dict(_perf_power_metrics)

        _raw_pre_release_version = d.pop("preReleaseVersion", None)
        if _raw_pre_release_version is None:
            pre_release_version = None
        else:
            _pre_release_version = _raw_pre_release_version
            pre_release_version: BuildRelationshipsPreReleaseVersion | Unset
            if isinstance(_pre_release_version, Unset):
                pre_release_version = UNSET
            else:
                pre_release_version = BuildRelationshipsPreReleaseVersion.from_dict(_pre_release_version)

        build_relationships = cls(
            app=app,
            app_encryption_declaration=app_encryption_declaration,
            app_store_version=app_store_version,
            beta_app_review_submission=beta_app_review_submission,
            beta_build_localizations=beta_build_localizations,
            beta_groups=beta_groups,
            build_beta_detail=build_beta_detail,
            build_bundles=build_bundles,
            build_upload=build_upload,
            diagnostic_signatures=diagnostic_signatures,
            icons=icons,
            individual_testers=individual_testers,
            perf_power_metrics=perf_power_metrics,
            pre_release_version=pre_release_version,
        )
        build_relationships.additional_properties = d
        return build_relationships

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
