package vn.thiduabot;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** ThiDuaBot: a school's emulation and commendation year, run from Telegram. */
@SpringBootApplication
public class ThiDuaBotApplication {

    public static void main(String[] args) {
        System.exit(Launcher.launch(args));
    }

    /** The school's clock, in its time zone; tests replace it to move time. */
    @Bean
    Clock clock(@Value("${thidua.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    static SpringApplication application() {
        return new SpringApplication(ThiDuaBotApplication.class);
    }
}
