package vn.thiduabot.support;

import java.util.List;
import java.util.Map;

/**
 * How a page loaded, from the browser's Performance API ({@link Browser#navigationTiming()}): the time from the start
 * of the navigation to the end of its load event, and every resource fetched so far with its size: the body as
 * sent (compressed if it was, Resource Timing's {@code encodedBodySize}) and what crossed the network with the headers
 * ({@code transferSize}, 0 when it came from the cache).
 */
public record NavigationTiming(double loadMillis, List<Resource> resources) {

    /** One fetched file; {@code type} is "script", "stylesheet" or what the browser says fetched it ("fetch", ...). */
    public record Resource(String url, String type, long encodedBytes, long transferredBytes) {
    }

    /** Runs in the page; gives null until the load event has ended. */
    static final String SCRIPT = """
            const nav = performance.getEntriesByType('navigation')[0];
            if (!nav || nav.loadEventEnd === 0) return null;
            return {load: nav.loadEventEnd - nav.startTime,
                    resources: performance.getEntriesByType('resource').map(r => ({url: r.name,
                        initiator: r.initiatorType, encoded: r.encodedBodySize, transferred: r.transferSize}))};
            """;

    @SuppressWarnings("unchecked")
    static NavigationTiming of(Object measured) {
        Map<String, Object> m = (Map<String, Object>) measured;
        List<Resource> resources = ((List<Map<String, Object>>) m.get("resources")).stream()
                .map(r -> new Resource((String) r.get("url"), type((String) r.get("url"), (String) r.get("initiator")),
                        ((Number) r.get("encoded")).longValue(), ((Number) r.get("transferred")).longValue()))
                .toList();
        return new NavigationTiming(((Number) m.get("load")).doubleValue(), resources);
    }

    /** The same figures without the resources whose address contains {@code urlPart} (e.g. Telegram's script). */
    public NavigationTiming without(String urlPart) {
        return new NavigationTiming(loadMillis, resources.stream().filter(r -> !r.url().contains(urlPart)).toList());
    }

    /** Bytes of the scripts' bodies as sent. */
    public long scriptBytes() {
        return sum("script", false);
    }

    /** Bytes of the style sheets' bodies as sent. */
    public long styleBytes() {
        return sum("stylesheet", false);
    }

    /** Bytes that crossed the network for scripts and style sheets, headers included. */
    public long transferredScriptAndStyleBytes() {
        return sum("script", true) + sum("stylesheet", true);
    }

    @Override
    public String toString() {
        return String.format("loaded in %.0f ms; scripts %d B, style sheets %d B (%d B transferred with headers)",
                loadMillis, scriptBytes(), styleBytes(), transferredScriptAndStyleBytes());
    }

    private long sum(String type, boolean transferred) {
        return resources.stream().filter(r -> r.type().equals(type))
                .mapToLong(r -> transferred ? r.transferredBytes() : r.encodedBytes()).sum();
    }

    private static String type(String url, String initiator) {
        String path = url.replaceAll("[?#].*$", "");
        if (path.endsWith(".js") || "script".equals(initiator)) {
            return "script";
        }
        if (path.endsWith(".css")) {
            return "stylesheet";
        }
        return initiator;
    }
}
