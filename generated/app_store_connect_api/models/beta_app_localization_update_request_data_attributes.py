from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="BetaAppLocalizationUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "description",
        "feedbackEmail",
        "marketingUrl",
        "privacyPolicyUrl",
        "tvOsPrivacyPolicy",
    }
)


@_attrs_define(repr=False)
class BetaAppLocalizationUpdateRequestDataAttributes:
    """
    Attributes:
        description (None | str | Unset):
        feedback_email (None | str | Unset):
        marketing_url (None | str | Unset):
        privacy_policy_url (None | str | Unset):
        tv_os_privacy_policy (None | str | Unset):
    """

    description: None | str | Unset = UNSET
    feedback_email: None | str | Unset = UNSET
    marketing_url: None | str | Unset = UNSET
    privacy_policy_url: None | str | Unset = UNSET
    tv_os_privacy_policy: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        feedback_email: None | str | Unset
        if isinstance(self.feedback_email, Unset):
            feedback_email = UNSET
        else:
            feedback_email = self.feedback_email

        marketing_url: None | str | Unset
        if isinstance(self.marketing_url, Unset):
            marketing_url = UNSET
        else:
            marketing_url = self.marketing_url

        privacy_policy_url: None | str | Unset
        if isinstance(self.privacy_policy_url, Unset):
            privacy_policy_url = UNSET
        else:
            privacy_policy_url = self.privacy_policy_url

        tv_os_privacy_policy: None | str | Unset
        if isinstance(self.tv_os_privacy_policy, Unset):
            tv_os_privacy_policy = UNSET
        else:
            tv_os_privacy_policy = self.tv_os_privacy_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if feedback_email is not UNSET:
            field_dict["feedbackEmail"] = feedback_email
        if marketing_url is not UNSET:
            field_dict["marketingUrl"] = marketing_url
        if privacy_policy_url is not UNSET:
            field_dict["privacyPolicyUrl"] = privacy_policy_url
        if tv_os_privacy_policy is not UNSET:
            field_dict["tvOsPrivacyPolicy"] = tv_os_privacy_policy
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(src_dict.get("description", UNSET))

        def _parse_feedback_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feedback_email = _parse_feedback_email(src_dict.get("feedbackEmail", UNSET))

        def _parse_marketing_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        marketing_url = _parse_marketing_url(src_dict.get("marketingUrl", UNSET))

        def _parse_privacy_policy_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        privacy_policy_url = _parse_privacy_policy_url(src_dict.get("privacyPolicyUrl", UNSET))

        def _parse_tv_os_privacy_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tv_os_privacy_policy = _parse_tv_os_privacy_policy(src_dict.get("tvOsPrivacyPolicy", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.description = description
        _model.feedback_email = feedback_email
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
