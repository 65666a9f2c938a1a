package io.reelstorm.load.experiment;

import io.gatling.javaapi.core.Session;
import io.reelstorm.common.digest.Sha256;
import io.reelstorm.load.SampleVideos;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What one app session keeps: its own seeded randomness, its client id, the upload it is making. */
final class Sessions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RANDOM = "random";
    private static final int CREATORS = 50;

    record Uploaded(String id, String dc) {
        static final Uploaded NONE = new Uploaded(null, null);
    }

    private Sessions() {
    }

    /** Each session's choices follow from the run's seed and the session's number, so a run can be repeated. */
    static Session start(Session session, RunJournal journal, long seed, String role) {
        journal.loadBegins(System.currentTimeMillis());
        Random random = new Random(seed * 1_000_003L + session.userId() * 31 + role.hashCode());
        return session.set(RANDOM, random).set("clientId", role + "-" + session.userId());
    }

    static Random random(Session session) {
        return session.get(RANDOM);
    }

    static String newId(Session session) {
        Random random = random(session);
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** One or two of the feed's first items, as a viewer taps on what catches the eye. */
    static List<String> pickFromFeed(Session session, String feedBody) {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : JSON.readTree(feedBody).path("items")) {
            ids.add(item.path("id").asString());
        }
        Random random = random(session);
        List<String> picked = new ArrayList<>();
        int watch = Math.min(ids.size(), 1 + random.nextInt(2));
        while (picked.size() < watch) {
            String id = ids.get(random.nextInt(ids.size()));
            if (!picked.contains(id)) {
                picked.add(id);
            }
        }
        return picked;
    }

    /** A real clip (a quarter of them WebM) padded to between 10 KB and 300 KB, under a fresh Idempotency-Key. */
    static Session newUpload(Session session) {
        Random random = random(session);
        boolean webm = random.nextInt(4) == 0;
        int size = 10_000 + random.nextInt(290_000);
        long contentSeed = random.nextLong();
        byte[] bytes = webm ? SampleVideos.realWebm(size, contentSeed) : SampleVideos.realMp4(size, contentSeed);
        return session.set("creatorId", "creator_" + random.nextInt(CREATORS))
                .set("idempotencyKey", newId(session))
                .set("title", "clip " + Integer.toHexString(random.nextInt()))
                .set("fileName", webm ? "clip.webm" : "clip.mp4")
                .set("contentType", webm ? "video/webm" : "video/mp4")
                .set("bytes", bytes)
                .set("size", bytes.length)
                .set("sha256", Sha256.hex(bytes));
    }

    static Uploaded uploaded(String body) {
        JsonNode json = JSON.readTree(body);
        return new Uploaded(json.path("id").asString(null), json.path("dc").asString(null));
    }

    static RunJournal.WriteState writeState(Verdict outcome, boolean inDoubt) {
        if (outcome.ok()) {
            return RunJournal.WriteState.ACKNOWLEDGED;
        }
        return inDoubt ? RunJournal.WriteState.IN_DOUBT : RunJournal.WriteState.REJECTED;
    }
}
