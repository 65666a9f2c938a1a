package io.reelstorm.common.control;

import io.reelstorm.common.fixes.FixSwitches;
import io.reelstorm.common.fixes.FixesAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The internal control surface every servlet service offers the launcher: fix switches and the
 * slow-instance fault. (The gateway, a reactive app, has its own.)
 */
@AutoConfiguration(after = FixesAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ControlAutoConfiguration {

    @Bean
    ControlToken controlToken(@Value("${reelstorm.control.token:}") String token) {
        return new ControlToken(token);
    }

    @Bean
    FilterRegistrationBean<ControlTokenFilter> controlTokenFilter(ControlToken controlToken) {
        FilterRegistrationBean<ControlTokenFilter> registration = new FilterRegistrationBean<>(new ControlTokenFilter(controlToken));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    SlowInstance slowInstance() {
        return new SlowInstance();
    }

    @Bean
    FilterRegistrationBean<SlowInstanceFilter> slowInstanceFilter(SlowInstance slowInstance) {
        FilterRegistrationBean<SlowInstanceFilter> registration = new FilterRegistrationBean<>(new SlowInstanceFilter(slowInstance));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    SlowInstanceController slowInstanceController(SlowInstance slowInstance) {
        return new SlowInstanceController(slowInstance);
    }

    @Bean
    FixSwitchController fixSwitchController(FixSwitches switches) {
        return new FixSwitchController(switches);
    }
}
