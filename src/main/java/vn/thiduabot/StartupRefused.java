package vn.thiduabot;

import org.springframework.boot.SpringApplication;

/**
 * A deployment mistake found before the bot starts (no config folder, a wrong campaign file, a second
 * instance on the same database). Spring Boot abandons the run without logging it; the launcher prints
 * the message, plainly, and exits with code 2.
 */
final class StartupRefused extends SpringApplication.AbandonedRunException {

    private final String message;

    StartupRefused(String message) {
        this.message = message;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
