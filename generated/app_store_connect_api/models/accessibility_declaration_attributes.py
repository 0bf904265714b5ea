from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accessibility_declaration_attributes_state import AccessibilityDeclarationAttributesState
from ..models.device_family import DeviceFamily
from ..types import model_repr

T = TypeVar("T", bound="AccessibilityDeclarationAttributes")


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
        d = dict(src_dict)
        _raw_device_family = d.pop("deviceFamily", None)
        if _raw_device_family is None:
            device_family = None
        else:
            device_family = DeviceFamily(_raw_device_family)

        _raw_state = d.pop("state", None)
        if _raw_state is None:
            state = None
        else:
            state = AccessibilityDeclarationAttributesState(_raw_state)

        supports_audio_descriptions = d.pop("supportsAudioDescriptions", None)

        supports_captions = d.pop("supportsCaptions", None)

        supports_dark_interface = d.pop("supportsDarkInterface", None)

        supports_differentiate_without_color_alone = d.pop("supportsDifferentiateWithoutColorAlone", None)

        supports_larger_text = d.pop("supportsLargerText", None)

        supports_reduced_motion = d.pop("supportsReducedMotion", None)

        supports_sufficient_contrast = d.pop("supportsSufficientContrast", None)

        supports_voice_control = d.pop("supportsVoiceControl", None)

        supports_voiceover = d.pop("supportsVoiceover", None)

        accessibility_declaration_attributes = cls(
            device_family=device_family,
            state=state,
            supports_audio_descriptions=supports_audio_descriptions,
            supports_captions=supports_captions,
            supports_dark_interface=supports_dark_interface,
            supports_differentiate_without_color_alone=supports_differentiate_without_color_alone,
            supports_larger_text=supports_larger_text,
            supports_reduced_motion=supports_reduced_motion,
            supports_sufficient_contrast=supports_sufficient_contrast,
            supports_voice_control=supports_voice_control,
            supports_voiceover=supports_voiceover,
        )
        accessibility_declaration_attributes.additional_properties = d
        return accessibility_declaration_attributes

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
