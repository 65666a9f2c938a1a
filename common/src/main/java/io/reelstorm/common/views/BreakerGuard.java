package io.reelstorm.common.views;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiter;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs blocking calls to one backend under the Resilience4j circuit breaker and time limiter of its
 * name: while the breaker is open a call is refused at once; otherwise it runs on a virtual thread
 * and is abandoned (interrupted) when the limiter's time is up. Either way the caller gets an
 * exception and takes its fallback, and the breaker counts the failure. Logs each change of the
 * breaker's state, never a refused call.
 */
public final class BreakerGuard implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BreakerGuard.class);

    private final CircuitBreaker breaker;
    private final TimeLimiter limiter;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    public BreakerGuard(CircuitBreaker breaker, TimeLimiter limiter) {
        this.breaker = breaker;
        this.limiter = limiter;
        breaker.getEventPublisher().onStateTransition(event -> log.warn("event=breaker-state backend={} from={} to={}",
                event.getCircuitBreakerName(), event.getStateTransition().getFromState(), event.getStateTransition().getToState()));
    }

    public <T> T call(Supplier<T> call) {
        Callable<T> limited = TimeLimiter.decorateFutureSupplier(limiter, () -> calls.submit(call::get));
        try {
            return breaker.executeCallable(limited);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // The limiter's TimeoutException, or a checked failure of the call itself.
            throw new BackendUnavailableException(breaker.getName() + " did not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }

    /** The guarded call failed or was abandoned. */
    public static final class BackendUnavailableException extends RuntimeException {

        BackendUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
