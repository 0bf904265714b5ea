"""Requests, responses and App Store Connect's JSON error documents, shared by every sandbox module."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from ._auth import Principal

JSON = "application/json"

NOT_AUTHORIZED_DETAIL = (
    "Provide a properly configured and signed bearer token, and make sure that it has not expired. "
    "Learn more about Generating Tokens for API Requests https://developer.apple.com/go/?id=api-generating-tokens"
)


@dataclass(frozen=True)
class Request:
    """One HTTP request as the sandbox saw it; `principal` is set once the bearer token is verified."""

    method: str
    path: str
    query: str
    headers: tuple[tuple[str, str], ...]
    body: bytes = b""
    principal: Principal | None = None

    def header(self, name: str) -> str | None:
        """The first value of header `name` (case-insensitive), or None."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    @property
    def params(self) -> list[tuple[str, str]]:
        """The query parameters in order, repeated keys kept."""
        return parse_qsl(self.query, keep_blank_values=True)

    @property
    def target(self) -> str:
        """Path and query, as on the request line."""
        return f"{self.path}?{self.query}" if self.query else self.path

    def json(self) -> Any:
        """The body parsed as JSON; Apple answers 422 ENTITY_UNPROCESSABLE for a body it cannot read."""
        try:
            return json.loads(self.body)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            position = {"row": getattr(error, "lineno", 1), "column": getattr(error, "colno", 1)}
            raise unprocessable("The request entity could not be parsed as JSON.", position) from None


@dataclass
class Response:
    """What the sandbox sends back; `Content-Length`, `Date` and the rate-limit header are added later."""

    status: int
    body: bytes = b""
    content_type: str | None = JSON
    headers: dict[str, str] = field(default_factory=dict)


def json_response(document: Mapping[str, Any], status: int = 200) -> Response:
    """A JSON:API document as a response."""
    return Response(status, json.dumps(document, separators=(",", ":")).encode())


def error_id() -> str:
    """A fresh error id in the 26-character base32 form Apple uses besides UUIDs (Q15)."""
    return base64.b32encode(uuid.uuid4().bytes).decode()[:26]


