package io.reelstorm.infra.cli;

import io.reelstorm.infra.ReelstormCli;
import io.reelstorm.infra.stack.StackHome;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(header = "Follow the logs of the stack, one process, one data center, or all.", name = "logs", mixinStandardHelpOptions = true,
        description = {"Follow the logs of the stack: all processes, one data center (east), or one process",
                "(east/upload-service, east/redis-meta, gateway, supervisor). Each line is prefixed with its process."})
public class LogsCommand implements Callable<Integer> {

    @ParentCommand
    private ReelstormCli cli;

    @Parameters(arity = "0..1", paramLabel = "TARGET", description = "What to show (default: everything).")
    private String target;

    @Option(names = {"-n", "--lines"}, defaultValue = "20", description = "Lines of history per log (default ${DEFAULT-VALUE}).")
    private int lines;

    @Option(names = "--no-follow", description = "Print the history and stop instead of following.")
    private boolean noFollow;

    @Override
    public Integer call() throws InterruptedException {
        StackHome home = cli.stackHome();
        Map<String, Path> logs = select(home);
        if (logs.isEmpty()) {
            System.err.println(target == null ? "No logs yet in " + home.logs() : "No log matches '" + target + "' in " + home.logs());
            return 1;
        }
        Map<String, Long> offsets = new LinkedHashMap<>();
        logs.forEach((name, path) -> {
            for (String line : tail(path, lines)) {
                System.out.println("[" + name + "] " + line);
            }
            offsets.put(name, size(path));
        });
        while (!noFollow) {
            Thread.sleep(250);
            logs.forEach((name, path) -> offsets.put(name, printAppended(name, path, offsets.get(name))));
        }
        return 0;
    }

    private Map<String, Path> select(StackHome home) {
        Map<String, Path> selected = new LinkedHashMap<>();
        if (!Files.isDirectory(home.logs())) {
            return selected;
        }
        String wanted = target == null ? null : target.replace('/', '-').replace('#', '-');
        try (Stream<Path> files = Files.list(home.logs())) {
            files.filter(path -> path.getFileName().toString().endsWith(".log")).sorted().forEach(path -> {
                String name = path.getFileName().toString().replaceFirst("\\.log$", "");
                if (wanted == null || name.equals(wanted) || name.startsWith(wanted + "-")) {
                    selected.put(name, path);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return selected;
    }

    private static List<String> tail(Path path, int count) {
        try {
            List<String> all = Files.readAllLines(path, StandardCharsets.UTF_8);
            return new ArrayList<>(all.subList(Math.max(0, all.size() - count), all.size()));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long printAppended(String name, Path path, long offset) {
        long size = size(path);
        if (size < offset) {
            offset = 0;
        }
        if (size == offset) {
            return offset;
        }
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
            file.seek(offset);
            byte[] bytes = new byte[(int) Math.min(size - offset, 1 << 20)];
            file.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            int lastNewline = text.lastIndexOf('\n');
            if (lastNewline < 0) {
                return offset;
            }
            for (String line : text.substring(0, lastNewline).split("\n", -1)) {
                System.out.println("[" + name + "] " + line);
            }
            return offset + text.substring(0, lastNewline + 1).getBytes(StandardCharsets.UTF_8).length;
        } catch (IOException e) {
            return offset;
        }
    }
}
