package vn.thiduabot.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where the {@link BotTest} clock stands when the class starts (an ISO instant, e.g.
 * {@code "2023-09-08T01:00:00Z"}, 08:00 in Vietnam); without it the clock ticks with the system.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface ClockAt {
    String value();
}
