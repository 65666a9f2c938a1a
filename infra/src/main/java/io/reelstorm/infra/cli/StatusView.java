package io.reelstorm.infra.cli;

import io.reelstorm.infra.local.OwnProcesses;
import io.reelstorm.infra.local.Probes;
import io.reelstorm.infra.local.StackState;
import io.reelstorm.infra.stack.ProcessKind;
import io.reelstorm.infra.stack.ProcessSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How {@code up} and {@code status} show a stack: one line per process with its live health. */
final class StatusView {

    private StatusView() {
    }

    /** Live health of one recorded process: {@code up}, {@code starting}, {@code down} or {@code exited}. */
    static String health(StackState.Member member) {
        if (OwnProcesses.find(member.pid(), member.pidStarted()).isEmpty()) {
            return member.exitCode() == null ? "down" : "exited(" + member.exitCode() + ")";
        }
        ProcessSpec probe = new ProcessSpec(member.id(), member.dc(), ProcessKind.valueOf(member.kind().toUpperCase()),
                member.port(), member.url(), List.of(), Path.of("."), Path.of("."), Map.of());
        return Probes.ready(probe) ? "up" : "starting";
    }

    static void printTable(StackState state, PrintStream out) {
        out.printf("  %-26s %-13s %-28s %-8s %s%n", "TARGET", "KIND", "URL", "PID", "HEALTH");
        for (StackState.Member member : state.processes()) {
            out.printf("  %-26s %-13s %-28s %-8d %s%n", member.id(), member.kind(), member.url(), member.pid(), health(member));
        }
    }

    /** The {@code status --json} document. */
    static Map<String, Object> toJson(StackState state) {
        Map<String, Object> dataCenters = new LinkedHashMap<>();
        for (String dc : state.dataCenters()) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (StackState.Member member : state.processes()) {
                if (dc.equals(member.dc())) {
                    members.put(member.id().substring(dc.length() + 1), Map.of("kind", member.kind(), "url", member.url(),
                            "pid", member.pid(), "health", health(member), "log", member.log()));
                }
            }
            dataCenters.put(dc, members);
        }
        StackState.Member gateway = state.processes().stream().filter(m -> m.dc() == null).findFirst().orElseThrow();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", state.status().name().toLowerCase());
        json.put("startSeconds", state.startSeconds());
        json.put("gatewayUrl", state.gatewayUrl());
        json.put("gateway", Map.of("url", gateway.url(), "pid", gateway.pid(), "health", health(gateway)));
        json.put("dataCenters", dataCenters);
        json.put("fixes", List.of());
        json.put("faults", List.of());
        return json;
    }
}
