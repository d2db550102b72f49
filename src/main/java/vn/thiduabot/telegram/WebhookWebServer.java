package vn.thiduabot.telegram;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the servlet web server in webhook mode only. application.yml says
 * {@code spring.main.web-application-type: none}, so polling, the console and import-staff open no
 * port; once the configuration files are read (this runs after Spring Boot's own config-data
 * processor), webhook mode turns it to {@code servlet}. Registered in META-INF/spring.factories, so it
 * applies however the application is started (the launcher, the tests).
 */
final class WebhookWebServer implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (TelegramDeployment.webhookMode(environment)) {
            environment.getPropertySources().addFirst(new MapPropertySource("thiduabot-webhook-mode",
                    Map.of("spring.main.web-application-type", "servlet")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
