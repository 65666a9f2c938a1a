package io.reelstorm.infra.experiment.scenario;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The workload's shape.
 *
 * @param rate            app sessions started per second at baseline
 * @param creatorsPercent share of sessions that are creators (the rest are viewers)
 * @param timeout         when the app gives up on a call
 * @param stackNiceness   the CPU niceness of the local stack's processes (0: as the load generator's); see
 *                        {@code docs/scenarios/README.md}
 */
public record Load(double rate, int creatorsPercent, Duration timeout, List<Surge> surges, int stackNiceness) {

    public Load {
        surges = List.copyOf(surges);
    }

    Load scaled(UnaryOperator<Duration> scale) {
        return new Load(rate, creatorsPercent, timeout, surges.stream().map(surge -> surge.scaled(scale)).toList(), stackNiceness);
    }
}
