package vn.thiduabot.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@code @SpringBootTest} on PostgreSQL: the {@code postgres} profile and a database of its own on
 * the test JVM's embedded server ({@link EmbeddedPostgresDatabase}). Typically on a subclass of a SQLite test:
 * {@code @OnPostgres class FooPostgresTest extends FooTest { }}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = EmbeddedPostgresDatabase.Initializer.class)
public @interface OnPostgres {
}
