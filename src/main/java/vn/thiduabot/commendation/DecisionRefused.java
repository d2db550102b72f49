package vn.thiduabot.commendation;

/**
 * Why the council's vote or the principal's decision refused a step (wrong state, not a member, a list
 * already locked): a message key and its arguments. Thrown before anything changed; the services declare
 * {@code noRollbackFor} it, so a front end that catches it still commits its polite answer.
 */
public final class DecisionRefused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public DecisionRefused(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
