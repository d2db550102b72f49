package vn.thiduabot.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What stands between Telegram and two bot instances in production (Caddy, nginx): one public URL, the
 * requests spread over the instances in turn, and a request an instance refuses (no connection, a 5xx,
 * or a connection lost mid-request) tried on the next one. Forwards the path, the body and the secret
 * header; answers 502 if no instance took the request (Telegram then tries the update again later).
 */
final class RoundRobinProxy implements AutoCloseable {

    private static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<URI> targets;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger failedOver = new AtomicInteger();

    private RoundRobinProxy(List<URI> targets) throws IOException {
        this.targets = List.copyOf(targets);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    /** A proxy on a free port of 127.0.0.1 in front of these base URLs (e.g. http://127.0.0.1:8081). */
    static RoundRobinProxy start(List<URI> targets) {
        try {
            return new RoundRobinProxy(targets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Requests that one instance did not take and another did. */
    int failedOver() {
        return failedOver.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        int first = Math.floorMod(next.getAndIncrement(), targets.size());
        int status = 502;
        for (int i = 0; i < targets.size(); i++) {
            URI target = targets.get((first + i) % targets.size()).resolve(exchange.getRequestURI().getRawPath());
            int answer = send(target, exchange, body);
            if (answer > 0 && answer < 500) {
                status = answer;
                if (i > 0) {
                    failedOver.incrementAndGet();
                }
                break;
            }
        }
        exchange.sendResponseHeaders(status, -1);
        try (OutputStream out = exchange.getResponseBody()) {
            out.flush();
        }
    }

    private int send(URI target, HttpExchange exchange, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        String secret = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
        if (secret != null) {
            request.header(SECRET_HEADER, secret);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1; // refused, or the instance went away mid-request: the next one gets it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
