package vn.thiduabot.pledge;

import java.util.Arrays;

/** Why a signature was not taken: a message key and its arguments, rendered by the front end in the reader's language. */
public class PledgeRefused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    PledgeRefused(String key, Object... args) {
        super(key + Arrays.toString(args));
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
