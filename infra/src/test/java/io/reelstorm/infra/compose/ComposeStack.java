package io.reelstorm.infra.compose;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ContainerState;
import org.testcontainers.containers.DockerComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * {@code infra/docker-compose.yml} brought up by Testcontainers with the local {@code docker-compose}
 * (its service images built from the jars in each module's {@code target/}), with data-center power
 * switches: a DC loses power when every container of it is killed, and gets it back when they start.
 * Uses the offline images of {@code build-offline-images.sh} when this engine has them, the public ones
 * otherwise.
 */
final class ComposeStack implements AutoCloseable {

    static final String RESILIENT = "dc-failover,active-active-data,durable-stores,honest-reads,upload-failover,"
            + "safe-retries,circuit-breakers,load-shedding";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final Map<String, String> OFFLINE_IMAGES = Map.of(
            "JRE_IMAGE", "reelstorm/jre:21",
            "REDIS_IMAGE", "reelstorm/redis:8",
            "S3PROXY_IMAGE", "reelstorm/s3proxy:4.1.0");

    private final DockerComposeContainer<?> compose;
    private final DockerClient docker = DockerClientFactory.instance().client();
    private final int gatewayPort;

    ComposeStack(String fixes, int gatewayPort) {
        this.gatewayPort = gatewayPort;
        Map<String, String> env = new LinkedHashMap<>();
        env.put("REELSTORM_FIXES", fixes);
        env.put("REELSTORM_GATEWAY_PORT", Integer.toString(gatewayPort));
        OFFLINE_IMAGES.forEach((variable, image) -> {
            if (present(image)) {
                env.put(variable, image);
            }
        });
        compose = new DockerComposeContainer<>(new File(ComposeFile.PATH.toString()))
                .withEnv(env)
                .withBuild(true)
                .withPull(false)
                .withRemoveVolumes(true)
                .withStartupTimeout(START_TIMEOUT)
                .waitingFor("gateway", Wait.forHealthcheck().withStartupTimeout(START_TIMEOUT));
    }

    ComposeStack start() {
        compose.start();
        return this;
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    void powerLoss(String dc) {
        for (String service : servicesOf(dc)) {
            docker.killContainerCmd(containerId(service)).exec();
        }
    }

    void powerRestored(String dc) {
        for (String service : servicesOf(dc)) {
            docker.startContainerCmd(containerId(service)).exec();
        }
    }

    boolean healthy(String service) {
        var health = docker.inspectContainerCmd(containerId(service)).exec().getState().getHealth();
        return health != null && "healthy".equals(health.getStatus());
    }

    /** The fields of a video's counter in one DC's counter Redis, read directly (past the gateway). */
    Map<String, String> counterFields(String dc, String videoId) {
        ContainerState store = compose.getContainerByServiceName(dc + "-redis-counters").orElseThrow();
        try {
            // Without a terminal redis-cli prints raw: field, value, field, value, one per line.
            String[] lines = store.execInContainer("redis-cli", "hgetall", "views:" + videoId).getStdout().strip().split("\n");
            Map<String, String> fields = new TreeMap<>();
            for (int i = 0; i + 1 < lines.length; i += 2) {
                fields.put(lines[i].strip(), lines[i + 1].strip());
            }
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


    /** Every container of a data center, as the compose file names them ({@code east-…}). */
    private static List<String> servicesOf(String dc) {
        return ComposeFile.load().services().keySet().stream().filter(service -> service.startsWith(dc + "-")).toList();
    }

    private String containerId(String service) {
        return compose.getContainerByServiceName(service)
                .map(ContainerState::getContainerId)
                .orElseThrow(() -> new IllegalStateException("no container for " + service));
    }

    private boolean present(String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    public void close() {
        compose.stop();
    }
}
