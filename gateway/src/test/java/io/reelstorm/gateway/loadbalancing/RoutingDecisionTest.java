package io.reelstorm.gateway.loadbalancing;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.gateway.loadbalancing.RoutingDecision.Candidate;
import io.reelstorm.gateway.loadbalancing.RoutingDecision.Situation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;

class RoutingDecisionTest {

    private static final ServiceInstance EAST_1 = instance("east/feed-service", "east");
    private static final ServiceInstance EAST_2 = instance("east/feed-service#2", "east");
    private static final ServiceInstance WEST_1 = instance("west/feed-service", "west");
    private static final ServiceInstance WEST_2 = instance("west/feed-service#2", "west");

    private final RoutingDecision decision = new RoutingDecision(new ActiveDcRoundRobin("east"));

    @Nested
    class WithoutDcFailover {

        @Test
        void theActiveDataCentersInstancesTakeTurnsWhateverTheClientsHome() {
            List<Candidate> all = List.of(healthy(EAST_1), healthy(WEST_1), healthy(EAST_2));

            assertThat(firstChoices(Situation.firstAttempt(false, "west"), all, 4))
                    .containsExactly("east/feed-service", "east/feed-service#2", "east/feed-service", "east/feed-service#2");
        }

        @Test
        void unhealthyInstancesOfTheActiveDataCenterAreStillChosen() {
            List<Candidate> all = List.of(unhealthy(EAST_1), healthy(WEST_1));

            assertThat(decision.order(Situation.firstAttempt(false, "east"), all)).extracting(Candidate::id)
                    .containsExactly("east/feed-service");
        }

        @Test
        void nothingIsChosenWhenTheActiveDataCenterHasNoInstance() {
            assertThat(decision.order(Situation.firstAttempt(false, "east"), List.of(healthy(WEST_1), healthy(WEST_2)))).isEmpty();
        }

        @Test
        void anOpenBreakerDoesNotMoveTrafficToTheStandby() {
            List<Candidate> all = List.of(open(EAST_1), healthy(WEST_1));

            assertThat(decision.order(Situation.firstAttempt(false, "east"), all)).extracting(Candidate::id)
                    .containsExactly("east/feed-service");
        }

        @Test
        void aRetryGoesToAnotherInstanceOfTheActiveDataCenterWhenThereIsOne() {
            Situation retry = Situation.retry(false, "east", Set.of("east/feed-service"), "east");
            List<Candidate> all = List.of(healthy(EAST_1), healthy(EAST_2), healthy(WEST_1));

            assertThat(firstChoices(retry, all, 3)).containsOnly("east/feed-service#2");
        }

        @Test
        void aRetryReturnsToTheSameInstanceWhenItIsTheOnlyOne() {
            Situation retry = Situation.retry(false, "east", Set.of("east/feed-service"), "east");

            assertThat(firstChoices(retry, List.of(healthy(EAST_1), healthy(WEST_1)), 2)).containsOnly("east/feed-service");
        }

        @Test
        void aWriteThatMayHaveBeenAppliedIsNotRetriedInTheNewlyActiveDataCenterAfterAFailover() {
            Situation retry = Situation.retry(false, "west", Set.of("west/feed-service"), "west").appliedIn("west");

            assertThat(decision.order(retry, List.of(healthy(EAST_1), healthy(WEST_1)))).isEmpty();
        }
    }

    @Nested
    class WithDcFailover {

        @Test
        void eachClientIsServedByTheHealthyInstancesOfItsHomeDataCenter() {
            List<Candidate> all = List.of(healthy(EAST_1), healthy(EAST_2), healthy(WEST_1), healthy(WEST_2));

            assertThat(firstChoices(Situation.firstAttempt(true, "west"), all, 4))
                    .containsOnly("west/feed-service", "west/feed-service#2")
                    .contains("west/feed-service", "west/feed-service#2");
            assertThat(firstChoices(Situation.firstAttempt(true, "east"), all, 4))
                    .containsOnly("east/feed-service", "east/feed-service#2");
        }

        @Test
        void unhealthyInstancesAreSkippedInTheHomeDataCenter() {
            List<Candidate> all = List.of(unhealthy(EAST_1), healthy(EAST_2), healthy(WEST_1));

            assertThat(firstChoices(Situation.firstAttempt(true, "east"), all, 3)).containsOnly("east/feed-service#2");
        }

        @Test
        void aHomeDataCenterWithoutAHealthyInstanceSendsItsClientsToTheOther() {
            List<Candidate> all = List.of(unhealthy(EAST_1), unhealthy(EAST_2), healthy(WEST_1));

            List<Candidate> order = decision.order(Situation.firstAttempt(true, "east"), all);

            assertThat(order).extracting(Candidate::id).containsExactly("west/feed-service");
        }

