package io.reelstorm.infra.cli;

import io.reelstorm.infra.stack.FixSelection;
import io.reelstorm.infra.stack.Ports;
import io.reelstorm.infra.stack.StackKind;
import io.reelstorm.infra.stack.StackOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that shape a stack, shared by {@code up} and the supervisor it starts. */
public class StackOptionsMixin {

    @Option(names = "--fixes", defaultValue = "none", paramLabel = "none|all|LIST",
            description = {"Which fixes are on: none (naive, the default), all (resilient), or a comma list such as",
                    "dc-failover,honest-reads. Fixes: dc-failover, active-active-data, durable-stores, honest-reads,",
                    "upload-failover, safe-retries, circuit-breakers, load-shedding."})
    String fixes = "none";

    @Option(names = "--port-offset", defaultValue = "${env:REELSTORM_PORT_OFFSET:-0}",
            description = "Shift every port by this much (default ${DEFAULT-VALUE}; e.g. 10000 puts the gateway on 18080).")
    int portOffset;

    @Option(names = "--stack", defaultValue = "local", paramLabel = "local|compose",
            description = {"What runs the data centers: local processes (the default, no Docker), or compose, the containers",
                    "of infra/docker-compose.yml on this machine's Docker (images are built first; see docs/compose.md)."})
    String stack = "local";

    @Option(names = "--instances", paramLabel = "SERVICE=N", split = ",",
            description = "Instances of a service per data center, e.g. feed-service=2 (default 1 each).")
    Map<String, Integer> instances = new LinkedHashMap<>();

    StackOptions toOptions() {
        return new StackOptions(Ports.DATA_CENTERS, portOffset, instances, FixSelection.parse(fixes));
    }

    StackKind kind() {
        return StackKind.fromId(stack);
    }

    /** The same options as {@code supervise} arguments. */
    List<String> toArguments() {
        List<String> arguments = new ArrayList<>(List.of("--port-offset", Integer.toString(portOffset), "--fixes", fixes,
                "--stack", stack));
        instances.forEach((service, count) -> arguments.addAll(List.of("--instances", service + "=" + count)));
        return arguments;
    }
}
