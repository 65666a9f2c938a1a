package io.reelstorm.upload.fixes;

import io.reelstorm.common.fixes.Fix;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/** Beans that exist only when a restart fix is on in {@code reelstorm.fixes.enabled} at startup. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnStartupFixCondition.class)
public @interface ConditionalOnStartupFix {

    Fix value();
}
