package io.reelstorm.common.control;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import java.time.Duration;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /internal/faults/slow}: the fault injector makes this instance slow, and well again. */
@RestController
public class SlowInstanceController {

    static final Duration MAX_DELAY = Duration.ofMinutes(5);

    private final SlowInstance slowInstance;

    public SlowInstanceController(SlowInstance slowInstance) {
        this.slowInstance = slowInstance;
    }

    @GetMapping("/internal/faults/slow")
    Map<String, Long> current() {
        return Map.of("ms", slowInstance.delay().toMillis());
    }

    @PutMapping("/internal/faults/slow")
    Map<String, Long> slow(@RequestBody SlowRequest request) {
        if (request.ms() < 0 || request.ms() > MAX_DELAY.toMillis()) {
            throw new ApiProblem(ProblemType.INVALID_REQUEST, "ms must be between 0 and " + MAX_DELAY.toMillis() + ".").with("field", "ms");
        }
        slowInstance.set(Duration.ofMillis(request.ms()));
        return current();
    }

    @DeleteMapping("/internal/faults/slow")
    Map<String, Long> heal() {
        slowInstance.set(Duration.ZERO);
        return current();
    }

    /** @param ms how long each public request is held */
    public record SlowRequest(long ms) {
    }
}
