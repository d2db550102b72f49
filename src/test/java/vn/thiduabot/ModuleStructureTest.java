package vn.thiduabot;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Feature packages may only use each other's public API and the modules each one declares in its
 * {@code package-info.java}, never in a cycle. Also writes the modules' documentation (a component
 * diagram of all modules, one per module, and a canvas per module) to {@code target/spring-modulith-docs}.
 */
class ModuleStructureTest {

    /** Like ArchUnit's DoNotIncludeTests, but also for build directories other than target/ (-Dbuild.dir). */
    private static final ImportOption PRODUCTION_CODE = location -> !location.contains("/test-classes/");

    // Production code only: tests may use field injection and reach into a module's internals.
    private static final ApplicationModules MODULES = ApplicationModules.of(ThiDuaBotApplication.class, PRODUCTION_CODE);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModulesDocumentation() throws Exception {
        Path out = buildDir().resolve("spring-modulith-docs");
        readableJavadoc(Path.of("target", "generated-spring-modulith", "javadoc.json"));
        new Documenter(MODULES, out.toString())
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("components.puml", "module-staff.puml", "module-staff.adoc", "module-chat.adoc");
        }
    }

    /**
     * Spring Modulith 2.0.3 reads the Javadoc its annotation processor extracted (for the canvases) with
     * Spring Boot's BasicJsonParser, which fails on valid JSON whose texts hold quotes or braces
     * (spring-modulith#1762, fixed in later versions). Until the BOM moves on, the texts are made plain:
     * inline tags are unwrapped to their text, quotes and brackets become plain apostrophes and parentheses.
     */
    private static void readableJavadoc(Path extracted) throws Exception {
        if (!Files.exists(extracted)) {
            return;
        }
        JsonMapper json = JsonMapper.builder().build();
        JsonNode all = json.readTree(extracted.toFile());
        plain(all);
        Files.writeString(extracted, json.writeValueAsString(all));
    }

    private static void plain(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (String field : List.copyOf(o.propertyNames())) {
                JsonNode v = o.get(field);
                if (v.isString()) {
                    o.put(field, v.asString().replaceAll("\\{@\\w+\\s+([^{}]*)}", "$1")
                            .replace('"', '\'').replace('{', '(').replace('}', ')').replace('[', '(').replace(']', ')'));
                } else {
                    plain(v);
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(ModuleStructureTest::plain);
        }
    }

    /** target/ (or the -Dbuild.dir this build uses): the parent of the test classes' folder. */
    private static Path buildDir() throws URISyntaxException {
        return Path.of(ModuleStructureTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
