from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.app_price_v2_relationships_app_price_point import AppPriceV2RelationshipsAppPricePoint
    from ..models.app_price_v2_relationships_territory import AppPriceV2RelationshipsTerritory


T = TypeVar("T", bound="AppPriceV2Relationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppPriceV2RelationshipsAppPricePoint, AppPriceV2RelationshipsTerritory
    from ..models.app_price_v2_relationships_app_price_point import AppPriceV2RelationshipsAppPricePoint
    from ..models.app_price_v2_relationships_territory import AppPriceV2RelationshipsTerritory

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppPriceV2Relationships:
    """
    Attributes:
        app_price_point (AppPriceV2RelationshipsAppPricePoint | Unset):
        territory (AppPriceV2RelationshipsTerritory | Unset):
    """

    app_price_point: AppPriceV2RelationshipsAppPricePoint | None = None
    territory: AppPriceV2RelationshipsTerritory | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_price_point: Any = None
        if self.app_price_point is not None:
            app_price_point = UNSET
            if not isinstance(self.app_price_point, Unset):
                app_price_point = self.app_price_point.to_dict()

        territory: Any = None
        if self.territory is not None:
            territory = UNSET
            if not isinstance(self.territory, Unset):
                territory = self.territory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_price_point is not None:
            field_dict["appPricePoint"] = app_price_point
        if territory is not None:
            field_dict["territory"] = territory
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_app_price_point = d.pop("appPricePoint", None)
        if _raw_app_price_point is None:
            app_price_point = None
        else:
            _app_price_point = _raw_app_price_point
            app_price_point: AppPriceV2RelationshipsAppPricePoint | Unset
            if isinstance(_app_price_point, Unset):
                app_price_point = UNSET
            else:
                app_price_point = AppPriceV2RelationshipsAppPricePoint.from_dict(_app_price_point)

        _raw_territory = d.pop("territory", None)
        if _raw_territory is None:
            territory = None
        else:
            _territory = _raw_territory
            territory: AppPriceV2RelationshipsTerritory | Unset
            if isinstance(_territory, Unset):
                territory = UNSET
            else:
                territory = AppPriceV2RelationshipsTerritory.from_dict(_territory)

        app_price_v2_relationships = cls(
            app_price_point=app_price_point,
            territory=territory,
        )
        app_price_v2_relationships.additional_properties = d
        return app_price_v2_relationships

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
