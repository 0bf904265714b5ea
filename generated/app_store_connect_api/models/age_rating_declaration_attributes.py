from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.age_rating_declaration_attributes_age_rating_override import (
    AgeRatingDeclarationAttributesAgeRatingOverride,
)
from ..models.age_rating_declaration_attributes_age_rating_override_v2 import (
    AgeRatingDeclarationAttributesAgeRatingOverrideV2,
)
from ..models.age_rating_declaration_attributes_alcohol_tobacco_or_drug_use_or_references import (
    AgeRatingDeclarationAttributesAlcoholTobaccoOrDrugUseOrReferences,
)
from ..models.age_rating_declaration_attributes_contests import AgeRatingDeclarationAttributesContests
from ..models.age_rating_declaration_attributes_gambling_simulated import (
    AgeRatingDeclarationAttributesGamblingSimulated,
)
from ..models.age_rating_declaration_attributes_guns_or_other_weapons import (
    AgeRatingDeclarationAttributesGunsOrOtherWeapons,
)
from ..models.age_rating_declaration_attributes_horror_or_fear_themes import (
    AgeRatingDeclarationAttributesHorrorOrFearThemes,
)
from ..models.age_rating_declaration_attributes_korea_age_rating_override import (
    AgeRatingDeclarationAttributesKoreaAgeRatingOverride,
)
from ..models.age_rating_declaration_attributes_mature_or_suggestive_themes import (
    AgeRatingDeclarationAttributesMatureOrSuggestiveThemes,
)
from ..models.age_rating_declaration_attributes_medical_or_treatment_information import (
    AgeRatingDeclarationAttributesMedicalOrTreatmentInformation,
)
from ..models.age_rating_declaration_attributes_profanity_or_crude_humor import (
    AgeRatingDeclarationAttributesProfanityOrCrudeHumor,
)
from ..models.age_rating_declaration_attributes_sexual_content_graphic_and_nudity import (
    AgeRatingDeclarationAttributesSexualContentGraphicAndNudity,
)
from ..models.age_rating_declaration_attributes_sexual_content_or_nudity import (
    AgeRatingDeclarationAttributesSexualContentOrNudity,
)
from ..models.age_rating_declaration_attributes_violence_cartoon_or_fantasy import (
    AgeRatingDeclarationAttributesViolenceCartoonOrFantasy,
)
from ..models.age_rating_declaration_attributes_violence_realistic import (
    AgeRatingDeclarationAttributesViolenceRealistic,
)
from ..models.age_rating_declaration_attributes_violence_realistic_prolonged_graphic_or_sadistic import (
    AgeRatingDeclarationAttributesViolenceRealisticProlongedGraphicOrSadistic,
)
from ..models.kids_age_band import KidsAgeBand
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AgeRatingDeclarationAttributes")
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
class AgeRatingDeclarationAttributes:
    """
    Attributes:
        advertising (bool | Unset):
        age_assurance (bool | Unset):
        age_rating_override (AgeRatingDeclarationAttributesAgeRatingOverride | Unset):
        age_rating_override_v2 (AgeRatingDeclarationAttributesAgeRatingOverrideV2 | Unset):
        alcohol_tobacco_or_drug_use_or_references (AgeRatingDeclarationAttributesAlcoholTobaccoOrDrugUseOrReferences |
            Unset):
        contests (AgeRatingDeclarationAttributesContests | Unset):
        developer_age_rating_info_url (str | Unset):
        gambling (bool | Unset):
        gambling_simulated (AgeRatingDeclarationAttributesGamblingSimulated | Unset):
        guns_or_other_weapons (AgeRatingDeclarationAttributesGunsOrOtherWeapons | Unset):
        health_or_wellness_topics (bool | Unset):
        horror_or_fear_themes (AgeRatingDeclarationAttributesHorrorOrFearThemes | Unset):
        kids_age_band (KidsAgeBand | Unset):
        korea_age_rating_override (AgeRatingDeclarationAttributesKoreaAgeRatingOverride | Unset):
        loot_box (bool | Unset):
        mature_or_suggestive_themes (AgeRatingDeclarationAttributesMatureOrSuggestiveThemes | Unset):
        medical_or_treatment_information (AgeRatingDeclarationAttributesMedicalOrTreatmentInformation | Unset):
        messaging_and_chat (bool | Unset):
        parental_controls (bool | Unset):
        profanity_or_crude_humor (AgeRatingDeclarationAttributesProfanityOrCrudeHumor | Unset):
        sexual_content_graphic_and_nudity (AgeRatingDeclarationAttributesSexualContentGraphicAndNudity | Unset):
        sexual_content_or_nudity (AgeRatingDeclarationAttributesSexualContentOrNudity | Unset):
        social_media (bool | Unset):
        social_media_age_restricted (bool | Unset):
        unrestricted_web_access (bool | Unset):
        user_generated_content (bool | Unset):
        violence_cartoon_or_fantasy (AgeRatingDeclarationAttributesViolenceCartoonOrFantasy | Unset):
        violence_realistic (AgeRatingDeclarationAttributesViolenceRealistic | Unset):
        violence_realistic_prolonged_graphic_or_sadistic
            (AgeRatingDeclarationAttributesViolenceRealisticProlongedGraphicOrSadistic | Unset):
    """

    advertising: bool | None = None
    age_assurance: bool | None = None
    age_rating_override: AgeRatingDeclarationAttributesAgeRatingOverride | None = None
    age_rating_override_v2: AgeRatingDeclarationAttributesAgeRatingOverrideV2 | None = None
    alcohol_tobacco_or_drug_use_or_references: (
        AgeRatingDeclarationAttributesAlcoholTobaccoOrDrugUseOrReferences | None
    ) = None
    contests: AgeRatingDeclarationAttributesContests | None = None
    developer_age_rating_info_url: str | None = None
    gambling: bool | None = None
    gambling_simulated: AgeRatingDeclarationAttributesGamblingSimulated | None = None
    guns_or_other_weapons: AgeRatingDeclarationAttributesGunsOrOtherWeapons | None = None
    health_or_wellness_topics: bool | None = None
    horror_or_fear_themes: AgeRatingDeclarationAttributesHorrorOrFearThemes | None = None
    kids_age_band: KidsAgeBand | None = None
    korea_age_rating_override: AgeRatingDeclarationAttributesKoreaAgeRatingOverride | None = None
    loot_box: bool | None = None
    mature_or_suggestive_themes: AgeRatingDeclarationAttributesMatureOrSuggestiveThemes | None = None
    medical_or_treatment_information: AgeRatingDeclarationAttributesMedicalOrTreatmentInformation | None = (
        None
    )
    messaging_and_chat: bool | None = None
    parental_controls: bool | None = None
    profanity_or_crude_humor: AgeRatingDeclarationAttributesProfanityOrCrudeHumor | None = None
    sexual_content_graphic_and_nudity: AgeRatingDeclarationAttributesSexualContentGraphicAndNudity | None = (
        None
    )
    sexual_content_or_nudity: AgeRatingDeclarationAttributesSexualContentOrNudity | None = None
    social_media: bool | None = None
    social_media_age_restricted: bool | None = None
    unrestricted_web_access: bool | None = None
    user_generated_content: bool | None = None
    violence_cartoon_or_fantasy: AgeRatingDeclarationAttributesViolenceCartoonOrFantasy | None = None
    violence_realistic: AgeRatingDeclarationAttributesViolenceRealistic | None = None
    violence_realistic_prolonged_graphic_or_sadistic: (
        AgeRatingDeclarationAttributesViolenceRealisticProlongedGraphicOrSadistic | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        advertising = self.advertising

        age_assurance = self.age_assurance

        age_rating_override: Any = None
        if self.age_rating_override is not None:
            age_rating_override = self.age_rating_override.value

        age_rating_override_v2: Any = None
        if self.age_rating_override_v2 is not None:
            age_rating_override_v2 = self.age_rating_override_v2.value

        alcohol_tobacco_or_drug_use_or_references: Any = None
        if self.alcohol_tobacco_or_drug_use_or_references is not None:
            alcohol_tobacco_or_drug_use_or_references = self.alcohol_tobacco_or_drug_use_or_references.value

        contests: Any = None
        if self.contests is not None:
            contests = self.contests.value

        developer_age_rating_info_url = self.developer_age_rating_info_url

        gambling = self.gambling

        gambling_simulated: Any = None
        if self.gambling_simulated is not None:
            gambling_simulated = self.gambling_simulated.value

        guns_or_other_weapons: Any = None
        if self.guns_or_other_weapons is not None:
            guns_or_other_weapons = self.guns_or_other_weapons.value

        health_or_wellness_topics = self.health_or_wellness_topics

        horror_or_fear_themes: Any = None
        if self.horror_or_fear_themes is not None:
            horror_or_fear_themes = self.horror_or_fear_themes.value

        kids_age_band: Any = None
        if self.kids_age_band is not None:
            kids_age_band = self.kids_age_band.value

        korea_age_rating_override: Any = None
        if self.korea_age_rating_override is not None:
            korea_age_rating_override = self.korea_age_rating_override.value

        loot_box = self.loot_box

        mature_or_suggestive_themes: Any = None
        if self.mature_or_suggestive_themes is not None:
            mature_or_suggestive_themes = self.mature_or_suggestive_themes.value

        medical_or_treatment_information: Any = None
        if self.medical_or_treatment_information is not None:
            medical_or_treatment_information = self.medical_or_treatment_information.value

        messaging_and_chat = self.messaging_and_chat

        parental_controls = self.parental_controls

        profanity_or_crude_humor: Any = None
        if self.profanity_or_crude_humor is not None:
            profanity_or_crude_humor = self.profanity_or_crude_humor.value

        sexual_content_graphic_and_nudity: Any = None
        if self.sexual_content_graphic_and_nudity is not None:
            sexual_content_graphic_and_nudity = self.sexual_content_graphic_and_nudity.value

        sexual_content_or_nudity: Any = None
        if self.sexual_content_or_nudity is not None:
            sexual_content_or_nudity = self.sexual_content_or_nudity.value

        social_media = self.social_media

        social_media_age_restricted = self.social_media_age_restricted

        unrestricted_web_access = self.unrestricted_web_access

        user_generated_content = self.user_generated_content

        violence_cartoon_or_fantasy: Any = None
        if self.violence_cartoon_or_fantasy is not None:
            violence_cartoon_or_fantasy = self.violence_cartoon_or_fantasy.value

        violence_realistic: Any = None
        if self.violence_realistic is not None:
            violence_realistic = self.violence_realistic.value

        violence_realistic_prolonged_graphic_or_sadistic: Any = None
        if self.violence_realistic_prolonged_graphic_or_sadistic is not None:
            violence_realistic_prolonged_graphic_or_sadistic = (
                self.violence_realistic_prolonged_graphic_or_sadistic.value
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if advertising is not None:
            field_dict["advertising"] = advertising
        if age_assurance is not None:
            field_dict["ageAssurance"] = age_assurance
        if age_rating_override is not None:
            field_dict["ageRatingOverride"] = age_rating_override
        if age_rating_override_v2 is not None:
            field_dict["ageRatingOverrideV2"] = age_rating_override_v2
        if alcohol_tobacco_or_drug_use_or_references is not None:
            field_dict["alcoholTobaccoOrDrugUseOrReferences"] = alcohol_tobacco_or_drug_use_or_references
        if contests is not None:
            field_dict["contests"] = contests
        if developer_age_rating_info_url is not None:
            field_dict["developerAgeRatingInfoUrl"] = developer_age_rating_info_url
        if gambling is not None:
            field_dict["gambling"] = gambling
        if gambling_simulated is not None:
            field_dict["gamblingSimulated"] = gambling_simulated
        if guns_or_other_weapons is not None:
            field_dict["gunsOrOtherWeapons"] = guns_or_other_weapons
        if health_or_wellness_topics is not None:
            field_dict["healthOrWellnessTopics"] = health_or_wellness_topics
        if horror_or_fear_themes is not None:
            field_dict["horrorOrFearThemes"] = horror_or_fear_themes
        if kids_age_band is not None:
            field_dict["kidsAgeBand"] = kids_age_band
        if korea_age_rating_override is not None:
            field_dict["koreaAgeRatingOverride"] = korea_age_rating_override
        if loot_box is not None:
            field_dict["lootBox"] = loot_box
        if mature_or_suggestive_themes is not None:
            field_dict["matureOrSuggestiveThemes"] = mature_or_suggestive_themes
        if medical_or_treatment_information is not None:
            field_dict["medicalOrTreatmentInformation"] = medical_or_treatment_information
        if messaging_and_chat is not None:
            field_dict["messagingAndChat"] = messaging_and_chat
        if parental_controls is not None:
            field_dict["parentalControls"] = parental_controls
        if profanity_or_crude_humor is not None:
            field_dict["profanityOrCrudeHumor"] = profanity_or_crude_humor
        if sexual_content_graphic_and_nudity is not None:
            field_dict["sexualContentGraphicAndNudity"] = sexual_content_graphic_and_nudity
        if sexual_content_or_nudity is not None:
            field_dict["sexualContentOrNudity"] = sexual_content_or_nudity
        if social_media is not None:
            field_dict["socialMedia"] = social_media
        if social_media_age_restricted is not None:
            field_dict["socialMediaAgeRestricted"] = social_media_age_restricted
        if unrestricted_web_access is not None:
            field_dict["unrestrictedWebAccess"] = unrestricted_web_access
        if user_generated_content is not None:
            field_dict["userGeneratedContent"] = user_generated_content
        if violence_cartoon_or_fantasy is not None:
            field_dict["violenceCartoonOrFantasy"] = violence_cartoon_or_fantasy
        if violence_realistic is not None:
            field_dict["violenceRealistic"] = violence_realistic
        if violence_realistic_prolonged_graphic_or_sadistic is not None:
            field_dict["violenceRealisticProlongedGraphicOrSadistic"] = (
                violence_realistic_prolonged_graphic_or_sadistic
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        advertising = src_dict.get("advertising")

        age_assurance = src_dict.get("ageAssurance")

        _raw_age_rating_override = src_dict.get("ageRatingOverride")
        if _raw_age_rating_override is None:
            age_rating_override = None
        else:
            age_rating_override = AgeRatingDeclarationAttributesAgeRatingOverride.of(_raw_age_rating_override)

        _raw_age_rating_override_v2 = src_dict.get("ageRatingOverrideV2")
        if _raw_age_rating_override_v2 is None:
            age_rating_override_v2 = None
        else:
            age_rating_override_v2 = AgeRatingDeclarationAttributesAgeRatingOverrideV2.of(
                _raw_age_rating_override_v2
            )

        _raw_alcohol_tobacco_or_drug_use_or_references = src_dict.get("alcoholTobaccoOrDrugUseOrReferences")
        if _raw_alcohol_tobacco_or_drug_use_or_references is None:
            alcohol_tobacco_or_drug_use_or_references = None
        else:
            alcohol_tobacco_or_drug_use_or_references = (
                AgeRatingDeclarationAttributesAlcoholTobaccoOrDrugUseOrReferences.of(
                    _raw_alcohol_tobacco_or_drug_use_or_references
                )
            )

        _raw_contests = src_dict.get("contests")
        if _raw_contests is None:
            contests = None
        else:
            contests = AgeRatingDeclarationAttributesContests.of(_raw_contests)

        developer_age_rating_info_url = src_dict.get("developerAgeRatingInfoUrl")

        gambling = src_dict.get("gambling")

        _raw_gambling_simulated = src_dict.get("gamblingSimulated")
        if _raw_gambling_simulated is None:
            gambling_simulated = None
        else:
            gambling_simulated = AgeRatingDeclarationAttributesGamblingSimulated.of(_raw_gambling_simulated)

        _raw_guns_or_other_weapons = src_dict.get("gunsOrOtherWeapons")
        if _raw_guns_or_other_weapons is None:
            guns_or_other_weapons = None
        else:
            guns_or_other_weapons = AgeRatingDeclarationAttributesGunsOrOtherWeapons.of(
                _raw_guns_or_other_weapons
            )

        health_or_wellness_topics = src_dict.get("healthOrWellnessTopics")

        _raw_horror_or_fear_themes = src_dict.get("horrorOrFearThemes")
        if _raw_horror_or_fear_themes is None:
            horror_or_fear_themes = None
        else:
            horror_or_fear_themes = AgeRatingDeclarationAttributesHorrorOrFearThemes.of(
                _raw_horror_or_fear_themes
            )

        _raw_kids_age_band = src_dict.get("kidsAgeBand")
        if _raw_kids_age_band is None:
            kids_age_band = None
        else:
            kids_age_band = KidsAgeBand.of(_raw_kids_age_band)

        _raw_korea_age_rating_override = src_dict.get("koreaAgeRatingOverride")
        if _raw_korea_age_rating_override is None:
            korea_age_rating_override = None
        else:
            korea_age_rating_override = AgeRatingDeclarationAttributesKoreaAgeRatingOverride.of(
                _raw_korea_age_rating_override
            )

        loot_box = src_dict.get("lootBox")

        _raw_mature_or_suggestive_themes = src_dict.get("matureOrSuggestiveThemes")
        if _raw_mature_or_suggestive_themes is None:
            mature_or_suggestive_themes = None
        else:
            mature_or_suggestive_themes = AgeRatingDeclarationAttributesMatureOrSuggestiveThemes.of(
                _raw_mature_or_suggestive_themes
            )

        _raw_medical_or_treatment_information = src_dict.get("medicalOrTreatmentInformation")
        if _raw_medical_or_treatment_information is None:
            medical_or_treatment_information = None
        else:
            medical_or_treatment_information = AgeRatingDeclarationAttributesMedicalOrTreatmentInformation.of(
                _raw_medical_or_treatment_information
            )

        messaging_and_chat = src_dict.get("messagingAndChat")

        parental_controls = src_dict.get("parentalControls")

        _raw_profanity_or_crude_humor = src_dict.get("profanityOrCrudeHumor")
        if _raw_profanity_or_crude_humor is None:
            profanity_or_crude_humor = None
        else:
            profanity_or_crude_humor = AgeRatingDeclarationAttributesProfanityOrCrudeHumor.of(
                _raw_profanity_or_crude_humor
            )

        _raw_sexual_content_graphic_and_nudity = src_dict.get("sexualContentGraphicAndNudity")
        if _raw_sexual_content_graphic_and_nudity is None:
            sexual_content_graphic_and_nudity = None
        else:
            sexual_content_graphic_and_nudity = (
                AgeRatingDeclarationAttributesSexualContentGraphicAndNudity.of(
                    _raw_sexual_content_graphic_and_nudity
                )
            )

        _raw_sexual_content_or_nudity = src_dict.get("sexualContentOrNudity")
        if _raw_sexual_content_or_nudity is None:
            sexual_content_or_nudity = None
        else:
            sexual_content_or_nudity = AgeRatingDeclarationAttributesSexualContentOrNudity.of(
                _raw_sexual_content_or_nudity
            )

        social_media = src_dict.get("socialMedia")

        social_media_age_restricted = src_dict.get("socialMediaAgeRestricted")

        unrestricted_web_access = src_dict.get("unrestrictedWebAccess")

        user_generated_content = src_dict.get("userGeneratedContent")

        _raw_violence_cartoon_or_fantasy = src_dict.get("violenceCartoonOrFantasy")
        if _raw_violence_cartoon_or_fantasy is None:
            violence_cartoon_or_fantasy = None
        else:
            violence_cartoon_or_fantasy = AgeRatingDeclarationAttributesViolenceCartoonOrFantasy.of(
                _raw_violence_cartoon_or_fantasy
            )

        _raw_violence_realistic = src_dict.get("violenceRealistic")
        if _raw_violence_realistic is None:
            violence_realistic = None
        else:
            violence_realistic = AgeRatingDeclarationAttributesViolenceRealistic.of(_raw_violence_realistic)

        _raw_violence_realistic_prolonged_graphic_or_sadistic = src_dict.get(
            "violenceRealisticProlongedGraphicOrSadistic"
        )
        if _raw_violence_realistic_prolonged_graphic_or_sadistic is None:
            violence_realistic_prolonged_graphic_or_sadistic = None
        else:
            violence_realistic_prolonged_graphic_or_sadistic = (
                AgeRatingDeclarationAttributesViolenceRealisticProlongedGraphicOrSadistic.of(
                    _raw_violence_realistic_prolonged_graphic_or_sadistic
                )
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
