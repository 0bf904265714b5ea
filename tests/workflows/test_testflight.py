"""TestFlight distribution end to end against the sandbox: processing, compliance, What to Test, groups,
testers, beta review, expiry; reruns write nothing; failures stop with a clear reason."""

from __future__ import annotations

import pytest
from workflow_support import attributes, demo_key, ids, newest_build, writes

from app_store_connect import AppStoreConnect, AsyncAppStoreConnect
from app_store_connect.sandbox import Sandbox
from app_store_connect.workflows import (
    BuildProcessingError,
    WaitOptions,
    WaitTimeoutError,
    WorkflowArgumentError,
    async_distribute,
    distribute,
    expire_builds,
    wait_for_processing,
)

FAST = WaitOptions(poll_interval=0.001)


def test_distribute_waits_then_adds_groups_what_to_test_and_submits_for_beta_review(
    sandbox: Sandbox, asc: AppStoreConnect
) -> None:
    app = sandbox.app_ids[0]
    build = newest_build(sandbox, app)
    seen: list[str] = []

    result = distribute(
        asc,
        build,
        groups=["Internal Testers", "Friends"],
        what_to_test={"en-US": "Try the new maps", "de-DE": "Neue Karten"},
        wait=FAST,
        progress=seen.append,
    )

    assert seen[-1] == f"build {build}: VALID"
    assert result.processing_state == "VALID"
    assert set(result.groups_added) == {"Internal Testers", "Friends"}
    assert set(result.localizations) == {"en-US", "de-DE"}
    assert (result.beta_review, result.beta_review_submitted) == (
        "WAITING_FOR_REVIEW",
        True,
    )  # Friends is external
    localizations = asc.request("GET", f"/v1/builds/{build}/betaBuildLocalizations").json()["data"]
    assert {item["attributes"]["locale"]: item["attributes"]["whatsNew"] for item in localizations} == {
        "en-US": "Try the new maps",
        "de-DE": "Neue Karten",
    }
    assert ids(asc, "/v1/betaAppReviewSubmissions", **{"filter[build]": build})


