package io.reelstorm.infra.cli;

import io.reelstorm.common.admin.AdminClient;
import io.reelstorm.common.admin.AdminException;
import io.reelstorm.infra.ReelstormCli;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "status", mixinStandardHelpOptions = true,
        header = "Show every process with its URL, pid and live health, and the fixes and faults in force.",
        description = "Exit code 0 when running, 3 when not.")
public class StatusCommand implements Callable<Integer> {

    @ParentCommand
    private ReelstormCli cli;

    @Option(names = "--json", description = "Machine-readable output (the admin API's GET /admin/state).")
    private boolean json;

    @Override
    public Integer call() {
        Optional<AdminClient> admin = AdminAccess.client(cli.stackHome());
        if (admin.isEmpty()) {
            System.out.println(json ? "{\"status\":\"stopped\"}" : "ReelStorm is not running. Start it with ./reelstorm up");
            return AdminAccess.NOT_RUNNING;
        }
        try {
            Map<String, Object> state = admin.get().state();
            if (json) {
                System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(state));
            } else {
                StatusView.print(state, System.out);
            }
            return 0;
        } catch (AdminException e) {
            return AdminAccess.refused(e, System.err);
        }
    }
}
