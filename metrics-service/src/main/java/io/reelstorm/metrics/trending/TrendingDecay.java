package io.reelstorm.metrics.trending;

import java.time.Duration;
import java.time.Instant;

/**
 * Trending score = views with exponential time decay. Instead of rescoring every video as time
 * passes, a view's weight grows with time: a view at {@code t} adds {@code 2^((t - epochStart)/halfLife)}
 * to its epoch's board, which orders the board exactly like decayed scores would. To keep those
 * weights finite, time is cut into epochs of {@value #HALF_LIVES_PER_EPOCH} half-lives (weights stay
 * within 2^32); each view also adds its weight relative to the next epoch's start to the next board,
 * so that board starts warm when its epoch begins. Pure arithmetic; the Redis side is elsewhere.
 */
public final class TrendingDecay {

    static final int HALF_LIVES_PER_EPOCH = 32;
    /** A board is read during its epoch; it is kept one more epoch for clocks that lag. */
    static final int EPOCHS_KEPT = 2;

    private final long halfLifeMillis;
    private final long epochMillis;

    public TrendingDecay(Duration halfLife) {
        if (halfLife.toMillis() <= 0) {
            throw new IllegalArgumentException("half-life must be positive: " + halfLife);
        }
        this.halfLifeMillis = halfLife.toMillis();
        this.epochMillis = Math.multiplyExact(halfLifeMillis, HALF_LIVES_PER_EPOCH);
    }

    /** The epoch whose board answers reads at {@code now}. */
    public long epoch(Instant now) {
        return Math.floorDiv(now.toEpochMilli(), epochMillis);
    }

    public Instant epochStart(long epoch) {
        return Instant.ofEpochMilli(Math.multiplyExact(epoch, epochMillis));
    }

    /** What one view at {@code at} adds to the board of its epoch and to the next one. */
    public ViewWeights weights(Instant at) {
        long epoch = epoch(at);
        double current = Math.pow(2, halfLives(at.toEpochMilli() - epochStart(epoch).toEpochMilli()));
        double next = Math.pow(2, halfLives(at.toEpochMilli() - epochStart(epoch + 1).toEpochMilli()));
        return new ViewWeights(epoch, current, next);
    }

    /**
     * A score read from {@code epoch}'s board expressed in views as of {@code now}: a view made at
     * {@code now} is worth 1, one made a half-life earlier 0.5.
     */
    public double decayedViews(double boardScore, long epoch, Instant now) {
        return boardScore * Math.pow(2, -halfLives(now.toEpochMilli() - epochStart(epoch).toEpochMilli()));
    }

    /** When the board of {@code epoch} may go: {@value #EPOCHS_KEPT} epochs after that epoch starts. */
    public Instant expiry(long epoch) {
        return epochStart(epoch + EPOCHS_KEPT);
    }

    private double halfLives(long millis) {
        return (double) millis / halfLifeMillis;
    }

    /**
     * @param epoch   the epoch of the view
     * @param current the weight added to that epoch's board
     * @param next    the weight added to the next epoch's board
     */
    public record ViewWeights(long epoch, double current, double next) {
    }
}
