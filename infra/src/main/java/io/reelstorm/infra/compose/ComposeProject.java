package io.reelstorm.infra.compose;

import java.util.List;
import java.util.Map;

/** One project of {@code infra/docker-compose.yml} on the local Docker engine. Services are compose service names. */
interface ComposeProject {

    String name();

    /** Builds the images the file builds and starts every container; returns once Compose has. */
    void up();

    /** SIGKILL: no graceful shutdown. A killed container stays down until {@link #start}, whatever its restart policy. */
    void kill(List<String> services);

    /** Starts stopped containers all at once (not level by level as Compose would, each waiting for the last to be healthy). */
    void start(List<ContainerState> containers);

    void pause(String service);

    void unpause(String service);

    /** Stops and removes the containers, networks and volumes: the next {@link #up()} starts from nothing. */
    void down();

    /** Every container of the project, by compose service name. */
    Map<String, ContainerState> containers();
}
