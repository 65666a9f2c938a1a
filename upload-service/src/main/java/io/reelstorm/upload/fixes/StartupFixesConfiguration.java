package io.reelstorm.upload.fixes;

import io.reelstorm.common.fixes.FixSwitches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StartupFixesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StartupFixesConfiguration.class);

    @Bean
    StartupFixes startupFixes(FixSwitches switches) {
        StartupFixes fixes = StartupFixes.of(switches);
        log.info("event=startup-fixes active-active-data={} upload-failover={}", fixes.activeActiveData(), fixes.uploadFailover());
        return fixes;
    }
}
