package io.reelstorm.infra.cli;

import io.reelstorm.infra.ReelstormCli;
import io.reelstorm.infra.local.StackControl;
import io.reelstorm.infra.stack.StackHome;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(header = "Stop the stack and wipe all its data and logs.", name = "reset", mixinStandardHelpOptions = true,
        description = "Stop the stack and wipe all its data and logs (videos, counts, objects).")
public class ResetCommand implements Callable<Integer> {

    @ParentCommand
    private ReelstormCli cli;

    @Override
    public Integer call() {
        StackHome home = cli.stackHome();
        int stopped = new StackControl(home).stop();
        home.wipe();
        System.out.println("ReelStorm reset: " + stopped + " processes stopped, data and logs wiped in " + home.root() + ".");
        return 0;
    }
}
