package io.reelstorm.upload.video;

import io.lettuce.core.RedisException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.problem.ApiProblem;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One log line and one count per upload, whatever became of it. Metrics: {@code reelstorm.uploads}
 * (by {@code outcome}: accepted, replayed, rejected, failed; and {@code reason}: the problem type) and
 * {@code reelstorm.upload.size} (bytes of accepted uploads).
 */
@Component
class UploadOutcomes {

    private static final Logger log = LoggerFactory.getLogger(UploadOutcomes.class);
    private static final String NONE = "none";

    private final MeterRegistry registry;
    private final DistributionSummary acceptedBytes;

    UploadOutcomes(MeterRegistry registry) {
        this.registry = registry;
        this.acceptedBytes = DistributionSummary.builder("reelstorm.upload.size")
                .description("Size of accepted uploads")
                .baseUnit("bytes")
                .register(registry);
    }

    void succeeded(UploadResult result, String creatorId, long startedNanos) {
        Video video = result.video();
        if (result.replayed()) {
            count("replayed", NONE);
            log.info("event=upload-replayed id={} creator={} durationMs={}", video.id(), creatorId, millisSince(startedNanos));
            return;
        }
        count("accepted", NONE);
        acceptedBytes.record(video.sizeBytes());
        log.info("event=upload-accepted id={} creator={} sizeBytes={} contentType={} sha256={} durationMs={}",
                video.id(), creatorId, video.sizeBytes(), video.contentType(), video.sha256(), millisSince(startedNanos));
    }

    void rejected(ApiProblem problem, String creatorId, long startedNanos) {
        boolean ourFault = problem.type().status().is5xxServerError();
        count(ourFault ? "failed" : "rejected", problem.type().slug());
        String cause = problem.getCause() == null ? "" : problem.getCause().getMessage();
        if (ourFault) {
            log.warn("event=upload-failed reason={} creator={} durationMs={} error=\"{}\"",
                    problem.type().slug(), orDash(creatorId), millisSince(startedNanos), cause);
        } else {
            log.info("event=upload-rejected reason={} status={} creator={} durationMs={} detail=\"{}\" cause=\"{}\"",
                    problem.type().slug(), problem.type().status().value(), orDash(creatorId), millisSince(startedNanos),
                    problem.getMessage(), cause);
        }
    }

    void failed(RuntimeException failure, String creatorId, long startedNanos) {
        String reason = failure instanceof RedisException ? "store-unavailable" : "internal";
        count("failed", reason);
        log.warn("event=upload-failed reason={} creator={} durationMs={} error=\"{}: {}\"",
                reason, orDash(creatorId), millisSince(startedNanos), failure.getClass().getSimpleName(), failure.getMessage());
    }

    private void count(String outcome, String reason) {
        Counter.builder("reelstorm.uploads")
                .description("Uploads by outcome")
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    private static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
