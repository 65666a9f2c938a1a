package io.reelstorm.infra.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.infra.stack.ProcessKind;
import io.reelstorm.infra.stack.ProcessSpec;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A launcher that dies, even by SIGKILL, takes the processes it started with it: what a crash of
 * {@code ./reelstorm} or its supervisor must never leave behind.
 */
@EnabledOnOs(OS.LINUX)
class NoOrphansIT {

    @TempDir
    Path dir;

    /** Run in a child JVM by the test: starts a long sleep through ProcessLauncher and prints its pid. */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        ProcessSpec sleeper = new ProcessSpec("east/sleeper", "east", ProcessKind.SERVICE, 0, "", List.of("sleep", "300"),
                work, work.resolve("sleeper.log"), Map.of());
        Process process = new ProcessLauncher().start(sleeper);
        System.out.println(process.pid());
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(5));
    }

    @Test
    void processesStartedByALauncherThatIsKilledDieWithIt() throws Exception {
        Process launcher = new ProcessBuilder(JavaRuntime.java().toString(), "-cp", System.getProperty("java.class.path"),
                NoOrphansIT.class.getName(), dir.toString()).redirectErrorStream(true).start();
        long childPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream()))) {
            childPid = Long.parseLong(out.readLine().trim());
        }
        Optional<ProcessHandle> child = ProcessHandle.of(childPid);
        assertThat(child).as("the sleeper runs").isPresent();
        assertThat(Files.exists(dir.resolve("sleeper.log"))).isTrue();

        launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        child.get().onExit().get(10, TimeUnit.SECONDS);
        assertThat(child.get().isAlive()).as("the sleeper died with its launcher").isFalse();
    }
}
