package io.reelstorm.infra.compose;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.infra.local.ServiceControl;
import io.reelstorm.infra.stack.Ports;
import io.reelstorm.infra.stack.StackHome;
import io.reelstorm.infra.stack.StackOptions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Plans the compose project for a set of stack options: its name, file and the variables the file reads. */
public final class ComposeStacks {

    private ComposeStacks() {
    }

    /**
     * @param repository   the checkout, whose {@code infra/docker-compose.yml} is used
     * @param controlToken what the containers require on their control surface (the admin API's token)
     */
    public static ComposeRuntime runtime(StackOptions options, Path repository, StackHome home, String controlToken) {
        Ports ports = new Ports(options.portOffset());
        Map<String, String> environment = new HashMap<>();
        environment.put("REELSTORM_FIXES", options.fixes().stream().map(Fix::id).collect(Collectors.joining(",")));
        environment.put("REELSTORM_GATEWAY_PORT", Integer.toString(ports.gateway()));
        environment.put("REELSTORM_CONTROL_TOKEN", controlToken);
        environment.putAll(OfflineImages.environment(System.getenv()));
        ComposeProject project = new ComposeCli(projectName(options), repository.resolve("infra/docker-compose.yml"), environment);
        return new ComposeRuntime(options, project, new LinkControl(controlToken), new ServiceControl(controlToken), ports.gateway(),
                home.logs());
    }

    /** {@code reelstorm}, or {@code reelstorm-20000} for a stack moved by a port offset, so that both can run. */
    static String projectName(StackOptions options) {
        return options.portOffset() == 0 ? "reelstorm" : "reelstorm-" + options.portOffset();
    }
}
