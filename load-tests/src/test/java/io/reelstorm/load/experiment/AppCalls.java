package io.reelstorm.load.experiment;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.http.response.Response;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Calls made the way the app makes them (the brief's "Semantics"): a try that failed in a way worth
 * retrying is tried again, up to 2 more times, after a backoff with jitter (or the server's
 * {@code Retry-After}), with the same {@code Idempotency-Key} / {@code View-Id}. Every try is a Gatling
 * request with its own OK/KO; the call's outcome after the last try goes to the journal and, when it is
 * a symptom, is the KO message of that last try.
 */
final class AppCalls {

    static final int MAX_TRIES = 3;
    static final String UPSTREAM_INSTANCE = "X-Upstream-Instance";

    /** What to do with a call's final outcome (record a write, remember what to watch next…). */
    @FunctionalInterface
    interface OnOutcome {
        Session accept(Session session, Attempt last, Verdict outcome, boolean inDoubt);
    }

    private static final String STATUS = "try.status";
    private static final String SENT_AT = "try.sentAt";
    private static final String TRIES = "call.tries";
    private static final String FIRST_SENT_AT = "call.firstSentAt";
    private static final String ADMITTED_AT = "call.admittedAt";
    private static final String IN_DOUBT = "call.inDoubt";
    private static final String DONE = "call.done";
    private static final String BACKOFF = "call.backoffMillis";
    static final String SUCCEEDED = "call.succeeded";

    private final Judge judge;
    private final RunJournal journal;
    private final Duration timeout;
    /** The judgement of each virtual user's latest answer, from the moment it arrives until the app acts on it. */
    private final ConcurrentHashMap<Long, Judged> answers = new ConcurrentHashMap<>();

    AppCalls(Judge judge, RunJournal journal, Duration timeout) {
        this.judge = judge;
        this.journal = journal;
        this.timeout = timeout;
    }

    ChainBuilder call(Route route, HttpRequestActionBuilder request) {
        return call(route, request, (session, last, outcome, inDoubt) -> session);
    }

    ChainBuilder call(Route route, HttpRequestActionBuilder request, OnOutcome onOutcome) {
        HttpRequestActionBuilder tried = judged(route, request);
        return exec(session -> session.set(TRIES, 1).set(IN_DOUBT, false).set(DONE, false)
                        .set(FIRST_SENT_AT, System.currentTimeMillis()).set(ADMITTED_AT, 0L))
                .asLongAs(session -> !session.getBoolean(DONE)).on(
                        exec(session -> session.set(SENT_AT, System.currentTimeMillis())),
                        exec(tried),
                        exec(session -> afterTry(route, session, onOutcome)),
                        doIf(session -> !session.getBoolean(DONE)).then(pause(session -> Duration.ofMillis(session.getLong(BACKOFF)))));
    }

    /**
     * Every answer is judged once, as it arrives, with all of it in hand (status, headers, body); a try
     * the app would not accept fails in Gatling with the judgement as its message.
     */
    private HttpRequestActionBuilder judged(Route route, HttpRequestActionBuilder request) {
        return request.requestTimeout(timeout)
                .check(status().saveAs(STATUS))
                .checkIf((response, session) -> {
                    Attempt attempt = attempt(route, response);
                    Verdict verdict = judge.judge(route, attempt);
                    answers.put(session.userId(), new Judged(attempt, verdict));
                    return !verdict.ok();
                })
                .then(status().validate("as the app sees it", (status, session) -> {
                    Judged judged = answers.get(session.userId());
                    int tries = session.getInt(TRIES);
                    boolean last = !judged.verdict().retry() || tries >= MAX_TRIES;
                    throw new IllegalStateException(last
                            ? judge.outcome(route, judged.verdict(), tries).message()
                            : "retrying after " + judged.verdict().message());
                }));
    }

    private Session afterTry(Route route, Session session, OnOutcome onOutcome) {
        Judged judged = answers.remove(session.userId());
        if (judged == null) {
            judged = unanswered(route, session.getLong(SENT_AT));
        }
        Attempt attempt = judged.attempt();
        Verdict verdict = judged.verdict();
        int tries = session.getInt(TRIES);
        boolean inDoubt = session.getBoolean(IN_DOUBT) || mayHaveApplied(attempt, verdict);
        if (session.getLong(ADMITTED_AT) == 0 && !verdict.shed()) {
            session = session.set(ADMITTED_AT, session.getLong(SENT_AT));
        }
        if (verdict.retry() && tries < MAX_TRIES) {
            return session.set(TRIES, tries + 1).set(IN_DOUBT, inDoubt).set(BACKOFF, backoffMillis(tries, attempt));
        }
        Verdict outcome = judge.outcome(route, verdict, tries);
        long now = System.currentTimeMillis();
        journal.call(route, session.getLong(FIRST_SENT_AT), session.getLong(ADMITTED_AT), attempt, now, tries, outcome);
        return onOutcome.accept(session.set(DONE, true).set(SUCCEEDED, outcome.ok()), attempt, outcome, inDoubt && !outcome.ok());
    }

    private Judged unanswered(Route route, long sentAt) {
        boolean timedOut = System.currentTimeMillis() - sentAt >= timeout.toMillis() * 9 / 10;
        Attempt attempt = new Attempt(0, timedOut, null, null, null, sentAt);
        return new Judged(attempt, judge.judge(route, attempt));
    }

    private static Attempt attempt(Route route, Response response) {
        int status = response.status().code();
        String body = route == Route.PLAY && status < 400 ? null : response.body().string();
        return new Attempt(status, false, response.headers().get("Retry-After"),
                response.headers().get(UPSTREAM_INSTANCE), body, response.startTimestamp());
    }

    private record Judged(Attempt attempt, Verdict verdict) {
    }

    /** No answer, or a server error, may hide a write that was applied; a shed or a 4xx did not apply. */
    private static boolean mayHaveApplied(Attempt attempt, Verdict verdict) {
        return !attempt.answered() || attempt.status() >= 500 && !verdict.shed();
    }

    /** 200 ms, then 400 ms, plus up to 100 ms of jitter; a server's Retry-After (capped at 2 s) wins. */
    private static long backoffMillis(int tries, Attempt attempt) {
        long jitter = ThreadLocalRandom.current().nextLong(100);
        if (attempt.retryAfter() != null) {
            try {
                return Math.min(2_000, Long.parseLong(attempt.retryAfter().trim()) * 1_000) + jitter;
            } catch (NumberFormatException e) {
                return 1_000 + jitter;
            }
        }
        return (200L << (tries - 1)) + jitter;
    }
}
