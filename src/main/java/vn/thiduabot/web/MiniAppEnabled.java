package vn.thiduabot.web;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The Mini App's beans exist only where its web server runs ({@link MiniAppWebServer}). */
public final class MiniAppEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return MiniAppWebServer.enabled(context.getEnvironment());
    }
}
