package vn.thiduabot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.UpdateIntake;

@SpringBootTest(properties = "thidua.transport=none")
class SmokeBootTest {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry r) {
        r.add("thidua.data-dir", () -> dir.toString());
    }

    @Autowired
    UpdateIntake intake;

    @Test
    void boots_and_handles_a_stranger() {
        var out = intake.process(Incoming.text(1, 100, 100, "/trogiup"));
        assertThat(out.duplicate()).isFalse();
        assertThat(intake.process(Incoming.text(1, 100, 100, "/trogiup")).duplicate()).isTrue();
    }
}
