from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_update_request_data_attributes_content_rights_declaration import (
    AppUpdateRequestDataAttributesContentRightsDeclaration,
)
from ..models.subscription_status_url_version import SubscriptionStatusUrlVersion
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="AppUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "accessibilityUrl",
        "bundleId",
        "contentRightsDeclaration",
        "primaryLocale",
        "streamlinedPurchasingEnabled",
        "subscriptionStatusUrl",
        "subscriptionStatusUrlForSandbox",
        "subscriptionStatusUrlVersion",
        "subscriptionStatusUrlVersionForSandbox",
    }
)


@_attrs_define(repr=False)
class AppUpdateRequestDataAttributes:
    """
    Attributes:
        accessibility_url (None | str | Unset):
        bundle_id (None | str | Unset):
        content_rights_declaration (AppUpdateRequestDataAttributesContentRightsDeclaration | Unset):
        primary_locale (None | str | Unset):
        streamlined_purchasing_enabled (bool | None | Unset):
        subscription_status_url (None | str | Unset):
        subscription_status_url_for_sandbox (None | str | Unset):
        subscription_status_url_version (SubscriptionStatusUrlVersion | Unset):
        subscription_status_url_version_for_sandbox (SubscriptionStatusUrlVersion | Unset):
    """

    accessibility_url: None | str | Unset = UNSET
    bundle_id: None | str | Unset = UNSET
    content_rights_declaration: AppUpdateRequestDataAttributesContentRightsDeclaration | Unset | None = UNSET
    primary_locale: None | str | Unset = UNSET
    streamlined_purchasing_enabled: bool | None | Unset = UNSET
    subscription_status_url: None | str | Unset = UNSET
    subscription_status_url_for_sandbox: None | str | Unset = UNSET
    subscription_status_url_version: SubscriptionStatusUrlVersion | Unset | None = UNSET
    subscription_status_url_version_for_sandbox: SubscriptionStatusUrlVersion | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        accessibility_url: None | str | Unset
        if isinstance(self.accessibility_url, Unset):
            accessibility_url = UNSET
        else:
            accessibility_url = self.accessibility_url

        bundle_id: None | str | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        else:
            bundle_id = self.bundle_id

        content_rights_declaration: str | Unset | None
        if self.content_rights_declaration is None:
            content_rights_declaration = None
        else:
            content_rights_declaration = UNSET
            if not isinstance(self.content_rights_declaration, Unset):
                content_rights_declaration = self.content_rights_declaration.value

        primary_locale: None | str | Unset
        if isinstance(self.primary_locale, Unset):
            primary_locale = UNSET
        else:
            primary_locale = self.primary_locale

        streamlined_purchasing_enabled: bool | None | Unset
        if isinstance(self.streamlined_purchasing_enabled, Unset):
            streamlined_purchasing_enabled = UNSET
        else:
            streamlined_purchasing_enabled = self.streamlined_purchasing_enabled

        subscription_status_url: None | str | Unset
        if isinstance(self.subscription_status_url, Unset):
            subscription_status_url = UNSET
        else:
            subscription_status_url = self.subscription_status_url

        subscription_status_url_for_sandbox: None | str | Unset
        if isinstance(self.subscription_status_url_for_sandbox, Unset):
            subscription_status_url_for_sandbox = UNSET
        else:
            subscription_status_url_for_sandbox = self.subscription_status_url_for_sandbox

        subscription_status_url_version: str | Unset | None
        if self.subscription_status_url_version is None:
            subscription_status_url_version = None
        else:
            subscription_status_url_version = UNSET
            if not isinstance(self.subscription_status_url_version, Unset):
                subscription_status_url_version = self.subscription_status_url_version.value

        subscription_status_url_version_for_sandbox: str | Unset | None
        if self.subscription_status_url_version_for_sandbox is None:
            subscription_status_url_version_for_sandbox = None
        else:
            subscription_status_url_version_for_sandbox = UNSET
            if not isinstance(self.subscription_status_url_version_for_sandbox, Unset):
                subscription_status_url_version_for_sandbox = (
                    self.subscription_status_url_version_for_sandbox.value
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if accessibility_url is not UNSET:
            field_dict["accessibilityUrl"] = accessibility_url
        if bundle_id is not UNSET:
            field_dict["bundleId"] = bundle_id
        if content_rights_declaration is not UNSET:
            field_dict["contentRightsDeclaration"] = content_rights_declaration
        if primary_locale is not UNSET:
            field_dict["primaryLocale"] = primary_locale
        if streamlined_purchasing_enabled is not UNSET:
            field_dict["streamlinedPurchasingEnabled"] = streamlined_purchasing_enabled
        if subscription_status_url is not UNSET:
            field_dict["subscriptionStatusUrl"] = subscription_status_url
        if subscription_status_url_for_sandbox is not UNSET:
            field_dict["subscriptionStatusUrlForSandbox"] = subscription_status_url_for_sandbox
        if subscription_status_url_version is not UNSET:
            field_dict["subscriptionStatusUrlVersion"] = subscription_status_url_version
        if subscription_status_url_version_for_sandbox is not UNSET:
            field_dict["subscriptionStatusUrlVersionForSandbox"] = subscription_status_url_version_for_sandbox
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_accessibility_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accessibility_url = _parse_accessibility_url(src_dict.get("accessibilityUrl", UNSET))

        def _parse_bundle_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bundle_id = _parse_bundle_id(src_dict.get("bundleId", UNSET))

        _raw_content_rights_declaration = src_dict.get("contentRightsDeclaration", UNSET)
        if _raw_content_rights_declaration is None:
            content_rights_declaration = None
        else:
            _content_rights_declaration = _raw_content_rights_declaration
            content_rights_declaration: AppUpdateRequestDataAttributesContentRightsDeclaration | Unset
            if isinstance(_content_rights_declaration, Unset):
                content_rights_declaration = UNSET
            else:
                content_rights_declaration = AppUpdateRequestDataAttributesContentRightsDeclaration.of(
                    _content_rights_declaration
                )

        def _parse_primary_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_locale = _parse_primary_locale(src_dict.get("primaryLocale", UNSET))

        def _parse_streamlined_purchasing_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        streamlined_purchasing_enabled = _parse_streamlined_purchasing_enabled(
            src_dict.get("streamlinedPurchasingEnabled", UNSET)
        )

        def _parse_subscription_status_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscription_status_url = _parse_subscription_status_url(src_dict.get("subscriptionStatusUrl", UNSET))

        def _parse_subscription_status_url_for_sandbox(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscription_status_url_for_sandbox = _parse_subscription_status_url_for_sandbox(
            src_dict.get("subscriptionStatusUrlForSandbox", UNSET)
        )

        _raw_subscription_status_url_version = src_dict.get("subscriptionStatusUrlVersion", UNSET)
        if _raw_subscription_status_url_version is None:
            subscription_status_url_version = None
        else:
            _subscription_status_url_version = _raw_subscription_status_url_version
            subscription_status_url_version: SubscriptionStatusUrlVersion | Unset
            if isinstance(_subscription_status_url_version, Unset):
                subscription_status_url_version = UNSET
            else:
                subscription_status_url_version = SubscriptionStatusUrlVersion.of(
                    _subscription_status_url_version
                )

        _raw_subscription_status_url_version_for_sandbox = src_dict.get(
            "subscriptionStatusUrlVersionForSandbox", UNSET
        )
        if _raw_subscription_status_url_version_for_sandbox is None:
            subscription_status_url_version_for_sandbox = None
        else:
            _subscription_status_url_version_for_sandbox = _raw_subscription_status_url_version_for_sandbox
            subscription_status_url_version_for_sandbox: SubscriptionStatusUrlVersion | Unset
            if isinstance(_subscription_status_url_version_for_sandbox, Unset):
                subscription_status_url_version_for_sandbox = UNSET
            else:
                subscription_status_url_version_for_sandbox = SubscriptionStatusUrlVersion.of(
                    _subscription_status_url_version_for_sandbox
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.accessibility_url = accessibility_url
        _model.bundle_id = bundle_id
        _model.content_rights_declaration = content_rights_declaration
        _model.primary_locale = primary_locale
        _model.streamlined_purchasing_enabled = streamlined_purchasing_enabled
        _model.subscription_status_url = subscription_status_url
        _model.subscription_status_url_for_sandbox = subscription_status_url_for_sandbox
        _model.subscription_status_url_version = subscription_status_url_version
        _model.subscription_status_url_version_for_sandbox = subscription_status_url_version_for_sandbox
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
