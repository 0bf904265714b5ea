from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.app_price_point_v3_relationships_app import AppPricePointV3RelationshipsApp
    from ..models.app_price_point_v3_relationships_equalizations import (
        AppPricePointV3RelationshipsEqualizations,
    )
    from ..models.app_price_point_v3_relationships_territory import AppPricePointV3RelationshipsTerritory


T = TypeVar("T", bound="AppPricePointV3Relationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppPricePointV3RelationshipsApp, \
        AppPricePointV3RelationshipsEqualizations, \
        AppPricePointV3RelationshipsTerritory
    from ..models.app_price_point_v3_relationships_app import AppPricePointV3RelationshipsApp
    from ..models.app_price_point_v3_relationships_equalizations import (
        AppPricePointV3RelationshipsEqualizations,
    )
    from ..models.app_price_point_v3_relationships_territory import AppPricePointV3RelationshipsTerritory

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppPricePointV3Relationships:
    """
    Attributes:
        app (AppPricePointV3RelationshipsApp | Unset):
        equalizations (AppPricePointV3RelationshipsEqualizations | Unset):
        territory (AppPricePointV3RelationshipsTerritory | Unset):
    """

    app: AppPricePointV3RelationshipsApp | None = None
    equalizations: AppPricePointV3RelationshipsEqualizations | None = None
    territory: AppPricePointV3RelationshipsTerritory | None = None
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

        equalizations: Any = None
        if self.equalizations is not None:
            equalizations = UNSET
            if not isinstance(self.equalizations, Unset):
                equalizations = self.equalizations.to_dict()

        territory: Any = None
        if self.territory is not None:
            territory = UNSET
            if not isinstance(self.territory, Unset):
                territory = self.territory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app is not None:
            field_dict["app"] = app
        if equalizations is not None:
            field_dict["equalizations"] = equalizations
        if territory is not None:
            field_dict["territory"] = territory
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
            app: AppPricePointV3RelationshipsApp | Unset
            if isinstance(_app, Unset):
                app = UNSET
            else:
                app = AppPricePointV3RelationshipsApp.from_dict(_app)

        _raw_equalizations = d.pop("equalizations", None)
        if _raw_equalizations is None:
            equalizations = None
        else:
            _equalizations = _raw_equalizations
            equalizations: AppPricePointV3RelationshipsEqualizations | Unset
            if isinstance(_equalizations, Unset):
                equalizations = UNSET
            else:
                equalizations = AppPricePointV3RelationshipsEqualizations.from_dict(_equalizations)

        _raw_territory = d.pop("territory", None)
        if _raw_territory is None:
            territory = None
        else:
            _territory = _raw_territory
            territory: AppPricePointV3RelationshipsTerritory | Unset
            if isinstance(_territory, Unset):
                territory = UNSET
            else:
                territory = AppPricePointV3RelationshipsTerritory.from_dict(_territory)

        app_price_point_v3_relationships = cls(
            app=app,
            equalizations=equalizations,
            territory=territory,
        )
        app_price_point_v3_relationships.additional_properties = d
        return app_price_point_v3_relationships

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
