package io.reelstorm.infra.cli;

import io.reelstorm.infra.ReelstormCli;
import io.reelstorm.infra.local.StackControl;
import io.reelstorm.infra.local.StackState;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show every process of the stack with its URL, pid and live health.",
                "Exit code 0 when running, 3 when not."})
public class StatusCommand implements Callable<Integer> {

    static final int NOT_RUNNING = 3;

    @ParentCommand
    private ReelstormCli cli;

    @Option(names = "--json", description = "Machine-readable output.")
    private boolean json;

    @Override
    public Integer call() {
        Optional<StackState> running = new StackControl(cli.stackHome()).running();
        if (running.isEmpty()) {
            System.out.println(json ? "{\"status\":\"stopped\"}" : "ReelStorm is not running. Start it with ./reelstorm up");
            return NOT_RUNNING;
        }
        StackState state = running.get();
        if (json) {
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(StatusView.toJson(state)));
            return 0;
        }
        String started = state.startSeconds() == null ? state.detail() : String.format("ready, started in %.1f s", state.startSeconds());
        System.out.printf("ReelStorm: %s; gateway %s; data centers %s%n", started, state.gatewayUrl(), state.dataCenters());
        StatusView.printTable(state, System.out);
        System.out.println("Fixes: none (naive).   Faults: none.");
        return 0;
    }
}
