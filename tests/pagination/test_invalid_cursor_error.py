"""Q2: the one status mapping tells a refused cursor from other invalid parameters."""

from __future__ import annotations

import httpx
import pytest

from app_store_connect._errors import BadRequestError, InvalidCursorError, error_from_response


def bad_request(parameter: str) -> httpx.Response:
    error = {
        "status": "400",
        "code": "PARAMETER_ERROR.INVALID",
        "title": "A parameter has an invalid value",
        "detail": "'Ag.AOKmLYA' is not a valid cursor for this request",
        "source": {"parameter": parameter},
    }
    request = httpx.Request("GET", "https://api.appstoreconnect.apple.com/v1/apps?cursor=Ag.AOKmLYA")
    return httpx.Response(400, json={"errors": [error]}, request=request)


@pytest.mark.parametrize(
    ("parameter", "expected"), [("cursor", InvalidCursorError), ("limit", BadRequestError)]
)
def test_q2_only_an_invalid_cursor_is_an_invalid_cursor_error(parameter: str, expected: type) -> None:
    error = error_from_response(bad_request(parameter))

    assert type(error) is expected
    assert isinstance(error, BadRequestError)
