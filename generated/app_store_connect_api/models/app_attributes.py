from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_attributes_content_rights_declaration import AppAttributesContentRightsDeclaration
from ..models.subscription_status_url_version import SubscriptionStatusUrlVersion
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppAttributes")
_KNOWN_KEYS = frozenset(
    {
        "accessibilityUrl",
        "bundleId",
        "contentRightsDeclaration",
        "isOrEverWasMadeForKids",
        "name",
        "primaryLocale",
        "sku",
        "streamlinedPurchasingEnabled",
        "subscriptionStatusUrl",
        "subscriptionStatusUrlForSandbox",
        "subscriptionStatusUrlVersion",
        "subscriptionStatusUrlVersionForSandbox",
    }
)


@_attrs_define(repr=False)
class AppAttributes:
    """
    Attributes:
        accessibility_url (str | Unset):
        bundle_id (str | Unset):
        content_rights_declaration (AppAttributesContentRightsDeclaration | Unset):
        is_or_ever_was_made_for_kids (bool | Unset):
        name (str | Unset):
        primary_locale (str | Unset):
        sku (str | Unset):
        streamlined_purchasing_enabled (bool | Unset):
        subscription_status_url (str | Unset):
        subscription_status_url_for_sandbox (str | Unset):
        subscription_status_url_version (SubscriptionStatusUrlVersion | Unset):
        subscription_status_url_version_for_sandbox (SubscriptionStatusUrlVersion | Unset):
    """

    accessibility_url: str | None = None
    bundle_id: str | None = None
    content_rights_declaration: AppAttributesContentRightsDeclaration | None = None
    is_or_ever_was_made_for_kids: bool | None = None
    name: str | None = None
    primary_locale: str | None = None
    sku: str | None = None
    streamlined_purchasing_enabled: bool | None = None
    subscription_status_url: str | None = None
    subscription_status_url_for_sandbox: str | None = None
    subscription_status_url_version: SubscriptionStatusUrlVersion | None = None
    subscription_status_url_version_for_sandbox: SubscriptionStatusUrlVersion | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        accessibility_url = self.accessibility_url

        bundle_id = self.bundle_id

        content_rights_declaration: Any = None
        if self.content_rights_declaration is not None:
            content_rights_declaration = self.content_rights_declaration.value

        is_or_ever_was_made_for_kids = self.is_or_ever_was_made_for_kids

        name = self.name

        primary_locale = self.primary_locale

        sku = self.sku

        streamlined_purchasing_enabled = self.streamlined_purchasing_enabled

        subscription_status_url = self.subscription_status_url

        subscription_status_url_for_sandbox = self.subscription_status_url_for_sandbox

        subscription_status_url_version: Any = None
        if self.subscription_status_url_version is not None:
            subscription_status_url_version = self.subscription_status_url_version.value

        subscription_status_url_version_for_sandbox: Any = None
        if self.subscription_status_url_version_for_sandbox is not None:
            subscription_status_url_version_for_sandbox = (
                self.subscription_status_url_version_for_sandbox.value
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if accessibility_url is not None:
            field_dict["accessibilityUrl"] = accessibility_url
        if bundle_id is not None:
            field_dict["bundleId"] = bundle_id
        if content_rights_declaration is not None:
            field_dict["contentRightsDeclaration"] = content_rights_declaration
        if is_or_ever_was_made_for_kids is not None:
            field_dict["isOrEverWasMadeForKids"] = is_or_ever_was_made_for_kids
        if name is not None:
            field_dict["name"] = name
        if primary_locale is not None:
            field_dict["primaryLocale"] = primary_locale
        if sku is not None:
            field_dict["sku"] = sku
        if streamlined_purchasing_enabled is not None:
            field_dict["streamlinedPurchasingEnabled"] = streamlined_purchasing_enabled
        if subscription_status_url is not None:
            field_dict["subscriptionStatusUrl"] = subscription_status_url
        if subscription_status_url_for_sandbox is not None:
            field_dict["subscriptionStatusUrlForSandbox"] = subscription_status_url_for_sandbox
        if subscription_status_url_version is not None:
            field_dict["subscriptionStatusUrlVersion"] = subscription_status_url_version
        if subscription_status_url_version_for_sandbox is not None:
            field_dict["subscriptionStatusUrlVersionForSandbox"] = subscription_status_url_version_for_sandbox
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        accessibility_url = src_dict.get("accessibilityUrl")

        bundle_id = src_dict.get("bundleId")

        _raw_content_rights_declaration = src_dict.get("contentRightsDeclaration")
        if _raw_content_rights_declaration is None:
            content_rights_declaration = None
        else:
            content_rights_declaration = AppAttributesContentRightsDeclaration.of(
                _raw_content_rights_declaration
            )

        is_or_ever_was_made_for_kids = src_dict.get("isOrEverWasMadeForKids")

        name = src_dict.get("name")

        primary_locale = src_dict.get("primaryLocale")

        sku = src_dict.get("sku")

        streamlined_purchasing_enabled = src_dict.get("streamlinedPurchasingEnabled")

        subscription_status_url = src_dict.get("subscriptionStatusUrl")

        subscription_status_url_for_sandbox = src_dict.get("subscriptionStatusUrlForSandbox")

        _raw_subscription_status_url_version = src_dict.get("subscriptionStatusUrlVersion")
        if _raw_subscription_status_url_version is None:
            subscription_status_url_version = None
        else:
            subscription_status_url_version = SubscriptionStatusUrlVersion.of(
                _raw_subscription_status_url_version
            )

        _raw_subscription_status_url_version_for_sandbox = src_dict.get(
            "subscriptionStatusUrlVersionForSandbox"
        )
        if _raw_subscription_status_url_version_for_sandbox is None:
            subscription_status_url_version_for_sandbox = None
        else:
            subscription_status_url_version_for_sandbox = SubscriptionStatusUrlVersion.of(
                _raw_subscription_status_url_version_for_sandbox
            )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.accessibility_url = accessibility_url
        _model.bundle_id = bundle_id
        _model.content_rights_declaration = content_rights_declaration
        _model.is_or_ever_was_made_for_kids = is_or_ever_was_made_for_kids
        _model.name = name
        _model.primary_locale = primary_locale
        _model.sku = sku
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
