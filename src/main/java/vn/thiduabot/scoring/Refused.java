package vn.thiduabot.scoring;

/**
 * An action the rules do not allow now (wrong state, wrong person, stale button). Carries the message
 * key and arguments that explain it; thrown before anything changed, and never rolls the update back.
 */
class Refused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    Refused(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }

    /** An argument that is itself a message key, rendered in the reader's language (e.g. a status name). */
    record Msg(String key) { }
}
