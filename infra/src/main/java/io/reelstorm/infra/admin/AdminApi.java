package io.reelstorm.infra.admin;

import io.reelstorm.common.control.ControlAutoConfiguration;
import io.reelstorm.common.redis.RedisStoresAutoConfiguration;
import io.reelstorm.infra.faults.FaultInjector;
import io.reelstorm.infra.local.ServiceControl;
import io.reelstorm.infra.stack.RunningStack;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The admin API as a small Spring Boot app inside the supervisor, on 127.0.0.1 only. The stack's
 * runtime objects are handed in as beans.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = {ControlAutoConfiguration.class, RedisStoresAutoConfiguration.class})
@Import(AdminController.class)
public class AdminApi {

    /** Starts the admin API; closing the returned context stops it. */
    public static ConfigurableApplicationContext start(int port, AdminToken token, RunningStack runtime, FaultInjector faults,
                                                       ServiceControl control, StackView view) {
        return new SpringApplicationBuilder(AdminApi.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .initializers(context -> {
                    var beans = context.getBeanFactory();
                    beans.registerSingleton("adminToken", token);
                    beans.registerSingleton("runningStack", runtime);
                    beans.registerSingleton("faultInjector", faults);
                    beans.registerSingleton("serviceControl", control);
                    beans.registerSingleton("stackView", view);
                })
                .properties(
                        "server.port=" + port,
                        "server.address=127.0.0.1",
                        "spring.application.name=reelstorm-admin",
                        "reelstorm.dc.name=edge",
                        "spring.threads.virtual.enabled=true",
                        "management.endpoints.web.exposure.include=health")
                .run();
    }

    @Bean
    FilterRegistrationBean<AdminTokenFilter> adminTokenFilter(AdminToken adminToken) {
        FilterRegistrationBean<AdminTokenFilter> registration = new FilterRegistrationBean<>(new AdminTokenFilter(adminToken));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
