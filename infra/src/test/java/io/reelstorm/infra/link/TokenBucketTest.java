package io.reelstorm.infra.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long MS = 1_000_000;

    @Test
    void startsWithFiftyMillisecondsOfBurstThenGrantsAtTheRate() {
        TokenBucket bucket = new TokenBucket(100_000, 0);

        assertThat(bucket.take(5_000, 0)).isEqualTo(5_000);
        assertThat(bucket.take(1_000, 0)).as("wait 10 ms for 1,000 bytes").isEqualTo(-10 * MS);
        assertThat(bucket.take(1_000, 10 * MS)).isEqualTo(1_000);
    }

    @Test
    void grantsAChunkLargerThanTheBurstInSlices() {
        TokenBucket bucket = new TokenBucket(100_000, 0);

        assertThat(bucket.take(64_000, 0)).isEqualTo(5_000);
        assertThat(bucket.take(59_000, 0)).isEqualTo(-50 * MS);
        assertThat(bucket.take(59_000, 50 * MS)).isEqualTo(5_000);
    }

    @Test
    void letsVerySlowLinksSendWholePackets() {
        TokenBucket bucket = new TokenBucket(1_000, 0);

        assertThat(bucket.capacity()).isEqualTo(TokenBucket.MIN_BURST);
        assertThat(bucket.take(10_000, 0)).isEqualTo(1_500);
        assertThat(bucket.take(10_000, 500 * MS)).as("still waiting for a whole packet").isLessThan(0);
        assertThat(bucket.take(10_000, 1_500 * MS)).isEqualTo(1_500);
    }

    @Test
    void neverGrantsMoreThanTheRateOverTimePlusOneBurst() {
        TokenBucket bucket = new TokenBucket(200_000, 0);
        long granted = 0;
        for (long now = 0; now <= 10_000 * MS; now += MS) {
            long taken = bucket.take(64 * 1024, now);
            if (taken > 0) {
                granted += taken;
            }
        }
        assertThat(granted).isBetween(10 * 200_000L - 10_000, 10 * 200_000L + bucket.capacity());
    }
}
