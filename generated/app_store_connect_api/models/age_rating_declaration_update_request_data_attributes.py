from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.age_rating_declaration_update_request_data_attributes_age_rating_override import (
    AgeRatingDeclarationUpdateRequestDataAttributesAgeRatingOverride,
)
from ..models.age_rating_declaration_update_request_data_attributes_age_rating_override_v2 import (
    AgeRatingDeclarationUpdateRequestDataAttributesAgeRatingOverrideV2,
)
from ..models.age_rating_declaration_update_request_data_attributes_alcohol_tobacco_or_drug_use_or_references import (
    AgeRatingDeclarationUpdateRequestDataAttributesAlcoholTobaccoOrDrugUseOrReferences,
)
from ..models.age_rating_declaration_update_request_data_attributes_contests import (
    AgeRatingDeclarationUpdateRequestDataAttributesContests,
)
from ..models.age_rating_declaration_update_request_data_attributes_gambling_simulated import (
    AgeRatingDeclarationUpdateRequestDataAttributesGamblingSimulated,
)
from ..models.age_rating_declaration_update_request_data_attributes_guns_or_other_weapons import (
    AgeRatingDeclarationUpdateRequestDataAttributesGunsOrOtherWeapons,
)
from ..models.age_rating_declaration_update_request_data_attributes_horror_or_fear_themes import (
    AgeRatingDeclarationUpdateRequestDataAttributesHorrorOrFearThemes,
)
from ..models.age_rating_declaration_update_request_data_attributes_korea_age_rating_override import (
    AgeRatingDeclarationUpdateRequestDataAttributesKoreaAgeRatingOverride,
)
from ..models.age_rating_declaration_update_request_data_attributes_mature_or_suggestive_themes import (
    AgeRatingDeclarationUpdateRequestDataAttributesMatureOrSuggestiveThemes,
)
from ..models.age_rating_declaration_update_request_data_attributes_medical_or_treatment_information import (
    AgeRatingDeclarationUpdateRequestDataAttributesMedicalOrTreatmentInformation,
)
from ..models.age_rating_declaration_update_request_data_attributes_profanity_or_crude_humor import (
    AgeRatingDeclarationUpdateRequestDataAttributesProfanityOrCrudeHumor,
)
from ..models.age_rating_declaration_update_request_data_attributes_sexual_content_graphic_and_nudity import (
    AgeRatingDeclarationUpdateRequestDataAttributesSexualContentGraphicAndNudity,
)
from ..models.age_rating_declaration_update_request_data_attributes_sexual_content_or_nudity import (
    AgeRatingDeclarationUpdateRequestDataAttributesSexualContentOrNudity,
)
from ..models.age_rating_declaration_update_request_data_attributes_violence_cartoon_or_fantasy import (
    AgeRatingDeclarationUpdateRequestDataAttributesViolenceCartoonOrFantasy,
)
from ..models.age_rating_declaration_update_request_data_attributes_violence_realistic import (
    AgeRatingDeclarationUpdateRequestDataAttributesViolenceRealistic,
)
from ..models.age_rating_declaration_update_request_data_attributes_violence_realistic_prolonged_graphic_or_sadistic import (
    AgeRatingDeclarationUpdateRequestDataAttributesViolenceRealisticProlongedGraphicOrSadistic,
)
from ..models.kids_age_band import KidsAgeBand
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="AgeRatingDeclarationUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "advertising",
        "ageAssurance",
        "ageRatingOverride",
        "ageRatingOverrideV2",
        "alcoholTobaccoOrDrugUseOrReferences",
        "contests",
        "developerAgeRatingInfoUrl",
        "gambling",
        "gamblingSimulated",
        "gunsOrOtherWeapons",
        "healthOrWellnessTopics",
        "horrorOrFearThemes",
        "kidsAgeBand",
        "koreaAgeRatingOverride",
        "lootBox",
        "matureOrSuggestiveThemes",
        "medicalOrTreatmentInformation",
        "messagingAndChat",
        "parentalControls",
        "profanityOrCrudeHumor",
        "sexualContentGraphicAndNudity",
        "sexualContentOrNudity",
        "socialMedia",
        "socialMediaAgeRestricted",
        "unrestrictedWebAccess",
        "userGeneratedContent",
        "violenceCartoonOrFantasy",
        "violenceRealistic",
        "violenceRealisticProlongedGraphicOrSadistic",
    }
)


