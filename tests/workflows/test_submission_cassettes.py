"""Apple's 409s around review submissions, replayed from reconstructed cassettes (W2, W3, Q14, Q15)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app_store_connect import ApiKey, AppStoreConnect, RetryPolicy
from app_store_connect._steps import run
from app_store_connect.workflows import SubmissionBlockedError, WorkflowError
from app_store_connect.workflows._appstore import _add_item, _open_submission

pytestmark = pytest.mark.vcr
CASSETTES = Path(__file__).resolve().parent.parent / "cassettes" / "workflows"
APP = "1234567890"


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture
def asc() -> Iterator[AppStoreConnect]:
    """A client of Apple's API (the cassettes answer), with a key made for the test."""
    key = ApiKey.generate(key_id="TESTKEY123", issuer_id="69a6de7e-1234-47e3-e053-5b8c7c11a4d1")
    with AppStoreConnect(key, retry=RetryPolicy.disabled()) as client:
        yield client


@pytest.mark.default_cassette("w2_second_submission_while_one_is_in_review.yaml")
def test_w2_a_submission_in_review_is_named_with_what_to_do(asc: AppStoreConnect) -> None:
    with pytest.raises(WorkflowError) as caught:
        run(asc, _open_submission(APP, "IOS"))

    message = str(caught.value)
    assert "a1b2c3d4-0000-4000-8000-00000000000a is WAITING_FOR_REVIEW" in message
    assert "Apple allows one at a time" in message and "asc appstore cancel" in message


@pytest.mark.default_cassette("w2_409_means_the_open_submission_exists.yaml")
def test_w2_q14_a_409_on_create_finds_and_reuses_the_open_submission(asc: AppStoreConnect) -> None:
    submission, created = run(asc, _open_submission(APP, "IOS"))

    assert (submission["id"], created) == ("b2c3d4e5-0000-4000-8000-00000000000b", False)


@pytest.mark.default_cassette("w3_item_refused_with_associated_errors.yaml")
def test_w3_q15_an_item_refused_lists_each_blocker_in_plain_words(asc: AppStoreConnect) -> None:
    flow = _add_item(
        "b2c3d4e5-0000-4000-8000-00000000000b", "409ebefb-ebd1-4f1a-903d-6ba16e013ebf", "version 2.1"
    )

    with pytest.raises(SubmissionBlockedError) as caught:
        run(asc, flow)

    assert caught.value.blockers == (
        "the app has no content rights declaration: say whether it uses third-party content (App Store "
        "Connect > App Information > Content Rights, or PATCH the app's contentRightsDeclaration to "
        "DOES_NOT_USE_THIRD_PARTY_CONTENT or USES_THIRD_PARTY_CONTENT) (/v1/apps/1234567890)",
        "The provided entity is missing a required attribute — You must provide a value for the attribute "
        "'usesIdfa' with this request (/v1/appStoreVersions/409ebefb-ebd1-4f1a-903d-6ba16e013ebf)",
    )
    assert str(caught.value).startswith("version 2.1 cannot be submitted for review:\n  - the app has no")
