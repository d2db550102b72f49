package vn.thiduabot.telegram;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import vn.thiduabot.chat.UpdateIntake;

/**
 * Webhook mode ({@code thidua.telegram.mode=webhook}): the endpoint Telegram posts to, its registration
 * and its health, beside the transport's common beans in {@link TelegramTransportConfig} (which then
 * starts no polling). The web server itself is started by {@link WebhookWebServer}; it answers only the
 * webhook's path (everything else, Actuator's pages included, is 404).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${thidua.transport:}' == 'telegram' and '${thidua.telegram.mode:polling}' == 'webhook'")
class TelegramWebhookConfig {

    @Bean
    WebhookSettings telegramWebhookSettings(Environment env) {
        return WebhookSettings.from(env);
    }

    @Bean
    WebhookMonitor telegramWebhookMonitor(Clock clock) {
        return new WebhookMonitor(clock);
    }

    @Bean("webhookHealthIndicator")
    WebhookHealthIndicator telegramWebhookHealth(WebhookMonitor monitor, WebhookSettings settings) {
        return new WebhookHealthIndicator(monitor, settings);
    }

    @Bean
    TelegramWebhookEndpoint telegramWebhookEndpoint(WebhookSettings settings, UpdateIntake intake, OkHttpTelegramClient client,
                                                    WebhookMonitor monitor) {
        return new TelegramWebhookEndpoint(settings, new UpdateHandoff(intake, client), monitor);
    }

    @Bean
    RouterFunction<ServerResponse> telegramWebhookRoute(WebhookSettings settings, TelegramWebhookEndpoint endpoint) {
        return RouterFunctions.route().POST(settings.path(), endpoint::handle).build();
    }

    /**
     * The webhook's path only; with the Mini App on ({@code thidua.web.public-url}) also its page and API, which the
     * web module guards itself (initData on every API request).
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> telegramWebhookOnly(WebhookSettings settings, Environment env) {
        boolean miniApp = !env.getProperty("thidua.web.public-url", "").isBlank();
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI();
                if (settings.path().equals(path) || miniApp && (path.startsWith("/app/") || path.startsWith("/api/app/"))) {
                    chain.doFilter(request, response);
                } else {
                    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    TelegramWebhook telegramWebhook(TelegramSettings telegram, WebhookSettings settings, OkHttpTelegramClient client,
                                    TelegramWebhookEndpoint endpoint, WebhookMonitor monitor, TelegramCommandMenu menu,
                                    @Value("${server.address:0.0.0.0}") String listenAddress) {
        return new TelegramWebhook(telegram, settings, client, endpoint, monitor, menu, listenAddress);
    }
}
