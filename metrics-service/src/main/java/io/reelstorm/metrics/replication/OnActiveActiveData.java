package io.reelstorm.metrics.replication;

import io.reelstorm.common.fixes.Fix;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code reelstorm.fixes.enabled} lists {@code active-active-data} at start. */
class OnActiveActiveData extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        List<Fix> enabled = Binder.get(context.getEnvironment())
                .bind("reelstorm.fixes.enabled", Bindable.listOf(Fix.class))
                .orElse(List.of());
        return enabled.contains(Fix.ACTIVE_ACTIVE_DATA)
                ? ConditionOutcome.match("reelstorm.fixes.enabled lists active-active-data")
                : ConditionOutcome.noMatch("reelstorm.fixes.enabled does not list active-active-data");
    }
}
