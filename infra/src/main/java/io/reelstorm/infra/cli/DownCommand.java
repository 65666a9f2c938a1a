package io.reelstorm.infra.cli;

import io.reelstorm.infra.ReelstormCli;
import io.reelstorm.infra.local.StackControl;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(header = "Stop every process 'up' started, and nothing else.", name = "down", mixinStandardHelpOptions = true,
        description = "Stop every process that 'up' started (and nothing else). Data is kept; 'reset' also wipes it.")
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
        System.out.println("ReelStorm stopped (" + stopped + " processes).");
        return 0;
    }
}
