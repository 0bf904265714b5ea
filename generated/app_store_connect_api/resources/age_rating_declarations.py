"""`asc.age_rating_declarations`: the operations on age_rating_declarations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app_store_connect._resources import Timeout

    from ..models.age_rating_declaration_response import AgeRatingDeclarationResponse
    from ..models.age_rating_declaration_update_request import AgeRatingDeclarationUpdateRequest

__all__ = ["AgeRatingDeclarations", "AsyncAgeRatingDeclarations"]

_UPDATE_BODY = Body(
    "ageRatingDeclarations",
    {
        "advertising": ("advertising", "boolean", False),
        "alcohol_tobacco_or_drug_use_or_references": ("alcoholTobaccoOrDrugUseOrReferences", "string", False),
        "contests": ("contests", "string", False),
        "gambling": ("gambling", "boolean", False),
        "gambling_simulated": ("gamblingSimulated", "string", False),
        "guns_or_other_weapons": ("gunsOrOtherWeapons", "string", False),
        "health_or_wellness_topics": ("healthOrWellnessTopics", "boolean", False),
        "kids_age_band": ("kidsAgeBand", "string", False),
        "loot_box": ("lootBox", "boolean", False),
        "medical_or_treatment_information": ("medicalOrTreatmentInformation", "string", False),
        "messaging_and_chat": ("messagingAndChat", "boolean", False),
        "parental_controls": ("parentalControls", "boolean", False),
        "profanity_or_crude_humor": ("profanityOrCrudeHumor", "string", False),
        "age_assurance": ("ageAssurance", "boolean", False),
        "sexual_content_graphic_and_nudity": ("sexualContentGraphicAndNudity", "string", False),
        "sexual_content_or_nudity": ("sexualContentOrNudity", "string", False),
        "social_media": ("socialMedia", "boolean", False),
        "social_media_age_restricted": ("socialMediaAgeRestricted", "boolean", False),
        "horror_or_fear_themes": ("horrorOrFearThemes", "string", False),
        "mature_or_suggestive_themes": ("matureOrSuggestiveThemes", "string", False),
        "unrestricted_web_access": ("unrestrictedWebAccess", "boolean", False),
        "user_generated_content": ("userGeneratedContent", "boolean", False),
        "violence_cartoon_or_fantasy": ("violenceCartoonOrFantasy", "string", False),
        "violence_realistic_prolonged_graphic_or_sadistic": (
            "violenceRealisticProlongedGraphicOrSadistic",
            "string",
            False,
        ),
        "violence_realistic": ("violenceRealistic", "string", False),
        "age_rating_override": ("ageRatingOverride", "string", False),
        "age_rating_override_v2": ("ageRatingOverrideV2", "string", False),
        "korea_age_rating_override": ("koreaAgeRatingOverride", "string", False),
        "developer_age_rating_info_url": ("developerAgeRatingInfoUrl", "string", False),
    },
    {},
)


class AgeRatingDeclarations(SyncResource):
    """`asc.age_rating_declarations`."""

    def update(
        self,
        id: str,
        /,
        body: AgeRatingDeclarationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        advertising: bool | None | Unset = UNSET,
        alcohol_tobacco_or_drug_use_or_references: str | None | Unset = UNSET,
        contests: str | None | Unset = UNSET,
        gambling: bool | None | Unset = UNSET,
        gambling_simulated: str | None | Unset = UNSET,
        guns_or_other_weapons: str | None | Unset = UNSET,
        health_or_wellness_topics: bool | None | Unset = UNSET,
        kids_age_band: str | None | Unset = UNSET,
        loot_box: bool | None | Unset = UNSET,
        medical_or_treatment_information: str | None | Unset = UNSET,
        messaging_and_chat: bool | None | Unset = UNSET,
        parental_controls: bool | None | Unset = UNSET,
        profanity_or_crude_humor: str | None | Unset = UNSET,
        age_assurance: bool | None | Unset = UNSET,
        sexual_content_graphic_and_nudity: str | None | Unset = UNSET,
        sexual_content_or_nudity: str | None | Unset = UNSET,
        social_media: bool | None | Unset = UNSET,
        social_media_age_restricted: bool | None | Unset = UNSET,
        horror_or_fear_themes: str | None | Unset = UNSET,
        mature_or_suggestive_themes: str | None | Unset = UNSET,
        unrestricted_web_access: bool | None | Unset = UNSET,
        user_generated_content: bool | None | Unset = UNSET,
        violence_cartoon_or_fantasy: str | None | Unset = UNSET,
        violence_realistic_prolonged_graphic_or_sadistic: str | None | Unset = UNSET,
        violence_realistic: str | None | Unset = UNSET,
        age_rating_override: str | None | Unset = UNSET,
        age_rating_override_v2: str | None | Unset = UNSET,
        korea_age_rating_override: str | None | Unset = UNSET,
        developer_age_rating_info_url: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AgeRatingDeclarationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/ageRatingDeclarations/{id}`` (ageRatingDeclarations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-ageratingdeclarations-_id_
        """
        return self._write(
            "age_rating_declarations.age_rating_declarations_update_instance", locals(), _UPDATE_BODY
        )


class AsyncAgeRatingDeclarations(AsyncResource):
    """`asc.age_rating_declarations` (async)."""

    async def update(
        self,
        id: str,
        /,
        body: AgeRatingDeclarationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        advertising: bool | None | Unset = UNSET,
        alcohol_tobacco_or_drug_use_or_references: str | None | Unset = UNSET,
        contests: str | None | Unset = UNSET,
        gambling: bool | None | Unset = UNSET,
        gambling_simulated: str | None | Unset = UNSET,
        guns_or_other_weapons: str | None | Unset = UNSET,
        health_or_wellness_topics: bool | None | Unset = UNSET,
        kids_age_band: str | None | Unset = UNSET,
        loot_box: bool | None | Unset = UNSET,
        medical_or_treatment_information: str | None | Unset = UNSET,
        messaging_and_chat: bool | None | Unset = UNSET,
        parental_controls: bool | None | Unset = UNSET,
        profanity_or_crude_humor: str | None | Unset = UNSET,
        age_assurance: bool | None | Unset = UNSET,
        sexual_content_graphic_and_nudity: str | None | Unset = UNSET,
        sexual_content_or_nudity: str | None | Unset = UNSET,
        social_media: bool | None | Unset = UNSET,
        social_media_age_restricted: bool | None | Unset = UNSET,
        horror_or_fear_themes: str | None | Unset = UNSET,
        mature_or_suggestive_themes: str | None | Unset = UNSET,
        unrestricted_web_access: bool | None | Unset = UNSET,
        user_generated_content: bool | None | Unset = UNSET,
        violence_cartoon_or_fantasy: str | None | Unset = UNSET,
        violence_realistic_prolonged_graphic_or_sadistic: str | None | Unset = UNSET,
        violence_realistic: str | None | Unset = UNSET,
        age_rating_override: str | None | Unset = UNSET,
        age_rating_override_v2: str | None | Unset = UNSET,
        korea_age_rating_override: str | None | Unset = UNSET,
        developer_age_rating_info_url: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AgeRatingDeclarationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/ageRatingDeclarations/{id}`` (ageRatingDeclarations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-ageratingdeclarations-_id_
        """
        return await self._write(
            "age_rating_declarations.age_rating_declarations_update_instance", locals(), _UPDATE_BODY
        )