class ApiError(Exception):
    """An error App Store Connect would answer with an `errors` document; raised by handlers."""

    def __init__(
        self,
        status: int,
        code: str,
        title: str,
        detail: str | None = None,
        *,
        source: Mapping[str, str] | None = None,
        meta: Mapping[str, Any] | None = None,
        links: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {detail or title}")
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.source = source
        self.meta = meta
        self.links = links

    def document(self) -> dict[str, Any]:
        """The error object, as in `errors[]` or in another error's `meta.associatedErrors` (Q15)."""
        error: dict[str, Any] = {} if self.status == 401 else {"id": error_id()}
        error.update(status=str(self.status), code=self.code, title=self.title)
        for name in ("detail", "source", "links", "meta"):
            if (value := getattr(self, name)) is not None:
                error[name] = value
        return error

    def response(self) -> Response:
        """The error document; 401s carry no error id, like Apple's."""
        return json_response({"errors": [self.document()]}, self.status)


def not_authorized() -> ApiError:
    """Apple's one answer to every token problem (Q8)."""
    return ApiError(
        401, "NOT_AUTHORIZED", "Authentication credentials are missing or invalid.", NOT_AUTHORIZED_DETAIL
    )


def unexpected_error() -> ApiError:
    """Apple's 500 (Q6); it may come and go."""
    return ApiError(
        500,
        "UNEXPECTED_ERROR",
        "An unexpected error occurred.",
        "An unexpected error occurred on the server side. "
        "If this issue continues, contact us at https://developer.apple.com/contact/.",
    )


def rate_limit_exceeded() -> ApiError:
    """Apple's 429, which can come while `X-Rate-Limit` still shows budget left (Q7)."""
    return ApiError(
        429,
        "RATE_LIMIT_EXCEEDED",
        "The request rate limit has been reached.",
        "We've received too many requests for this API. "
        "Please wait and try again or slow down your request rate.",
    )


def agreements_missing() -> ApiError:
    """Apple's 403 while an agreement waits to be signed (Q9); the error links to `/business`."""
    return ApiError(
        403,
        "FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED",
        "A required agreement is missing or has expired.",
        "This request requires an in-effect agreement that has not been signed or has expired.",
        links={"see": "/business"},
    )


def forbidden(detail: str = "The API key in use does not allow this request") -> ApiError:
    """A request the key's kind or role does not allow."""
    return ApiError(403, "FORBIDDEN_ERROR", "This request is forbidden for security reasons", detail)


def path_not_found() -> ApiError:
    """A path that names no resource type."""
    return ApiError(
        404,
        "NOT_FOUND",
        "The specified resource does not exist",
        "The path provided does not match a defined resource type.",
    )


def resource_not_found(type_: str, id_: str) -> ApiError:
    """An unknown id in the path."""
    return ApiError(
        404,
        "NOT_FOUND",
        "The specified resource does not exist",
        f"There is no resource of type '{type_}' with id '{id_}'",
    )


def relationship_invalid(detail: str, pointer: str) -> ApiError:
    """A request body naming a related resource that does not exist or cannot be linked: Apple answers
    409, not 404 (evidence: microsoft/asconnect PR 47, fastlane issue 20594)."""
    return entity_error(
        "ENTITY_ERROR.RELATIONSHIP.INVALID",
        "The provided entity includes a relationship with an invalid value",
        detail,
        pointer,
    )


def method_not_allowed(method: str, allowed: list[str]) -> ApiError:
    """A known path that does not support `method`."""
    return ApiError(
        405,
        "METHOD_NOT_ALLOWED",
        "The request method is not valid for the resource path.",
        f"The request method '{method}' is not valid for the resource path. "
        f"Allowed methods are: {', '.join(allowed)}",
    )


def parameter_invalid(parameter: str, detail: str) -> ApiError:
    """A query parameter with a value Apple refuses."""
    return ApiError(
        400,
        "PARAMETER_ERROR.INVALID",
        "A parameter has an invalid value",
        detail,
        source={"parameter": parameter},
    )


def parameter_illegal(parameter: str) -> ApiError:
    """A query parameter this endpoint does not take."""
    return ApiError(
        400,
        "PARAMETER_ERROR.ILLEGAL",
        "A parameter is not allowed for this request",
        f"The parameter '{parameter}' can not be used with this request",
        source={"parameter": parameter},
    )


def parameter_required(parameter: str) -> ApiError:
    """A required query parameter that is missing."""
    return ApiError(
        400,
        "PARAMETER_ERROR.REQUIRED",
        "A required parameter is missing",
        f"The parameter '{parameter}' is required for this request",
        source={"parameter": parameter},
    )


def unprocessable(detail: str, position: Mapping[str, int] | None = None) -> ApiError:
    """A request body that is not a JSON:API document (Q10 `meta.position`)."""
    return ApiError(
        422,
        "ENTITY_UNPROCESSABLE",
        "The request entity is not valid.",
        detail,
        meta={"position": dict(position or {"row": 1, "column": 1})},
    )


def entity_error(code: str, title: str, detail: str, pointer: str) -> ApiError:
    """A 409 about one member of the request body."""
    return ApiError(409, code, title, detail, source={"pointer": pointer})


def attribute_required(name: str) -> ApiError:
    """A create without one of its required attributes."""
    return entity_error(
        "ENTITY_ERROR.ATTRIBUTE.REQUIRED",
        "The provided entity is missing a required attribute",
        f"You must provide a value for the attribute '{name}' with this request",
        f"/data/attributes/{name}",
    )


def relationship_required(name: str) -> ApiError:
    """A create without one of its required relationships."""
    return entity_error(
        "ENTITY_ERROR.RELATIONSHIP.REQUIRED",
        "The provided entity is missing a required relationship",
        f"You must provide a value for the relationship '{name}' with this request",
        f"/data/relationships/{name}",
    )


def state_error(detail: str) -> ApiError:
    """A 409 because of the state of a resource (Q10, Q14)."""
    return ApiError(
        409,
        "STATE_ERROR",
        "The request cannot be fulfilled because of the state of another resource.",
        detail,
    )
