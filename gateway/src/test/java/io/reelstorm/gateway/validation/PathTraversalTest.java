package io.reelstorm.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathTraversalTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/videos/../../etc/passwd",
            "/api/videos/..%2F..%2Fetc%2Fpasswd",
            "/api/videos/%2e%2e/%2e%2e/etc/passwd",
            "/api/videos/%2E%2E/content",
            "/api/videos/%252e%252e/%252e%252e/etc/passwd",
            "/api/videos/%25252e%25252e/x",
            "/api/videos/..%252F..%252Fetc",
            "/api/videos/..;/..;/actuator",
            "/api/./videos",
            "/api/videos/01ARZ3NDEKTSV4RRFFQ69G5FAV%2Fcontent",
            "/api/videos/%5C..%5Cetc",
            "/api/videos/x%00.mp4",
            "/api/videos/%zz",
            "/api/videos/%C0%AE%C0%AE/etc"})
    void traversalAttemptsAreRecognisedHoweverTheyAreEncoded(String rawPath) {
        assertThat(PathTraversal.isSuspicious(rawPath)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/videos/01ARZ3NDEKTSV4RRFFQ69G5FAV/content",
            "/api/feed",
            "/api/creators/some_creator/videos",
            "/api/videos/file.name..mp4",
            "/api/videos/%41%42",
            "/"})
    void ordinaryPathsPass(String rawPath) {
        assertThat(PathTraversal.isSuspicious(rawPath)).isFalse();
    }
}
