package io.reelstorm.infra.cli;

import io.reelstorm.common.admin.AdminClient;
import io.reelstorm.infra.faults.FaultKind;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fault", mixinStandardHelpOptions = true,
        header = "Break something: inject a fault into the running stack.",
        description = {
                "KIND and TARGET:",
                "  power-loss DC                   every process of the DC dies at once (SIGKILL); heal restarts them",
                "  store-outage DC/STORE           kill a store (redis-meta, redis-counters, objects); heal restarts it",
                "  store-freeze DC/STORE           SIGSTOP a store: connections hang instead of failing; heal SIGCONTs",
                "  link-partition LINK             blackhole a link (like iptables DROP)",
                "  link-latency LINK --ms N [--jitter N]",
                "  link-loss LINK --percent P      TCP-level loss: retransmission delays",
                "  link-reset LINK                 reset every connection on the link",
                "  link-bandwidth LINK --kbps N",
                "  slow-instance DC/SERVICE[#N] --ms N   hold every request of that instance",
                "  lb-skew DC/SERVICE[#N]          the gateway sends all of that service's traffic to this one instance",
                "LINK: gateway-east, gateway-west, east-west, or a service's hop to a store such as",
                "east/feed-service->redis-meta, east/metrics-service->redis-counters, east/upload-service->objects.",
                "Durations: 500ms, 30s, 2m. Prints the fault's id; './reelstorm heal ID' (or 'heal all') ends it."})
public class FaultCommand extends AdminCommand {

    @Parameters(index = "0", paramLabel = "KIND")
    String kind;

    @Parameters(index = "1", paramLabel = "TARGET")
    String target;

    @Option(names = "--for", paramLabel = "DURATION", description = "Heal by itself after this long.")
    String forDuration;

    @Option(names = "--ms", description = "Milliseconds (link-latency, slow-instance).")
    Long ms;

    @Option(names = "--jitter", description = "Milliseconds of jitter (link-latency).")
    Long jitter;

    @Option(names = "--percent", description = "Percent (link-loss).")
    Long percent;

    @Option(names = "--kbps", description = "Kilobits per second (link-bandwidth).")
    Long kbps;

    @Override
    int run(AdminClient admin) {
        Map<String, Long> options = new LinkedHashMap<>();
        put(options, "ms", ms);
        put(options, "jitter", jitter);
        put(options, "percent", percent);
        put(options, "kbps", kbps);
        Map<String, Object> fault = admin.injectFault(kind, target, options, forDuration);
        System.out.printf("Fault %s: %s on %s%s%s%n", fault.get("id"), fault.get("kind"), fault.get("target"),
                options.isEmpty() ? "" : " " + options, fault.get("endsAt") == null ? " (until healed)" : " (until " + fault.get("endsAt") + ")");
        if (FaultKind.fromId(kind).map(k -> k == FaultKind.POWER_LOSS).orElse(false)) {
            System.out.println("The data center is dark. './reelstorm heal " + fault.get("id") + "' brings its processes back.");
        }
        return 0;
    }

    private static void put(Map<String, Long> options, String name, Long value) {
        if (value != null) {
            options.put(name, value);
        }
    }
}
