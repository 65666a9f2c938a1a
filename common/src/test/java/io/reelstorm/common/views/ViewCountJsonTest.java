package io.reelstorm.common.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of counts as metrics-service answers them and as services show them. */
class ViewCountJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anUnknownCountFromMetricsServiceIsReadAsUnknown() {
        ViewCountsClient.CountsResponse response = json.readValue(
                "{\"counts\":{\"a\":{\"views\":null,\"stale\":true},\"b\":{\"views\":4,\"stale\":false}},\"servedBy\":\"east/metrics-service#1\"}",
                ViewCountsClient.CountsResponse.class);

        assertThat(response.counts().get("a")).isEqualTo(ViewCount.UNKNOWN);
        assertThat(response.counts().get("b")).isEqualTo(new ViewCount(4, false));
    }

    @Test
    void anUnknownCountIsWrittenAsNullViewsAndStale() {
        assertThat(json.writeValueAsString(ViewCount.UNKNOWN)).isEqualTo("{\"views\":null,\"stale\":true}");
        assertThat(json.writeValueAsString(new ViewCount(3, false))).isEqualTo("{\"views\":3,\"stale\":false}");
    }
}
