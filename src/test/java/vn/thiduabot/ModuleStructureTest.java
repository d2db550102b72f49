package vn.thiduabot;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages may only use each other's public API, and never in a cycle. */
class ModuleStructureTest {

    /** Like ArchUnit's DoNotIncludeTests, but also for build directories other than target/ (-Dbuild.dir). */
    private static final ImportOption PRODUCTION_CODE = location -> !location.contains("/test-classes/");

    @Test
    void modulesRespectTheirBoundaries() {
        // Production code only: tests may use field injection and reach into a module's internals.
        ApplicationModules.of(ThiDuaBotApplication.class, PRODUCTION_CODE).verify();
    }
}
