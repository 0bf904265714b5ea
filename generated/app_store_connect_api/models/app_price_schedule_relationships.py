from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.app_price_schedule_relationships_app import AppPriceScheduleRelationshipsApp
    from ..models.app_price_schedule_relationships_automatic_prices import (
        AppPriceScheduleRelationshipsAutomaticPrices,
    )
    from ..models.app_price_schedule_relationships_base_territory import (
        AppPriceScheduleRelationshipsBaseTerritory,
    )
    from ..models.app_price_schedule_relationships_manual_prices import (
        AppPriceScheduleRelationshipsManualPrices,
    )


T = TypeVar("T", bound="AppPriceScheduleRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppPriceScheduleRelationshipsApp, \
        AppPriceScheduleRelationshipsAutomaticPrices, \
        AppPriceScheduleRelationshipsBaseTerritory, \
        AppPriceScheduleRelationshipsManualPrices
    from ..models.app_price_schedule_relationships_app import AppPriceScheduleRelationshipsApp
    from ..models.app_price_schedule_relationships_automatic_prices import (
        AppPriceScheduleRelationshipsAutomaticPrices,
    )
    from ..models.app_price_schedule_relationships_base_territory import (
        AppPriceScheduleRelationshipsBaseTerritory,
    )
    from ..models.app_price_schedule_relationships_manual_prices import (
        AppPriceScheduleRelationshipsManualPrices,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppPriceScheduleRelationships:
    """
    Attributes:
        app (AppPriceScheduleRelationshipsApp | Unset):
        automatic_prices (AppPriceScheduleRelationshipsAutomaticPrices | Unset):
        base_territory (AppPriceScheduleRelationshipsBaseTerritory | Unset):
        manual_prices (AppPriceScheduleRelationshipsManualPrices | Unset):
    """

    app: AppPriceScheduleRelationshipsApp | None = None
    automatic_prices: AppPriceScheduleRelationshipsAutomaticPrices | None = None
    base_territory: AppPriceScheduleRelationshipsBaseTerritory | None = None
    manual_prices: AppPriceScheduleRelationshipsManualPrices | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app: Any = None
        if self.app is not None:
            app = UNSET
            if not isinstance(self.app, Unset):
                app = self.app.to_dict()

        automatic_prices: Any = None
        if self.automatic_prices is not None:
            automatic_prices = UNSET
            if not isinstance(self.automatic_prices, Unset):
                automatic_prices = self.automatic_prices.to_dict()

        base_territory: Any = None
        if self.base_territory is not None:
            base_territory = UNSET
            if not isinstance(self.base_territory, Unset):
                base_territory = self.base_territory.to_dict()

        manual_prices: Any = None
        if self.manual_prices is not None:
            manual_prices = UNSET
            if not isinstance(self.manual_prices, Unset):
                manual_prices = self.manual_prices.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app is not None:
            field_dict["app"] = app
        if automatic_prices is not None:
            field_dict["automaticPrices"] = automatic_prices
        if base_territory is not None:
            field_dict["baseTerritory"] = base_territory
        if manual_prices is not None:
            field_dict["manualPrices"] = manual_prices
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_app = d.pop("app", None)
        if _raw_app is None:
            app = None
        else:
            _app = _raw_app
            app: AppPriceScheduleRelationshipsApp | Unset
            if isinstance(_app, Unset):
                app = UNSET
            else:
                app = AppPriceScheduleRelationshipsApp.from_dict(_app)

        _raw_automatic_prices = d.pop("automaticPrices", None)
        if _raw_automatic_prices is None:
            automatic_prices = None
        else:
            _automatic_prices = _raw_automatic_prices
            automatic_prices: AppPriceScheduleRelationshipsAutomaticPrices | Unset
            if isinstance(_automatic_prices, Unset):
                automatic_prices = UNSET
            else:
                automatic_prices = AppPriceScheduleRelationshipsAutomaticPrices.from_dict(_automatic_prices)

        _raw_base_territory = d.pop("baseTerritory", None)
        if _raw_base_territory is None:
            base_territory = None
        else:
            _base_territory = _raw_base_territory
            base_territory: AppPriceScheduleRelationshipsBaseTerritory | Unset
            if isinstance(_base_territory, Unset):
                base_territory = UNSET
            else:
                base_territory = AppPriceScheduleRelationshipsBaseTerritory.from_dict(_base_territory)

        _raw_manual_prices = d.pop("manualPrices", None)
        if _raw_manual_prices is None:
            manual_prices = None
        else:
            _manual_prices = _raw_manual_prices
            manual_prices: AppPriceScheduleRelationshipsManualPrices | Unset
            if isinstance(_manual_prices, Unset):
                manual_prices = UNSET
            else:
                manual_prices = AppPriceScheduleRelationshipsManualPrices.from_dict(_manual_prices)

        app_price_schedule_relationships = cls(
            app=app,
            automatic_prices=automatic_prices,
            base_territory=base_territory,
            manual_prices=manual_prices,
        )
        app_price_schedule_relationships.additional_properties = d
        return app_price_schedule_relationships

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
