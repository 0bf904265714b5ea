"""`asc.accessibility_declarations`: the operations on accessibility_declarations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.accessibility_declaration_create_request import AccessibilityDeclarationCreateRequest
    from ..models.accessibility_declaration_response import AccessibilityDeclarationResponse
    from ..models.accessibility_declaration_update_request import AccessibilityDeclarationUpdateRequest

__all__ = ["AccessibilityDeclarations", "AsyncAccessibilityDeclarations"]

_CREATE_BODY = Body(
    "accessibilityDeclarations",
    {
        "device_family": ("deviceFamily", "string", True),
        "supports_audio_descriptions": ("supportsAudioDescriptions", "boolean", False),
        "supports_captions": ("supportsCaptions", "boolean", False),
        "supports_dark_interface": ("supportsDarkInterface", "boolean", False),
        "supports_differentiate_without_color_alone": (
            "supportsDifferentiateWithoutColorAlone",
            "boolean",
            False,
        ),
        "supports_larger_text": ("supportsLargerText", "boolean", False),
        "supports_reduced_motion": ("supportsReducedMotion", "boolean", False),
        "supports_sufficient_contrast": ("supportsSufficientContrast", "boolean", False),
        "supports_voice_control": ("supportsVoiceControl", "boolean", False),
        "supports_voiceover": ("supportsVoiceover", "boolean", False),
    },
    {"app": ("app", "apps", False, True)},
)
_UPDATE_BODY = Body(
    "accessibilityDeclarations",
    {
        "publish": ("publish", "boolean", False),
        "supports_audio_descriptions": ("supportsAudioDescriptions", "boolean", False),
        "supports_captions": ("supportsCaptions", "boolean", False),
        "supports_dark_interface": ("supportsDarkInterface", "boolean", False),
        "supports_differentiate_without_color_alone": (
            "supportsDifferentiateWithoutColorAlone",
            "boolean",
            False,
        ),
        "supports_larger_text": ("supportsLargerText", "boolean", False),
        "supports_reduced_motion": ("supportsReducedMotion", "boolean", False),
        "supports_sufficient_contrast": ("supportsSufficientContrast", "boolean", False),
        "supports_voice_control": ("supportsVoiceControl", "boolean", False),
        "supports_voiceover": ("supportsVoiceover", "boolean", False),
    },
    {},
)


class AccessibilityDeclarations(SyncResource):
    """`asc.accessibility_declarations`."""

    def create(
        self,
        /,
        body: AccessibilityDeclarationCreateRequest | Mapping[str, Any] | None = None,
        *,
        device_family: str | Unset = UNSET,
        supports_audio_descriptions: bool | None | Unset = UNSET,
        supports_captions: bool | None | Unset = UNSET,
        supports_dark_interface: bool | None | Unset = UNSET,
        supports_differentiate_without_color_alone: bool | None | Unset = UNSET,
        supports_larger_text: bool | None | Unset = UNSET,
        supports_reduced_motion: bool | None | Unset = UNSET,
        supports_sufficient_contrast: bool | None | Unset = UNSET,
        supports_voice_control: bool | None | Unset = UNSET,
        supports_voiceover: bool | None | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AccessibilityDeclarationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/accessibilityDeclarations`` (accessibilityDeclarations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-accessibilitydeclarations
        """
        return self._write(
            "accessibility_declarations.accessibility_declarations_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/accessibilityDeclarations/{id}`` (accessibilityDeclarations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-accessibilitydeclarations-_id_
        """
        return self._call("accessibility_declarations.accessibility_declarations_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_accessibility_declarations: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AccessibilityDeclarationResponse:
        """One request.

        ``GET /v1/accessibilityDeclarations/{id}`` (accessibilityDeclarations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-accessibilitydeclarations-_id_
        """
        return self._call("accessibility_declarations.accessibility_declarations_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: AccessibilityDeclarationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        publish: bool | None | Unset = UNSET,
        supports_audio_descriptions: bool | None | Unset = UNSET,
        supports_captions: bool | None | Unset = UNSET,
        supports_dark_interface: bool | None | Unset = UNSET,
        supports_differentiate_without_color_alone: bool | None | Unset = UNSET,
        supports_larger_text: bool | None | Unset = UNSET,
        supports_reduced_motion: bool | None | Unset = UNSET,
        supports_sufficient_contrast: bool | None | Unset = UNSET,
        supports_voice_control: bool | None | Unset = UNSET,
        supports_voiceover: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AccessibilityDeclarationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/accessibilityDeclarations/{id}`` (accessibilityDeclarations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-accessibilitydeclarations-_id_
        """
        return self._write(
            "accessibility_declarations.accessibility_declarations_update_instance", locals(), _UPDATE_BODY
        )


class AsyncAccessibilityDeclarations(AsyncResource):
    """`asc.accessibility_declarations` (async)."""

    async def create(
        self,
        /,
        body: AccessibilityDeclarationCreateRequest | Mapping[str, Any] | None = None,
        *,
        device_family: str | Unset = UNSET,
        supports_audio_descriptions: bool | None | Unset = UNSET,
        supports_captions: bool | None | Unset = UNSET,
        supports_dark_interface: bool | None | Unset = UNSET,
        supports_differentiate_without_color_alone: bool | None | Unset = UNSET,
        supports_larger_text: bool | None | Unset = UNSET,
        supports_reduced_motion: bool | None | Unset = UNSET,
        supports_sufficient_contrast: bool | None | Unset = UNSET,
        supports_voice_control: bool | None | Unset = UNSET,
        supports_voiceover: bool | None | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AccessibilityDeclarationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/accessibilityDeclarations`` (accessibilityDeclarations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-accessibilitydeclarations
        """
        return await self._write(
            "accessibility_declarations.accessibility_declarations_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/accessibilityDeclarations/{id}`` (accessibilityDeclarations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-accessibilitydeclarations-_id_
        """
        return await self._call(
            "accessibility_declarations.accessibility_declarations_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_accessibility_declarations: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AccessibilityDeclarationResponse:
        """One request.

        ``GET /v1/accessibilityDeclarations/{id}`` (accessibilityDeclarations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-accessibilitydeclarations-_id_
        """
        return await self._call(
            "accessibility_declarations.accessibility_declarations_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: AccessibilityDeclarationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        publish: bool | None | Unset = UNSET,
        supports_audio_descriptions: bool | None | Unset = UNSET,
        supports_captions: bool | None | Unset = UNSET,
        supports_dark_interface: bool | None | Unset = UNSET,
        supports_differentiate_without_color_alone: bool | None | Unset = UNSET,
        supports_larger_text: bool | None | Unset = UNSET,
        supports_reduced_motion: bool | None | Unset = UNSET,
        supports_sufficient_contrast: bool | None | Unset = UNSET,
        supports_voice_control: bool | None | Unset = UNSET,
        supports_voiceover: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AccessibilityDeclarationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/accessibilityDeclarations/{id}`` (accessibilityDeclarations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-accessibilitydeclarations-_id_
        """
        return await self._write(
            "accessibility_declarations.accessibility_declarations_update_instance", locals(), _UPDATE_BODY
        )
