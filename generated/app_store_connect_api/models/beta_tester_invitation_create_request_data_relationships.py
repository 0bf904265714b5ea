from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.beta_tester_invitation_create_request_data_relationships_app import (
        BetaTesterInvitationCreateRequestDataRelationshipsApp,
    )
    from ..models.beta_tester_invitation_create_request_data_relationships_beta_tester import (
        BetaTesterInvitationCreateRequestDataRelationshipsBetaTester,
    )


T = TypeVar("T", bound="BetaTesterInvitationCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "app",
        "betaTester",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        BetaTesterInvitationCreateRequestDataRelationshipsApp, \
        BetaTesterInvitationCreateRequestDataRelationshipsBetaTester
    from ..models.beta_tester_invitation_create_request_data_relationships_app import (
        BetaTesterInvitationCreateRequestDataRelationshipsApp,
    )
    from ..models.beta_tester_invitation_create_request_data_relationships_beta_tester import (
        BetaTesterInvitationCreateRequestDataRelationshipsBetaTester,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BetaTesterInvitationCreateRequestDataRelationships:
    """
    Attributes:
        app (BetaTesterInvitationCreateRequestDataRelationshipsApp):
        beta_tester (BetaTesterInvitationCreateRequestDataRelationshipsBetaTester | Unset):
    """

    app: BetaTesterInvitationCreateRequestDataRelationshipsApp
    beta_tester: BetaTesterInvitationCreateRequestDataRelationshipsBetaTester | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app = self.app.to_dict()

        beta_tester: dict[str, Any] | Unset | None
        if self.beta_tester is None:
            beta_tester = None
        else:
            beta_tester = UNSET
            if not isinstance(self.beta_tester, Unset):
                beta_tester = self.beta_tester.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["app"] = app
        if beta_tester is not UNSET:
            field_dict["betaTester"] = beta_tester
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app = BetaTesterInvitationCreateRequestDataRelationshipsApp.from_dict(src_dict["app"])

        _raw_beta_tester = src_dict.get("betaTester", UNSET)
        if _raw_beta_tester is None:
            beta_tester = None
        else:
            _beta_tester = _raw_beta_tester
            beta_tester: BetaTesterInvitationCreateRequestDataRelationshipsBetaTester | Unset
            if isinstance(_beta_tester, Unset):
                beta_tester = UNSET
            else:
                beta_tester = BetaTesterInvitationCreateRequestDataRelationshipsBetaTester.from_dict(
                    _beta_tester
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app = app
        _model.beta_tester = beta_tester
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
