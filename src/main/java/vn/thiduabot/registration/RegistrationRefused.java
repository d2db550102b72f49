package vn.thiduabot.registration;

import java.util.Map;

/**
 * A change to one's own registration that the rules do not allow: the window is closed, the registration was
 * already sent, or an answer breaks its question's rule. Carries the message key and arguments of the sentence
 * the chat gives for it, and, for an answer, which question ({@link RegistrationForm} field) it belongs to.
 * Thrown before anything changed.
 */
public class RegistrationRefused extends RuntimeException {

    /** Not now (the window or the registration's state stands in the way), or not this answer. */
    public enum Kind { NOT_NOW, INVALID }

    private final Kind kind;
    private final String key;
    private final transient Object[] args;
    private final String field;
    private final transient Map<String, TargetInput.Refused> others;

    public RegistrationRefused(Kind kind, String field, String key, Object... args) {
        this(kind, field, Map.of(), key, args);
    }

    RegistrationRefused(Kind kind, String field, Map<String, TargetInput.Refused> others, String key, Object... args) {
        super(key, null, false, false);
        this.kind = kind;
        this.key = key;
        this.args = args;
        this.field = field;
        this.others = Map.copyOf(others);
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The question the refused answer belongs to; null for a refusal of the whole registration. */
    public String field() {
        return field;
    }

    /** Every refused answer of the same request, by field (the first one is also {@link #key()}). */
    public Map<String, TargetInput.Refused> fields() {
        return others;
    }
}
