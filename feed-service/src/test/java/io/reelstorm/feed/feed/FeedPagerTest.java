package io.reelstorm.feed.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.ids.Ulid;
import io.reelstorm.feed.cursor.CursorCodec;
import io.reelstorm.feed.feed.FeedPager.Page;
import io.reelstorm.feed.walk.WalkState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedPagerTest {

    private final AtomicLong millis = new AtomicLong(Instant.parse("2026-11-21T10:00:00Z").toEpochMilli());
    private final Ulid ulid = new Ulid(new Clock() {
        @Override
        public long millis() {
            return millis.addAndGet(7);
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    });
    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private List<String> trending = List.of();
    private final CursorCodec cursors = new CursorCodec("feed-pager-test-secret-of-32-characters");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aWalkShowsEveryVideoThatExistedAtItsStartExactlyOnceWhileNewOnesArriveAndTrendingChanges(long seed) {
        Random random = new Random(seed);
        Set<String> atStart = new HashSet<>(seed(random.nextInt(250)));
        FeedPager pager = new FeedPager(catalog, limit -> trending.stream().limit(limit).toList(),
                random.nextInt(21), 1 + random.nextInt(5));
        trending = randomTrending(random);

        List<String> seen = new ArrayList<>();
        Set<String> arrivals = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Page page = pager.page(cursor == null ? null : cursors.decode(cursor), 1 + random.nextInt(100));
            page.videos().forEach(video -> seen.add(video.id()));
            cursor = page.next() == null ? null : cursors.encode(page.next());
            arrivals.addAll(seed(random.nextInt(6)));
            trending = randomTrending(random);
            pages++;
        } while (cursor != null && pages < 1000);

        assertThat(cursor).as("the walk ends").isNull();
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(atStart);
        assertThat(seen).doesNotContainAnyElementsOf(arrivals);
    }

    @Test
    void theFirstPageBlendsTrendingVideosIntoTheRecentOnes() {
        List<String> v = seed(10);
        trending = List.of(v.get(2), v.get(5));
        FeedPager pager = new FeedPager(catalog, limit -> trending, 10, 3);

        Page first = pager.page(null, 6);
        Page second = pager.page(first.next(), 6);

        assertThat(ids(first)).containsExactly(v.get(2), v.get(9), v.get(8), v.get(5), v.get(7), v.get(6));
        assertThat(ids(second)).containsExactly(v.get(4), v.get(3), v.get(1), v.get(0));
        assertThat(second.next()).isNull();
    }

    @Test
    void trendingIdsThatAreNewerThanTheWalkUnknownOrMalformedAreLeftOut() {
        String neverUploaded = ulid.next();
        List<String> v = seed(4);
        String newerThanTheWalk = ulid.next();
        FeedPager pager = new FeedPager(catalog, limit -> trending, 10, 2);
        trending = List.of("not-a-ulid", newerThanTheWalk, neverUploaded, v.get(1).toLowerCase(), v.get(1), v.get(0));

        Page page = pager.page(null, 10);

        assertThat(ids(page)).containsExactly(v.get(1), v.get(3), v.get(0), v.get(2));
    }

    @Test
    void theTrendingHeadHasAtMostTheConfiguredNumberOfSlots() {
        List<String> v = seed(6);
        trending = List.of(v.get(0), v.get(1), v.get(2));
        FeedPager pager = new FeedPager(catalog, limit -> trending, 2, 2);

        Page page = pager.page(null, 6);

        assertThat(page.next()).isNull();
        assertThat(ids(page)).containsExactly(v.get(0), v.get(5), v.get(1), v.get(4), v.get(3), v.get(2));
    }

    @Test
    void videosDeletedDuringTheWalkAreSkippedAndThePageIsStillFull() {
        List<String> v = seed(8);
        FeedPager pager = new FeedPager(catalog, limit -> List.of(), 0, 3);
        Page first = pager.page(null, 3);
        catalog.delete(v.get(4));
        catalog.delete(v.get(3));

        Page second = pager.page(first.next(), 3);

        assertThat(ids(first)).containsExactly(v.get(7), v.get(6), v.get(5));
        assertThat(ids(second)).containsExactly(v.get(2), v.get(1), v.get(0));
        assertThat(second.next()).isNull();
    }

    @Test
    void aPageThatEndsExactlyAtTheLastVideoHasNoNextCursor() {
        seed(5);
        FeedPager pager = new FeedPager(catalog, limit -> List.of(), 10, 3);

        Page page = pager.page(null, 5);

        assertThat(page.videos()).hasSize(5);
        assertThat(page.next()).isNull();
    }

    @Test
    void anEmptyCatalogueIsAnEmptyFeed() {
        FeedPager pager = new FeedPager(catalog, limit -> List.of(), 10, 3);

        Page page = pager.page(null, 20);

        assertThat(page.videos()).isEmpty();
        assertThat(page.next()).isNull();
    }

    @Test
    void aWalkStartedInOneDataCenterContinuesInTheOtherWithTheSameSecret() {
        List<String> v = seed(6);
        InMemoryCatalog otherDc = new InMemoryCatalog();
        catalog.ids().forEach(otherDc::add);
        trending = List.of(v.get(0));
        Page first = new FeedPager(catalog, limit -> trending, 10, 3).page(null, 3);
        String cursor = cursors.encode(first.next());

        WalkState resumed = new CursorCodec("feed-pager-test-secret-of-32-characters").decode(cursor);
        Page second = new FeedPager(otherDc, limit -> List.of(), 10, 3).page(resumed, 10);

        assertThat(ids(first)).containsExactly(v.get(0), v.get(5), v.get(4));
        assertThat(ids(second)).containsExactly(v.get(3), v.get(2), v.get(1));
    }

    private List<String> seed(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = ulid.next();
            catalog.add(id);
            ids.add(id);
        }
        return ids;
    }

    /** Some existing videos (old and new) and some that do not exist, in random order. */
    private List<String> randomTrending(Random random) {
        List<String> all = catalog.ids();
        List<String> picked = new ArrayList<>();
        for (int i = random.nextInt(30); i > 0; i--) {
            picked.add(all.isEmpty() || random.nextInt(5) == 0 ? ulid.next() : all.get(random.nextInt(all.size())));
        }
        return picked;
    }

    private static List<String> ids(Page page) {
        return page.videos().stream().map(Video::id).toList();
    }
}
