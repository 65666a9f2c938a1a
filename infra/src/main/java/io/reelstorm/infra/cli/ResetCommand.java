package io.reelstorm.infra.cli;

import io.reelstorm.infra.ReelstormCli;
import io.reelstorm.infra.local.StackControl;
import io.reelstorm.infra.stack.StackHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
        for (Path dir : List.of(home.root().resolve("data"), home.logs(), home.root().resolve("run"))) {
            deleteRecursively(dir);
        }
        System.out.println("ReelStorm reset: " + stopped + " processes stopped, data and logs wiped in " + home.root() + ".");
        return 0;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
