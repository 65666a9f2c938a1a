package io.reelstorm.feed.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BlendedWalkTest {

    // Ten ids in creation order: V0 oldest, V9 newest (26-character ULID-shaped strings).
    private static final List<String> V = List.of(
            id(0), id(1), id(2), id(3), id(4), id(5), id(6), id(7), id(8), id(9));

    private final NavigableSet<String> catalogue = new TreeSet<>(V);
    private final RecentIds recent = (before, limit) -> catalogue.headSet(before, false).descendingSet().stream().limit(limit).toList();

    @Test
    void trendingVideosTakeEveryThirdPositionStartingWithTheFirst() {
        BlendedWalk walk = new BlendedWalk(WalkState.start(V.get(9), List.of(V.get(2), V.get(5))), recent, 3, 4);

        assertThat(walk.take(10)).containsExactly(
                V.get(2), V.get(9), V.get(8), V.get(5), V.get(7), V.get(6), V.get(4), V.get(3), V.get(1), V.get(0));
        assertThat(walk.hasNext()).isFalse();
    }

    @Test
    void withoutTrendingTheFeedIsNewestFirst() {
        BlendedWalk walk = new BlendedWalk(WalkState.start(V.get(9), List.of()), recent, 3, 3);

        assertThat(walk.take(20)).containsExactlyElementsOf(V.reversed());
    }

    @Test
    void whenRecentVideosRunOutTheRemainingTrendingOnesFill() {
        catalogue.retainAll(List.of(V.get(0), V.get(1), V.get(2), V.get(3)));
        BlendedWalk walk = new BlendedWalk(WalkState.start(V.get(3), List.of(V.get(3), V.get(0), V.get(2))), recent, 3, 2);

        assertThat(walk.take(10)).containsExactly(V.get(3), V.get(1), V.get(0), V.get(2));
    }

    @Test
    void whenTrendingRunsOutRecentVideosFillItsSlots() {
        BlendedWalk walk = new BlendedWalk(WalkState.start(V.get(9), List.of(V.get(0))), recent, 2, 5);

        assertThat(walk.take(4)).containsExactly(V.get(0), V.get(9), V.get(8), V.get(7));
    }

    @Test
    void videosNewerThanTheSnapshotNeverEnterTheWalk() {
        catalogue.add(id(10));
        catalogue.add(id(11));
        BlendedWalk walk = new BlendedWalk(WalkState.start(V.get(9), List.of()), recent, 3, 2);

        assertThat(walk.take(20)).containsExactlyElementsOf(V.reversed());
    }

    @Test
    void aWalkResumedFromItsStateContinuesWhereItStopped() {
        WalkState start = WalkState.start(V.get(9), List.of(V.get(9), V.get(4)));
        BlendedWalk first = new BlendedWalk(start, recent, 3, 3);
        List<String> firstPage = first.take(4);

        BlendedWalk resumed = new BlendedWalk(first.state(), recent, 3, 3);
        List<String> rest = resumed.take(20);

        assertThat(firstPage).containsExactly(V.get(9), V.get(8), V.get(7), V.get(4));
        assertThat(rest).containsExactly(V.get(6), V.get(5), V.get(3), V.get(2), V.get(1), V.get(0));
    }

    @Test
    void blendingEveryPositionPutsTheWholeTrendingHeadFirst() {
        BlendedWalk walk = new BlendedWalk(WalkState.start(V.get(9), List.of(V.get(1), V.get(6))), recent, 1, 10);

        assertThat(walk.take(4)).containsExactly(V.get(1), V.get(6), V.get(9), V.get(8));
    }

    @Test
    void theBoundJustAboveAnIdIncludesThatIdAndNothingNewer() {
        String id = V.get(5);
        String above = WalkState.justAbove(id);

        assertThat(above).hasSize(26);
        assertThat(catalogue.headSet(above, false)).contains(id).doesNotContain(V.get(6));
        assertThat(WalkState.justAbove("0000000000000000000000000Z")).isEqualTo("00000000000000000000000010");
    }

    private static String id(int n) {
        return "01JD0000000000000000000" + String.format("%03d", n);
    }
}
