"""Shared types of the generated client."""

from collections.abc import Callable, Mapping, MutableMapping
from enum import StrEnum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, Self, TypeVar

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

    @classmethod
    def of(cls, value: str) -> Self:
        """The member for `value`, known or new: one dict lookup for a known value (parsing is hot)."""
        member = cls._value2member_map_.get(value)
        return member if member is not None else cls(value)  # type: ignore[return-value]

    @property
    def is_known(self) -> bool:
        return type(self)._member_map_.get(self._name_) is self

    def __str__(self) -> str:
        return str(self.value)


def extra_properties(document: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The members of `document` its model does not declare (its `additional_properties`)."""
    return {key: value for key, value in document.items() if key not in known}


def read_deferred(model: Any, name: str, readers: Mapping[str, Callable[[Mapping[str, Any]], Any]]) -> Any:
    """The field `name` that `from_dict` left in the model's document, read now and kept.

    A member that does not match the spec is a `ResponseFormatError` (not an AttributeError, which
    `getattr(model, name, default)` would take for a missing field).
    """
    read = readers.get(name)
    document = model._document if read is not None else None
    if read is None or document is None:
        raise AttributeError(f"{type(model).__name__!r} object has no attribute {name!r}")
    try:
        value = read(document)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        from app_store_connect._errors import ResponseFormatError

        problem = f"{type(error).__name__}: {error}"
        raise ResponseFormatError(
            f"{type(model).__name__}.{name} is not what the spec describes ({problem})"
        ) from error
    setattr(model, name, value)
    return value


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


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "OpenStrEnum",
    "RequestFiles",
    "Response",
    "Unset",
    "extra_properties",
    "model_repr",
    "read_deferred",
]
