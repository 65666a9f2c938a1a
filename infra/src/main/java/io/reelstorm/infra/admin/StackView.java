package io.reelstorm.infra.admin;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.infra.faults.Fault;
import io.reelstorm.infra.faults.FaultInjector;
import io.reelstorm.infra.local.SupervisorStatus;
import io.reelstorm.infra.stack.ProcessSpec;
import io.reelstorm.infra.stack.RunningStack;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The stack as {@code GET /admin/state} and {@code ./reelstorm status --json} show it, with live health. */
public final class StackView {

    private final RunningStack runtime;
    private final FaultInjector faults;
    private final SupervisorStatus status;

    public StackView(RunningStack runtime, FaultInjector faults, SupervisorStatus status) {
        this.runtime = runtime;
        this.faults = faults;
        this.status = status;
    }

    public Map<String, Object> render() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", status.status().name().toLowerCase());
        json.put("detail", status.detail());
        json.put("startSeconds", status.startSeconds());
        json.put("gatewayUrl", status.gatewayUrl());
        json.put("adminUrl", status.adminUrl());
        Set<Fix> fixes = runtime.fixes();
        json.put("mode", mode(fixes));
        json.put("fixes", fixes.stream().map(Fix::id).toList());
        json.put("faults", faults.active().stream().map(StackView::fault).toList());
        Map<String, Object> dataCenters = new LinkedHashMap<>();
        for (String dc : runtime.dataCenters()) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (ProcessSpec spec : runtime.specs()) {
                if (dc.equals(spec.dc())) {
                    members.put(spec.id().substring(dc.length() + 1), process(spec));
                }
            }
            dataCenters.put(dc, members);
        }
        for (ProcessSpec spec : runtime.specs()) {
            if (spec.dc() == null) {
                json.put(spec.id().equals("gateway") ? "gateway" : "edgeRedis", process(spec));
            }
        }
        json.put("dataCenters", dataCenters);
        json.put("links", runtime.linkView());
        return json;
    }

    static String mode(Set<Fix> fixes) {
        if (fixes.isEmpty()) {
            return "naive";
        }
        return fixes.containsAll(EnumSet.allOf(Fix.class)) ? "resilient" : "custom";
    }

    private Map<String, Object> process(ProcessSpec spec) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", spec.id());
        json.put("kind", spec.kind().name().toLowerCase());
        json.put("url", spec.url());
        json.put("pid", runtime.process(spec.id()).map(ProcessHandle::pid).orElse(null));
        json.put("health", runtime.health(spec.id()));
        json.put("log", spec.log().toString());
        return json;
    }

    private static Map<String, Object> fault(Fault fault) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", fault.id());
        json.put("kind", fault.kind());
        json.put("target", fault.target());
        json.put("options", fault.options());
        json.put("startedAt", fault.startedAt().toString());
        json.put("endsAt", fault.endsAt() == null ? null : fault.endsAt().toString());
        return json;
    }
}
