package io.reelstorm.gateway.control;

import io.reelstorm.common.control.ControlToken;
import io.reelstorm.common.control.FixSwitchController;
import io.reelstorm.common.fixes.FixSwitches;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fix switches at {@code /internal/fixes}, answered by the very controller every service uses (common's
 * auto-configuration registers it for servlet apps only), so that the launcher flips a fix the same way everywhere.
 */
@Configuration(proxyBeanMethods = false)
public class ControlConfiguration {

    @Bean
    ControlTokenWebFilter controlTokenWebFilter(@Value("${reelstorm.control.token:}") String token) {
        return new ControlTokenWebFilter(new ControlToken(token));
    }

    @Bean
    FixSwitchController fixSwitchController(FixSwitches switches) {
        return new FixSwitchController(switches);
    }
}
