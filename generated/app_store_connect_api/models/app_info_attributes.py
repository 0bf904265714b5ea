from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_info_attributes_australia_age_rating import AppInfoAttributesAustraliaAgeRating
from ..models.app_info_attributes_brazil_age_rating_v2 import AppInfoAttributesBrazilAgeRatingV2
from ..models.app_info_attributes_france_age_rating import AppInfoAttributesFranceAgeRating
from ..models.app_info_attributes_korea_age_rating import AppInfoAttributesKoreaAgeRating
from ..models.app_info_attributes_state import AppInfoAttributesState
from ..models.app_store_age_rating import AppStoreAgeRating
from ..models.app_store_version_state import AppStoreVersionState
from ..models.brazil_age_rating import BrazilAgeRating
from ..models.kids_age_band import KidsAgeBand
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppInfoAttributes")
_KNOWN_KEYS = frozenset(
    {
        "appStoreAgeRating",
        "appStoreState",
        "australiaAgeRating",
        "brazilAgeRating",
        "brazilAgeRatingV2",
        "franceAgeRating",
        "kidsAgeBand",
        "koreaAgeRating",
        "state",
    }
)


@_attrs_define(repr=False)
class AppInfoAttributes:
    """
    Attributes:
        app_store_age_rating (AppStoreAgeRating | Unset):
        app_store_state (AppStoreVersionState | Unset):
        australia_age_rating (AppInfoAttributesAustraliaAgeRating | Unset):
        brazil_age_rating (BrazilAgeRating | Unset):
        brazil_age_rating_v2 (AppInfoAttributesBrazilAgeRatingV2 | Unset):
        france_age_rating (AppInfoAttributesFranceAgeRating | Unset):
        kids_age_band (KidsAgeBand | Unset):
        korea_age_rating (AppInfoAttributesKoreaAgeRating | Unset):
        state (AppInfoAttributesState | Unset):
    """

    app_store_age_rating: AppStoreAgeRating | None = None
    app_store_state: AppStoreVersionState | None = None
    australia_age_rating: AppInfoAttributesAustraliaAgeRating | None = None
    brazil_age_rating: BrazilAgeRating | None = None
    brazil_age_rating_v2: AppInfoAttributesBrazilAgeRatingV2 | None = None
    france_age_rating: AppInfoAttributesFranceAgeRating | None = None
    kids_age_band: KidsAgeBand | None = None
    korea_age_rating: AppInfoAttributesKoreaAgeRating | None = None
    state: AppInfoAttributesState | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        app_store_age_rating: Any = None
        if self.app_store_age_rating is not None:
            app_store_age_rating = self.app_store_age_rating.value

        app_store_state: Any = None
        if self.app_store_state is not None:
            app_store_state = self.app_store_state.value

        australia_age_rating: Any = None
        if self.australia_age_rating is not None:
            australia_age_rating = self.australia_age_rating.value

        brazil_age_rating: Any = None
        if self.brazil_age_rating is not None:
            brazil_age_rating = self.brazil_age_rating.value

        brazil_age_rating_v2: Any = None
        if self.brazil_age_rating_v2 is not None:
            brazil_age_rating_v2 = self.brazil_age_rating_v2.value

        france_age_rating: Any = None
        if self.france_age_rating is not None:
            france_age_rating = self.france_age_rating.value

        kids_age_band: Any = None
        if self.kids_age_band is not None:
            kids_age_band = self.kids_age_band.value

        korea_age_rating: Any = None
        if self.korea_age_rating is not None:
            korea_age_rating = self.korea_age_rating.value

        state: Any = None
        if self.state is not None:
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_store_age_rating is not None:
            field_dict["appStoreAgeRating"] = app_store_age_rating
        if app_store_state is not None:
            field_dict["appStoreState"] = app_store_state
        if australia_age_rating is not None:
            field_dict["australiaAgeRating"] = australia_age_rating
        if brazil_age_rating is not None:
            field_dict["brazilAgeRating"] = brazil_age_rating
        if brazil_age_rating_v2 is not None:
            field_dict["brazilAgeRatingV2"] = brazil_age_rating_v2
        if france_age_rating is not None:
            field_dict["franceAgeRating"] = france_age_rating
        if kids_age_band is not None:
            field_dict["kidsAgeBand"] = kids_age_band
        if korea_age_rating is not None:
            field_dict["koreaAgeRating"] = korea_age_rating
        if state is not None:
            field_dict["state"] = state
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_app_store_age_rating = src_dict.get("appStoreAgeRating")
        if _raw_app_store_age_rating is None:
            app_store_age_rating = None
        else:
            app_store_age_rating = AppStoreAgeRating.of(_raw_app_store_age_rating)

        _raw_app_store_state = src_dict.get("appStoreState")
        if _raw_app_store_state is None:
            app_store_state = None
        else:
            app_store_state = AppStoreVersionState.of(_raw_app_store_state)

        _raw_australia_age_rating = src_dict.get("australiaAgeRating")
        if _raw_australia_age_rating is None:
            australia_age_rating = None
        else:
            australia_age_rating = AppInfoAttributesAustraliaAgeRating.of(_raw_australia_age_rating)

        _raw_brazil_age_rating = src_dict.get("brazilAgeRating")
        if _raw_brazil_age_rating is None:
            brazil_age_rating = None
        else:
            brazil_age_rating = BrazilAgeRating.of(_raw_brazil_age_rating)

        _raw_brazil_age_rating_v2 = src_dict.get("brazilAgeRatingV2")
        if _raw_brazil_age_rating_v2 is None:
            brazil_age_rating_v2 = None
        else:
            brazil_age_rating_v2 = AppInfoAttributesBrazilAgeRatingV2.of(_raw_brazil_age_rating_v2)

        _raw_france_age_rating = src_dict.get("franceAgeRating")
        if _raw_france_age_rating is None:
            france_age_rating = None
        else:
            france_age_rating = AppInfoAttributesFranceAgeRating.of(_raw_france_age_rating)

        _raw_kids_age_band = src_dict.get("kidsAgeBand")
        if _raw_kids_age_band is None:
            kids_age_band = None
        else:
            kids_age_band = KidsAgeBand.of(_raw_kids_age_band)

        _raw_korea_age_rating = src_dict.get("koreaAgeRating")
        if _raw_korea_age_rating is None:
            korea_age_rating = None
        else:
            korea_age_rating = AppInfoAttributesKoreaAgeRating.of(_raw_korea_age_rating)

        _raw_state = src_dict.get("state")
        if _raw_state is None:
            state = None
        else:
            state = AppInfoAttributesState.of(_raw_state)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_store_age_rating = app_store_age_rating
        _model.app_store_state = app_store_state
        _model.australia_age_rating = australia_age_rating
        _model.brazil_age_rating = brazil_age_rating
        _model.brazil_age_rating_v2 = brazil_age_rating_v2
        _model.france_age_rating = france_age_rating
        _model.kids_age_band = kids_age_band
        _model.korea_age_rating = korea_age_rating
        _model.state = state
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
