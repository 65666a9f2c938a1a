package io.reelstorm.infra.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.infra.experiment.scenario.Expectation;
import io.reelstorm.infra.experiment.scenario.Route;
import io.reelstorm.infra.experiment.scenario.Symptom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationJudgeTest {

    private static final Duration BASELINE = Duration.ofSeconds(40);
    private static final VerifierReport CLEAN = VerifierReport.of(3, List.of());

    @Test
    void aSymptomOnAnExceptedRouteIsNotCountedAgainstTheRule() {
        List<CallEvent> events = List.of(
                call("1000,feed,east,504,2000,1,timeout,2000"),
                call("1000,view,east,202,10,1,ok,10"));

        List<ExpectationJudge.Result> results = judge(new Expectation.Absent(List.of(Symptom.TIMEOUT), List.of(Route.FEED)), events);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.passed()).isTrue();
            assertThat(result.rule()).isEqualTo("no timeout beyond feed");
        });
    }

    @Test
    void aPresentSymptomPassesOnlyWhenSomeCallShowedIt() {
        List<CallEvent> events = List.of(call("1000,upload,east,503,30,3,server-error;upload-failed,30"));

        List<ExpectationJudge.Result> results = judge(new Expectation.Present(List.of(Symptom.UPLOAD_FAILED, Symptom.ZERO_VIEWS), List.of()), events);

        assertThat(results).extracting(ExpectationJudge.Result::passed).containsExactly(true, false);
    }

    @Test
    void p99IsCountedFromTheTryThePlatformAdmittedNotFromTheShedTriesAndTheirWaitBefore() {
        List<CallEvent> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            events.add(call("1000,video,east,200,100,1,ok,100"));
            // After the baseline: shed twice, waited the Retry-After, then admitted and answered in 250 ms.
            events.add(call("50000,video,east,200,2600,3,ok,250"));
            // Shed to the end: not admitted, so not a latency at all.
            events.add(call("50000,video,,503,2200,3,shed,"));
        }

        List<ExpectationJudge.Result> results = judge(new Expectation.P99VsBaseline(3, List.of()), events);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.passed()).as(result.detail()).isTrue();
            assertThat(result.detail()).isEqualTo("within on video");
        });
    }

    @Test
    void admittedCallsSlowerThanTheFactorTimesBaselineFailTheRule() {
        List<CallEvent> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            events.add(call("1000,view,east,202,100,1,ok,100"));
            events.add(call("50000,view,east,202,400,1,ok,400"));
        }

        List<ExpectationJudge.Result> results = judge(new Expectation.P99VsBaseline(3, List.of()), events);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.passed()).isFalse();
            assertThat(result.detail()).isEqualTo("view 400 ms > 300 ms");
        });
    }

    @Test
    void aJournalWithoutTheAdmittedColumnFallsBackToTheWholeLatency() {
        assertThat(call("1000,view,east,202,100,1,ok").admittedLatencyMillis()).isEqualTo(100);
        assertThat(call("1000,view,,503,100,3,shed,").admittedLatencyMillis()).isEqualTo(-1);
    }

    @Test
    void theVerifierRuleFollowsTheVerifier() {
        VerifierReport doubled = VerifierReport.of(3, List.of(new VerifierReport.Violation("view-counted-twice", "both", "v1", "View-Id x")));

        assertThat(ExpectationJudge.judge(List.of(new Expectation.VerifierClean()), new RunAnalysis(List.of(), BASELINE), doubled))
                .singleElement().satisfies(result -> assertThat(result.passed()).isFalse());
        assertThat(ExpectationJudge.judge(List.of(new Expectation.VerifierClean()), new RunAnalysis(List.of(), BASELINE), CLEAN))
                .singleElement().satisfies(result -> assertThat(result.passed()).isTrue());
    }

    private static List<ExpectationJudge.Result> judge(Expectation expectation, List<CallEvent> events) {
        return ExpectationJudge.judge(List.of(expectation), new RunAnalysis(events, BASELINE), CLEAN);
    }

    private static CallEvent call(String csvLine) {
        return CallEvent.parse(csvLine);
    }
}
