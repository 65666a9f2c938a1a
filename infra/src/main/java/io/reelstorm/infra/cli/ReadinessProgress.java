package io.reelstorm.infra.cli;

import io.reelstorm.infra.local.StackState;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Prints one line per process as it becomes ready, with the time since the start. */
final class ReadinessProgress implements Consumer<StackState> {

    private final PrintStream out;
    private final Instant started = Instant.now();
    private final Set<String> reported = new HashSet<>();

    ReadinessProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void accept(StackState state) {
        for (StackState.Member member : state.processes()) {
            if (member.ready() && reported.add(member.id())) {
                out.printf("  [%5.1f s] %-24s ready%n", Duration.between(started, Instant.now()).toMillis() / 1000.0, member.id());
            }
        }
    }
}
