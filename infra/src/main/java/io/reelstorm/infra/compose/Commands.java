package io.reelstorm.infra.compose;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Asks this machine's tools yes-or-no questions by their exit status. */
final class Commands {

    private Commands() {
    }

    /** Whether the command runs and exits 0 within 30 s (its output is discarded). */
    static boolean succeed(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
