package io.reelstorm.upload.fixes;

import io.reelstorm.common.fixes.Fix;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Reads {@code reelstorm.fixes.enabled} the way {@code FixesProperties} binds it. */
class OnStartupFixCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnStartupFix.class.getName());
        Fix fix = (Fix) attributes.get("value");
        List<Fix> enabled = Binder.get(context.getEnvironment())
                .bind("reelstorm.fixes.enabled", Bindable.listOf(Fix.class))
                .orElse(List.of());
        return enabled.contains(fix)
                ? ConditionOutcome.match(fix.id() + " is on")
                : ConditionOutcome.noMatch(fix.id() + " is off");
    }
}
