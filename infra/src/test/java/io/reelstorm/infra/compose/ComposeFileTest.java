package io.reelstorm.infra.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The topology rules of the brief, read from {@code infra/docker-compose.yml} itself. */
class ComposeFileTest {

    private static final long LAPTOP_BUDGET_BYTES = 3_584L * 1024 * 1024;
    private static final Pattern LINK_ADDRESS = Pattern.compile("//((?:east|west)-link):(\\d+)");

    private final ComposeFile compose = ComposeFile.load();

    @Test
    void onlyTheGatewayIsPublishedOnTheHost() {
        Set<String> published = compose.services().entrySet().stream()
                .filter(service -> service.getValue().containsKey("ports"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());

        assertThat(published).containsExactly("gateway");
    }

    @Test
    void theBackboneIsJoinedOnlyByTheGatewayAndTheLinksBetweenDataCenters() {
        Set<String> onBackbone = compose.services().keySet().stream()
                .filter(service -> compose.networks(service).contains("backbone"))
                .collect(Collectors.toSet());

        assertThat(onBackbone).containsExactlyInAnyOrder("gateway", "east-link", "west-link");
    }

    @Test
    void everythingOfADataCenterLivesOnItsOwnNetworkOnly() {
        for (String dc : List.of("east", "west")) {
            compose.services().keySet().stream()
                    .filter(service -> service.startsWith(dc + "-") && !service.equals(dc + "-link"))
                    .forEach(service -> assertThat(compose.networks(service)).as(service).containsExactly(dc));
        }
    }

    @Test
    void everyContainerHasAHealthcheckAndAMemoryLimitAndTheStackFitsALaptop() {
        long total = 0;
        for (Map.Entry<String, Map<String, Object>> service : compose.services().entrySet()) {
            assertThat(service.getValue()).as(service.getKey()).containsKey("mem_limit");
            assertThat(service.getValue()).as(service.getKey()).containsKey("healthcheck");
            total += bytes(String.valueOf(service.getValue().get("mem_limit")));
        }
        assertThat(total).as("the sum of memory limits").isLessThanOrEqualTo(LAPTOP_BUDGET_BYTES);
    }

    @Test
    void containersStartOnlyOnceWhatTheyDependOnIsHealthy() {
        compose.services().forEach((name, service) -> ComposeFile.<Map<String, String>>map(service.get("depends_on"))
                .forEach((dependency, condition) -> {
                    assertThat(compose.services()).as(name + " depends on " + dependency).containsKey(dependency);
                    assertThat(condition).as(name + " -> " + dependency).containsEntry("condition", "service_healthy");
                }));
    }

    @Test
    void everyPeerAddressAServiceUsesIsARouteOfItsOwnDataCentersLink() {
        for (String service : compose.services().keySet()) {
            for (String argument : compose.command(service)) {
                Matcher address = LINK_ADDRESS.matcher(argument);
                while (address.find()) {
                    String link = address.group(1);
                    assertThat(routes(link)).as(service + " uses " + address.group()).containsKey(address.group(2));
                    boolean gateway = service.equals("gateway");
                    assertThat(gateway || service.startsWith(link.substring(0, 4))).as(service + " reaches only its own DC's link").isTrue();
                }
            }
        }
    }

    @Test
    void aLinkForwardsPeerRoutesToThePeersLinkAndInboundRoutesIntoItsOwnDataCenter() {
        for (String dc : List.of("east", "west")) {
            String peer = dc.equals("east") ? "west" : "east";
            routes(dc + "-link").forEach((port, target) -> {
                String host = target.substring(0, target.indexOf(':'));
                assertThat(host.equals(peer + "-link") || host.startsWith(dc + "-")).as(dc + "-link :" + port + " -> " + target).isTrue();
                assertThat(compose.services()).as(target).containsKey(host);
            });
        }
    }

    @Test
    void theFixSwitchesComeFromOneSetting() {
        compose.services().forEach((name, service) -> {
            List<String> fixArguments = compose.command(name).stream().filter(arg -> arg.startsWith("--reelstorm.fixes.enabled=")).toList();
            Map<String, Object> environment = ComposeFile.map(service.get("environment"));
            if (!fixArguments.isEmpty()) {
                assertThat(fixArguments).as(name).containsExactly("--reelstorm.fixes.enabled=${REELSTORM_FIXES:-}");
            } else if (name.contains("redis-")) {
                assertThat(environment).as(name).containsEntry("REELSTORM_FIXES", "${REELSTORM_FIXES:-}");
            }
        });
        assertThat(compose.command("gateway")).contains("--reelstorm.fixes.enabled=${REELSTORM_FIXES:-}");
    }

    private Map<String, String> routes(String link) {
        String routes = String.valueOf(ComposeFile.map(compose.service(link).get("environment")).get("LINK_ROUTES"));
        return Arrays.stream(routes.trim().split("\\s+"))
                .map(route -> route.split("=", 2))
                .collect(Collectors.toMap(route -> route[0], route -> route[1]));
    }

    private static long bytes(String limit) {
        long number = Long.parseLong(limit.replaceAll("[^0-9]", ""));
        return switch (Character.toLowerCase(limit.charAt(limit.length() - 1))) {
            case 'g' -> number * 1024 * 1024 * 1024;
            case 'm' -> number * 1024 * 1024;
            case 'k' -> number * 1024;
            default -> number;
        };
    }
}
