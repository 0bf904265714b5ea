from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.image_asset import ImageAsset


T = TypeVar("T", bound="AppStoreVersionExperimentTreatmentAttributes")
_KNOWN_KEYS = frozenset(
    {
        "appIcon",
        "appIconName",
        "name",
        "promotedDate",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ImageAsset
    from ..models.image_asset import ImageAsset

    _LAZY_IMPORTS_DONE = True


def _read_app_icon(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_icon = src_dict.get("appIcon")
    if _raw_app_icon is None:
        app_icon = None
    else:
        app_icon = ImageAsset.from_dict(_raw_app_icon)

    return app_icon


_READERS: dict[str, Any] = {
    "app_icon": _read_app_icon,
}


@_attrs_define(repr=False)
class AppStoreVersionExperimentTreatmentAttributes:
    """
    Attributes:
        app_icon (ImageAsset | Unset):
        app_icon_name (str | Unset):
        name (str | Unset):
        promoted_date (datetime.datetime | Unset):
    """

    app_icon: ImageAsset | None = None
    app_icon_name: str | None = None
    name: str | None = None
    promoted_date: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_icon: Any = None
        if self.app_icon is not None:
            app_icon = self.app_icon.to_dict()

        app_icon_name = self.app_icon_name

        name = self.name

        promoted_date: Any = None
        if self.promoted_date is not None:
            promoted_date = self.promoted_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_icon is not None:
            field_dict["appIcon"] = app_icon
        if app_icon_name is not None:
            field_dict["appIconName"] = app_icon_name
        if name is not None:
            field_dict["name"] = name
        if promoted_date is not None:
            field_dict["promotedDate"] = promoted_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_icon_name = src_dict.get("appIconName")

        name = src_dict.get("name")

        _raw_promoted_date = src_dict.get("promotedDate")
        if _raw_promoted_date is None:
            promoted_date = None
        else:
            promoted_date = datetime.datetime.fromisoformat(_raw_promoted_date)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_icon_name = app_icon_name
        _model.name = name
        _model.promoted_date = promoted_date
        _model._document = src_dict  # app_icon: read on first access
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
