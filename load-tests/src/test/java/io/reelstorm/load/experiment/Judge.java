package io.reelstorm.load.experiment;

import java.util.EnumSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides what an answer means to a user, exactly as the design brief defines the symptoms: a read
 * sent at T owes every view acknowledged by T minus the staleness budget; showing 0 for such a video is
 * {@code zero-views}, showing fewer without saying {@code stale: true} is {@code dishonest-read}.
 */
final class Judge {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ViewLedger ledger;
    private final long budgetMillis;

    Judge(ViewLedger ledger, long budgetMillis) {
        this.ledger = ledger;
        this.budgetMillis = budgetMillis;
    }

    /** One try on its own: fine, worth retrying, or wrong in a way retrying cannot help. */
    Verdict judge(Route route, Attempt attempt) {
        if (!attempt.answered()) {
            return attempt.timedOut()
                    ? Verdict.retryable(Symptom.TIMEOUT, "no answer within the app's timeout")
                    : Verdict.retryable(Symptom.SERVER_ERROR, "the connection failed");
        }
        int status = attempt.status();
        if (shed(attempt)) {
            return Verdict.retryable(Symptom.SHED, "shed with " + status);
        }
        if (status >= 500) {
            return Verdict.retryable(Symptom.SERVER_ERROR, "answered " + status);
        }
        if (status >= 400) {
            return Verdict.failed(Set.of(Symptom.REJECTED), "answered " + status);
        }
        return route.showsViews() ? views(route, attempt) : Verdict.OK;
    }

    /** The outcome of the whole call once no try remains: a failed upload or play is also the user's own symptom. */
    Verdict outcome(Route route, Verdict last, int tries) {
        if (last.ok() || last.shed()) {
            return last;
        }
        Set<Symptom> symptoms = EnumSet.copyOf(last.symptoms());
        if (route == Route.UPLOAD) {
            symptoms.add(Symptom.UPLOAD_FAILED);
        } else if (route == Route.PLAY) {
            symptoms.add(Symptom.VIDEO_UNPLAYABLE);
        }
        return Verdict.failed(symptoms, last.detail() + (tries > 1 ? " (after " + tries + " tries)" : ""));
    }

    /**
     * Deliberate shedding only: a {@code 429}, or a {@code 503} whose problem type is {@code overloaded}. Every 503
     * ReelStorm sends carries {@code Retry-After} as a courtesy, so the header alone cannot tell a shed request from a
     * dark data center or a store that is down; those are failures the user sees, not load being turned away.
     */
    private static boolean shed(Attempt attempt) {
        if (attempt.status() == 429) {
            return true;
        }
        if (attempt.status() != 503) {
            return false;
        }
        JsonNode problem = parse(attempt.body());
        return problem != null && problem.path("type").asString("").endsWith("/overloaded");
    }

    private Verdict views(Route route, Attempt attempt) {
        JsonNode body = parse(attempt.body());
        if (body == null) {
            return Verdict.failed(Set.of(Symptom.SERVER_ERROR), "answered " + attempt.status() + " without a JSON body");
        }
        long owedBy = attempt.sentAt() - budgetMillis;
        return switch (route) {
            case FEED, DASHBOARD -> {
                for (JsonNode item : body.path("items")) {
                    Verdict verdict = reading(item.path("id").asString(""), item, owedBy);
                    if (!verdict.ok()) {
                        yield verdict;
                    }
                }
                yield Verdict.OK;
            }
            case STATS -> reading(body.path("videoId").asString(""), body, owedBy);
            default -> reading(body.path("id").asString(""), body, owedBy);
        };
    }

    private Verdict reading(String videoId, JsonNode shown, long owedBy) {
        long owed = ledger.acknowledgedBy(videoId, owedBy);
        if (owed == 0) {
            return Verdict.OK;
        }
        JsonNode views = shown.path("views");
        boolean stale = shown.path("stale").asBoolean(false);
        if (views.isNumber() && views.asLong() == 0) {
            return Verdict.failed(Set.of(Symptom.ZERO_VIEWS), "video " + videoId + " shows 0 views; " + owed + " were acknowledged earlier");
        }
        if (!stale && (!views.isNumber() || views.asLong() < owed)) {
            return Verdict.failed(Set.of(Symptom.DISHONEST_READ),
                    "video " + videoId + " shows " + views + " views as current; " + owed + " were acknowledged earlier");
        }
        return Verdict.OK;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
