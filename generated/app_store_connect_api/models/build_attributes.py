from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.build_attributes_processing_state import BuildAttributesProcessingState
from ..models.build_audience_type import BuildAudienceType
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.image_asset import ImageAsset


T = TypeVar("T", bound="BuildAttributes")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ImageAsset
    from ..models.image_asset import ImageAsset

    _LAZY_IMPORTS_DONE = True


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
        d = dict(src_dict)
        _raw_build_audience_type = d.pop("buildAudienceType", None)
        if _raw_build_audience_type is None:
            build_audience_type = None
        else:
            build_audience_type = BuildAudienceType(_raw_build_audience_type)

        computed_min_mac_os_version = d.pop("computedMinMacOsVersion", None)

        computed_min_vision_os_version = d.pop("computedMinVisionOsVersion", None)

        _raw_expiration_date = d.pop("expirationDate", None)
        if _raw_expiration_date is None:
            expiration_date = None
        else:
            expiration_date = datetime.datetime.fromisoformat(_raw_expiration_date)

        expired = d.pop("expired", None)

        _raw_icon_asset_token = d.pop("iconAssetToken", None)
        if _raw_icon_asset_token is None:
            icon_asset_token = None
        else:
            icon_asset_token = ImageAsset.from_dict(_raw_icon_asset_token)

        ls_minimum_system_version = d.pop("lsMinimumSystemVersion", None)

        min_os_version = d.pop("minOsVersion", None)

        _raw_processing_state = d.pop("processingState", None)
        if _raw_processing_state is None:
            processing_state = None
        else:
            processing_state = BuildAttributesProcessingState(_raw_processing_state)

        _raw_uploaded_date = d.pop("uploadedDate", None)
        if _raw_uploaded_date is None:
            uploaded_date = None
        else:
            uploaded_date = datetime.datetime.fromisoformat(_raw_uploaded_date)

        uses_non_exempt_encryption = d.pop("usesNonExemptEncryption", None)

        version = d.pop("version", None)

        build_attributes = cls(
            build_audience_type=build_audience_type,
            computed_min_mac_os_version=computed_min_mac_os_version,
            computed_min_vision_os_version=computed_min_vision_os_version,
            expiration_date=expiration_date,
            expired=expired,
            icon_asset_token=icon_asset_token,
            ls_minimum_system_version=ls_minimum_system_version,
            min_os_version=min_os_version,
            processing_state=processing_state,
            uploaded_date=uploaded_date,
            uses_non_exempt_encryption=uses_non_exempt_encryption,
            version=version,
        )
        build_attributes.additional_properties = d
        return build_attributes

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
