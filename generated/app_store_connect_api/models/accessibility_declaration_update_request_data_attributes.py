from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="AccessibilityDeclarationUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "publish",
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
class AccessibilityDeclarationUpdateRequestDataAttributes:
    """
    Attributes:
        publish (bool | None | Unset):
        supports_audio_descriptions (bool | None | Unset):
        supports_captions (bool | None | Unset):
        supports_dark_interface (bool | None | Unset):
        supports_differentiate_without_color_alone (bool | None | Unset):
        supports_larger_text (bool | None | Unset):
        supports_reduced_motion (bool | None | Unset):
        supports_sufficient_contrast (bool | None | Unset):
        supports_voice_control (bool | None | Unset):
        supports_voiceover (bool | None | Unset):
    """

    publish: bool | None | Unset = UNSET
    supports_audio_descriptions: bool | None | Unset = UNSET
    supports_captions: bool | None | Unset = UNSET
    supports_dark_interface: bool | None | Unset = UNSET
    supports_differentiate_without_color_alone: bool | None | Unset = UNSET
    supports_larger_text: bool | None | Unset = UNSET
    supports_reduced_motion: bool | None | Unset = UNSET
    supports_sufficient_contrast: bool | None | Unset = UNSET
    supports_voice_control: bool | None | Unset = UNSET
    supports_voiceover: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        publish: bool | None | Unset
        if isinstance(self.publish, Unset):
            publish = UNSET
        else:
            publish = self.publish

        supports_audio_descriptions: bool | None | Unset
        if isinstance(self.supports_audio_descriptions, Unset):
            supports_audio_descriptions = UNSET
        else:
            supports_audio_descriptions = self.supports_audio_descriptions

        supports_captions: bool | None | Unset
        if isinstance(self.supports_captions, Unset):
            supports_captions = UNSET
        else:
            supports_captions = self.supports_captions

        supports_dark_interface: bool | None | Unset
        if isinstance(self.supports_dark_interface, Unset):
            supports_dark_interface = UNSET
        else:
            supports_dark_interface = self.supports_dark_interface

        supports_differentiate_without_color_alone: bool | None | Unset
        if isinstance(self.supports_differentiate_without_color_alone, Unset):
            supports_differentiate_without_color_alone = UNSET
        else:
            supports_differentiate_without_color_alone = self.supports_differentiate_without_color_alone

        supports_larger_text: bool | None | Unset
        if isinstance(self.supports_larger_text, Unset):
            supports_larger_text = UNSET
        else:
            supports_larger_text = self.supports_larger_text

        supports_reduced_motion: bool | None | Unset
        if isinstance(self.supports_reduced_motion, Unset):
            supports_reduced_motion = UNSET
        else:
            supports_reduced_motion = self.supports_reduced_motion

        supports_sufficient_contrast: bool | None | Unset
        if isinstance(self.supports_sufficient_contrast, Unset):
            supports_sufficient_contrast = UNSET
        else:
            supports_sufficient_contrast = self.supports_sufficient_contrast

        supports_voice_control: bool | None | Unset
        if isinstance(self.supports_voice_control, Unset):
            supports_voice_control = UNSET
        else:
            supports_voice_control = self.supports_voice_control

        supports_voiceover: bool | None | Unset
        if isinstance(self.supports_voiceover, Unset):
            supports_voiceover = UNSET
        else:
            supports_voiceover = self.supports_voiceover

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if publish is not UNSET:
            field_dict["publish"] = publish
        if supports_audio_descriptions is not UNSET:
            field_dict["supportsAudioDescriptions"] = supports_audio_descriptions
        if supports_captions is not UNSET:
            field_dict["supportsCaptions"] = supports_captions
        if supports_dark_interface is not UNSET:
            field_dict["supportsDarkInterface"] = supports_dark_interface
        if supports_differentiate_without_color_alone is not UNSET:
            field_dict["supportsDifferentiateWithoutColorAlone"] = supports_differentiate_without_color_alone
        if supports_larger_text is not UNSET:
            field_dict["supportsLargerText"] = supports_larger_text
        if supports_reduced_motion is not UNSET:
            field_dict["supportsReducedMotion"] = supports_reduced_motion
        if supports_sufficient_contrast is not UNSET:
            field_dict["supportsSufficientContrast"] = supports_sufficient_contrast
        if supports_voice_control is not UNSET:
            field_dict["supportsVoiceControl"] = supports_voice_control
        if supports_voiceover is not UNSET:
            field_dict["supportsVoiceover"] = supports_voiceover
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_publish(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        publish = _parse_publish(src_dict.get("publish", UNSET))

        def _parse_supports_audio_descriptions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        supports_audio_descriptions = _parse_supports_audio_descriptions(
            src_dict.get("supportsAudioDescriptions", UNSET)
        )

        def _parse_supports_captions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        supports_captions = _parse_supports_captions(src_dict.get("supportsCaptions", UNSET))

        def _parse_supports_dark_interface(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        supports_dark_interface = _parse_supports_dark_interface(src_dict.get("supportsDarkInterface", UNSET))

        def _parse_supports_differentiate_without_color_alone(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        supports_differentiate_without_color_alone = _parse_supports_differentiate_without_color_alone(
            src_dict.get("supportsDifferentiateWithoutColorAlone", UNSET)
        )

        def _parse_supports_larger_text(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        supports_larger_text = _parse_supports_larger_text(src_dict.get("supportsLargerText", UNSET))

        def _parse_supports_reduced_motion(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        supports_reduced_motion = _parse_supports_reduced_motion(src_dict.get("supportsReducedMotion", UNSET))

        def _parse_supports_sufficient_contrast(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        supports_sufficient_contrast = _parse_supports_sufficient_contrast(
            src_dict.get("supportsSufficientContrast", UNSET)
        )

        def _parse_supports_voice_control(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        supports_voice_control = _parse_supports_voice_control(src_dict.get("supportsVoiceControl", UNSET))

        def _parse_supports_voiceover(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        supports_voiceover = _parse_supports_voiceover(src_dict.get("supportsVoiceover", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.publish = publish
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
