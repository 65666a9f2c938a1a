package io.reelstorm.upload.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.upload.AbstractUploadServiceIT;
import io.reelstorm.upload.support.Api;
import io.reelstorm.upload.support.GeneratedUpload;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Runs alone in a JVM with {@code -Xmx256m} (see the failsafe execution in the pom): client, server
 * and test share that heap, so an upload or download that buffered the whole file would fail here.
 * Prints the heap it used.
 */
@TestPropertySource(properties = {"reelstorm.upload.max-size=256MB", "reelstorm.objects.part-size=8MB"})
class LargeUploadMemoryIT extends AbstractUploadServiceIT {

    private static final long FILE_BYTES = 200L * 1024 * 1024;
    private static final long MB = 1024 * 1024;

    @Test
    void a200MegabyteUploadStreamsThroughASmallHeapAndDownloadsIdentically() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m, as the pom's failsafe execution does").isLessThanOrEqualTo(256 * MB);
        GeneratedUpload upload = new GeneratedUpload(FILE_BYTES, 71);
        HeapWatch heap = HeapWatch.start();
        long started = System.nanoTime();

        HttpResponse<byte[]> created = api.send(api.request("/api/videos")
                .timeout(Duration.ofMinutes(5))
                .header("X-Creator-Id", CREATOR)
                .header("Content-Type", upload.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(upload::body))
                .build());
        long uploadedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(created.statusCode()).as(new String(created.body())).isEqualTo(201);
        JsonNode video = Api.json(created);
        assertThat(video.get("sizeBytes").asLong()).isEqualTo(FILE_BYTES);
        assertThat(video.get("sha256").asString()).isEqualTo(upload.sha256());

        HttpResponse<InputStream> content = api.client().send(
                api.request("/api/videos/" + video.get("id").asString() + "/content").timeout(Duration.ofMinutes(5)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        MessageDigest downloaded = MessageDigest.getInstance("SHA-256");
        long downloadedBytes = 0;
        try (InputStream in = content.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                downloaded.update(buffer, 0, read);
                downloadedBytes += read;
            }
        }
        long totalMs = (System.nanoTime() - started) / 1_000_000;
        HeapWatch.Report report = heap.stop();

        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(downloadedBytes).isEqualTo(FILE_BYTES);
        assertThat(HexFormat.of().formatHex(downloaded.digest())).isEqualTo(upload.sha256());
        System.out.printf("%n[large-upload] %d MB uploaded in %d ms and downloaded back in %d ms with -Xmx%d MB: "
                        + "heap used before %d MB; peak heap used (sampled every 5 ms) %d MB, i.e. +%d MB; "
                        + "sum of heap pool peaks %d MB%n%n",
                FILE_BYTES / MB, uploadedMs, totalMs - uploadedMs, Runtime.getRuntime().maxMemory() / MB,
                report.baseline() / MB, report.sampledPeak() / MB, (report.sampledPeak() - report.baseline()) / MB,
                report.poolPeaks() / MB);
    }

    /** Heap use while the upload runs: sampled, and from the heap memory pools' peak counters. */
    private static final class HeapWatch {

        private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong sampledPeak = new AtomicLong();
        private long baseline;
        private Thread sampler;

        record Report(long baseline, long sampledPeak, long poolPeaks) {
        }

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            System.gc();
            watch.heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            watch.baseline = used();
            watch.sampledPeak.set(watch.baseline);
            watch.sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
                while (watch.running.get()) {
                    watch.sampledPeak.accumulateAndGet(used(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            return watch;
        }

        Report stop() throws InterruptedException {
            running.set(false);
            sampler.join();
            long poolPeaks = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            return new Report(baseline, sampledPeak.get(), poolPeaks);
        }

        private static long used() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}
