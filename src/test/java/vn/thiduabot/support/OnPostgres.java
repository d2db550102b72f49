package vn.thiduabot.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a {@link BotTest} on PostgreSQL: the {@code postgres} profile, read early enough for
 * application-postgres.yml, and a database of its own on the test JVM's one embedded server
 * ({@link BotTestInitializer}). Typically on a subclass of a SQLite test:
 * {@code @OnPostgres class FooPostgresTest extends FooTest { }}; all such classes with the same configuration
 * share one application and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ActiveProfiles("postgres")
public @interface OnPostgres {
}
