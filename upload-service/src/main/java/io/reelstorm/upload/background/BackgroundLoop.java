package io.reelstorm.upload.background;

import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * Work that runs in rounds on a thread of its own for as long as the service runs (catalogue
 * replication, object repair): started after everything else, stopped first. A failed round is the
 * subclass's to judge; it says how long to pause before the next.
 */
public abstract class BackgroundLoop implements SmartLifecycle {

    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final String name;
    private volatile boolean running;
    private volatile Thread thread;

    protected BackgroundLoop(String name) {
        this.name = name;
    }

    /** One round of work; returns how long to pause before the next. */
    protected abstract Duration round() throws InterruptedException;

    /** A round failed; returns how long to pause before the next. */
    protected abstract Duration failed(RuntimeException failure);

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name(name).daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            current.interrupt();
            try {
                current.join(STOP_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            Duration pause;
            try {
                pause = round();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                pause = failed(e);
            }
            if (pause.isPositive()) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
