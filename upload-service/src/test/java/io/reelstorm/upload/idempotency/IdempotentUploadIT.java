package io.reelstorm.upload.idempotency;

import static io.reelstorm.upload.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.upload.AbstractUploadServiceIT;
import io.reelstorm.upload.support.Api;
import io.reelstorm.upload.support.Multipart;
import io.reelstorm.upload.support.SampleVideos;
import io.reelstorm.upload.support.StoreSnapshot;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdempotentUploadIT extends AbstractUploadServiceIT {

    private static final byte[] VIDEO = SampleVideos.mp4(50_000, 31);
    private static final byte[] OTHER_VIDEO = SampleVideos.mp4(50_000, 32);

    @Test
    void aReplayWithTheSameKeyAndFileAnswersTheSameVideoAgainAndStoresNothingNew() {
        String key = UUID.randomUUID().toString();
        HttpResponse<byte[]> first = api.upload(CREATOR, key, form(VIDEO));
        StoreSnapshot afterFirst = snapshot();

        HttpResponse<byte[]> replay = api.upload(CREATOR, key, form(VIDEO));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(snapshot()).isEqualTo(afterFirst);
    }

    @Test
    void theSameKeyWithADifferentFileIsRefusedAndStoresNothing() {
        String key = UUID.randomUUID().toString();
        assertThat(api.upload(CREATOR, key, form(VIDEO)).statusCode()).isEqualTo(201);
        StoreSnapshot afterFirst = snapshot();

        assertProblem(api.upload(CREATOR, key, form(OTHER_VIDEO)), 422, "idempotency-key-reused");
        assertThat(snapshot()).isEqualTo(afterFirst);
    }

    @Test
    void keysBelongToTheirCreator() {
        String key = UUID.randomUUID().toString();

        HttpResponse<byte[]> ana = api.upload(CREATOR, key, form(VIDEO));
        HttpResponse<byte[]> bob = api.upload("bob_7", key, form(VIDEO));

        assertThat(bob.statusCode()).isEqualTo(201);
        assertThat(bob.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(Api.json(bob).get("id")).isNotEqualTo(Api.json(ana).get("id"));
    }

    @Test
    void aKeyIsRememberedFor24Hours() {
        String key = UUID.randomUUID().toString();
        api.upload(CREATOR, key, form(VIDEO));

        long ttl = meta.sync().ttl(IdempotencyKey.of(CREATOR, key).recordKey());

        assertThat(Duration.ofSeconds(ttl)).isBetween(Duration.ofHours(23), Duration.ofHours(24));
    }

    @Test
    void concurrentDuplicatesEndWithExactlyOneVideo() throws Exception {
        String key = UUID.randomUUID().toString();
        int requests = 8;
        StoreSnapshot before = snapshot();
        CountDownLatch start = new CountDownLatch(1);
        List<HttpResponse<byte[]>> responses;
        try (ExecutorService clients = Executors.newFixedThreadPool(requests)) {
            List<Future<HttpResponse<byte[]>>> sent = IntStream.range(0, requests)
                    .mapToObj(i -> clients.submit(() -> {
                        start.await();
                        return api.upload(CREATOR, key, form(VIDEO));
                    }))
                    .toList();
            start.countDown();
            responses = sent.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(201));
        Set<String> ids = responses.stream().map(r -> Api.json(r).get("id").asString()).collect(Collectors.toSet());
        assertThat(ids).hasSize(1);
        assertThat(responses.stream().filter(r -> r.headers().firstValue("Idempotent-Replayed").isEmpty())).hasSize(1);
        StoreSnapshot after = snapshot();
        String id = ids.iterator().next();
        assertThat(after.objects()).containsExactlyInAnyOrderElementsOf(union(before.objects(), id));
        assertThat(after.videoKeys()).containsExactlyInAnyOrderElementsOf(union(before.videoKeys(), "video:" + id));
        assertThat(after.recentVideos()).isEqualTo(before.recentVideos() + 1);
        assertThat(after.incompleteUploads()).isEqualTo(before.incompleteUploads());
    }

    private static Multipart form(byte[] video) {
        return Multipart.form().field("title", "Once only").file("file", "once.mp4", "video/mp4", video);
    }

    private static Set<String> union(Set<String> set, String element) {
        Set<String> union = new TreeSet<>(set);
        union.add(element);
        return union;
    }
}
