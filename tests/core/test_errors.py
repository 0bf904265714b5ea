"""The error tree: one status/code mapping, lenient error documents (Q15, S4), one-line messages."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import httpx
import pytest

from app_store_connect._errors import (
    AgreementsMissingError,
    ApiError,
    AppStoreConnectError,
    BadRequestError,
    ConflictError,
    ErrorDetail,
    ForbiddenError,
    GatewayError,
    InvalidCursorError,
    NetworkError,
    NonJsonResponseError,
    NotAuthorizedError,
    NotFoundError,
    RateLimitedError,
    RequestTimeoutError,
    ResponseFormatError,
    ServerError,
    StateConflictError,
    UnprocessableEntityError,
    error_from_response,
    format_error,
    network_error,
    parse_error_document,
)

URL = "https://api.appstoreconnect.apple.com/v1/apps"


def answer(status: int, body: bytes | str | dict[str, object], *, url: str = URL, **headers: str) -> ApiError:
    """The error the client would raise for this answer to a GET of `url`."""
    content = json.dumps(body).encode() if isinstance(body, dict) else body
    if isinstance(body, dict):
        headers.setdefault("Content-Type", "application/json")
    request = httpx.Request("GET", url)
    return error_from_response(httpx.Response(status, content=content, headers=headers, request=request))


def document(status: int, code: str, **extra: object) -> dict[str, object]:
    return {"errors": [{"status": str(status), "code": code, "title": "t", **extra}]}


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (400, "PARAMETER_ERROR.INVALID", BadRequestError),
        (401, "NOT_AUTHORIZED", NotAuthorizedError),
        (403, "FORBIDDEN_ERROR", ForbiddenError),
        (403, "FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED", AgreementsMissingError),  # Q9
        (404, "NOT_FOUND", NotFoundError),
        (409, "ENTITY_ERROR.ATTRIBUTE.INVALID", ConflictError),
        (409, "STATE_ERROR", StateConflictError),
        (409, "STATE_ERROR.ENTITY_STATE_INVALID", StateConflictError),
        (422, "ENTITY_UNPROCESSABLE", UnprocessableEntityError),
        (429, "RATE_LIMIT_EXCEEDED", RateLimitedError),
        (500, "UNEXPECTED_ERROR", ServerError),
        (503, "SERVICE_UNAVAILABLE", ServerError),
        (405, "METHOD_NOT_ALLOWED", ApiError),
    ],
)
def test_one_mapping_from_status_and_code_to_class(status: int, code: str, cls: type[ApiError]) -> None:
    error = answer(status, document(status, code))

    assert type(error) is cls
    assert isinstance(error, AppStoreConnectError)


def test_a_code_only_selects_a_subclass_of_its_status() -> None:
    # STATE_ERROR means a state conflict only on a 409; elsewhere the status decides.
    assert type(answer(400, document(400, "STATE_ERROR"))) is BadRequestError


@pytest.mark.parametrize(
    ("status", "cls"),
    [(502, GatewayError), (504, GatewayError), (404, NonJsonResponseError), (401, NotAuthorizedError)],
)
def test_q6_non_json_bodies(status: int, cls: type[ApiError]) -> None:
    error = answer(
        status, "<html><body><h1>Gateway Timeout</h1></body></html>", **{"Content-Type": "text/html"}
    )

    assert type(error) is cls
    assert error.errors == ()


def test_q6_gateway_error_is_a_server_error_and_a_non_json_error() -> None:
    error = answer(502, "Could not process this request", **{"Content-Type": "text/plain"})

    assert isinstance(error, ServerError) and isinstance(error, NonJsonResponseError)
    assert error.excerpt == "Could not process this request"
    assert str(error).startswith(f"502 Bad Gateway on GET {URL}: text/plain response instead of JSON")


def test_q6_correlation_key_is_kept_from_a_long_page() -> None:
    page = (
        "<html><body>" + "<p>Something went wrong on our side.</p>" * 20 + "<p>Correlation Key: ABC123XYZ</p>"
    )

    error = answer(504, page, **{"Content-Type": "text/html"})

    assert isinstance(error, GatewayError)
    assert error.excerpt is not None and len(error.excerpt) < 260
    assert error.correlation_key == "ABC123XYZ"


def test_q15_lenient_error_document() -> None:
    body = {
        "errors": [
            {"status": 409, "code": "ENTITY_ERROR", "detail": None, "id": 12345, "source": "not an object"},
            "not an object",
            {"meta": {"associatedErrors": {"/v1/x/1": "not a list", "/v1/x/2": [{"code": "E"}, 3]}}},
        ]
    }

    errors = parse_error_document(json.dumps(body).encode())

    assert errors is not None and len(errors) == 2
    assert (errors[0].status, errors[0].detail, errors[0].id, errors[0].pointer) == (
        "409",
        None,
        "12345",
        None,
    )
    assert [(d.resource, d.code) for d in errors[1].associated] == [("/v1/x/2", "E")]


@pytest.mark.parametrize(
    "body", [b"", b"not json", b"[1, 2]", b'{"message": "x"}', b'{"errors": {}}', b"\xff\xfe"]
)
def test_not_an_error_document(body: bytes) -> None:
    assert parse_error_document(body) is None


def test_q15_nested_associated_errors_are_flattened() -> None:
    inner = {"code": "INNER", "title": "inner"}
    middle = {"code": "MIDDLE", "title": "middle", "meta": {"associatedErrors": {"/v1/b/2": [inner]}}}
    error = answer(
        409, {"errors": [{"code": "STATE_ERROR", "meta": {"associatedErrors": {"/v1/a/1": [middle]}}}]}
    )

    assert [(d.resource, d.code) for d in error.associated_errors] == [
        ("/v1/a/1", "MIDDLE"),
        ("/v1/b/2", "INNER"),
    ]
    assert all(d.associated == () for d in error.associated_errors)


def test_q15_many_associated_errors_are_summarised_on_one_line() -> None:
    entries = [{"code": "E", "detail": f"problem {n}\nsecond line"} for n in range(8)]
    error = answer(
        409, {"errors": [{"code": "STATE_ERROR", "meta": {"associatedErrors": {"/v1/r/1": entries}}}]}
    )

    message = str(error)
    assert "\n" not in message
    assert "problem 4" in message and "problem 5" not in message and "and 3 more" in message


def test_q15_ids_and_request_id_are_kept() -> None:
    error = answer(500, document(500, "UNEXPECTED_ERROR", id="abc-1"), **{"x-request-id": "req-9"})

    assert error.error_ids == ("abc-1",)
    assert error.request_id == "req-9"
    assert str(error).endswith("(error id abc-1; request id req-9)")


def test_q13_message_never_shows_the_query_of_a_presigned_url() -> None:
    url = "https://example-bucket.s3.amazonaws.com/part?X-Amz-Signature=0123456789abcdef0123"

    error = answer(403, "<Error><Code>SignatureDoesNotMatch</Code></Error>", url=url)

    assert error.url == "https://example-bucket.s3.amazonaws.com/part"
    assert "X-Amz-Signature" not in str(error)


def test_q9_agreements_url_comes_from_links_see() -> None:
    error = answer(
        403, document(403, "FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED", links={"see": "/agreements"})
    )

    assert isinstance(error, AgreementsMissingError)
    assert error.agreements_url == "https://appstoreconnect.apple.com/agreements"


def test_q7_rate_limited_error_exposes_budget_and_retry_after() -> None:
    error = answer(
        429,
        document(429, "RATE_LIMIT_EXCEEDED"),
        **{"X-Rate-Limit": "user-hour-lim:3600;user-hour-rem:0;", "Retry-After": "30"},
    )

    assert isinstance(error, RateLimitedError)
    assert error.rate_limit is not None and error.rate_limit.remaining == 0
    assert error.retry_after == 30.0
    assert "rate limit user-hour-lim:3600;user-hour-rem:0;" in str(error)


def test_q8_not_authorized_lists_local_checks() -> None:
    request = httpx.Request("GET", URL)
    response = httpx.Response(401, json=document(401, "NOT_AUTHORIZED"), request=request)

    error = error_from_response(response, diagnostics=["Clock: fine", "Lifetime: 1140 s"])

    assert isinstance(error, NotAuthorizedError)
    assert str(error).endswith("A fresh token was refused too. Local checks: Clock: fine. Lifetime: 1140 s.")


def test_error_without_entries_still_says_something() -> None:
    assert (
        str(answer(400, {"errors": []})) == f"400 Bad Request on GET {URL}: no error details in the response."
    )


def test_real_world_error_documents_all_read(shared_fixtures: Path) -> None:
    paths = sorted(shared_fixtures.glob("*errors*.json"))
    assert paths, "no error documents among the real-world fixtures"
    for path in paths:
        body = json.loads(path.read_text())
        status = int(body["errors"][0]["status"] or 400)

        error = answer(status, body)

        assert error.errors, path.name
        assert "\n" not in str(error), path.name


def test_q13_an_excerpt_never_echoes_the_requests_query_values() -> None:
    """An S3-style error body repeats the presigned URL's signature; the excerpt cuts every query value."""
    signature = "0123456789abcdef0123456789abcdef"
    request = httpx.Request("GET", f"https://s3.example.test/r.gz?X-Amz-Signature={signature}&limit=10")
    body = f"<Error><Code>SignatureDoesNotMatch</Code><Signature>{signature}</Signature>"
    body += "<Limit>10</Limit></Error>"
    error = error_from_response(httpx.Response(403, text=body, request=request))

    assert signature not in str(error) and signature not in (error.excerpt or "")
    assert "SignatureDoesNotMatch" in (error.excerpt or "") and "[redacted]" in (error.excerpt or "")
    assert "10" in (error.excerpt or "")  # short values (a limit) are not secrets and stay readable


