package vn.thiduabot.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertyResolver;

/**
 * Starts the servlet web server for the Mini App: when the bot runs on Telegram and {@code thidua.web.public-url} is set
 * (the page behind the school's HTTPS reverse proxy), and in the console demo, where it listens on a free local port so a
 * newcomer can open the sheet in a desktop browser. application.yml says
 * {@code spring.main.web-application-type: none} and webhook mode turns it on by itself
 * ({@code telegram.WebhookWebServer}); this runs after both have been read.
 */
final class MiniAppWebServer implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!enabled(environment)) {
            return;
        }
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.main.web-application-type", "servlet");
        if (consoleDemo(environment) && environment.getProperty("thidua.web.console-port") == null) {
            // any free port on the loopback address: a demo must not fail because 8080 is taken
            settings.put("server.port", "0");
            settings.put("server.address", "127.0.0.1");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("thiduabot-mini-app", settings));
    }

    /**
     * The bot on Telegram with a public address, or the console demo. Not the one-off commands (import-staff runs with
     * transport none and must open no port even where the school's configuration names a public address).
     * {@code thidua.web.enabled} decides outright where set (the tests' applications, which have no transport).
     */
    static boolean enabled(PropertyResolver env) {
        Boolean explicit = env.getProperty("thidua.web.enabled", Boolean.class);
        if (explicit != null) {
            return explicit;
        }
        return "telegram".equals(env.getProperty("thidua.transport", "")) && !env.getProperty("thidua.web.public-url", "").isBlank()
                || consoleDemo(env);
    }

    static boolean consoleDemo(PropertyResolver env) {
        return "console".equals(env.getProperty("thidua.transport", ""))
                && env.getProperty("thidua.web.console-demo", Boolean.class, true);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
