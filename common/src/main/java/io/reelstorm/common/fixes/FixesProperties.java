package io.reelstorm.common.fixes;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reelstorm.fixes.enabled}: the fixes on at start, by name (e.g. {@code honest-reads}); empty is
 * naive mode.
 */
@ConfigurationProperties("reelstorm.fixes")
public record FixesProperties(@DefaultValue List<Fix> enabled) {
}
