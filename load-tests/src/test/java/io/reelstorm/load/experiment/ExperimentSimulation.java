package io.reelstorm.load.experiment;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The experiment workload: an open model of app sessions through the gateway, most of them viewers
 * (scroll the feed, open a video, play it, count a view, sometimes read its stats; when the feed does not load, open
 * a video someone shared instead), some creators
 * (upload a real clip, check the dashboard). Every call behaves like the app ({@link AppCalls}); every
 * outcome is judged as a user would see it ({@link Judge}) and written to the run's journal for the
 * launcher, which applies the scenario's fault timeline meanwhile and verifies both DCs afterwards.
 */
public class ExperimentSimulation extends Simulation {

    private final WorkloadSettings settings = WorkloadSettings.fromSystemProperties();
    private final RunJournal journal = new RunJournal(settings.runFolder());
    private final ViewLedger ledger = new ViewLedger();
    private final AppCalls app = new AppCalls(new Judge(ledger, settings.stalenessBudget().toMillis()), journal, settings.timeout());
    private final Viewers viewers = new Viewers(app, journal, ledger, settings.seed());
    private final Creators creators = new Creators(app, journal, settings.seed());

    private final HttpProtocolBuilder httpProtocol = http.baseUrl(settings.baseUrl())
            .acceptHeader("application/json")
            .header("X-Client-Id", "#{clientId}");

    {
        double creatorShare = settings.creatorsPercent() / 100.0;
        setUp(population("viewers", viewers.session(), rate -> rate * (1 - creatorShare)),
                population("creators", creators.session(), rate -> rate * creatorShare))
                .protocols(httpProtocol)
                .assertions(global().allRequests().count().gte(1L));
    }

    @Override
    public void after() {
        journal.close();
    }

    private PopulationBuilder population(String name, ChainBuilder session, DoubleUnaryOperator share) {
        List<OpenInjectionStep> steps = settings.segments().stream()
                .map(segment -> share.applyAsDouble(segment.rate()) > 0
                        ? constantUsersPerSec(share.applyAsDouble(segment.rate())).during(segment.length())
                        : io.gatling.javaapi.core.CoreDsl.nothingFor(segment.length()))
                .toList();
        return scenario(name).exec(session).injectOpen(steps);
    }

    /** Viewers scroll, open, play and count a view: most of the traffic. */
    static final class Viewers {

        private final AppCalls app;
        private final RunJournal journal;
        private final ViewLedger ledger;
        private final long seed;
        private final SharedLinks links = new SharedLinks();

        Viewers(AppCalls app, RunJournal journal, ViewLedger ledger, long seed) {
            this.app = app;
            this.journal = journal;
            this.ledger = ledger;
            this.seed = seed;
        }

        ChainBuilder session() {
            return exec(session -> Sessions.start(session, journal, seed, "viewer"))
                    .exec(app.call(Route.FEED, http("feed").get("/api/feed?limit=10"), this::toWatch))
                    .exec(foreach("#{watch}", "videoId").on(watch()));
        }

        private ChainBuilder watch() {
            return exec(session -> session.set("viewId", Sessions.newId(session)))
                    .exec(app.call(Route.VIDEO, http("video").get("/api/videos/#{videoId}")))
                    .exec(app.call(Route.PLAY, http("play").get("/api/videos/#{videoId}/content").header("Range", "bytes=0-65535")))
                    .exec(doIf(session -> session.getBoolean(AppCalls.SUCCEEDED)).then(
                            app.call(Route.VIEW, http("view").post("/api/videos/#{videoId}/views")
                                    .header("View-Id", "#{viewId}").body(StringBody("")), this::viewed)))
                    .exec(doIf(session -> Sessions.random(session).nextInt(4) == 0).then(
                            app.call(Route.STATS, http("stats").get("/api/videos/#{videoId}/stats"))));
        }

        /** What the feed offered, or when it did not load, a video someone shared. */
        private Session toWatch(Session session, Attempt last, Verdict outcome, boolean inDoubt) {
            if (!outcome.ok()) {
                return session.set("watch", links.pick(Sessions.random(session)));
            }
            List<String> picked = Sessions.pickFromFeed(session, last.body());
            links.shared(picked);
            return session.set("watch", picked);
        }

        private Session viewed(Session session, Attempt last, Verdict outcome, boolean inDoubt) {
            String videoId = session.getString("videoId");
            if (outcome.ok()) {
                ledger.acknowledged(videoId, System.currentTimeMillis());
            }
            journal.view(videoId, session.getString("viewId"), Sessions.writeState(outcome, inDoubt), last.dc());
            return session;
        }
    }

    /** Creators upload a real clip of some size and look at their dashboard. */
    static final class Creators {

        private final AppCalls app;
        private final RunJournal journal;
        private final long seed;

        Creators(AppCalls app, RunJournal journal, long seed) {
            this.app = app;
            this.journal = journal;
            this.seed = seed;
        }

        ChainBuilder session() {
            return exec(session -> Sessions.newUpload(Sessions.start(session, journal, seed, "creator")))
                    .exec(app.call(Route.UPLOAD, http("upload").post("/api/videos")
                            .header("X-Creator-Id", "#{creatorId}")
                            .header("Idempotency-Key", "#{idempotencyKey}")
                            .bodyPart(StringBodyPart("title", "#{title}"))
                            .bodyPart(ByteArrayBodyPart("file", session -> session.<byte[]>get("bytes"))
                                    .fileName("#{fileName}").contentType("#{contentType}"))
                            .asMultipartForm(), this::uploaded))
                    .exec(session -> session.remove("bytes"))
                    .exec(app.call(Route.DASHBOARD, http("dashboard").get("/api/creators/#{creatorId}/videos")));
        }

        private Session uploaded(Session session, Attempt last, Verdict outcome, boolean inDoubt) {
            Sessions.Uploaded answer = outcome.ok() ? Sessions.uploaded(last.body()) : Sessions.Uploaded.NONE;
            journal.upload(session.getString("idempotencyKey"), session.getString("creatorId"), session.getString("sha256"),
                    session.getInt("size"), Sessions.writeState(outcome, inDoubt), answer.id(), answer.dc());
            return session;
        }
    }
}
