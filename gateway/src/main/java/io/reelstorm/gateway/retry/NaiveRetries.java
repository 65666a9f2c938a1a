package io.reelstorm.gateway.retry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpMethod;
import org.springframework.validation.annotation.Validated;

/**
 * The naive retry policy ({@code reelstorm.gateway.naive-retries}): a common default and, under load, a
 * retry-storm amplifier. Reads are retried at once, without backoff or budget, on 5xx answers, broken
 * connections and timeouts; writes never are.
 *
 * @param retries how many times a call is retried after the first attempt
 * @param methods the methods that are retried
 */
@Validated
@ConfigurationProperties("reelstorm.gateway.naive-retries")
public record NaiveRetries(@DefaultValue("3") @Min(0) @Max(10) int retries, @DefaultValue("GET") @NotNull Set<HttpMethod> methods)
        implements RetryPolicy {

    private static final Set<AttemptOutcome> RETRIED = EnumSet.of(
            AttemptOutcome.SERVER_ERROR, AttemptOutcome.CONNECTION_FAILED, AttemptOutcome.TIMED_OUT);

    @Override
    public boolean shouldRetry(HttpMethod method, int attempts, AttemptOutcome outcome) {
        return attempts <= retries && methods.contains(method) && RETRIED.contains(outcome);
    }
}