@_attrs_define(repr=False)
class AgeRatingDeclarationUpdateRequestDataAttributes:
    """
    Attributes:
        advertising (bool | None | Unset):
        age_assurance (bool | None | Unset):
        age_rating_override (AgeRatingDeclarationUpdateRequestDataAttributesAgeRatingOverride | Unset):
        age_rating_override_v2 (AgeRatingDeclarationUpdateRequestDataAttributesAgeRatingOverrideV2 | Unset):
        alcohol_tobacco_or_drug_use_or_references
            (AgeRatingDeclarationUpdateRequestDataAttributesAlcoholTobaccoOrDrugUseOrReferences | Unset):
        contests (AgeRatingDeclarationUpdateRequestDataAttributesContests | Unset):
        developer_age_rating_info_url (None | str | Unset):
        gambling (bool | None | Unset):
        gambling_simulated (AgeRatingDeclarationUpdateRequestDataAttributesGamblingSimulated | Unset):
        guns_or_other_weapons (AgeRatingDeclarationUpdateRequestDataAttributesGunsOrOtherWeapons | Unset):
        health_or_wellness_topics (bool | None | Unset):
        horror_or_fear_themes (AgeRatingDeclarationUpdateRequestDataAttributesHorrorOrFearThemes | Unset):
        kids_age_band (KidsAgeBand | Unset):
        korea_age_rating_override (AgeRatingDeclarationUpdateRequestDataAttributesKoreaAgeRatingOverride | Unset):
        loot_box (bool | None | Unset):
        mature_or_suggestive_themes (AgeRatingDeclarationUpdateRequestDataAttributesMatureOrSuggestiveThemes | Unset):
        medical_or_treatment_information (AgeRatingDeclarationUpdateRequestDataAttributesMedicalOrTreatmentInformation |
            Unset):
        messaging_and_chat (bool | None | Unset):
        parental_controls (bool | None | Unset):
        profanity_or_crude_humor (AgeRatingDeclarationUpdateRequestDataAttributesProfanityOrCrudeHumor | Unset):
        sexual_content_graphic_and_nudity (AgeRatingDeclarationUpdateRequestDataAttributesSexualContentGraphicAndNudity
            | Unset):
        sexual_content_or_nudity (AgeRatingDeclarationUpdateRequestDataAttributesSexualContentOrNudity | Unset):
        social_media (bool | None | Unset):
        social_media_age_restricted (bool | None | Unset):
        unrestricted_web_access (bool | None | Unset):
        user_generated_content (bool | None | Unset):
        violence_cartoon_or_fantasy (AgeRatingDeclarationUpdateRequestDataAttributesViolenceCartoonOrFantasy | Unset):
        violence_realistic (AgeRatingDeclarationUpdateRequestDataAttributesViolenceRealistic | Unset):
        violence_realistic_prolonged_graphic_or_sadistic
            (AgeRatingDeclarationUpdateRequestDataAttributesViolenceRealisticProlongedGraphicOrSadistic | Unset):
    """

    advertising: bool | None | Unset = UNSET
    age_assurance: bool | None | Unset = UNSET
    age_rating_override: AgeRatingDeclarationUpdateRequestDataAttributesAgeRatingOverride | Unset | None = (
        UNSET
    )
    age_rating_override_v2: (
        AgeRatingDeclarationUpdateRequestDataAttributesAgeRatingOverrideV2 | Unset | None
    ) = UNSET
    alcohol_tobacco_or_drug_use_or_references: (
        AgeRatingDeclarationUpdateRequestDataAttributesAlcoholTobaccoOrDrugUseOrReferences | Unset | None
    ) = UNSET
    contests: AgeRatingDeclarationUpdateRequestDataAttributesContests | Unset | None = UNSET
    developer_age_rating_info_url: None | str | Unset = UNSET
    gambling: bool | None | Unset = UNSET
    gambling_simulated: AgeRatingDeclarationUpdateRequestDataAttributesGamblingSimulated | Unset | None = (
        UNSET
    )
    guns_or_other_weapons: (
        AgeRatingDeclarationUpdateRequestDataAttributesGunsOrOtherWeapons | Unset | None
    ) = UNSET
    health_or_wellness_topics: bool | None | Unset = UNSET
    horror_or_fear_themes: (
        AgeRatingDeclarationUpdateRequestDataAttributesHorrorOrFearThemes | Unset | None
    ) = UNSET
    kids_age_band: KidsAgeBand | Unset | None = UNSET
    korea_age_rating_override: (
        AgeRatingDeclarationUpdateRequestDataAttributesKoreaAgeRatingOverride | Unset | None
    ) = UNSET
    loot_box: bool | None | Unset = UNSET
    mature_or_suggestive_themes: (
        AgeRatingDeclarationUpdateRequestDataAttributesMatureOrSuggestiveThemes | Unset | None
    ) = UNSET
    medical_or_treatment_information: (
        AgeRatingDeclarationUpdateRequestDataAttributesMedicalOrTreatmentInformation | Unset | None
    ) = UNSET
    messaging_and_chat: bool | None | Unset = UNSET
    parental_controls: bool | None | Unset = UNSET
    profanity_or_crude_humor: (
        AgeRatingDeclarationUpdateRequestDataAttributesProfanityOrCrudeHumor | Unset | None
    ) = UNSET
    sexual_content_graphic_and_nudity: (
        AgeRatingDeclarationUpdateRequestDataAttributesSexualContentGraphicAndNudity | Unset | None
    ) = UNSET
    sexual_content_or_nudity: (
        AgeRatingDeclarationUpdateRequestDataAttributesSexualContentOrNudity | Unset | None
    ) = UNSET
    social_media: bool | None | Unset = UNSET
    social_media_age_restricted: bool | None | Unset = UNSET
    unrestricted_web_access: bool | None | Unset = UNSET
    user_generated_content: bool | None | Unset = UNSET
    violence_cartoon_or_fantasy: (
        AgeRatingDeclarationUpdateRequestDataAttributesViolenceCartoonOrFantasy | Unset | None
    ) = UNSET
    violence_realistic: AgeRatingDeclarationUpdateRequestDataAttributesViolenceRealistic | Unset | None = (
        UNSET
    )
    violence_realistic_prolonged_graphic_or_sadistic: (
        AgeRatingDeclarationUpdateRequestDataAttributesViolenceRealisticProlongedGraphicOrSadistic
        | Unset
        | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        advertising: bool | None | Unset
        if isinstance(self.advertising, Unset):
            advertising = UNSET
        else:
            advertising = self.advertising

        age_assurance: bool | None | Unset
        if isinstance(self.age_assurance, Unset):
            age_assurance = UNSET
        else:
            age_assurance = self.age_assurance

        age_rating_override: str | Unset | None
        if self.age_rating_override is None:
            age_rating_override = None
        else:
            age_rating_override = UNSET
            if not isinstance(self.age_rating_override, Unset):
                age_rating_override = self.age_rating_override.value

        age_rating_override_v2: str | Unset | None
        if self.age_rating_override_v2 is None:
            age_rating_override_v2 = None
        else:
            age_rating_override_v2 = UNSET
            if not isinstance(self.age_rating_override_v2, Unset):
                age_rating_override_v2 = self.age_rating_override_v2.value

        alcohol_tobacco_or_drug_use_or_references: str | Unset | None
        if self.alcohol_tobacco_or_drug_use_or_references is None:
            alcohol_tobacco_or_drug_use_or_references = None
        else:
            alcohol_tobacco_or_drug_use_or_references = UNSET
            if not isinstance(self.alcohol_tobacco_or_drug_use_or_references, Unset):
                alcohol_tobacco_or_drug_use_or_references = (
                    self.alcohol_tobacco_or_drug_use_or_references.value
                )

        contests: str | Unset | None
        if self.contests is None:
            contests = None
        else:
            contests = UNSET
            if not isinstance(self.contests, Unset):
                contests = self.contests.value

        developer_age_rating_info_url: None | str | Unset
        if isinstance(self.developer_age_rating_info_url, Unset):
            developer_age_rating_info_url = UNSET
        else:
            developer_age_rating_info_url = self.developer_age_rating_info_url

        gambling: bool | None | Unset
        if isinstance(self.gambling, Unset):
            gambling = UNSET
        else:
            gambling = self.gambling

        gambling_simulated: str | Unset | None
        if self.gambling_simulated is None:
            gambling_simulated = None
        else:
            gambling_simulated = UNSET
            if not isinstance(self.gambling_simulated, Unset):
                gambling_simulated = self.gambling_simulated.value

        guns_or_other_weapons: str | Unset | None
        if self.guns_or_other_weapons is None:
            guns_or_other_weapons = None
        else:
            guns_or_other_weapons = UNSET
            if not isinstance(self.guns_or_other_weapons, Unset):
                guns_or_other_weapons = self.guns_or_other_weapons.value

        health_or_wellness_topics: bool | None | Unset
        if isinstance(self.health_or_wellness_topics, Unset):
            health_or_wellness_topics = UNSET
        else:
            health_or_wellness_topics = self.health_or_wellness_topics

        horror_or_fear_themes: str | Unset | None
        if self.horror_or_fear_themes is None:
            horror_or_fear_themes = None
        else:
            horror_or_fear_themes = UNSET
            if not isinstance(self.horror_or_fear_themes, Unset):
                horror_or_fear_themes = self.horror_or_fear_themes.value

        kids_age_band: str | Unset | None
        if self.kids_age_band is None:
            kids_age_band = None
        else:
            kids_age_band = UNSET
            if not isinstance(self.kids_age_band, Unset):
                kids_age_band = self.kids_age_band.value

        korea_age_rating_override: str | Unset | None
        if self.korea_age_rating_override is None:
            korea_age_rating_override = None
        else:
            korea_age_rating_override = UNSET
            if not isinstance(self.korea_age_rating_override, Unset):
                korea_age_rating_override = self.korea_age_rating_override.value

        loot_box: bool | None | Unset
        if isinstance(self.loot_box, Unset):
            loot_box = UNSET
        else:
            loot_box = self.loot_box

        mature_or_suggestive_themes: str | Unset | None
        if self.mature_or_suggestive_themes is None:
            mature_or_suggestive_themes = None
        else:
            mature_or_suggestive_themes = UNSET
            if not isinstance(self.mature_or_suggestive_themes, Unset):
                mature_or_suggestive_themes = self.mature_or_suggestive_themes.value

        medical_or_treatment_information: str | Unset | None
        if self.medical_or_treatment_information is None:
            medical_or_treatment_information = None
        else:
            medical_or_treatment_information = UNSET
            if not isinstance(self.medical_or_treatment_information, Unset):
                medical_or_treatment_information = self.medical_or_treatment_information.value

        messaging_and_chat: bool | None | Unset
        if isinstance(self.messaging_and_chat, Unset):
            messaging_and_chat = UNSET
        else:
            messaging_and_chat = self.messaging_and_chat

        parental_controls: bool | None | Unset
        if isinstance(self.parental_controls, Unset):
            parental_controls = UNSET
        else:
            parental_controls = self.parental_controls

        profanity_or_crude_humor: str | Unset | None
        if self.profanity_or_crude_humor is None:
            profanity_or_crude_humor = None
        else:
            profanity_or_crude_humor = UNSET
            if not isinstance(self.profanity_or_crude_humor, Unset):
                profanity_or_crude_humor = self.profanity_or_crude_humor.value

        sexual_content_graphic_and_nudity: str | Unset | None
        if self.sexual_content_graphic_and_nudity is None:
            sexual_content_graphic_and_nudity = None
        else:
            sexual_content_graphic_and_nudity = UNSET
            if not isinstance(self.sexual_content_graphic_and_nudity, Unset):
                sexual_content_graphic_and_nudity = self.sexual_content_graphic_and_nudity.value

        sexual_content_or_nudity: str | Unset | None
        if self.sexual_content_or_nudity is None:
            sexual_content_or_nudity = None
        else:
            sexual_content_or_nudity = UNSET
            if not isinstance(self.sexual_content_or_nudity, Unset):
                sexual_content_or_nudity = self.sexual_content_or_nudity.value

        social_media: bool | None | Unset
        if isinstance(self.social_media, Unset):
            social_media = UNSET
        else:
            social_media = self.social_media

        social_media_age_restricted: bool | None | Unset
        if isinstance(self.social_media_age_restricted, Unset):
            social_media_age_restricted = UNSET
        else:
            social_media_age_restricted = self.social_media_age_restricted

        unrestricted_web_access: bool | None | Unset
        if isinstance(self.unrestricted_web_access, Unset):
            unrestricted_web_access = UNSET
        else:
            unrestricted_web_access = self.unrestricted_web_access

        user_generated_content: bool | None | Unset
        if isinstance(self.user_generated_content, Unset):
            user_generated_content = UNSET
        else:
            user_generated_content = self.user_generated_content

        violence_cartoon_or_fantasy: str | Unset | None
        if self.violence_cartoon_or_fantasy is None:
            violence_cartoon_or_fantasy = None
        else:
            violence_cartoon_or_fantasy = UNSET
            if not isinstance(self.violence_cartoon_or_fantasy, Unset):
                violence_cartoon_or_fantasy = self.violence_cartoon_or_fantasy.value

        violence_realistic: str | Unset | None
        if self.violence_realistic is None:
            violence_realistic = None
        else:
            violence_realistic = UNSET
            if not isinstance(self.violence_realistic, Unset):
                violence_realistic = self.violence_realistic.value

        violence_realistic_prolonged_graphic_or_sadistic: str | Unset | None
        if self.violence_realistic_prolonged_graphic_or_sadistic is None:
            violence_realistic_prolonged_graphic_or_sadistic = None
        else:
            violence_realistic_prolonged_graphic_or_sadistic = UNSET
            if not isinstance(self.violence_realistic_prolonged_graphic_or_sadistic, Unset):
                violence_realistic_prolonged_graphic_or_sadistic = (
                    self.violence_realistic_prolonged_graphic_or_sadistic.value
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if advertising is not UNSET:
            field_dict["advertising"] = advertising
        if age_assurance is not UNSET:
            field_dict["ageAssurance"] = age_assurance
        if age_rating_override is not UNSET:
            field_dict["ageRatingOverride"] = age_rating_override
        if age_rating_override_v2 is not UNSET:
            field_dict["ageRatingOverrideV2"] = age_rating_override_v2
        if alcohol_tobacco_or_drug_use_or_references is not UNSET:
            field_dict["alcoholTobaccoOrDrugUseOrReferences"] = alcohol_tobacco_or_drug_use_or_references
        if contests is not UNSET:
            field_dict["contests"] = contests
        if developer_age_rating_info_url is not UNSET:
            field_dict["developerAgeRatingInfoUrl"] = developer_age_rating_info_url
        if gambling is not UNSET:
            field_dict["gambling"] = gambling
        if gambling_simulated is not UNSET:
            field_dict["gamblingSimulated"] = gambling_simulated
        if guns_or_other_weapons is not UNSET:
            field_dict["gunsOrOtherWeapons"] = guns_or_other_weapons
        if health_or_wellness_topics is not UNSET:
            field_dict["healthOrWellnessTopics"] = health_or_wellness_topics
        if horror_or_fear_themes is not UNSET:
            field_dict["horrorOrFearThemes"] = horror_or_fear_themes
        if kids_age_band is not UNSET:
            field_dict["kidsAgeBand"] = kids_age_band
        if korea_age_rating_override is not UNSET:
            field_dict["koreaAgeRatingOverride"] = korea_age_rating_override
        if loot_box is not UNSET:
            field_dict["lootBox"] = loot_box
        if mature_or_suggestive_themes is not UNSET:
            field_dict["matureOrSuggestiveThemes"] = mature_or_suggestive_themes
        if medical_or_treatment_information is not UNSET:
            field_dict["medicalOrTreatmentInformation"] = medical_or_treatment_information
        if messaging_and_chat is not UNSET:
            field_dict["messagingAndChat"] = messaging_and_chat
        if parental_controls is not UNSET:
            field_dict["parentalControls"] = parental_controls
        if profanity_or_crude_humor is not UNSET:
            field_dict["profanityOrCrudeHumor"] = profanity_or_crude_humor
        if sexual_content_graphic_and_nudity is not UNSET:
            field_dict["sexualContentGraphicAndNudity"] = sexual_content_graphic_and_nudity
        if sexual_content_or_nudity is not UNSET:
            field_dict["sexualContentOrNudity"] = sexual_content_or_nudity
        if social_media is not UNSET:
            field_dict["socialMedia"] = social_media
        if social_media_age_restricted is not UNSET:
            field_dict["socialMediaAgeRestricted"] = social_media_age_restricted
        if unrestricted_web_access is not UNSET:
            field_dict["unrestrictedWebAccess"] = unrestricted_web_access
        if user_generated_content is not UNSET:
            field_dict["userGeneratedContent"] = user_generated_content
        if violence_cartoon_or_fantasy is not UNSET:
            field_dict["violenceCartoonOrFantasy"] = violence_cartoon_or_fantasy
        if violence_realistic is not UNSET:
            field_dict["violenceRealistic"] = violence_realistic
        if violence_realistic_prolonged_graphic_or_sadistic is not UNSET:
            field_dict["violenceRealisticProlongedGraphicOrSadistic"] = (
                violence_realistic_prolonged_graphic_or_sadistic
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_advertising(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        advertising = _parse_advertising(src_dict.get("advertising", UNSET))

        def _parse_age_assurance(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        age_assurance = _parse_age_assurance(src_dict.get("ageAssurance", UNSET))

        _raw_age_rating_override = src_dict.get("ageRatingOverride", UNSET)
        if _raw_age_rating_override is None:
            age_rating_override = None
        else:
            _age_rating_override = _raw_age_rating_override
            age_rating_override: AgeRatingDeclarationUpdateRequestDataAttributesAgeRatingOverride | Unset
            if isinstance(_age_rating_override, Unset):
                age_rating_override = UNSET
            else:
                age_rating_override = AgeRatingDeclarationUpdateRequestDataAttributesAgeRatingOverride.of(
                    _age_rating_override
                )

        _raw_age_rating_override_v2 = src_dict.get("ageRatingOverrideV2", UNSET)
        if _raw_age_rating_override_v2 is None:
            age_rating_override_v2 = None
        else:
            _age_rating_override_v2 = _raw_age_rating_override_v2
            age_rating_override_v2: AgeRatingDeclarationUpdateRequestDataAttributesAgeRatingOverrideV2 | Unset
            if isinstance(_age_rating_override_v2, Unset):
                age_rating_override_v2 = UNSET
            else:
                age_rating_override_v2 = (
                    AgeRatingDeclarationUpdateRequestDataAttributesAgeRatingOverrideV2.of(
                        _age_rating_override_v2
                    )
                )

        _raw_alcohol_tobacco_or_drug_use_or_references = src_dict.get(
            "alcoholTobaccoOrDrugUseOrReferences", UNSET
        )
        if _raw_alcohol_tobacco_or_drug_use_or_references is None:
            alcohol_tobacco_or_drug_use_or_references = None
        else:
            _alcohol_tobacco_or_drug_use_or_references = _raw_alcohol_tobacco_or_drug_use_or_references
            alcohol_tobacco_or_drug_use_or_references: (
                AgeRatingDeclarationUpdateRequestDataAttributesAlcoholTobaccoOrDrugUseOrReferences | Unset
            )
            if isinstance(_alcohol_tobacco_or_drug_use_or_references, Unset):
                alcohol_tobacco_or_drug_use_or_references = UNSET
            else:
                alcohol_tobacco_or_drug_use_or_references = (
                    AgeRatingDeclarationUpdateRequestDataAttributesAlcoholTobaccoOrDrugUseOrReferences.of(
                        _alcohol_tobacco_or_drug_use_or_references
                    )
                )

        _raw_contests = src_dict.get("contests", UNSET)
        if _raw_contests is None:
            contests = None
        else:
            _contests = _raw_contests
            contests: AgeRatingDeclarationUpdateRequestDataAttributesContests | Unset
            if isinstance(_contests, Unset):
                contests = UNSET
            else:
                contests = AgeRatingDeclarationUpdateRequestDataAttributesContests.of(_contests)

        def _parse_developer_age_rating_info_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        developer_age_rating_info_url = _parse_developer_age_rating_info_url(
            src_dict.get("developerAgeRatingInfoUrl", UNSET)
        )

        def _parse_gambling(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        gambling = _parse_gambling(src_dict.get("gambling", UNSET))

        _raw_gambling_simulated = src_dict.get("gamblingSimulated", UNSET)
        if _raw_gambling_simulated is None:
            gambling_simulated = None
        else:
            _gambling_simulated = _raw_gambling_simulated
            gambling_simulated: AgeRatingDeclarationUpdateRequestDataAttributesGamblingSimulated | Unset
            if isinstance(_gambling_simulated, Unset):
                gambling_simulated = UNSET
            else:
                gambling_simulated = AgeRatingDeclarationUpdateRequestDataAttributesGamblingSimulated.of(
                    _gambling_simulated
                )

        _raw_guns_or_other_weapons = src_dict.get("gunsOrOtherWeapons", UNSET)
        if _raw_guns_or_other_weapons is None:
            guns_or_other_weapons = None
        else:
            _guns_or_other_weapons = _raw_guns_or_other_weapons
            guns_or_other_weapons: AgeRatingDeclarationUpdateRequestDataAttributesGunsOrOtherWeapons | Unset
            if isinstance(_guns_or_other_weapons, Unset):
                guns_or_other_weapons = UNSET
            else:
                guns_or_other_weapons = AgeRatingDeclarationUpdateRequestDataAttributesGunsOrOtherWeapons.of(
                    _guns_or_other_weapons
                )

        def _parse_health_or_wellness_topics(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        health_or_wellness_topics = _parse_health_or_wellness_topics(
            src_dict.get("healthOrWellnessTopics", UNSET)
        )

        _raw_horror_or_fear_themes = src_dict.get("horrorOrFearThemes", UNSET)
        if _raw_horror_or_fear_themes is None:
            horror_or_fear_themes = None
        else:
            _horror_or_fear_themes = _raw_horror_or_fear_themes
            horror_or_fear_themes: AgeRatingDeclarationUpdateRequestDataAttributesHorrorOrFearThemes | Unset
            if isinstance(_horror_or_fear_themes, Unset):
                horror_or_fear_themes = UNSET
            else:
                horror_or_fear_themes = AgeRatingDeclarationUpdateRequestDataAttributesHorrorOrFearThemes.of(
                    _horror_or_fear_themes
                )

        _raw_kids_age_band = src_dict.get("kidsAgeBand", UNSET)
        if _raw_kids_age_band is None:
            kids_age_band = None
        else:
            _kids_age_band = _raw_kids_age_band
            kids_age_band: KidsAgeBand | Unset
            if isinstance(_kids_age_band, Unset):
                kids_age_band = UNSET
            else:
                kids_age_band = KidsAgeBand.of(_kids_age_band)

        _raw_korea_age_rating_override = src_dict.get("koreaAgeRatingOverride", UNSET)
        if _raw_korea_age_rating_override is None:
            korea_age_rating_override = None
        else:
            _korea_age_rating_override = _raw_korea_age_rating_override
            korea_age_rating_override: (
                AgeRatingDeclarationUpdateRequestDataAttributesKoreaAgeRatingOverride | Unset
            )
            if isinstance(_korea_age_rating_override, Unset):
                korea_age_rating_override = UNSET
            else:
                korea_age_rating_override = (
                    AgeRatingDeclarationUpdateRequestDataAttributesKoreaAgeRatingOverride.of(
                        _korea_age_rating_override
                    )
                )

        def _parse_loot_box(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        loot_box = _parse_loot_box(src_dict.get("lootBox", UNSET))

        _raw_mature_or_suggestive_themes = src_dict.get("matureOrSuggestiveThemes", UNSET)
        if _raw_mature_or_suggestive_themes is None:
            mature_or_suggestive_themes = None
        else:
            _mature_or_suggestive_themes = _raw_mature_or_suggestive_themes
            mature_or_suggestive_themes: (
                AgeRatingDeclarationUpdateRequestDataAttributesMatureOrSuggestiveThemes | Unset
            )
            if isinstance(_mature_or_suggestive_themes, Unset):
                mature_or_suggestive_themes = UNSET
            else:
                mature_or_suggestive_themes = (
                    AgeRatingDeclarationUpdateRequestDataAttributesMatureOrSuggestiveThemes.of(
                        _mature_or_suggestive_themes
                    )
                )

        _raw_medical_or_treatment_information = src_dict.get("medicalOrTreatmentInformation", UNSET)
        if _raw_medical_or_treatment_information is None:
            medical_or_treatment_information = None
        else:
            _medical_or_treatment_information = _raw_medical_or_treatment_information
            medical_or_treatment_information: (
                AgeRatingDeclarationUpdateRequestDataAttributesMedicalOrTreatmentInformation | Unset
            )
            if isinstance(_medical_or_treatment_information, Unset):
                medical_or_treatment_information = UNSET
            else:
                medical_or_treatment_information = (
                    AgeRatingDeclarationUpdateRequestDataAttributesMedicalOrTreatmentInformation.of(
                        _medical_or_treatment_information
                    )
                )

        def _parse_messaging_and_chat(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        messaging_and_chat = _parse_messaging_and_chat(src_dict.get("messagingAndChat", UNSET))

        def _parse_parental_controls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parental_controls = _parse_parental_controls(src_dict.get("parentalControls", UNSET))

        _raw_profanity_or_crude_humor = src_dict.get("profanityOrCrudeHumor", UNSET)
        if _raw_profanity_or_crude_humor is None:
            profanity_or_crude_humor = None
        else:
            _profanity_or_crude_humor = _raw_profanity_or_crude_humor
            profanity_or_crude_humor: (
                AgeRatingDeclarationUpdateRequestDataAttributesProfanityOrCrudeHumor | Unset
            )
            if isinstance(_profanity_or_crude_humor, Unset):
                profanity_or_crude_humor = UNSET
            else:
                profanity_or_crude_humor = (
                    AgeRatingDeclarationUpdateRequestDataAttributesProfanityOrCrudeHumor.of(
                        _profanity_or_crude_humor
                    )
                )

        _raw_sexual_content_graphic_and_nudity = src_dict.get("sexualContentGraphicAndNudity", UNSET)
        if _raw_sexual_content_graphic_and_nudity is None:
            sexual_content_graphic_and_nudity = None
        else:
            _sexual_content_graphic_and_nudity = _raw_sexual_content_graphic_and_nudity
            sexual_content_graphic_and_nudity: (
                AgeRatingDeclarationUpdateRequestDataAttributesSexualContentGraphicAndNudity | Unset
            )
            if isinstance(_sexual_content_graphic_and_nudity, Unset):
                sexual_content_graphic_and_nudity = UNSET
            else:
                sexual_content_graphic_and_nudity = (
                    AgeRatingDeclarationUpdateRequestDataAttributesSexualContentGraphicAndNudity.of(
                        _sexual_content_graphic_and_nudity
                    )
                )

        _raw_sexual_content_or_nudity = src_dict.get("sexualContentOrNudity", UNSET)
        if _raw_sexual_content_or_nudity is None:
            sexual_content_or_nudity = None
        else:
            _sexual_content_or_nudity = _raw_sexual_content_or_nudity
            sexual_content_or_nudity: (
                AgeRatingDeclarationUpdateRequestDataAttributesSexualContentOrNudity | Unset
            )
            if isinstance(_sexual_content_or_nudity, Unset):
                sexual_content_or_nudity = UNSET
            else:
                sexual_content_or_nudity = (
                    AgeRatingDeclarationUpdateRequestDataAttributesSexualContentOrNudity.of(
                        _sexual_content_or_nudity
                    )
                )

        def _parse_social_media(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        social_media = _parse_social_media(src_dict.get("socialMedia", UNSET))

        def _parse_social_media_age_restricted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        social_media_age_restricted = _parse_social_media_age_restricted(
            src_dict.get("socialMediaAgeRestricted", UNSET)
        )

        def _parse_unrestricted_web_access(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        unrestricted_web_access = _parse_unrestricted_web_access(src_dict.get("unrestrictedWebAccess", UNSET))

        def _parse_user_generated_content(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        user_generated_content = _parse_user_generated_content(src_dict.get("userGeneratedContent", UNSET))

        _raw_violence_cartoon_or_fantasy = src_dict.get("violenceCartoonOrFantasy", UNSET)
        if _raw_violence_cartoon_or_fantasy is None:
            violence_cartoon_or_fantasy = None
        else:
            _violence_cartoon_or_fantasy = _raw_violence_cartoon_or_fantasy
            violence_cartoon_or_fantasy: (
                AgeRatingDeclarationUpdateRequestDataAttributesViolenceCartoonOrFantasy | Unset
            )
            if isinstance(_violence_cartoon_or_fantasy, Unset):
                violence_cartoon_or_fantasy = UNSET
            else:
                violence_cartoon_or_fantasy = (
                    AgeRatingDeclarationUpdateRequestDataAttributesViolenceCartoonOrFantasy.of(
                        _violence_cartoon_or_fantasy
                    )
                )

        _raw_violence_realistic = src_dict.get("violenceRealistic", UNSET)
        if _raw_violence_realistic is None:
            violence_realistic = None
        else:
            _violence_realistic = _raw_violence_realistic
            violence_realistic: AgeRatingDeclarationUpdateRequestDataAttributesViolenceRealistic | Unset
            if isinstance(_violence_realistic, Unset):
                violence_realistic = UNSET
            else:
                violence_realistic = AgeRatingDeclarationUpdateRequestDataAttributesViolenceRealistic.of(
                    _violence_realistic
                )

        _raw_violence_realistic_prolonged_graphic_or_sadistic = src_dict.get(
            "violenceRealisticProlongedGraphicOrSadistic", UNSET
        )
        if _raw_violence_realistic_prolonged_graphic_or_sadistic is None:
            violence_realistic_prolonged_graphic_or_sadistic = None
        else:
            _violence_realistic_prolonged_graphic_or_sadistic = (
                _raw_violence_realistic_prolonged_graphic_or_sadistic
            )
            violence_realistic_prolonged_graphic_or_sadistic: (
                AgeRatingDeclarationUpdateRequestDataAttributesViolenceRealisticProlongedGraphicOrSadistic
                | Unset
            )
            if isinstance(_violence_realistic_prolonged_graphic_or_sadistic, Unset):
                violence_realistic_prolonged_graphic_or_sadistic = UNSET
            else:
                violence_realistic_prolonged_graphic_or_sadistic = AgeRatingDeclarationUpdateRequestDataAttributesViolenceRealisticProlongedGraphicOrSadistic.of(
                    _violence_realistic_prolonged_graphic_or_sadistic
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.advertising = advertising
        _model.age_assurance = age_assurance
        _model.age_rating_override = age_rating_override
        _model.age_rating_override_v2 = age_rating_override_v2
        _model.alcohol_tobacco_or_drug_use_or_references = alcohol_tobacco_or_drug_use_or_references
        _model.contests = contests
        _model.developer_age_rating_info_url = developer_age_rating_info_url
        _model.gambling = gambling
        _model.gambling_simulated = gambling_simulated
        _model.guns_or_other_weapons = guns_or_other_weapons
        _model.health_or_wellness_topics = health_or_wellness_topics
        _model.horror_or_fear_themes = horror_or_fear_themes
        _model.kids_age_band = kids_age_band
        _model.korea_age_rating_override = korea_age_rating_override
        _model.loot_box = loot_box
        _model.mature_or_suggestive_themes = mature_or_suggestive_themes
        _model.medical_or_treatment_information = medical_or_treatment_information
        _model.messaging_and_chat = messaging_and_chat
        _model.parental_controls = parental_controls
        _model.profanity_or_crude_humor = profanity_or_crude_humor
        _model.sexual_content_graphic_and_nudity = sexual_content_graphic_and_nudity
        _model.sexual_content_or_nudity = sexual_content_or_nudity
        _model.social_media = social_media
        _model.social_media_age_restricted = social_media_age_restricted
        _model.unrestricted_web_access = unrestricted_web_access
        _model.user_generated_content = user_generated_content
        _model.violence_cartoon_or_fantasy = violence_cartoon_or_fantasy
        _model.violence_realistic = violence_realistic
        _model.violence_realistic_prolonged_graphic_or_sadistic = (
            violence_realistic_prolonged_graphic_or_sadistic
        )
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
