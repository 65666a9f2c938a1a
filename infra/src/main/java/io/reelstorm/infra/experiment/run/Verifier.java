package io.reelstorm.infra.experiment.run;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.reelstorm.common.digest.Sha256;
import io.reelstorm.common.views.ViewSeenKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing lost, nothing doubled, checked in each data center directly (past the gateway): every
 * acknowledged upload is there with the same bytes (SHA-256); every video's count lies between its
 * acknowledged views and its acknowledged plus in-doubt views; with active-active data, both DCs
 * agree and no {@code View-Id} was counted in both (each DC's count includes the other's slot).
 */
public final class Verifier {

    /** Where to read one data center: its upload-service, metrics-service and counter Redis. */
    public record DataCenter(String name, String uploadServiceUrl, String metricsServiceUrl, String countersRedisUrl) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final List<DataCenter> dataCenters;

    public Verifier(List<DataCenter> dataCenters) {
        this.dataCenters = List.copyOf(dataCenters);
    }

    public VerifierReport verify(Writes writes, boolean activeActive) {
        List<VerifierReport.Violation> violations = new ArrayList<>();
        for (Writes.Upload upload : writes.uploads()) {
            if (Writes.ACKNOWLEDGED.equals(upload.state())) {
                dataCenters.forEach(dc -> checkBytes(dc, upload, violations));
            }
        }
        Map<String, List<Writes.View>> viewsByVideo = writes.views().stream()
                .collect(Collectors.groupingBy(Writes.View::videoId, LinkedHashMap::new, Collectors.toList()));
        viewsByVideo.forEach((videoId, views) -> checkCounts(videoId, views, activeActive, violations));
        if (activeActive) {
            checkNoViewCountedTwice(writes.views(), violations);
        }
        Set<String> videos = new HashSet<>(viewsByVideo.keySet());
        writes.uploads().stream().filter(upload -> Writes.ACKNOWLEDGED.equals(upload.state())).forEach(upload -> videos.add(upload.videoId()));
        return VerifierReport.of(videos.size(), violations);
    }

    private void checkBytes(DataCenter dc, Writes.Upload upload, List<VerifierReport.Violation> violations) {
        HttpResponse<byte[]> content = get(dc.uploadServiceUrl() + "/api/videos/" + upload.videoId() + "/content");
        if (content == null || content.statusCode() != 200) {
            violations.add(new VerifierReport.Violation("upload-missing", dc.name(), upload.videoId(),
                    "acknowledged upload (Idempotency-Key " + upload.key() + ") answers " + (content == null ? "nothing" : content.statusCode())));
        } else if (!Sha256.hex(content.body()).equals(upload.sha256())) {
            violations.add(new VerifierReport.Violation("bytes-differ", dc.name(), upload.videoId(),
                    "SHA-256 " + Sha256.hex(content.body()) + ", uploaded " + upload.sha256()));
        }
    }

    private void checkCounts(String videoId, List<Writes.View> views, boolean activeActive, List<VerifierReport.Violation> violations) {
        long acknowledged = views.stream().filter(view -> Writes.ACKNOWLEDGED.equals(view.state())).count();
        long inDoubt = views.stream().filter(view -> Writes.IN_DOUBT.equals(view.state())).count();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DataCenter dc : dataCenters) {
            HttpResponse<byte[]> stats = get(dc.metricsServiceUrl() + "/api/videos/" + videoId + "/stats");
            JsonNode shown = stats != null && stats.statusCode() == 200 ? JSON.readTree(stats.body()).path("views") : null;
            if (shown == null || !shown.isNumber()) {
                violations.add(new VerifierReport.Violation("count-unknown", dc.name(), videoId,
                        "stats answer " + (stats == null ? "nothing" : stats.statusCode() + " without a count")));
                continue;
            }
            long count = shown.asLong();
            counts.put(dc.name(), count);
            if (count < acknowledged) {
                violations.add(new VerifierReport.Violation("count-below-acknowledged", dc.name(), videoId,
                        "count " + count + ", acknowledged " + acknowledged));
            } else if (count > acknowledged + inDoubt) {
                violations.add(new VerifierReport.Violation("count-above-attempted", dc.name(), videoId,
                        "count " + count + ", acknowledged " + acknowledged + " + in doubt " + inDoubt));
            }
        }
        if (activeActive && counts.values().stream().distinct().count() > 1) {
            violations.add(new VerifierReport.Violation("dcs-disagree", "both", videoId, "counts " + counts));
        }
    }

    /**
     * A View-Id whose mark in every counter store names a slot of that store's own data center was counted in each
     * DC's slot and never settled, so each DC's merged count holds it twice. A mark of {@code peer} (learned through
     * replication) or {@code yielded} (counted, then given back) is not a count.
     */
    private void checkNoViewCountedTwice(List<Writes.View> views, List<VerifierReport.Violation> violations) {
        List<Map<Writes.View, RedisFuture<String>>> marks = new ArrayList<>();
        List<RedisClient> clients = new ArrayList<>();
        try {
            for (DataCenter dc : dataCenters) {
                RedisClient client = RedisClient.create(dc.countersRedisUrl());
                clients.add(client);
                StatefulRedisConnection<String, String> connection = client.connect();
                Map<Writes.View, RedisFuture<String>> mark = new LinkedHashMap<>();
                for (Writes.View view : views) {
                    mark.put(view, connection.async().get(new ViewSeenKey(view.videoId(), view.viewId()).key()));
                }
                marks.add(mark);
            }
            for (Writes.View view : views) {
                boolean countedInEvery = true;
                for (int i = 0; i < dataCenters.size(); i++) {
                    String mark = await(marks.get(i).get(view));
                    countedInEvery &= mark != null && mark.startsWith(dataCenters.get(i).name() + ".");
                }
                if (countedInEvery) {
                    violations.add(new VerifierReport.Violation("view-counted-twice", "both", view.videoId(),
                            "View-Id " + view.viewId() + " was counted in every DC"));
                }
            }
        } catch (RuntimeException e) {
            violations.add(new VerifierReport.Violation("view-ids-unchecked", "both", "-", "counter stores unreadable: " + e.getMessage()));
        } finally {
            clients.forEach(RedisClient::shutdown);
        }
    }

    private static <T> T await(RedisFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