def test_a_second_run_sends_no_write(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    build = newest_build(sandbox, sandbox.app_ids[0])
    options = {"groups": ["Public Beta"], "what_to_test": "Try the new maps", "wait": FAST}
    distribute(asc, build, **options)
    sandbox.clear_requests()

    again = distribute(asc, build, **options)

    assert writes(sandbox) == []
    assert (again.groups_added, again.groups_already, again.localizations) == ((), ("Public Beta",), ())
    assert again.beta_review_submitted is False
    assert len(ids(asc, "/v1/betaAppReviewSubmissions", **{"filter[build]": build})) == 1


def test_an_interrupted_run_finishes_without_duplicates(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    build = newest_build(sandbox, sandbox.app_ids[0])
    sandbox.inject("bad_gateway", method="POST", path="/v1/betaAppReviewSubmissions$", after_handling=True)

    result = distribute(asc, build, groups=["Public Beta"], wait=FAST)  # Q6: it worked, answered 502

    assert result.beta_review == "IN_REVIEW"  # read back (fast mode: the read moved it on)
    assert result.beta_review_submitted is False  # found by a read, not sent again
    assert [write for write in writes(sandbox) if write[1] == "/v1/betaAppReviewSubmissions"] == [
        ("POST", "/v1/betaAppReviewSubmissions")
    ]


def test_a_build_that_turns_invalid_stops_with_apples_reasons(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    build = newest_build(sandbox, sandbox.app_ids[0])
    sandbox.fail_processing(build, ("ITMS-90062", "This bundle is invalid."))

    with pytest.raises(BuildProcessingError) as caught:
        distribute(asc, build, groups=["Public Beta"], wait=FAST)

    assert caught.value.state == "INVALID"
    assert caught.value.reasons == ("ITMS-90062: This bundle is invalid.",)
    assert "upload a new build number" in str(caught.value)
    assert writes(sandbox) == []


def test_the_deadline_stops_the_wait_with_the_state_reached() -> None:
    now = [0.0]
    options = WaitOptions(poll_interval=10, max_interval=10, timeout=35, clock=lambda: now[0])

    def sleep(seconds: float) -> None:
        now[0] += seconds

    with (
        Sandbox(processing_polls=50) as slow,
        AppStoreConnect(demo_key(slow), base_url=slow.base_url) as client,
        pytest.raises(WaitTimeoutError, match="still PROCESSING after 35 s"),
    ):
        wait_for_processing(client, newest_build(slow, slow.app_ids[0]), options, sleep=sleep)
    assert now[0] == 30  # three waits of 10 s; a fourth would pass the deadline


def test_an_unknown_group_or_tester_is_refused_before_any_write(
    sandbox: Sandbox, asc: AppStoreConnect
) -> None:
    build = sandbox.ids("builds", app=sandbox.app_ids[0])[-2]  # VALID

    with pytest.raises(
        WorkflowArgumentError, match=r"no beta group 'Nobody'.*Friends, Internal Testers, Public Beta"
    ):
        distribute(asc, build, groups=["Nobody"], what_to_test="x")
    with pytest.raises(WorkflowArgumentError, match=r"no beta tester nobody@example\.com"):
        distribute(asc, build, testers=["nobody@example.com"], what_to_test="x")
    assert writes(sandbox) == []


def test_export_compliance_is_asked_for_then_set(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    build = sandbox.ids("builds", app=sandbox.app_ids[0])[-2]
    clear = {"data": {"type": "builds", "id": build, "attributes": {"usesNonExemptEncryption": None}}}
    asc.request("PATCH", f"/v1/builds/{build}", json=clear)

    with pytest.raises(WorkflowArgumentError, match="export compliance"):
        distribute(asc, build, groups=["Internal Testers"])
    result = distribute(asc, build, groups=["Internal Testers"], uses_non_exempt_encryption=False)

    assert result.encryption_set is True
    assert attributes(asc, f"/v1/builds/{build}")["usesNonExemptEncryption"] is False
    assert result.beta_review is None  # internal testers need no beta review


def test_testers_are_added_once(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    build = sandbox.ids("builds", app=sandbox.app_ids[0])[-2]
    tester = asc.request("GET", "/v1/betaTesters", params={"limit": "1"}).json()["data"][0]
    email = tester["attributes"]["email"]

    first = distribute(asc, build, testers=[email])
    second = distribute(asc, build, testers=[email])

    assert (first.testers_added, second.testers_added) == ((email,), ())
    assert ids(asc, f"/v1/builds/{build}/individualTesters").count(tester["id"]) == 1


def test_a_dry_run_reads_and_lists_the_writes_without_sending_them(
    sandbox: Sandbox, asc: AppStoreConnect
) -> None:
    build = sandbox.ids("builds", app=sandbox.app_ids[0])[-2]

    result = distribute(asc, build, groups=["Friends"], what_to_test="Maps", dry_run=True)

    assert writes(sandbox) == []
    assert [line.split(" ", 2)[:2] for line in result.planned] == [
        ["POST", "/v1/betaBuildLocalizations"],
        ["POST", f"/v1/builds/{build}/relationships/betaGroups"],
        ["POST", "/v1/betaAppReviewSubmissions"],
    ]
    assert '"whatsNew":"Maps"' in result.planned[0]


def test_expire_keeps_the_newest_and_runs_twice_safely(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    app = sandbox.app_ids[0]
    live = ids(asc, "/v1/builds", **{"filter[app]": app, "filter[expired]": "false", "limit": "200"})

    expired = expire_builds(asc, app, keep=2)

    assert len(expired) == len(live) - 2
    assert all(attributes(asc, f"/v1/builds/{build}")["expired"] for build in expired)
    assert expire_builds(asc, app, keep=2) == []


@pytest.mark.anyio
async def test_async_distribute_does_the_same(sandbox: Sandbox, async_asc: AsyncAppStoreConnect) -> None:
    build = newest_build(sandbox, sandbox.app_ids[0])

    result = await async_distribute(async_asc, build, groups=["Public Beta"], what_to_test="Maps", wait=FAST)

    assert (result.processing_state, result.localizations, result.beta_review) == (
        "VALID",
        ("en-US",),
        "WAITING_FOR_REVIEW",
    )
