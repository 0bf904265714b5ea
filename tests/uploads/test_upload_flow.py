"""The upload state machine without any I/O: flows driven step by step with hand-made answers."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest
from doubles import FakeTime
from upload_support import PNG, SCREENSHOT, SCREENSHOT_SET, write

from app_store_connect._errors import (
    ApiError,
    ConflictError,
    ForbiddenError,
    GatewayError,
    NetworkError,
    ResponseFormatError,
)
from app_store_connect._retry import RetryPolicy
from app_store_connect._steps import Call, Flow, Wait
from app_store_connect.uploads import (
    CreateUncertainError,
    UploadArgumentError,
    UploadError,
    UploadOptions,
    UploadState,
    UploadTimeoutError,
)
from app_store_connect.uploads._flow import asset_flow, resume_flow
from app_store_connect.uploads._kinds import SCREENSHOTS
from app_store_connect.uploads._transfer import Transfer
from app_store_connect_api.models.app_screenshot_response import AppScreenshotResponse

Answer = object | Exception


def screenshot(state: str, *, operations: bool = False) -> AppScreenshotResponse:
    """A generated screenshot response in `state`, with three upload operations if asked."""
    ops = [
        {"method": "PUT", "url": f"https://upload.example/p{n}", "offset": offset, "length": length}
        for n, (offset, length) in enumerate([(0, 1000), (1000, 1000), (2000, 524)], start=1)
    ]
    attributes: dict[str, object] = {"assetDeliveryState": {"state": state, "errors": [], "warnings": []}}
    if operations:
        attributes["uploadOperations"] = ops
    return AppScreenshotResponse.from_dict(
        {"data": {"type": "appScreenshots", "id": SCREENSHOT, "attributes": attributes}}
    )


def error(status: int, cls: type[ApiError] = ApiError) -> ApiError:
    return cls(status_code=status, method="PATCH", url=f"https://api.example/v1/appScreenshots/{SCREENSHOT}")


def in_transit(cause: httpx.TransportError) -> NetworkError:
    """The client's `NetworkError` for an httpx failure, as it raises it (`from` the httpx error)."""
    try:
        raise NetworkError(f"PATCH failed in transit ({cause!r})") from cause
    except NetworkError as error:
        return error


class Script:
    """Drives a flow: each API call gets the next answer (a model, or an exception to throw in); every
    part succeeds; each wait is recorded and passed to `sleep`."""

    def __init__(
        self, flow: Flow[Any], answers: Sequence[Answer], sleep: Callable[[float], None] | None = None
    ) -> None:
        self.flow = flow
        self.answers = list(answers)
        self.steps: list[str] = []
        self.waits: list[float] = []
        self.calls: list[Call] = []
        self.sleep = sleep

    def run(self) -> Any:
        outcome: Answer = None
        while True:
            try:
                step = self.flow.throw(outcome) if isinstance(outcome, Exception) else self.flow.send(outcome)
            except StopIteration as done:
                assert not self.answers, f"answers left over: {self.answers}"
                return done.value
            outcome = self._take(step)

    def _take(self, step: object) -> Answer:
        if isinstance(step, Wait):
            self.waits.append(step.seconds)
            if self.sleep is not None:
                self.sleep(step.seconds)
            return None
        if isinstance(step, Transfer):
            self.steps.append("parts")
            with step:
                while (item := step.next_part()) is not None:
                    step.succeeded(item[0])
            return None
        assert isinstance(step, Call)
        name: str = getattr(step.endpoint, "__name__", "")
        self.steps.append(name.rsplit("_", 2)[-2])  # create, get, update
        self.calls.append(step)
        return self.answers.pop(0)


@pytest.fixture
def png(tmp_path: Path) -> Path:
    return write(tmp_path, "home.png", PNG)


@pytest.fixture
def options(fake_time: FakeTime) -> UploadOptions:
    return UploadOptions(clock=fake_time.clock, commit_retry=RetryPolicy(attempts=2, random=lambda: 0.0))


def upload(png: Path, options: UploadOptions) -> Flow[Any]:
    return asset_flow(SCREENSHOTS, SCREENSHOT_SET, png, {}, options, None)


def test_q13_commit_proven_unapplied_by_a_read_is_sent_again_after_backoff(
    png: Path, options: UploadOptions
) -> None:
    script = Script(
        upload(png, options),
        [
            screenshot("AWAITING_UPLOAD", operations=True),
            error(504, GatewayError),
            screenshot("AWAITING_UPLOAD"),  # the read proves the commit had no effect
            screenshot("UPLOAD_COMPLETE"),
            screenshot("COMPLETE"),
        ],
    )

    result = script.run()

    assert script.steps == ["create", "parts", "update", "get", "update", "get"]
    assert script.waits == [0.5]  # the commit policy's backoff, then no poll wait: COMPLETE at once
    assert result.state == "COMPLETE"


def test_q13_commit_failing_beyond_its_attempts_raises_with_a_resume_state(
    png: Path, options: UploadOptions
) -> None:
    answers: list[Answer] = [screenshot("AWAITING_UPLOAD", operations=True)]
    answers += [error(500), screenshot("AWAITING_UPLOAD")] * 2
    script = Script(upload(png, options), answers)

    with pytest.raises(UploadError) as raised:
        script.run()

    assert script.steps == ["create", "parts", "update", "get", "update", "get"]
    state = raised.value.state
    assert state is not None and state.done == frozenset({(0, 1000), (1000, 1000), (2000, 524)})
    assert "resume_upload" in str(raised.value)


