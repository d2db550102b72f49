package vn.thiduabot.nomination;

/** Who is nominated: a colleague from the staff list, a person outside the staff, or a collective (a team, a class). */
public enum NomineeKind {
    STAFF,
    EXTERNAL,
    COLLECTIVE;

    public String messageKey() {
        return "nomination.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
