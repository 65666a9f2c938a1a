package io.reelstorm.infra.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Renders {@code GET /admin/state} for people: one line per process, then fixes and faults. */
final class StatusView {

    private StatusView() {
    }

    @SuppressWarnings("unchecked")
    static void print(Map<String, Object> state, PrintStream out) {
        Object seconds = state.get("startSeconds");
        out.printf("ReelStorm: %s%s — mode %s; gateway %s; admin %s%n", state.get("status"),
                seconds == null ? "" : String.format(" (started in %.1f s)", ((Number) seconds).doubleValue()),
                state.get("mode"), state.get("gatewayUrl"), state.get("adminUrl"));
        out.printf("  %-26s %-13s %-28s %-8s %s%n", "TARGET", "KIND", "URL", "PID", "HEALTH");
        Map<String, Object> dataCenters = (Map<String, Object>) state.get("dataCenters");
        for (Object members : dataCenters.values()) {
            for (Object member : ((Map<String, Object>) members).values()) {
                row((Map<String, Object>) member, out);
            }
        }
        for (String global : List.of("edgeRedis", "gateway")) {
            if (state.get(global) instanceof Map<?, ?> member) {
                row((Map<String, Object>) member, out);
            }
        }
        List<String> fixes = (List<String>) state.get("fixes");
        out.println("Fixes: " + (fixes.isEmpty() ? "none (naive)" : String.join(", ", fixes)));
        List<Map<String, Object>> faults = (List<Map<String, Object>>) state.get("faults");
        if (faults.isEmpty()) {
            out.println("Faults: none");
        } else {
            out.println("Faults:");
            for (Map<String, Object> fault : faults) {
                out.printf("  %-4s %-15s %-34s %s%s%n", fault.get("id"), fault.get("kind"), fault.get("target"),
                        fault.get("options"), fault.get("endsAt") == null ? "" : "  until " + fault.get("endsAt"));
            }
        }
    }

    private static void row(Map<String, Object> member, PrintStream out) {
        Object pid = member.get("pid");
        out.printf("  %-26s %-13s %-28s %-8s %s%n", member.get("id"), member.get("kind"), member.get("url"),
                pid == null ? "-" : pid, member.get("health"));
    }
}
