"""Shared types of the generated client."""

from collections.abc import Mapping, MutableMapping
from enum import StrEnum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define, fields


class Unset:
    """ "Not given": the field or parameter is left out of the request (None sends an explicit null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class OpenStrEnum(StrEnum):
    """A string enum that keeps values Apple adds after the spec was published (S1).

    `Platform("NEW_ONE")` is a member whose value is "NEW_ONE" instead of a ValueError;
    `member.is_known` tells the spec's values from new ones.
    """

    @classmethod
    def _missing_(cls, value: object) -> "OpenStrEnum | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]

    @property
    def is_known(self) -> bool:
        return type(self)._member_map_.get(self._name_) is self

    def __str__(self) -> str:
        return str(self.value)


def model_repr(model: Any) -> str:
    """A model's repr with only the fields that have a value (no None, UNSET or empty extras)."""
    shown = []
    for attribute in fields(type(model)):
        if not attribute.repr:
            continue
        value = getattr(model, attribute.name)
        if value is None or value is UNSET or (attribute.name == "additional_properties" and not value):
            continue
        shown.append(f"{attribute.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A binary body (sales and finance reports arrive as gzip, Q12)."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "OpenStrEnum", "RequestFiles", "Response", "Unset", "model_repr"]