@pytest.mark.parametrize(
    ("failure", "reads"),
    [
        (error(403, ForbiddenError), 0),  # final: nothing to doubt
        (in_transit(httpx.ConnectError("refused")), 0),  # never reached the server (wrapped by the client)
        (error(409, ConflictError), 1),  # Q14: perhaps an earlier commit; read, then give up
    ],
)
def test_q13_only_a_doubtful_commit_is_followed_by_a_read(
    png: Path, options: UploadOptions, failure: Exception, reads: int
) -> None:
    answers: list[Answer] = [screenshot("AWAITING_UPLOAD", operations=True), failure]
    answers += [screenshot("AWAITING_UPLOAD")] * reads
    script = Script(upload(png, options), answers)

    with pytest.raises(UploadError) as raised:
        script.run()

    assert script.steps.count("get") == reads and script.steps.count("update") == 1
    assert raised.value.__cause__ is failure


def test_q14_a_conflict_on_commit_with_the_asset_committed_carries_on(
    png: Path, options: UploadOptions
) -> None:
    script = Script(
        upload(png, options),
        [
            screenshot("AWAITING_UPLOAD", operations=True),
            error(409, ConflictError),
            screenshot("UPLOAD_COMPLETE"),
            screenshot("COMPLETE"),
        ],
    )

    assert script.run().state == "COMPLETE"


def test_q13_polling_stops_at_its_timeout_and_a_resume_only_polls(png: Path, fake_time: FakeTime) -> None:
    options = UploadOptions(clock=fake_time.clock, poll_interval=5, poll_max_interval=20, poll_timeout=60)
    answers: list[Answer] = [
        screenshot("AWAITING_UPLOAD", operations=True),
        screenshot("UPLOAD_COMPLETE"),
    ]  # + commit
    polls = [screenshot("UPLOAD_COMPLETE")] * 5
    script = Script(upload(png, options), answers + polls, fake_time.sleep)

    with pytest.raises(UploadTimeoutError) as raised:
        script.run()

    assert script.waits == [5, 10, 20, 20]  # growing, capped; the next wait would pass 60 s
    assert raised.value.last_state == "UPLOAD_COMPLETE"
    state = raised.value.state
    assert state is not None

    resumed = Script(
        resume_flow(state, options, None), [screenshot("UPLOAD_COMPLETE"), screenshot("COMPLETE")]
    )
    result = resumed.run()

    assert resumed.steps == ["get", "get"]  # no parts, no commit: it had happened
    assert result.state == "COMPLETE" and result.checksum is None


def test_resume_refuses_an_unknown_kind_and_a_changed_file(png: Path, options: UploadOptions) -> None:
    info = png.stat()
    state = UploadState("appScreenshots", SCREENSHOT, str(png), info.st_size, info.st_mtime_ns)

    with pytest.raises(UploadArgumentError, match="cannot resume an upload of 'gameCenterThings'"):
        next(resume_flow(UploadState("gameCenterThings", "x", str(png), 1, 1), options, None))
    png.write_bytes(PNG + b"more")
    with pytest.raises(UploadArgumentError, match="changed since the upload started"):
        next(resume_flow(state, options, None))


@pytest.mark.parametrize("checksum", [True, False])
def test_q13_the_md5_goes_with_the_commit_unless_switched_off(
    png: Path, fake_time: FakeTime, checksum: bool
) -> None:
    options = UploadOptions(clock=fake_time.clock, checksum=checksum)
    answers = [
        screenshot("AWAITING_UPLOAD", operations=True),
        screenshot("UPLOAD_COMPLETE"),
        screenshot("COMPLETE"),
    ]
    script = Script(upload(png, options), answers)

    result = script.run()

    commit = script.calls[1].params["body"].to_dict()["data"]["attributes"]
    expected = {"sourceFileChecksum": hashlib.md5(PNG).hexdigest()} if checksum else {}
    assert commit == {"uploaded": True, **expected}
    assert result.checksum == hashlib.md5(PNG).hexdigest()  # computed while reading, either way


@pytest.mark.parametrize("answer", [None, object()], ids=["empty-body", "members-missing"])
def test_q14_a_reservation_answered_with_an_unreadable_document_is_not_resent(
    png: Path, options: UploadOptions, answer: object
) -> None:
    """Issue: a 2xx without the document Apple documents escaped as KeyError/AttributeError, or as None."""
    script = Script(upload(png, options), [answer])

    with pytest.raises(CreateUncertainError, match="may have created it anyway") as raised:
        script.run()

    assert script.steps == ["create"]  # Q14: never sent again
    assert isinstance(raised.value.__cause__, ResponseFormatError)
    assert "app_screenshots_create_instance" in str(raised.value.__cause__)


def test_a_poll_answered_without_the_members_it_needs_keeps_the_resume_state(
    png: Path, options: UploadOptions
) -> None:
    answers: list[Answer] = [screenshot("AWAITING_UPLOAD", operations=True), screenshot("UPLOAD_COMPLETE")]
    script = Script(upload(png, options), [*answers, {"data": "not a resource"}])

    with pytest.raises(UploadError) as raised:
        script.run()

    cause = raised.value.__cause__
    assert isinstance(cause, ResponseFormatError) and isinstance(cause.__cause__, AttributeError)
    assert raised.value.state is not None and len(raised.value.state.done) == 3


def test_q13_a_commit_lost_in_transit_is_followed_by_a_read_not_a_second_commit(
    png: Path, options: UploadOptions
) -> None:
    answers: list[Answer] = [
        screenshot("AWAITING_UPLOAD", operations=True),
        in_transit(httpx.ReadTimeout("no answer")),  # the commit may have arrived
        screenshot("UPLOAD_COMPLETE"),  # the read shows it did
        screenshot("COMPLETE"),
    ]
    script = Script(upload(png, options), answers)

    assert script.run().state == "COMPLETE"
    assert script.steps == ["create", "parts", "update", "get", "get"]
