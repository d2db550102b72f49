package vn.thiduabot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages may only use each other's public API, and never in a cycle. */
class ModuleStructureTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(ThiDuaBotApplication.class).verify();
    }
}
