from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.build_attributes_processing_state import BuildAttributesProcessingState
from ..models.build_audience_type import BuildAudienceType
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.image_asset import ImageAsset


T = TypeVar("T", bound="BuildAttributes")
_KNOWN_KEYS = frozenset(
    {
        "buildAudienceType",
        "computedMinMacOsVersion",
        "computedMinVisionOsVersion",
        "expirationDate",
        "expired",
        "iconAssetToken",
        "lsMinimumSystemVersion",
        "minOsVersion",
        "processingState",
        "uploadedDate",
        "usesNonExemptEncryption",
        "version",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ImageAsset
    from ..models.image_asset import ImageAsset

    _LAZY_IMPORTS_DONE = True


def _read_icon_asset_token(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_icon_asset_token = src_dict.get("iconAssetToken")
    if _raw_icon_asset_token is None:
        icon_asset_token = None
    else:
        icon_asset_token = ImageAsset.from_dict(_raw_icon_asset_token)

    return icon_asset_token


_READERS: dict[str, Any] = {
    "icon_asset_token": _read_icon_asset_token,
}


@_attrs_define(repr=False)
class BuildAttributes:
    """
    Attributes:
        build_audience_type (BuildAudienceType | Unset):
        computed_min_mac_os_version (str | Unset):
        computed_min_vision_os_version (str | Unset):
        expiration_date (datetime.datetime | Unset):
        expired (bool | Unset):
        icon_asset_token (ImageAsset | Unset):
        ls_minimum_system_version (str | Unset):
        min_os_version (str | Unset):
        processing_state (BuildAttributesProcessingState | Unset):
        uploaded_date (datetime.datetime | Unset):
        uses_non_exempt_encryption (bool | Unset):
        version (str | Unset):
    """

    build_audience_type: BuildAudienceType | None = None
    computed_min_mac_os_version: str | None = None
    computed_min_vision_os_version: str | None = None
    expiration_date: datetime.datetime | None = None
    expired: bool | None = None
    icon_asset_token: ImageAsset | None = None
    ls_minimum_system_version: str | None = None
    min_os_version: str | None = None
    processing_state: BuildAttributesProcessingState | None = None
    uploaded_date: datetime.datetime | None = None
    uses_non_exempt_encryption: bool | None = None
    version: str | None = None
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
        build_audience_type: Any = None
        if self.build_audience_type is not None:
            build_audience_type = self.build_audience_type.value

        computed_min_mac_os_version = self.computed_min_mac_os_version

        computed_min_vision_os_version = self.computed_min_vision_os_version

        expiration_date: Any = None
        if self.expiration_date is not None:
            expiration_date = self.expiration_date.isoformat()

        expired = self.expired

        icon_asset_token: Any = None
        if self.icon_asset_token is not None:
            icon_asset_token = self.icon_asset_token.to_dict()

        ls_minimum_system_version = self.ls_minimum_system_version

        min_os_version = self.min_os_version

        processing_state: Any = None
        if self.processing_state is not None:
            processing_state = self.processing_state.value

        uploaded_date: Any = None
        if self.uploaded_date is not None:
            uploaded_date = self.uploaded_date.isoformat()

        uses_non_exempt_encryption = self.uses_non_exempt_encryption

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if build_audience_type is not None:
            field_dict["buildAudienceType"] = build_audience_type
        if computed_min_mac_os_version is not None:
            field_dict["computedMinMacOsVersion"] = computed_min_mac_os_version
        if computed_min_vision_os_version is not None:
            field_dict["computedMinVisionOsVersion"] = computed_min_vision_os_version
        if expiration_date is not None:
            field_dict["expirationDate"] = expiration_date
        if expired is not None:
            field_dict["expired"] = expired
        if icon_asset_token is not None:
            field_dict["iconAssetToken"] = icon_asset_token
        if ls_minimum_system_version is not None:
            field_dict["lsMinimumSystemVersion"] = ls_minimum_system_version
        if min_os_version is not None:
            field_dict["minOsVersion"] = min_os_version
        if processing_state is not None:
            field_dict["processingState"] = processing_state
        if uploaded_date is not None:
            field_dict["uploadedDate"] = uploaded_date
        if uses_non_exempt_encryption is not None:
            field_dict["usesNonExemptEncryption"] = uses_non_exempt_encryption
        if version is not None:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_build_audience_type = src_dict.get("buildAudienceType")
        if _raw_build_audience_type is None:
            build_audience_type = None
        else:
            build_audience_type = BuildAudienceType.of(_raw_build_audience_type)

        computed_min_mac_os_version = src_dict.get("computedMinMacOsVersion")

        computed_min_vision_os_version = src_dict.get("computedMinVisionOsVersion")

        _raw_expiration_date = src_dict.get("expirationDate")
        if _raw_expiration_date is None:
            expiration_date = None
        else:
            expiration_date = datetime.datetime.fromisoformat(_raw_expiration_date)

        expired = src_dict.get("expired")

        ls_minimum_system_version = src_dict.get("lsMinimumSystemVersion")

        min_os_version = src_dict.get("minOsVersion")

        _raw_processing_state = src_dict.get("processingState")
        if _raw_processing_state is None:
            processing_state = None
        else:
            processing_state = BuildAttributesProcessingState.of(_raw_processing_state)

        _raw_uploaded_date = src_dict.get("uploadedDate")
        if _raw_uploaded_date is None:
            uploaded_date = None
        else:
            uploaded_date = datetime.datetime.fromisoformat(_raw_uploaded_date)

        uses_non_exempt_encryption = src_dict.get("usesNonExemptEncryption")

        version = src_dict.get("version")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.build_audience_type = build_audience_type
        _model.computed_min_mac_os_version = computed_min_mac_os_version
        _model.computed_min_vision_os_version = computed_min_vision_os_version
        _model.expiration_date = expiration_date
        _model.expired = expired
        _model.ls_minimum_system_version = ls_minimum_system_version
        _model.min_os_version = min_os_version
        _model.processing_state = processing_state
        _model.uploaded_date = uploaded_date
        _model.uses_non_exempt_encryption = uses_non_exempt_encryption
        _model.version = version
        _model._document = src_dict  # icon_asset_token: read on first access
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
