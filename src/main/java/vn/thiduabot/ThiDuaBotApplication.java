package vn.thiduabot;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.thiduabot.chat.Texts;

/** ThiDuaBot: a school's emulation and commendation year, run from Telegram. */
@SpringBootApplication
@EnableScheduling
public class ThiDuaBotApplication {

    public static void main(String[] args) {
        System.exit(Launcher.launch(args));
    }

    /** The school's clock, in its time zone; tests replace it to move time. */
    @Bean
    Clock clock(@Value("${thidua.time-zone:Asia/Ho_Chi_Minh}") String zone, @Value("${thidua.today:}") String today) {
        Clock system = Clock.system(ZoneId.of(zone));
        if (today.isBlank()) {
            return system;
        }
        // Demos only (--today): the bot lives on that day, the clock still ticks from now.
        LocalDate day = today.contains("/") ? LocalDate.parse(today, Texts.DATE) : LocalDate.parse(today);
        LocalDateTime shifted = LocalDateTime.of(day, LocalTime.now(system));
        return Clock.offset(system, Duration.between(LocalDateTime.now(system), shifted));
    }

    /**
     * The application as the launcher runs it: before the database opens, {@link StartupGuard} checks
     * the folders and the campaign files and takes the one-bot-per-database lock.
     */
    static SpringApplication application() {
        SpringApplication app = new SpringApplication(ThiDuaBotApplication.class);
        app.addListeners(new StartupGuard());
        return app;
    }
}
