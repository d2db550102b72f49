package vn.thiduabot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar thiduabot.jar} as a school's technician runs it, in a forked JVM (the launcher's
 * main class on the test class path, since the jar is built after the tests): deployment mistakes end
 * with one plain message on stderr and exit code 2, never a stack trace.
 */
class LauncherProcessTest {

    /** A token that only passes the launcher's "is it set" check; no test here reaches Telegram. */
    private static final String FAKE_TOKEN = "123456:launcher-test";

    @TempDir
    Path dir;

    record Run(int exit, String stdout, String stderr) {
        List<String> errLines() {
            return stderr.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static Run java(Path workDir, String... args) throws IOException, InterruptedException {
        return java(workDir, java.util.Map.of(), args);
    }

    private static Run java(Path workDir, java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        return java(workDir, env, null, args);
    }

    private static Run java(Path workDir, java.util.Map<String, String> env, Path stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), ThiDuaBotApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().put("TELEGRAM_BOT_TOKEN", FAKE_TOKEN);
        pb.environment().put("TELEGRAM_API_URL", "http://127.0.0.1:9"); // nothing listens: never the real Telegram
        pb.environment().remove("TELEGRAM_WEBHOOK_SECRET");
        pb.environment().putAll(env);
        File out = Files.createTempFile("launcher-out", ".txt").toFile();
        File err = Files.createTempFile("launcher-err", ".txt").toFile();
        pb.redirectOutput(out).redirectError(err);
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        Process p = pb.start();
        try {
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                throw new AssertionError("the launcher did not exit; stderr so far: " + Files.readString(err.toPath()));
            }
            return new Run(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly();
            out.delete();
            err.delete();
        }
    }

    private static void plain(Run run) {
        assertThat(run.exit()).as(run.stdout() + run.stderr()).isEqualTo(2);
        assertThat(run.stderr() + run.stdout()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void in_a_folder_without_config_it_names_the_missing_folder_and_exits_2() throws Exception {
        Run run = java(dir);
        plain(run);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.stderr()).contains("There is no folder " + dir.toRealPath().resolve("config")).contains("config/");
        assertThat(dir.resolve("data")).as("nothing made in the wrong folder").doesNotExist();
    }

    @Test
    void with_an_empty_config_folder_it_asks_for_a_campaign_file_and_exits_2() throws Exception {
        Files.createDirectory(dir.resolve("config"));
        Run run = java(dir);
        plain(run);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.stderr()).contains(dir.toRealPath().resolve("config").toString()).contains("campaign-YYYY-YYYY.yml");
    }

    @Test
    void a_broken_campaign_file_is_named_with_its_line_and_exits_2() throws Exception {
        Files.createDirectory(dir.resolve("config"));
        Files.writeString(dir.resolve("config/campaign-2026-2027.yml"), "campaign:\n  school-year: [2026\n");
        Run run = java(dir);
        plain(run);
        assertThat(run.stderr()).contains("campaign-2026-2027.yml line").contains("Fix the campaign file");
    }

    @Test
    void a_second_bot_on_the_same_database_refuses_with_one_line_and_exits_2() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        try (InstanceLock running = InstanceLock.acquire(data)) { // the first bot, in this JVM
            Run run = java(Path.of("").toAbsolutePath(), "--thidua.data-dir=" + data);
            plain(run);
            assertThat(run.errLines()).hasSize(1);
            assertThat(run.stderr()).contains("Another ThiDuaBot is already running on " + data.resolve("thidua.db"))
                    .contains("process " + ProcessHandle.current().pid());
            assertThat(run.stdout()).as("not even a log line").isEmpty();
        }
        assertThat(data.resolve("thidua.db")).as("the second bot never opened the database").doesNotExist();
    }

    @Test
    void import_staff_runs_beside_a_running_bot() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path list = dir.resolve("ds.csv");
        Files.writeString(list, "Họ và tên,Số điện thoại,Tổ,Vai trò\nLò Thị Hoa,0912000002,Tổ Văn phòng,THU_KY\n", StandardCharsets.UTF_8);
        try (InstanceLock running = InstanceLock.acquire(data)) {
            Run run = java(Path.of("").toAbsolutePath(), "import-staff", list.toString(), "--thidua.data-dir=" + data);
            assertThat(run.exit()).as(run.stderr()).isZero();
            assertThat(run.stdout()).isEqualTo("imported 1, updated 0, rejected 0\n");
        }
    }

    @Test
    void webhook_mode_without_a_secret_refuses_with_one_line_and_exits_2() throws Exception {
        Run run = java(dir, java.util.Map.of("THIDUA_TELEGRAM_MODE", "webhook",
                "THIDUA_TELEGRAM_WEBHOOK_PUBLIC_URL", "https://bot.school.edu.vn/telegram/webhook"));
        plain(run);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.stderr()).contains("Webhook mode needs a secret").contains("TELEGRAM_WEBHOOK_SECRET");
        assertThat(run.stdout()).as("not even a log line").isEmpty();
    }

    @Test
    void a_mini_app_address_over_plain_http_refuses_with_one_line_naming_the_key_and_exits_2() throws Exception {
        Run run = java(dir, java.util.Map.of("THIDUA_WEB_PUBLIC_URL", "http://thiduabot.school.edu.vn"));
        plain(run);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.stderr()).contains("thidua.web.public-url must be the absolute https:// address")
                .contains("was: http://thiduabot.school.edu.vn");
        assertThat(run.stdout()).as("not even a log line").isEmpty();
    }

    @Test
    void the_console_demo_quit_at_once_ends_cleanly() throws Exception {
        // a newcomer's script piped in, or a quick ":quit": it arrives while the start-up is still planning
        // reminders and resuming staff imports; the demo must still say goodbye and exit 0, no stack trace
        Path input = Files.writeString(dir.resolve("input.txt"), ":quit\n");
        Run run = java(Path.of("").toAbsolutePath(), java.util.Map.of(), input, "--console", "--thidua.data-dir=" + dir.resolve("demo"));
        assertThat(run.exit()).as(run.stdout() + run.stderr()).isZero();
        assertThat(run.stdout() + run.stderr()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(" ERROR ");
        assertThat(run.stdout()).contains("Tạm biệt");
    }
}
