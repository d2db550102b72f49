package vn.thiduabot.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place a button's record becomes the text stored with its token, and back: the record's
 * simple name and its fields as JSON, e.g. {@code Decide{"nominationId":12,"version":3,"yes":true}}.
 * Decoding is strict (no missing, extra or null fields) so a payload written by an older version of a
 * record, or changed by hand, decodes to nothing rather than to a half-filled record.
 */
@Component
class ButtonCodec implements SmartInitializingSingleton {

    /** A button as stored: the action that handles it and its encoded payload. */
    record Encoded(String action, String payload) { }

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS) // a button that needs no data, e.g. Open()
            .build();

    /** Record class to the action that handles it. */
    private final Map<Class<?>, String> actionOf = new HashMap<>();
    /** Per action: the simple name of each record it handles, to its class. */
    private final Map<String, Map<String, Class<?>>> records = new HashMap<>();
    private final Supplier<List<ButtonAction<?>>> actions;
    private volatile boolean indexed;

    ButtonCodec(List<ButtonAction<?>> actions) {
        this.actions = () -> actions;
        index();
    }

    /**
     * The actions are looked up once every bean exists: an action may send messages with buttons, so it
     * needs the {@link Messenger}, which needs this codec.
     */
    @Autowired
    ButtonCodec(ObjectProvider<ButtonAction<?>> actions) {
        this.actions = () -> actions.orderedStream().toList();
    }

    /** A payload record claimed twice stops the start-up, not the first press. */
    @Override
    public void afterSingletonsInstantiated() {
        index();
    }

    /**
     * Every button sent and pressed passes here: once indexed (at the end of the start-up), a volatile read and no
     * lock. The maps are filled before {@code indexed} is set, so a reader that sees it set sees them whole.
     */
    private void ensureIndexed() {
        if (!indexed) {
            index();
        }
    }

    private synchronized void index() {
        if (indexed) {
            return;
        }
        for (ButtonAction<?> a : actions.get()) {
            Map<String, Class<?>> byName = records.computeIfAbsent(a.action(), k -> new HashMap<>());
            register(a.action(), a.payloadType(), byName);
        }
        indexed = true;
    }

    private void register(String action, Class<?> type, Map<String, Class<?>> byName) {
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                register(action, sub, byName);
            }
            return;
        }
        if (!type.isRecord()) {
            throw new IllegalStateException(type.getName() + ": a button payload must be a record or a sealed interface of records");
        }
        String earlier = actionOf.putIfAbsent(type, action);
        if (earlier != null && !earlier.equals(action)) {
            throw new IllegalStateException(type.getName() + " is handled by two button actions: " + earlier + " and " + action);
        }
        if (byName.putIfAbsent(type.getSimpleName(), type) != null && byName.get(type.getSimpleName()) != type) {
            throw new IllegalStateException("Action " + action + " has two payload records named " + type.getSimpleName());
        }
    }

    Encoded encode(ButtonPayload payload) {
        ensureIndexed();
        String action = actionOf.get(payload.getClass());
        if (action == null) {
            throw new IllegalArgumentException(payload.getClass().getName() + " is not the payload of any button action");
        }
        return new Encoded(action, payload.getClass().getSimpleName() + json.writeValueAsString(payload));
    }

    /** The action's record behind a stored payload; empty when it no longer decodes. */
    <P extends ButtonPayload> Optional<P> decode(ButtonAction<P> action, String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        ensureIndexed();
        int brace = stored.indexOf('{');
        Class<?> type = brace < 0 ? null : records.getOrDefault(action.action(), Map.of()).get(stored.substring(0, brace));
        if (type == null || !action.payloadType().isAssignableFrom(type)) {
            return Optional.empty();
        }
        try {
            return Optional.of(action.payloadType().cast(json.readValue(stored.substring(brace), type)));
        } catch (JacksonException e) {
            // Written by an older version of the record, or not by this codec at all: a stale button.
            return Optional.empty();
        }
    }
}
