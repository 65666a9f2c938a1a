package io.reelstorm.infra.cli;

import io.reelstorm.common.admin.AdminClient;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "fix", mixinStandardHelpOptions = true,
        header = "Flip a fix while the stack runs.",
        description = {"At runtime: dc-failover, honest-reads, safe-retries, circuit-breakers, load-shedding.",
                "Need a restart (./reelstorm down; ./reelstorm up --fixes …): active-active-data, durable-stores, upload-failover."})
public class FixCommand extends AdminCommand {

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "on|off")
    String state;

    @Override
    int run(AdminClient admin) {
        if (!state.equals("on") && !state.equals("off")) {
            System.err.println("Say on or off, not '" + state + "'.");
            return 2;
        }
        Map<String, Object> result = admin.setFix(name, state.equals("on"));
        System.out.println(name + " is " + state + " on " + result.get("applied"));
        Object unreachable = result.get("unreachable");
        if (unreachable instanceof List<?> list && !list.isEmpty()) {
            System.out.println("Not reachable now (they get it when they restart): " + list);
        }
        return 0;
    }
}
