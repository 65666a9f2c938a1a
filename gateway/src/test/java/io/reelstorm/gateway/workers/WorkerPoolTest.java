package io.reelstorm.gateway.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

class WorkerPoolTest {

    private final WorkerPool pool = new WorkerPool(2, 2);

    @Test
    void placesAreGrantedAtOnceUntilThePoolIsFullThenInArrivalOrder() {
        AtomicBoolean first = granted();
        AtomicBoolean second = granted();
        AtomicBoolean third = new AtomicBoolean();
        AtomicBoolean fourth = new AtomicBoolean();
        AtomicBoolean thirdGranted = new AtomicBoolean();
        AtomicBoolean fourthGranted = new AtomicBoolean();
        pool.acquire(third).subscribe(thirdGranted::set);
        pool.acquire(fourth).subscribe(fourthGranted::set);
        assertThat(pool.busy()).isEqualTo(2);
        assertThat(pool.waiting()).isEqualTo(2);

        pool.release(second);

        assertThat(thirdGranted).isTrue();
        assertThat(third).isTrue();
        assertThat(fourthGranted).isFalse();
        assertThat(pool.busy()).isEqualTo(2);
        pool.release(first);
        assertThat(fourthGranted).isTrue();
        pool.release(third);
        pool.release(fourth);
        assertThat(pool.busy()).isZero();
    }

    @Test
    void whenTheLineIsFullARequestIsRefusedAtOnce() {
        granted();
        granted();
        pool.acquire(new AtomicBoolean()).subscribe();
        pool.acquire(new AtomicBoolean()).subscribe();

        AtomicBoolean held = new AtomicBoolean();
        assertThat(pool.acquire(held).block()).isFalse();
        assertThat(held).isFalse();
    }

    @Test
    void aWaiterThatGivesUpLeavesTheLineAndIsNeverGrantedAPlace() {
        AtomicBoolean first = granted();
        granted();
        AtomicBoolean gaveUp = new AtomicBoolean();
        Disposable waiting = pool.acquire(gaveUp).subscribe();
        assertThat(pool.waiting()).isEqualTo(1);

        waiting.dispose();
        pool.release(first);

        assertThat(pool.waiting()).isZero();
        assertThat(gaveUp).isFalse();
        assertThat(pool.busy()).isEqualTo(1);
    }

    @Test
    void releasingAPlaceThatWasNeverGrantedChangesNothing() {
        granted();

        pool.release(new AtomicBoolean());

        assertThat(pool.busy()).isEqualTo(1);
    }

    private AtomicBoolean granted() {
        AtomicBoolean held = new AtomicBoolean();
        assertThat(pool.acquire(held).block()).isTrue();
        return held;
    }
}
