package io.reelstorm.infra.cli;

import io.reelstorm.infra.ReelstormCli;
import io.reelstorm.infra.local.StackControl;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(header = "Stop every process 'up' started, and nothing else.", name = "down", mixinStandardHelpOptions = true,
        description = {"Stop every process that 'up' started (and nothing else). Data is kept; 'reset' also wipes it.",
                "A compose stack (up --stack compose) is brought down with its volumes: containers, networks and data."})
public class DownCommand implements Callable<Integer> {

    @ParentCommand
    private ReelstormCli cli;

    @Override
    public Integer call() {
        StackControl control = new StackControl(cli.stackHome());
        if (control.stateFile().read().isEmpty()) {
            System.out.println("ReelStorm is not running.");
            return 0;
        }
        int stopped = control.stop();
        System.out.println(stopped == 0 ? "ReelStorm stopped." : "ReelStorm stopped (" + stopped + " processes).");
        return 0;
    }
}
