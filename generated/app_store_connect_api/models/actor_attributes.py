from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_attributes_actor_type import ActorAttributesActorType
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="ActorAttributes")
_KNOWN_KEYS = frozenset(
    {
        "actorType",
        "apiKeyId",
        "userEmail",
        "userFirstName",
        "userLastName",
    }
)


@_attrs_define(repr=False)
class ActorAttributes:
    """
    Attributes:
        actor_type (ActorAttributesActorType | Unset):
        api_key_id (str | Unset):
        user_email (str | Unset):
        user_first_name (str | Unset):
        user_last_name (str | Unset):
    """

    actor_type: ActorAttributesActorType | None = None
    api_key_id: str | None = None
    user_email: str | None = None
    user_first_name: str | None = None
    user_last_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        actor_type: Any = None
        if self.actor_type is not None:
            actor_type = self.actor_type.value

        api_key_id = self.api_key_id

        user_email = self.user_email

        user_first_name = self.user_first_name

        user_last_name = self.user_last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if actor_type is not None:
            field_dict["actorType"] = actor_type
        if api_key_id is not None:
            field_dict["apiKeyId"] = api_key_id
        if user_email is not None:
            field_dict["userEmail"] = user_email
        if user_first_name is not None:
            field_dict["userFirstName"] = user_first_name
        if user_last_name is not None:
            field_dict["userLastName"] = user_last_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_actor_type = src_dict.get("actorType")
        if _raw_actor_type is None:
            actor_type = None
        else:
            actor_type = ActorAttributesActorType.of(_raw_actor_type)

        api_key_id = src_dict.get("apiKeyId")

        user_email = src_dict.get("userEmail")

        user_first_name = src_dict.get("userFirstName")

        user_last_name = src_dict.get("userLastName")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.actor_type = actor_type
        _model.api_key_id = api_key_id
        _model.user_email = user_email
        _model.user_first_name = user_first_name
        _model.user_last_name = user_last_name
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
