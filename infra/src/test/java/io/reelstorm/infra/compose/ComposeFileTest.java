package io.reelstorm.infra.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.infra.link.server.LinkRoute;
import io.reelstorm.infra.link.server.LinkRoutes;
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
    void everyPeerAddressAServiceUsesIsARouteOfItsOwnDataCentersLinkInTheGroupThatFaultsIt() {
        for (String service : compose.services().keySet()) {
            for (String argument : compose.command(service)) {
                Matcher address = LINK_ADDRESS.matcher(argument);
                while (address.find()) {
                    String link = address.group(1);
                    String dc = link.substring(0, 4);
                    LinkRoute route = routes(link).get(Integer.parseInt(address.group(2)));
                    assertThat(route).as(service + " uses " + address.group()).isNotNull();
                    boolean gateway = service.equals("gateway");
                    assertThat(gateway || service.startsWith(dc)).as(service + " reaches only its own DC's link").isTrue();
                    assertThat(route.group()).as(service + " uses " + address.group()).isEqualTo(gateway ? "gateway-" + dc : "east-west");
                }
            }
        }
    }

    @Test
    void aLinkForwardsPeerRoutesToThePeersLinkAndInboundRoutesIntoItsOwnDataCenter() {
        for (String dc : List.of("east", "west")) {
            String peer = dc.equals("east") ? "west" : "east";
            routes(dc + "-link").values().forEach(route -> {
                String host = route.host();
                assertThat(host.equals(peer + "-link") || host.startsWith(dc + "-")).as(dc + "-link " + route).isTrue();
                assertThat(compose.services()).as(route.targetText()).containsKey(host);
            });
        }
    }

    /**
     * Faults name groups: {@code gateway-<dc>} cuts the backbone from a DC's services, {@code east-west}
     * the DCs from each other. A DC's outbound proxies carry {@code east-west} and the peer's inbound
     * ones none, so that a fault on {@code east-west} acts exactly once in each direction.
     */
    @Test
    void everyRouteBetweenDataCentersIsInGroupEastWestAndEveryRouteFromTheBackboneToServicesInGatewayDc() {
        for (String dc : List.of("east", "west")) {
            String peer = dc.equals("east") ? "west" : "east";
            routes(dc + "-link").values().forEach(route -> {
                String host = route.host();
                if (host.equals(peer + "-link")) {
                    assertThat(route.group()).as(dc + "-link " + route).isEqualTo("east-west");
                    LinkRoute inbound = routes(peer + "-link").get(route.targetPort());
                    assertThat(inbound).as(peer + "-link answers " + route).isNotNull();
                    assertThat(inbound.grouped()).as(peer + "-link " + inbound + " is faulted by " + dc + "'s east-west already").isFalse();
                    assertThat(inbound.host()).as(inbound + " is one of " + peer + "'s stores")
                            .startsWith(peer + "-").doesNotEndWith("-link").doesNotEndWith("-service");
                } else if (host.endsWith("-service")) {
                    assertThat(route.group()).as(dc + "-link " + route).isEqualTo("gateway-" + dc);
                } else {
                    assertThat(route.grouped()).as(dc + "-link " + route + " (the peer's way into " + dc + "'s stores)").isFalse();
                }
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

    /** A link's routes by listen port, read with the parser the link itself uses. */
    private Map<Integer, LinkRoute> routes(String link) {
        String routes = String.valueOf(ComposeFile.map(compose.service(link).get("environment")).get("LINK_ROUTES"));
        return LinkRoutes.parse(routes).stream().collect(Collectors.toMap(LinkRoute::listenPort, route -> route));
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
