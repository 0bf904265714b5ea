from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accessibility_declaration_attributes_state import AccessibilityDeclarationAttributesState
from ..models.device_family import DeviceFamily
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AccessibilityDeclarationAttributes")
_KNOWN_KEYS = frozenset(
    {
        "deviceFamily",
        "state",
        "supportsAudioDescriptions",
        "supportsCaptions",
        "supportsDarkInterface",
        "supportsDifferentiateWithoutColorAlone",
        "supportsLargerText",
        "supportsReducedMotion",
        "supportsSufficientContrast",
        "supportsVoiceControl",
        "supportsVoiceover",
    }
)


@_attrs_define(repr=False)
class AccessibilityDeclarationAttributes:
    """
    Attributes:
        device_family (DeviceFamily | Unset):
        state (AccessibilityDeclarationAttributesState | Unset):
        supports_audio_descriptions (bool | Unset):
        supports_captions (bool | Unset):
        supports_dark_interface (bool | Unset):
        supports_differentiate_without_color_alone (bool | Unset):
        supports_larger_text (bool | Unset):
        supports_reduced_motion (bool | Unset):
        supports_sufficient_contrast (bool | Unset):
        supports_voice_control (bool | Unset):
        supports_voiceover (bool | Unset):
    """

    device_family: DeviceFamily | None = None
    state: AccessibilityDeclarationAttributesState | None = None
    supports_audio_descriptions: bool | None = None
    supports_captions: bool | None = None
    supports_dark_interface: bool | None = None
    supports_differentiate_without_color_alone: bool | None = None
    supports_larger_text: bool | None = None
    supports_reduced_motion: bool | None = None
    supports_sufficient_contrast: bool | None = None
    supports_voice_control: bool | None = None
    supports_voiceover: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        device_family: Any = None
        if self.device_family is not None:
            device_family = self.device_family.value

        state: Any = None
        if self.state is not None:
            state = self.state.value

        supports_audio_descriptions = self.supports_audio_descriptions

        supports_captions = self.supports_captions

        supports_dark_interface = self.supports_dark_interface

        supports_differentiate_without_color_alone = self.supports_differentiate_without_color_alone

        supports_larger_text = self.supports_larger_text

        supports_reduced_motion = self.supports_reduced_motion

        supports_sufficient_contrast = self.supports_sufficient_contrast

        supports_voice_control = self.supports_voice_control

        supports_voiceover = self.supports_voiceover

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if device_family is not None:
            field_dict["deviceFamily"] = device_family
        if state is not None:
            field_dict["state"] = state
        if supports_audio_descriptions is not None:
            field_dict["supportsAudioDescriptions"] = supports_audio_descriptions
        if supports_captions is not None:
            field_dict["supportsCaptions"] = supports_captions
        if supports_dark_interface is not None:
            field_dict["supportsDarkInterface"] = supports_dark_interface
        if supports_differentiate_without_color_alone is not None:
            field_dict["supportsDifferentiateWithoutColorAlone"] = supports_differentiate_without_color_alone
        if supports_larger_text is not None:
            field_dict["supportsLargerText"] = supports_larger_text
        if supports_reduced_motion is not None:
            field_dict["supportsReducedMotion"] = supports_reduced_motion
        if supports_sufficient_contrast is not None:
            field_dict["supportsSufficientContrast"] = supports_sufficient_contrast
        if supports_voice_control is not None:
            field_dict["supportsVoiceControl"] = supports_voice_control
        if supports_voiceover is not None:
            field_dict["supportsVoiceover"] = supports_voiceover
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_device_family = src_dict.get("deviceFamily")
        if _raw_device_family is None:
            device_family = None
        else:
            device_family = DeviceFamily.of(_raw_device_family)

        _raw_state = src_dict.get("state")
        if _raw_state is None:
            state = None
        else:
            state = AccessibilityDeclarationAttributesState.of(_raw_state)

        supports_audio_descriptions = src_dict.get("supportsAudioDescriptions")

        supports_captions = src_dict.get("supportsCaptions")

        supports_dark_interface = src_dict.get("supportsDarkInterface")

        supports_differentiate_without_color_alone = src_dict.get("supportsDifferentiateWithoutColorAlone")

        supports_larger_text = src_dict.get("supportsLargerText")

        supports_reduced_motion = src_dict.get("supportsReducedMotion")

        supports_sufficient_contrast = src_dict.get("supportsSufficientContrast")

        supports_voice_control = src_dict.get("supportsVoiceControl")

        supports_voiceover = src_dict.get("supportsVoiceover")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.device_family = device_family
        _model.state = state
        _model.supports_audio_descriptions = supports_audio_descriptions
        _model.supports_captions = supports_captions
        _model.supports_dark_interface = supports_dark_interface
        _model.supports_differentiate_without_color_alone = supports_differentiate_without_color_alone
        _model.supports_larger_text = supports_larger_text
        _model.supports_reduced_motion = supports_reduced_motion
        _model.supports_sufficient_contrast = supports_sufficient_contrast
        _model.supports_voice_control = supports_voice_control
        _model.supports_voiceover = supports_voiceover
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