@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (429, "<html><h1>Too Many Requests</h1></html>", RateLimitedError),  # the status decides (Q7)
        (429, "", RateLimitedError),
        (500, "<html><h1>Internal Server Error</h1></html>", GatewayError),  # Q6
        (500, "", GatewayError),
        (403, "<html>Forbidden</html>", NonJsonResponseError),
    ],
)
def test_q6_q7_html_and_empty_bodies_keep_their_status_class(
    status: int, body: str, cls: type[ApiError]
) -> None:
    error = answer(status, body, **{"Content-Type": "text/html"})

    assert type(error) is cls and error.status_code == status


def test_q6_a_long_text_body_without_a_correlation_key_is_cut_at_200_characters() -> None:
    text = " ".join(f"word{n}" for n in range(200))

    error = answer(502, text, **{"Content-Type": "text/plain"})

    assert isinstance(error, NonJsonResponseError)
    assert error.excerpt == text[:200] + "…"
    assert error.correlation_key is None and "Correlation Key" not in str(error)
    assert "Usually temporary" in str(error)


def test_q6_a_short_page_with_its_key_keeps_it_once() -> None:
    error = answer(502, "<p>Bad Gateway</p><p>Correlation Key: K1</p>", **{"Content-Type": "text/html"})

    assert error.excerpt == "Bad Gateway Correlation Key: K1" and error.correlation_key == "K1"


