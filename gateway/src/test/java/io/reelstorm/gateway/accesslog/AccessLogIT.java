package io.reelstorm.gateway.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelstorm.gateway.GatewayIntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AccessLogIT extends GatewayIntegrationTest {

    @Test
    void everyRoutedRequestLeavesExactlyOneAccessLineSayingWhereItWent(CapturedOutput output) {
        String requestId = newRequestId();

        gateway.get("/api/feed?limit=2", "X-Request-Id", requestId, "X-Client-Id", "load-test-7");

        String line = accessLine(output, requestId);
        assertThat(line).contains("event=access", "method=GET", "path=/api/feed", "status=200", "durationMs=",
                "requestId=" + requestId, "client=load-test-7", "route=feed", "upstreamDc=east", "attempts=1");
        assertThat(line).containsAnyOf("upstream=" + FEED_1.url(), "upstream=" + FEED_2.url());
    }

    @Test
    void theGatewaysOwnErrorsAreLoggedWithTheStatusTheClientGot(CapturedOutput output) {
        String requestId = newRequestId();

        gateway.get("/api/videos/not-a-ulid", "X-Request-Id", requestId, "X-Client-Id", "bad client id with spaces");

        assertThat(accessLine(output, requestId))
                .contains("method=GET", "path=/api/videos/not-a-ulid", "status=400", "client=127.0.0.1", "route=-", "upstream=-");
    }

    @Test
    void retriesShowInTheAttemptsOfTheOneLine(CapturedOutput output) {
        String requestId = newRequestId();

        gateway.get("/api/videos/" + VIDEO_ID, "X-Request-Id", requestId, "X-Stub-Status", "502");

        assertThat(accessLine(output, requestId)).contains("status=502", "route=video", "attempts=4");
    }

    private static String accessLine(CapturedOutput output, String requestId) {
        await().atMost(Duration.ofSeconds(5)).until(() -> !accessLines(output, requestId).isEmpty());
        List<String> lines = accessLines(output, requestId);
        assertThat(lines).hasSize(1);
        return lines.getFirst();
    }

    private static List<String> accessLines(CapturedOutput output, String requestId) {
        return output.getOut().lines()
                .filter(line -> line.contains("event=access") && line.contains("requestId=" + requestId + " "))
                .toList();
    }
}
