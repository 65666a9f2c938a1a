package io.reelstorm.infra.cli;

import io.reelstorm.common.admin.AdminClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "heal", mixinStandardHelpOptions = true,
        header = "End a fault (or all of them).",
        description = "Healing a power loss or store outage starts the processes again: stores come back with whatever they persisted.")
public class HealCommand extends AdminCommand {

    @Parameters(arity = "0..1", paramLabel = "FAULT-ID|all", defaultValue = "all", description = "Default: all.")
    String id;

    @Override
    int run(AdminClient admin) {
        if (id.equals("all")) {
            System.out.println("Healed " + admin.healAll() + " fault(s).");
        } else {
            admin.heal(id);
            System.out.println("Healed " + id + ".");
        }
        return 0;
    }
}
