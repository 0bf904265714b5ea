from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="BetaAppLocalizationAttributes")
_KNOWN_KEYS = frozenset(
    {
        "description",
        "feedbackEmail",
        "locale",
        "marketingUrl",
        "privacyPolicyUrl",
        "tvOsPrivacyPolicy",
    }
)


@_attrs_define(repr=False)
class BetaAppLocalizationAttributes:
    """
    Attributes:
        description (str | Unset):
        feedback_email (str | Unset):
        locale (str | Unset):
        marketing_url (str | Unset):
        privacy_policy_url (str | Unset):
        tv_os_privacy_policy (str | Unset):
    """

    description: str | None = None
    feedback_email: str | None = None
    locale: str | None = None
    marketing_url: str | None = None
    privacy_policy_url: str | None = None
    tv_os_privacy_policy: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        feedback_email = self.feedback_email

        locale = self.locale

        marketing_url = self.marketing_url

        privacy_policy_url = self.privacy_policy_url

        tv_os_privacy_policy = self.tv_os_privacy_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not None:
            field_dict["description"] = description
        if feedback_email is not None:
            field_dict["feedbackEmail"] = feedback_email
        if locale is not None:
            field_dict["locale"] = locale
        if marketing_url is not None:
            field_dict["marketingUrl"] = marketing_url
        if privacy_policy_url is not None:
            field_dict["privacyPolicyUrl"] = privacy_policy_url
        if tv_os_privacy_policy is not None:
            field_dict["tvOsPrivacyPolicy"] = tv_os_privacy_policy
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        description = src_dict.get("description")

        feedback_email = src_dict.get("feedbackEmail")

        locale = src_dict.get("locale")

        marketing_url = src_dict.get("marketingUrl")

        privacy_policy_url = src_dict.get("privacyPolicyUrl")

        tv_os_privacy_policy = src_dict.get("tvOsPrivacyPolicy")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.description = description
        _model.feedback_email = feedback_email
        _model.locale = locale
        _model.marketing_url = marketing_url
        _model.privacy_policy_url = privacy_policy_url
        _model.tv_os_privacy_policy = tv_os_privacy_policy
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
