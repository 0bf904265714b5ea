from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.beta_build_localization_relationships_build import BetaBuildLocalizationRelationshipsBuild


T = TypeVar("T", bound="BetaBuildLocalizationRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, BetaBuildLocalizationRelationshipsBuild
    from ..models.beta_build_localization_relationships_build import BetaBuildLocalizationRelationshipsBuild

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BetaBuildLocalizationRelationships:
    """
    Attributes:
        build (BetaBuildLocalizationRelationshipsBuild | Unset):
    """

    build: BetaBuildLocalizationRelationshipsBuild | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        build: Any = None
        if self.build is not None:
            build = UNSET
            if not isinstance(self.build, Unset):
                build = self.build.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if build is not None:
            field_dict["build"] = build
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_build = d.pop("build", None)
        if _raw_build is None:
            build = None
        else:
            _build = _raw_build
            build: BetaBuildLocalizationRelationshipsBuild | Unset
            if isinstance(_build, Unset):
                build = UNSET
            else:
                build = BetaBuildLocalizationRelationshipsBuild.from_dict(_build)

        beta_build_localization_relationships = cls(
            build=build,
        )
        beta_build_localization_relationships.additional_properties = d
        return beta_build_localization_relationships

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
