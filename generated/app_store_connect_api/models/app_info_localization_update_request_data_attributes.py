from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="AppInfoLocalizationUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "name",
        "privacyChoicesUrl",
        "privacyPolicyText",
        "privacyPolicyUrl",
        "subtitle",
    }
)


@_attrs_define(repr=False)
class AppInfoLocalizationUpdateRequestDataAttributes:
    """
    Attributes:
        name (None | str | Unset):
        privacy_choices_url (None | str | Unset):
        privacy_policy_text (None | str | Unset):
        privacy_policy_url (None | str | Unset):
        subtitle (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    privacy_choices_url: None | str | Unset = UNSET
    privacy_policy_text: None | str | Unset = UNSET
    privacy_policy_url: None | str | Unset = UNSET
    subtitle: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        privacy_choices_url: None | str | Unset
        if isinstance(self.privacy_choices_url, Unset):
            privacy_choices_url = UNSET
        else:
            privacy_choices_url = self.privacy_choices_url

        privacy_policy_text: None | str | Unset
        if isinstance(self.privacy_policy_text, Unset):
            privacy_policy_text = UNSET
        else:
            privacy_policy_text = self.privacy_policy_text

        privacy_policy_url: None | str | Unset
        if isinstance(self.privacy_policy_url, Unset):
            privacy_policy_url = UNSET
        else:
            privacy_policy_url = self.privacy_policy_url

        subtitle: None | str | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        else:
            subtitle = self.subtitle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if privacy_choices_url is not UNSET:
            field_dict["privacyChoicesUrl"] = privacy_choices_url
        if privacy_policy_text is not UNSET:
            field_dict["privacyPolicyText"] = privacy_policy_text
        if privacy_policy_url is not UNSET:
            field_dict["privacyPolicyUrl"] = privacy_policy_url
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(src_dict.get("name", UNSET))

        def _parse_privacy_choices_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        privacy_choices_url = _parse_privacy_choices_url(src_dict.get("privacyChoicesUrl", UNSET))

        def _parse_privacy_policy_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        privacy_policy_text = _parse_privacy_policy_text(src_dict.get("privacyPolicyText", UNSET))

        def _parse_privacy_policy_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        privacy_policy_url = _parse_privacy_policy_url(src_dict.get("privacyPolicyUrl", UNSET))

        def _parse_subtitle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtitle = _parse_subtitle(src_dict.get("subtitle", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.name = name
        _model.privacy_choices_url = privacy_choices_url
        _model.privacy_policy_text = privacy_policy_text
        _model.privacy_policy_url = privacy_policy_url
        _model.subtitle = subtitle
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