        @Test
        void whenNoInstanceIsHealthyTheHomeDataCenterIsTriedAnyway() {
            List<Candidate> all = List.of(unhealthy(WEST_1), unhealthy(EAST_1));

            assertThat(decision.order(Situation.firstAttempt(true, "east"), all)).extracting(Candidate::id)
                    .containsExactly("east/feed-service", "west/feed-service");
        }

        @Test
        void anOpenBreakerInTheHomeDataCenterSendsItsClientsToTheOtherWithTheOpenOneLast() {
            List<Candidate> all = List.of(open(EAST_1), healthy(WEST_1));

            assertThat(decision.order(Situation.firstAttempt(true, "east"), all)).extracting(Candidate::id)
                    .containsExactly("west/feed-service", "east/feed-service");
        }

        @Test
        void aRetryPrefersTheOtherDataCenter() {
            Situation retry = Situation.retry(true, "east", Set.of("east/feed-service"), "east");
            List<Candidate> all = List.of(healthy(EAST_1), healthy(EAST_2), healthy(WEST_1));

            assertThat(decision.order(retry, all)).extracting(Candidate::id)
                    .containsExactly("west/feed-service", "east/feed-service#2", "east/feed-service");
        }

        @Test
        void aSecondRetryAfterTheOtherDataCenterFailedTooGoesHomeToAnInstanceNotTriedYet() {
            Situation retry = Situation.retry(true, "east", Set.of("east/feed-service", "west/feed-service"), "west");
            List<Candidate> all = List.of(healthy(EAST_1), healthy(EAST_2), healthy(WEST_1));

            assertThat(decision.order(retry, all).getFirst().id()).isEqualTo("east/feed-service#2");
        }

        @Test
        void aWriteThatMayHaveBeenAppliedIsRetriedInItsDataCenterOnly() {
            Situation retry = Situation.retry(true, "east", Set.of("east/feed-service"), "east").appliedIn("east");
            List<Candidate> all = List.of(healthy(EAST_1), healthy(EAST_2), healthy(WEST_1));

            assertThat(decision.order(retry, all)).extracting(Candidate::id)
                    .containsExactly("east/feed-service#2", "east/feed-service");
        }

        @Test
        void aWriteThatMayHaveBeenAppliedIsNotMovedEvenWhenItsDataCenterHasNoHealthyInstanceLeft() {
            Situation retry = Situation.retry(true, "east", Set.of("east/feed-service"), "east").appliedIn("east");

            assertThat(decision.order(retry, List.of(unhealthy(EAST_1), healthy(WEST_1)))).extracting(Candidate::id)
                    .containsExactly("east/feed-service");
            assertThat(decision.order(retry, List.of(healthy(WEST_1)))).isEmpty();
        }
    }

    @Nested
    class UnderLbSkew {

        @Test
        void everyRequestGoesToTheSkewedInstanceWhateverTheFixes() {
            Situation skewed = new Situation(true, "west", Optional.of("east/feed-service#2"), Set.of(), null, Optional.empty());
            List<Candidate> all = List.of(healthy(EAST_1), unhealthy(EAST_2), healthy(WEST_1));

            assertThat(firstChoices(skewed, all, 3)).containsOnly("east/feed-service#2");
            assertThat(firstChoices(new Situation(false, "east", Optional.of("east/feed-service#2"), Set.of(), null, Optional.empty()), all, 3))
                    .containsOnly("east/feed-service#2");
        }

        @Test
        void aSkewOntoAnInstanceOfAnotherServiceIsIgnored() {
            Situation skewed = new Situation(false, "east", Optional.of("east/upload-service"), Set.of(), null, Optional.empty());

            assertThat(decision.order(skewed, List.of(healthy(EAST_1)))).extracting(Candidate::id).containsExactly("east/feed-service");
        }
    }

    private List<String> firstChoices(Situation situation, List<Candidate> candidates, int times) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            chosen.add(decision.order(situation, candidates).getFirst().id());
        }
        return chosen;
    }

    private static Candidate healthy(ServiceInstance instance) {
        return new Candidate(instance, true, false);
    }

    private static Candidate unhealthy(ServiceInstance instance) {
        return new Candidate(instance, false, false);
    }

    private static Candidate open(ServiceInstance instance) {
        return new Candidate(instance, true, true);
    }

    private static ServiceInstance instance(String id, String dc) {
        return new DefaultServiceInstance(id, "feed-service", "127.0.0.1", 8182, false,
                Map.of(ActiveDcRoundRobin.DC, dc, ConfiguredInstances.ID, id));
    }
}
