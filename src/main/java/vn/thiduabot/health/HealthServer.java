package vn.thiduabot.health;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Boot Actuator's health endpoint ({@code GET /actuator/health}, the same JSON) for whoever
 * watches the server: the message sender, Telegram polling, the database, the disk. Served by the
 * JDK's small HTTP server on 127.0.0.1 only (not reachable from outside the machine), and only when
 * the bot runs on Telegram: no servlet container, no web framework, nothing for the console or the
 * tests unless {@code thidua.health.enabled} says so. Status 200 when UP, 503 when DOWN.
 */
@Component
@ConditionalOnExpression("${thidua.health.enabled:false} and '${thidua.transport:}' == 'telegram'")
class HealthServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HealthServer.class);
    static final String PATH = "/actuator/health";

    private final HealthEndpoint endpoint;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String address;
    private final int port;
    private volatile HttpServer server;
    private volatile boolean stopping;
    private volatile boolean started;
    /** How often a busy port is tried again ({@code thidua.health.bind-retry}, default 10 s). */
    private final java.time.Duration retry;

    HealthServer(HealthEndpoint endpoint, @Value("${thidua.health.address:127.0.0.1}") String address,
                 @Value("${thidua.health.port:8081}") int port, @Value("${thidua.health.bind-retry:10s}") java.time.Duration retry) {
        this.endpoint = endpoint;
        this.address = address;
        this.port = port;
        this.retry = retry.isNegative() || retry.isZero() ? java.time.Duration.ofSeconds(10) : retry;
    }

    @Override
    public void start() {
        stopping = false;
        started = true;
        if (!tryBind()) {
            // e.g. the previous instance still runs during a redeploy: the bot starts anyway, the endpoint follows
            log.warn("Health endpoint: {}:{} is in use; trying again every {} ms", address, port, retry.toMillis());
            Thread retry = new Thread(this::bindLater, "health-bind");
            retry.setDaemon(true);
            retry.start();
        }
    }

    private void bindLater() {
        while (!stopping && server == null) {
            try {
                Thread.sleep(retry.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            tryBind();
        }
    }

    private synchronized boolean tryBind() {
        if (stopping) {
            return false;
        }
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(address, port), 8);
            s.createContext(PATH, this::answer);
            s.setExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "health-http");
                t.setDaemon(true);
                return t;
            }));
            s.start();
            server = s;
            log.info("Health endpoint on http://{}:{}{}", address, s.getAddress().getPort(), PATH);
            return true;
        } catch (BindException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the health endpoint on " + address + ":" + port
                    + " (set thidua.health.address/port, or thidua.health.enabled=false)", e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            HealthDescriptor health = endpoint.health();
            byte[] body = json.writeValueAsString(health).getBytes(StandardCharsets.UTF_8);
            Status status = health.getStatus();
            int code = Status.DOWN.equals(status) || Status.OUT_OF_SERVICE.equals(status) ? 503 : 200;
            exchange.getResponseHeaders().set("Content-Type", "application/vnd.spring-boot.actuator.v3+json");
            exchange.sendResponseHeaders(code, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (RuntimeException e) {
            log.warn("Health endpoint could not answer: {}", e.toString());
        }
    }

    /** The port actually bound (useful when configured as 0: any free port). */
    int port() {
        HttpServer s = server;
        return s == null ? -1 : s.getAddress().getPort();
    }

    @Override
    public synchronized void stop() {
        stopping = true;
        started = false;
        HttpServer s = server;
        if (s != null) {
            s.stop(0);
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }
}
