package io.reelstorm.load.faults;

import io.reelstorm.common.admin.AdminClient;
import io.reelstorm.load.Gateway;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads one data center directly, past the gateway, the way the verifier checks both DCs: what each
 * DC's metrics-service says about a video.
 */
final class DataCenterReads {

    private DataCenterReads() {
    }

    /** The stats a data center's (first) metrics-service answers, or null when it does not answer 200. */
    static JsonNode stats(AdminClient admin, String dc, String videoId) {
        Gateway direct = new Gateway(metricsUrl(admin, dc));
        HttpResponse<byte[]> response = direct.get("/api/videos/" + videoId + "/stats");
        return response.statusCode() == 200 ? Gateway.json(response) : null;
    }

    static long views(AdminClient admin, String dc, String videoId) {
        JsonNode stats = stats(admin, dc, videoId);
        return stats == null || stats.get("views").isNull() ? -1 : stats.get("views").asLong();
    }

    @SuppressWarnings("unchecked")
    private static String metricsUrl(AdminClient admin, String dc) {
        Map<String, Object> dataCenters = (Map<String, Object>) admin.state().get("dataCenters");
        Map<String, Object> members = (Map<String, Object>) dataCenters.get(dc);
        return (String) ((Map<String, Object>) members.get("metrics-service")).get("url");
    }
}