def test_non_json_4xx_gives_no_retry_advice() -> None:
    error = answer(404, "<html>Not here</html>", **{"Content-Type": "text/html"})

    assert "retry" not in str(error).lower() and str(error).startswith(
        f"404 Not Found on GET {URL}: text/html"
    )


def test_network_errors_keep_the_request_without_its_query() -> None:
    request = httpx.Request("GET", "https://s3.example.test/r.gz?X-Amz-Signature=secretsecret")

    timeout = network_error(httpx.ReadTimeout("slow", request=request), request)
    refused = network_error(httpx.ConnectError("refused", request=request), request)
    undecodable = network_error(httpx.DecodingError("bad gzip", request=request), request)

    assert type(timeout) is RequestTimeoutError and isinstance(timeout, NetworkError)
    assert type(refused) is NetworkError and refused.method == "GET"
    assert refused.url == "https://s3.example.test/r.gz"
    assert type(undecodable) is ResponseFormatError
    for error in (timeout, refused, undecodable):
        assert "secretsecret" not in str(error) and "https://s3.example.test/r.gz" in str(error)
    assert "ReadTimeout: slow" in str(timeout) and "ConnectError: refused" in str(refused)


def test_a_format_error_says_what_came_and_shows_the_start_of_the_body() -> None:
    request = httpx.Request("POST", f"{URL}?token=secretsecret")
    response = httpx.Response(201, text="<html>maintenance</html>", request=request)

    error = format_error(response, "not JSON")

    assert error.status_code == 201 and error.excerpt == "maintenance"
    assert str(error) == f"201 on POST {URL}: not JSON; body starts 'maintenance'"
    assert "(empty)" in str(format_error(httpx.Response(200, request=request), "empty"))


def test_q13_query_values_from_eight_characters_are_redacted_raw_and_decoded() -> None:
    request = httpx.Request("GET", "https://s3.example.test/r.gz?a=12345678&b=1234567&c=x%2By%2Bz%2B12")
    body = "echo 12345678 1234567 x+y+z+12 x%2By%2Bz%2B12"
    error = error_from_response(httpx.Response(403, text=body, request=request))

    assert error.excerpt == "echo [redacted] 1234567 [redacted] [redacted]"


# Each message part, exactly (what a user reads; each would silently change otherwise)


