package io.reelstorm.gateway.loadbalancing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HomeDcTest {

    private static final List<String> DCS = List.of("east", "west");

    @Test
    void aClientAlwaysHasTheSameHome() {
        assertThat(IntStream.range(0, 5).mapToObj(i -> HomeDc.of("load-test-7", DCS)).distinct()).hasSize(1);
    }

    @Test
    void clientsAreSpreadOverEveryDataCenter() {
        Map<String, Long> homes = IntStream.range(0, 1000).mapToObj(i -> HomeDc.of("client-" + i, DCS))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(homes).containsOnlyKeys("east", "west");
        assertThat(homes.values()).allSatisfy(count -> assertThat(count).isBetween(400L, 600L));
    }

    @Test
    void withOneDataCenterItIsEveryonesHome() {
        assertThat(HomeDc.of("203.0.113.9", List.of("east"))).isEqualTo("east");
    }
}
