package io.reelstorm.common.control;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.fixes.FixSwitches;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /internal/fixes}: the launcher's admin API flips runtime-switchable fixes here, on every
 * instance. Internal: the gateway does not route it.
 */
@RestController
public class FixSwitchController {

    private final FixSwitches switches;

    public FixSwitchController(FixSwitches switches) {
        this.switches = switches;
    }

    @GetMapping("/internal/fixes")
    Map<String, Boolean> fixes() {
        Map<String, Boolean> all = new LinkedHashMap<>();
        for (Fix fix : Fix.values()) {
            all.put(fix.id(), switches.isOn(fix));
        }
        return all;
    }

    @PutMapping("/internal/fixes/{name}")
    Map<String, Object> set(@PathVariable String name, @RequestBody FixSwitchRequest request) {
        Fix fix = FixSwitchRequest.fix(name);
        if (!fix.switchableAtRuntime() && request.enabled() != switches.isOn(fix)) {
            throw new ApiProblem(ProblemType.FIX_NEEDS_RESTART, fix.id() + " takes effect only when the process starts.")
                    .with("field", "name");
        }
        switches.set(fix, request.enabled());
        return Map.of("name", fix.id(), "enabled", switches.isOn(fix));
    }

    /** @param enabled the new state of the fix */
    public record FixSwitchRequest(boolean enabled) {

        /** The fix named in a path, or a 400 problem listing the known ones. */
        public static Fix fix(String name) {
            return Fix.fromId(name).orElseThrow(() -> new ApiProblem(ProblemType.INVALID_REQUEST,
                    "Unknown fix '" + name + "'; known: " + Arrays.stream(Fix.values()).map(Fix::id).toList() + ".")
                    .with("field", "name"));
        }
    }
}
