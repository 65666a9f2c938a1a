package io.reelstorm.infra.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.infra.faults.Fault;
import io.reelstorm.infra.faults.FaultInjector;
import io.reelstorm.infra.faults.FaultRequest;
import io.reelstorm.infra.faults.InvalidFaultException;
import io.reelstorm.infra.local.ServiceControl;
import io.reelstorm.infra.local.SupervisorLog;
import io.reelstorm.infra.stack.ProcessKind;
import io.reelstorm.infra.stack.ProcessSpec;
import io.reelstorm.infra.stack.RunningStack;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The launcher's admin API: the stack's state, faults, fixes and the operator's failover. The CLI,
 * load tests and demos all drive the stack through it.
 */
@RestController
class AdminController {

    private final RunningStack runtime;
    private final FaultInjector faults;
    private final ServiceControl control;
    private final StackView view;

    AdminController(RunningStack runtime, FaultInjector faults, ServiceControl control, StackView view) {
        this.runtime = runtime;
        this.faults = faults;
        this.control = control;
        this.view = view;
    }

    @GetMapping("/admin/state")
    Map<String, Object> state() {
        return view.render();
    }

    @GetMapping("/admin/faults")
    List<Fault> activeFaults() {
        return faults.active();
    }

    @PostMapping("/admin/faults")
    ResponseEntity<Fault> inject(@RequestBody FaultBody body) {
        try {
            Fault fault = faults.inject(new FaultRequest(body.kind(), body.target(), body.options(), body.forDuration()));
            return ResponseEntity.created(URI.create("/admin/faults/" + fault.id())).body(fault);
        } catch (InvalidFaultException e) {
            throw new ApiProblem(ProblemType.INVALID_FAULT, e.getMessage()).with("field", e.field());
        } catch (IllegalStateException e) {
            throw new ApiProblem(ProblemType.UPSTREAM_UNAVAILABLE, "The fault could not be applied: " + e.getMessage());
        }
    }

    @DeleteMapping("/admin/faults/{id}")
    ResponseEntity<Void> heal(@PathVariable String id) {
        if (!faults.heal(id)) {
            throw new ApiProblem(ProblemType.FAULT_NOT_FOUND, "No fault '" + id + "' is in force; GET /admin/faults lists them.")
                    .with("field", "id");
        }
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/admin/faults")
    Map<String, Integer> healAll() {
        return Map.of("healed", faults.healAll());
    }

    @PutMapping("/admin/fixes/{name}")
    Map<String, Object> setFix(@PathVariable String name, @RequestBody FixBody body) {
        Fix fix = Fix.fromId(name).orElseThrow(() -> new ApiProblem(ProblemType.INVALID_REQUEST,
                "Unknown fix '" + name + "'; known: " + Arrays.stream(Fix.values()).map(Fix::id).toList() + ".").with("field", "name"));
        if (!fix.switchableAtRuntime()) {
            throw new ApiProblem(ProblemType.FIX_NEEDS_RESTART, fix.id() + " changes how processes start: "
                    + "./reelstorm down, then ./reelstorm up --fixes with the set you want.").with("field", "name");
        }
        List<String> applied = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        for (ProcessSpec spec : runtime.specs()) {
            if (spec.kind() != ProcessKind.SERVICE && spec.kind() != ProcessKind.GATEWAY) {
                continue;
            }
            try {
                control.send(spec, "PUT", "/internal/fixes/" + fix.id(), "{\"enabled\":" + body.enabled() + "}");
                applied.add(spec.id());
            } catch (IllegalStateException e) {
                unreachable.add(spec.id());
            }
        }
        runtime.recordFix(fix, body.enabled());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", fix.id());
        result.put("enabled", body.enabled());
        result.put("applied", applied);
        result.put("unreachable", unreachable);
        return result;
    }

    @PostMapping("/admin/failover/{dc}")
    Map<String, Object> failover(@PathVariable String dc) {
        if (!runtime.dataCenters().contains(dc)) {
            throw new ApiProblem(ProblemType.INVALID_REQUEST, "Unknown data center '" + dc + "'; known: "
                    + runtime.dataCenters() + ".").with("field", "dc");
        }
        ProcessSpec gateway = runtime.spec("gateway").orElseThrow();
        try {
            control.send(gateway, "PUT", "/internal/routing/active-dc", "{\"dc\":\"" + dc + "\"}");
        } catch (IllegalStateException e) {
            throw new ApiProblem(ProblemType.UPSTREAM_UNAVAILABLE, "The gateway did not take the failover: " + e.getMessage());
        }
        SupervisorLog.event("event=failover dc=%s", dc);
        return Map.of("activeDc", dc);
    }

    /** {@code {kind, target, options, for}}. */
    record FaultBody(String kind, String target, Map<String, Object> options, @JsonProperty("for") String forDuration) {
    }

    record FixBody(boolean enabled) {
    }
}