def associated(count: int) -> ApiError:
    entries = [{"code": "E", "detail": f"problem {n}"} for n in range(count)]
    return answer(
        409, {"errors": [{"code": "STATE_ERROR", "meta": {"associatedErrors": {"/v1/r/1": entries}}}]}
    )


def test_q15_five_associated_errors_show_all_and_six_say_one_more() -> None:
    assert "more" not in str(associated(5)) and "problem 4" in str(associated(5))
    assert str(associated(6)).endswith(
        "Associated errors: /v1/r/1: problem 0; problem 1; problem 2; problem 3; problem 4 | and 1 more. "
        "Wait for the resource to reach the needed state, or fix the associated errors, then retry."
    )


@pytest.mark.parametrize(
    ("status", "code", "advice"),
    [
        (400, "PARAMETER_ERROR.INVALID", None),
        (403, "FORBIDDEN_ERROR", "Check that the API key's role allows this operation."),
        (
            403,
            "FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED",
            "The Account Holder must accept the latest agreements at https://appstoreconnect.apple.com/business.",
        ),
        (409, "STATE_ERROR", "Wait for the resource to reach the needed state, or fix the associated errors"),
        (429, "RATE_LIMIT_EXCEEDED", "Slow down and retry later."),
        (500, "UNEXPECTED_ERROR", "Usually temporary: retry later; if it persists, give Apple the ids"),
    ],
)
def test_each_class_says_what_to_do(status: int, code: str, advice: str | None) -> None:
    message = str(answer(status, document(status, code)))

    assert message.startswith(f"{status} {code} on GET {URL}: t.")
    if advice is None:
        assert message == f"{status} {code} on GET {URL}: t."
    else:
        assert advice in message


def test_q2_an_invalid_cursor_says_to_start_again_and_other_parameters_do_not() -> None:
    cursor = answer(400, document(400, "PARAMETER_ERROR.INVALID", source={"parameter": "cursor"}))
    other = answer(400, document(400, "PARAMETER_ERROR.INVALID", source={"parameter": "filter[app]"}))

    assert type(cursor) is InvalidCursorError and type(other) is BadRequestError
    assert str(cursor).endswith(
        "(parameter cursor). The listing could not be continued; start it again from the first page."
    )
    assert str(other) == f"400 PARAMETER_ERROR.INVALID on GET {URL}: t (parameter filter[app])."


def test_an_entry_names_its_pointer_first_then_its_parameter() -> None:
    both = ErrorDetail(title="t", pointer="/data/attributes/name", parameter="filter[x]")

    assert both.summary() == "t (/data/attributes/name)"
    assert ErrorDetail(title="t", parameter="filter[x]").summary() == "t (parameter filter[x])"
    assert ErrorDetail(title="t").summary() == "t"
    assert ErrorDetail(code="C").summary() == "C" and ErrorDetail().summary() == "no description"
    with pytest.raises(dataclasses.FrozenInstanceError):
        both.title = "u"  # type: ignore[misc]


def test_the_first_code_present_names_the_error() -> None:
    error = answer(409, {"errors": [{"title": "no code"}, {"code": "STATE_ERROR.X", "title": "t"}]})

    assert error.code == "STATE_ERROR.X" and str(error).startswith(f"409 STATE_ERROR.X on GET {URL}")
    assert answer(409, {"errors": [{"title": "none"}]}).code is None


@pytest.mark.parametrize(("status", "advice"), [(499, ""), (500, " Usually temporary: retry later.")])
def test_q6_a_non_json_body_from_500_on_is_temporary(status: int, advice: str) -> None:
    error = answer(status, "", **{"Content-Type": "text/html"})

    assert str(error).endswith(f"text/html response instead of JSON: '(empty body)'.{advice}")


@pytest.mark.parametrize(("length", "cut"), [(200, False), (201, True)])
def test_q6_an_excerpt_is_cut_only_beyond_200_characters(length: int, cut: bool) -> None:
    text = "x" * length

    assert answer(502, text, **{"Content-Type": "text/plain"}).excerpt == (text[:200] + "…" if cut else text)


def test_q6_a_correlation_key_starting_right_after_the_cut_is_appended() -> None:
    text = "x" * 199 + " Correlation Key: K200"

    assert (
        answer(502, text, **{"Content-Type": "text/plain"}).excerpt
        == "x" * 199 + " …" + " Correlation Key: K200"
    )


def test_q13_the_longest_query_value_is_redacted_first() -> None:
    request = httpx.Request("GET", "https://s3.example.test/r?a=abcdefgh&b=abcdefghijkl")
    error = error_from_response(httpx.Response(403, text="abcdefghijkl", request=request))

    assert error.excerpt == "[redacted]"
