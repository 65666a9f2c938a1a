package io.reelstorm.load.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JudgeTest {

    private static final long BUDGET = 2_000;
    private static final long SENT = 100_000;

    private final ViewLedger ledger = new ViewLedger();
    private final Judge judge = new Judge(ledger, BUDGET);

    @Test
    void aReadShowingZeroForAVideoWithAViewAcknowledgedMoreThanABudgetEarlierIsZeroViews() {
        ledger.acknowledged("v1", SENT - BUDGET - 1);

        Verdict verdict = judge.judge(Route.VIDEO, read("{\"id\":\"v1\",\"views\":0,\"stale\":true}"));

        assertThat(verdict.symptoms()).containsExactly(Symptom.ZERO_VIEWS);
        assertThat(verdict.retry()).isFalse();
    }

    @Test
    void viewsAcknowledgedWithinTheBudgetAreNotOwedYet() {
        ledger.acknowledged("v1", SENT - BUDGET + 1);

        assertThat(judge.judge(Route.VIDEO, read("{\"id\":\"v1\",\"views\":0,\"stale\":false}")).ok()).isTrue();
    }

    @Test
    void fewerViewsThanOwedAreDishonestOnlyWhenNotMarkedStale() {
        ledger.acknowledged("v1", SENT - 10_000);
        ledger.acknowledged("v1", SENT - 9_000);

        assertThat(judge.judge(Route.STATS, read("{\"videoId\":\"v1\",\"views\":1,\"stale\":false}")).symptoms())
                .containsExactly(Symptom.DISHONEST_READ);
        assertThat(judge.judge(Route.STATS, read("{\"videoId\":\"v1\",\"views\":1,\"stale\":true}")).ok()).isTrue();
        assertThat(judge.judge(Route.STATS, read("{\"videoId\":\"v1\",\"views\":null,\"stale\":true}")).ok()).isTrue();
        assertThat(judge.judge(Route.STATS, read("{\"videoId\":\"v1\",\"views\":2,\"stale\":false}")).ok()).isTrue();
    }

    @Test
    void aFeedIsJudgedOnEveryItem() {
        ledger.acknowledged("v2", SENT - 5_000);

        Verdict verdict = judge.judge(Route.FEED, read("{\"items\":[{\"id\":\"v1\",\"views\":0,\"stale\":false},{\"id\":\"v2\",\"views\":0,\"stale\":false}]}"));

        assertThat(verdict.symptoms()).containsExactly(Symptom.ZERO_VIEWS);
        assertThat(verdict.detail()).contains("v2");
    }

    @Test
    void serverErrorsTimeoutsAndSheddingAreWorthRetryingAndShedIsNotAFailure() {
        assertThat(judge.judge(Route.FEED, answer(502, null))).satisfies(verdict -> {
            assertThat(verdict.retry()).isTrue();
            assertThat(verdict.symptoms()).containsExactly(Symptom.SERVER_ERROR);
        });
        assertThat(judge.judge(Route.FEED, new Attempt(0, true, null, null, null, SENT)).symptoms()).containsExactly(Symptom.TIMEOUT);
        assertThat(judge.judge(Route.FEED, new Attempt(0, false, null, null, null, SENT)).symptoms()).containsExactly(Symptom.SERVER_ERROR);
        assertThat(judge.judge(Route.FEED, problem(503, "overloaded")).shed()).isTrue();
        assertThat(judge.judge(Route.PLAY, problem(503, "overloaded")).shed()).isTrue();
        assertThat(judge.judge(Route.FEED, answer(429, "1")).shed()).isTrue();
        assertThat(judge.judge(Route.FEED, answer(503, null)).shed()).isFalse();
    }

    @Test
    void aDarkDataCenterOrADownStoreIsAFailureEvenWithRetryAfter() {
        for (String type : List.of("upstream-unavailable", "store-unavailable")) {
            Verdict verdict = judge.judge(Route.UPLOAD, problem(503, type));

            assertThat(verdict.shed()).as(type).isFalse();
            assertThat(verdict.symptoms()).as(type).containsExactly(Symptom.SERVER_ERROR);
            assertThat(judge.outcome(Route.UPLOAD, verdict, 3).symptoms()).as(type).contains(Symptom.UPLOAD_FAILED);
        }
    }

    @Test
    void aFailedUploadOrPlayAfterTheLastTryIsTheUsersOwnSymptomToo() {
        Verdict timedOut = judge.judge(Route.UPLOAD, new Attempt(0, true, null, null, null, SENT));

        assertThat(judge.outcome(Route.UPLOAD, timedOut, 3).symptoms()).isEqualTo(Set.of(Symptom.UPLOAD_FAILED, Symptom.TIMEOUT));
        assertThat(judge.outcome(Route.UPLOAD, timedOut, 3).outcome()).isEqualTo("timeout;upload-failed");
        assertThat(judge.outcome(Route.PLAY, judge.judge(Route.PLAY, answer(404, null)), 1).symptoms())
                .isEqualTo(Set.of(Symptom.VIDEO_UNPLAYABLE, Symptom.REJECTED));
        assertThat(judge.outcome(Route.FEED, judge.judge(Route.FEED, problem(503, "overloaded")), 3).outcome()).isEqualTo("shed");
    }

    private static Attempt read(String body) {
        return new Attempt(200, false, null, "east/feed-service#1", body, SENT);
    }

    private static Attempt answer(int status, String retryAfter) {
        return new Attempt(status, false, retryAfter, "east/feed-service#1", "{}", SENT);
    }

    private static Attempt problem(int status, String type) {
        return new Attempt(status, false, "1", "east/gateway", "{\"type\":\"https://reelstorm.dev/problems/" + type + "\",\"status\":" + status + "}", SENT);
    }
}
