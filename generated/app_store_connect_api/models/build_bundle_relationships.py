from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.build_bundle_relationships_app_clip_domain_cache_status import (
        BuildBundleRelationshipsAppClipDomainCacheStatus,
    )
    from ..models.build_bundle_relationships_app_clip_domain_debug_status import (
        BuildBundleRelationshipsAppClipDomainDebugStatus,
    )
    from ..models.build_bundle_relationships_beta_app_clip_invocations import (
        BuildBundleRelationshipsBetaAppClipInvocations,
    )
    from ..models.build_bundle_relationships_build_bundle_file_sizes import (
        BuildBundleRelationshipsBuildBundleFileSizes,
    )


T = TypeVar("T", bound="BuildBundleRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appClipDomainCacheStatus",
        "appClipDomainDebugStatus",
        "betaAppClipInvocations",
        "buildBundleFileSizes",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        BuildBundleRelationshipsAppClipDomainCacheStatus, \
        BuildBundleRelationshipsAppClipDomainDebugStatus, \
        BuildBundleRelationshipsBetaAppClipInvocations, \
        BuildBundleRelationshipsBuildBundleFileSizes
    from ..models.build_bundle_relationships_app_clip_domain_cache_status import (
        BuildBundleRelationshipsAppClipDomainCacheStatus,
    )
    from ..models.build_bundle_relationships_app_clip_domain_debug_status import (
        BuildBundleRelationshipsAppClipDomainDebugStatus,
    )
    from ..models.build_bundle_relationships_beta_app_clip_invocations import (
        BuildBundleRelationshipsBetaAppClipInvocations,
    )
    from ..models.build_bundle_relationships_build_bundle_file_sizes import (
        BuildBundleRelationshipsBuildBundleFileSizes,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app_clip_domain_cache_status(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_clip_domain_cache_status = src_dict.get("appClipDomainCacheStatus")
    if _raw_app_clip_domain_cache_status is None:
        app_clip_domain_cache_status = None
    else:
        app_clip_domain_cache_status = BuildBundleRelationshipsAppClipDomainCacheStatus.from_dict(
            _raw_app_clip_domain_cache_status
        )

    return app_clip_domain_cache_status


def _read_app_clip_domain_debug_status(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_clip_domain_debug_status = src_dict.get("appClipDomainDebugStatus")
    if _raw_app_clip_domain_debug_status is None:
        app_clip_domain_debug_status = None
    else:
        app_clip_domain_debug_status = BuildBundleRelationshipsAppClipDomainDebugStatus.from_dict(
            _raw_app_clip_domain_debug_status
        )

    return app_clip_domain_debug_status


def _read_beta_app_clip_invocations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_beta_app_clip_invocations = src_dict.get("betaAppClipInvocations")
    if _raw_beta_app_clip_invocations is None:
        beta_app_clip_invocations = None
    else:
        beta_app_clip_invocations = BuildBundleRelationshipsBetaAppClipInvocations.from_dict(
            _raw_beta_app_clip_invocations
        )

    return beta_app_clip_invocations


def _read_build_bundle_file_sizes(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_build_bundle_file_sizes = src_dict.get("buildBundleFileSizes")
    if _raw_build_bundle_file_sizes is None:
        build_bundle_file_sizes = None
    else:
        build_bundle_file_sizes = BuildBundleRelationshipsBuildBundleFileSizes.from_dict(
            _raw_build_bundle_file_sizes
        )

    return build_bundle_file_sizes


_READERS: dict[str, Any] = {
    "app_clip_domain_cache_status": _read_app_clip_domain_cache_status,
    "app_clip_domain_debug_status": _read_app_clip_domain_debug_status,
    "beta_app_clip_invocations": _read_beta_app_clip_invocations,
    "build_bundle_file_sizes": _read_build_bundle_file_sizes,
}


@_attrs_define(repr=False)
class BuildBundleRelationships:
    """
    Attributes:
        app_clip_domain_cache_status (BuildBundleRelationshipsAppClipDomainCacheStatus | Unset):
        app_clip_domain_debug_status (BuildBundleRelationshipsAppClipDomainDebugStatus | Unset):
        beta_app_clip_invocations (BuildBundleRelationshipsBetaAppClipInvocations | Unset):
        build_bundle_file_sizes (BuildBundleRelationshipsBuildBundleFileSizes | Unset):
    """

    app_clip_domain_cache_status: BuildBundleRelationshipsAppClipDomainCacheStatus | None = None
    app_clip_domain_debug_status: BuildBundleRelationshipsAppClipDomainDebugStatus | None = None
    beta_app_clip_invocations: BuildBundleRelationshipsBetaAppClipInvocations | None = None
    build_bundle_file_sizes: BuildBundleRelationshipsBuildBundleFileSizes | None = None
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
        app_clip_domain_cache_status: Any = None
        if self.app_clip_domain_cache_status is not None:
            app_clip_domain_cache_status = self.app_clip_domain_cache_status.to_dict()

        app_clip_domain_debug_status: Any = None
        if self.app_clip_domain_debug_status is not None:
            app_clip_domain_debug_status = self.app_clip_domain_debug_status.to_dict()

        beta_app_clip_invocations: Any = None
        if self.beta_app_clip_invocations is not None:
            beta_app_clip_invocations = self.beta_app_clip_invocations.to_dict()

        build_bundle_file_sizes: Any = None
        if self.build_bundle_file_sizes is not None:
            build_bundle_file_sizes = self.build_bundle_file_sizes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_clip_domain_cache_status is not None:
            field_dict["appClipDomainCacheStatus"] = app_clip_domain_cache_status
        if app_clip_domain_debug_status is not None:
            field_dict["appClipDomainDebugStatus"] = app_clip_domain_debug_status
        if beta_app_clip_invocations is not None:
            field_dict["betaAppClipInvocations"] = beta_app_clip_invocations
        if build_bundle_file_sizes is not None:
            field_dict["buildBundleFileSizes"] = build_bundle_file_sizes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app_clip_domain_cache_status, app_clip_domain_debug_status, beta_app_clip_invocations, build_bundle_file_sizes: read on first access
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
