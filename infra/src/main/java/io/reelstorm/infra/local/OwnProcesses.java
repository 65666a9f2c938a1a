package io.reelstorm.infra.local;

import java.util.Optional;

/**
 * Finds processes this launcher started, by pid and start instant, so that a pid reused by some
 * unrelated process is never signalled.
 */
public final class OwnProcesses {

    private OwnProcesses() {
    }

    public static Optional<ProcessHandle> find(long pid, String startInstant) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> startInstant == null
                        || handle.info().startInstant().map(Object::toString).map(startInstant::equals).orElse(true));
    }

    public static String startOf(ProcessHandle handle) {
        return handle.info().startInstant().map(Object::toString).orElse(null);
    }
}
