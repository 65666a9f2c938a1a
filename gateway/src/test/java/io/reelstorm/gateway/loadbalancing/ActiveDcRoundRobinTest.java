package io.reelstorm.gateway.loadbalancing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;

class ActiveDcRoundRobinTest {

    private static final ServiceInstance EAST_1 = instance("east-1", "east");
    private static final ServiceInstance EAST_2 = instance("east-2", "east");
    private static final ServiceInstance WEST_1 = instance("west-1", "west");

    @Test
    void onlyInstancesOfTheActiveDataCenterAreEverChosen() {
        ActiveDcRoundRobin selection = new ActiveDcRoundRobin("east");

        List<String> chosen = choose(selection, List.of(WEST_1, EAST_1, EAST_2), 10);

        assertThat(chosen).isNotEmpty().doesNotContain("west-1");
    }

    @Test
    void theInstancesOfTheActiveDataCenterTakeTurns() {
        ActiveDcRoundRobin selection = new ActiveDcRoundRobin("east");

        List<String> chosen = choose(selection, List.of(EAST_1, WEST_1, EAST_2), 6);

        assertThat(chosen).containsExactly("east-1", "east-2", "east-1", "east-2", "east-1", "east-2");
    }

    @Test
    void theStandbyIsUsedOnlyWhenItIsTheActiveDataCenter() {
        ActiveDcRoundRobin selection = new ActiveDcRoundRobin("west");

        assertThat(choose(selection, List.of(EAST_1, WEST_1, EAST_2), 3)).containsExactly("west-1", "west-1", "west-1");
    }

    @Test
    void nothingIsChosenWhenTheActiveDataCenterHasNoInstanceEvenIfAnotherHas() {
        ActiveDcRoundRobin selection = new ActiveDcRoundRobin("east");

        assertThat(selection.choose(List.of(WEST_1))).isEmpty();
        assertThat(selection.choose(List.of())).isEmpty();
    }

    @Test
    void aSingleInstanceTakesEveryTurn() {
        ActiveDcRoundRobin selection = new ActiveDcRoundRobin("east");

        assertThat(choose(selection, List.of(EAST_1), 3)).containsExactly("east-1", "east-1", "east-1");
    }

    private static List<String> choose(ActiveDcRoundRobin selection, List<ServiceInstance> instances, int times) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            selection.choose(instances).map(ServiceInstance::getInstanceId).ifPresent(chosen::add);
        }
        return chosen;
    }

    private static ServiceInstance instance(String id, String dc) {
        return new DefaultServiceInstance(id, "feed-service", "127.0.0.1", 8182, false, Map.of(ActiveDcRoundRobin.DC, dc));
    }
}
