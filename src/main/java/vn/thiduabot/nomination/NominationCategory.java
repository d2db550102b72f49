package vn.thiduabot.nomination;

/**
 * What the nominee is put forward as: an advanced exemplar, a good deed, or a good practice (a model
 * or way of working worth copying). The Vietnamese names are in the message files.
 */
public enum NominationCategory {
    EXEMPLAR,
    GOOD_DEED,
    GOOD_PRACTICE;

    public String messageKey() {
        return "nomination.category." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
