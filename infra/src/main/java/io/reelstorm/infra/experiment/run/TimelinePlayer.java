package io.reelstorm.infra.experiment.run;

import io.reelstorm.common.admin.AdminClient;
import io.reelstorm.infra.experiment.scenario.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Applies a scenario's steps through the admin API at their offsets, counted from the moment the
 * workload's first session began (the {@code started} file it writes), and keeps what was applied when.
 */
public final class TimelinePlayer implements AutoCloseable {

    /** A step as it happened: seconds since the load began; a fault's window ends when it was healed. */
    public record Entry(String kind, String label, double atSeconds, Double endSeconds) {
    }

    private static final Duration LOAD_START_LIMIT = Duration.ofMinutes(3);

    private final AdminClient admin;
    private final List<Step> steps;
    private final Path startedFile;
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    /** Faults this timeline injected that are still in force, by id: where their entry is, and what they were. */
    private final Map<String, Active> activeFaults = new LinkedHashMap<>();

    private record Active(int entry, Step.FaultStep step) {
    }
    private final Thread player;
    private volatile long startedAt;

    public TimelinePlayer(AdminClient admin, List<Step> steps, Path startedFile) {
        this.admin = admin;
        this.steps = List.copyOf(steps);
        this.startedFile = startedFile;
        this.player = Thread.ofVirtual().name("timeline").unstarted(this::play);
    }

    public TimelinePlayer start() {
        player.start();
        return this;
    }

    /** Epoch millis when the load began, or 0 while it has not. */
    public long startedAt() {
        return startedAt;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    private void play() {
        try {
            startedAt = awaitStart();
            for (Step step : steps) {
                long wait = startedAt + step.at().toMillis() - System.currentTimeMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                apply(step);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long awaitStart() throws InterruptedException {
        long deadline = System.currentTimeMillis() + LOAD_START_LIMIT.toMillis();
        while (System.currentTimeMillis() < deadline) {
            try {
                if (Files.exists(startedFile)) {
                    return Long.parseLong(Files.readString(startedFile).trim());
                }
            } catch (IOException | NumberFormatException e) {
                // being written: look again
            }
            Thread.sleep(100);
        }
        throw new InterruptedException("the load did not begin within " + LOAD_START_LIMIT);
    }

    private void apply(Step step) {
        double at = secondsSinceStart();
        try {
            switch (step) {
                case Step.FaultStep fault -> {
                    Map<String, Object> answer = admin.injectFault(fault.kind().id(), fault.target(), fault.options(),
                            fault.forDuration().map(TimelinePlayer::format).orElse(null));
                    Double end = fault.forDuration().map(length -> at + length.toMillis() / 1000.0).orElse(null);
                    entries.add(new Entry("fault", step.label(), at, end));
                    if (end == null) {
                        synchronized (activeFaults) {
                            activeFaults.put(String.valueOf(answer.get("id")), new Active(entries.size() - 1, fault));
                        }
                    }
                }
                case Step.HealStep heal -> {
                    if (heal.healsAll()) {
                        admin.healAll();
                    }
                    synchronized (activeFaults) {
                        for (var active : new ArrayList<>(activeFaults.entrySet())) {
                            Step.FaultStep injected = active.getValue().step();
                            if (heal.heals(injected.kind().id(), injected.target())) {
                                if (!heal.healsAll()) {
                                    admin.heal(active.getKey());
                                }
                                Entry applied = entries.get(active.getValue().entry());
                                entries.set(active.getValue().entry(), new Entry(applied.kind(), applied.label(), applied.atSeconds(), at));
                                activeFaults.remove(active.getKey());
                            }
                        }
                    }
                    entries.add(new Entry("heal", step.label(), at, null));
                }
                case Step.FailoverStep failover -> {
                    admin.failover(failover.dc());
                    entries.add(new Entry("failover", step.label(), at, null));
                }
                case Step.FixStep fix -> {
                    admin.setFix(fix.fix().id(), fix.enabled());
                    entries.add(new Entry("fix", step.label(), at, null));
                }
            }
        } catch (RuntimeException e) {
            entries.add(new Entry("failed", step.label() + " (not applied: " + e.getMessage() + ")", at, null));
        }
    }

    private double secondsSinceStart() {
        return (System.currentTimeMillis() - startedAt) / 1000.0;
    }

    private static String format(Duration duration) {
        return duration.toMillis() + "ms";
    }

    @Override
    public void close() {
        player.interrupt();
    }
}
