package io.reelstorm.upload.standby;

import static io.reelstorm.upload.support.Eventually.eventually;
import static io.reelstorm.upload.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.testing.RequiresDocker;
import io.reelstorm.common.testing.TestStores;
import io.reelstorm.upload.support.Api;
import io.reelstorm.upload.support.DataCenterService;
import io.reelstorm.upload.support.Multipart;
import io.reelstorm.upload.support.SampleVideos;
import io.reelstorm.upload.support.StoreSnapshot;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import tools.jackson.databind.JsonNode;

/**
 * Naive mode after the operator's {@code failover west}: west's metadata Redis is a real
 * {@code replicaof} replica of east's, and west's object store holds only what west took. Users see
 * the real outage's symptoms, each as a 503 with {@code Retry-After}, never a 500.
 */
@RequiresDocker
class NaiveStandbyIT {

    private static Network network;
    private static GenericContainer<?> eastMeta;
    private static GenericContainer<?> westMeta;
    private static GenericContainer<?> westObjects;
    private static DataCenterService east;
    private static DataCenterService west;

    @BeforeAll
    static void primaryAndStandby() {
        network = Network.newNetwork();
        eastMeta = TestStores.start(TestStores.newRedis().withNetwork(network).withNetworkAliases("east-meta"));
        westMeta = TestStores.start(TestStores.newRedis().withNetwork(network)
                .withCommand("--appendonly", "yes", "--replicaof", "east-meta", "6379"));
        westObjects = TestStores.start(TestStores.newS3());
        GenericContainer<?> eastObjects = TestStores.s3();
        east = DataCenterService.start(DataCenterService.arguments("east", eastMeta, eastObjects, "west", westMeta, westObjects));
        west = DataCenterService.start(DataCenterService.arguments("west", westMeta, westObjects, "east", eastMeta, eastObjects));
        eventually("west replicates east", () -> west.meta().sync().info("replication").contains("master_link_status:up"));
        west.objects().ensureBucket();
    }

    @AfterAll
    static void stop() {
        west.close();
        east.close();
        westMeta.stop();
        eastMeta.stop();
        network.close();
    }

    @Test
    void aVideoUploadedInEastIsReadableInWestThroughTheReplica() {
        String id = upload(east).get("id").asString();

        eventually("west has " + id, () -> west.api().get("/api/videos/" + id).statusCode() == 200);
    }

    @Test
    void anUploadInWestIsAServiceUnavailableProblemAndLeavesNoObjectBehind() {
        StoreSnapshot before = StoreSnapshot.take(west.meta(), west.bean(io.minio.MinioAsyncClient.class), west.objects().bucket());

        HttpResponse<byte[]> response = west.api().upload("ana_99", null, Multipart.form()
                .field("title", "Posted on the standby")
                .file("file", "s.mp4", "video/mp4", SampleVideos.mp4(6 * 1024 * 1024, 301)));

        JsonNode problem = assertProblem(response, 503, "store-unavailable");
        assertThat(problem.get("detail").asString()).contains("read-only");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(StoreSnapshot.take(west.meta(), west.bean(io.minio.MinioAsyncClient.class), west.objects().bucket())).isEqualTo(before);
    }

    @Test
    void aDeleteInWestIsAServiceUnavailableProblem() {
        String id = upload(east).get("id").asString();
        eventually("west has " + id, () -> west.api().get("/api/videos/" + id).statusCode() == 200);

        HttpResponse<byte[]> response = west.api().send(west.api().request("/api/videos/" + id)
                .header("X-Creator-Id", "ana_99").DELETE().build());

        assertProblem(response, 503, "store-unavailable");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(east.api().get("/api/videos/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void aVideoWhoseBytesAreInEastIsUnplayableInWestNotMissing() {
        String id = upload(east).get("id").asString();
        eventually("west has " + id, () -> west.api().get("/api/videos/" + id).statusCode() == 200);

        HttpResponse<byte[]> response = west.api().get("/api/videos/" + id + "/content");

        JsonNode problem = assertProblem(response, 503, "store-unavailable");
        assertThat(problem.get("detail").asString()).contains("data center east");
        assertThat(problem.get("storedIn").asString()).isEqualTo("east");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(east.api().get("/api/videos/" + id + "/content").statusCode()).as("east still plays it").isEqualTo(200);
    }

    @Test
    void aVideoThatDoesNotExistIsStillNotFoundInWest() {
        assertProblem(west.api().get("/api/videos/01ARZ3NDEKTSV4RRFFQ69G5FAV/content"), 404, "video-not-found");
    }

    private static JsonNode upload(DataCenterService dc) {
        HttpResponse<byte[]> response = dc.api().upload("ana_99", null, Multipart.form()
                .field("title", "From east")
                .file("file", "e.mp4", "video/mp4", SampleVideos.mp4(5000, 302)));
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(201);
        return Api.json(response);
    }
}
