package io.reelstorm.infra.cli;

import io.reelstorm.common.admin.AdminClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "failover", mixinStandardHelpOptions = true,
        header = "The operator's runbook step: send all traffic to another data center.",
        description = {"Only moves traffic at the gateway. In naive mode nobody promotes the standby's replicas,",
                "so reads work there but writes fail: the classic runbook gap."})
public class FailoverCommand extends AdminCommand {

    @Parameters(paramLabel = "DC", description = "east or west")
    String dc;

    @Override
    int run(AdminClient admin) {
        admin.failover(dc);
        System.out.println("Traffic now goes to " + dc + ".");
        return 0;
    }
}
