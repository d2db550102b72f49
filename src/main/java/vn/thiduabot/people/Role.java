package vn.thiduabot.people;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do in the bot. Stored on the staff row; every command and button press is
 * checked against it on the server.
 */
public enum Role {
    TEACHER("GIAO_VIEN"),
    TEAM_LEADER("TO_TRUONG"),
    SECRETARY("THU_KY"),
    COUNCIL("HOI_DONG"),
    PRINCIPAL("HIEU_TRUONG"),
    ADMIN("QUAN_TRI");

    private final String vietnameseCode;

    Role(String vietnameseCode) {
        this.vietnameseCode = vietnameseCode;
    }

    public String vietnameseCode() {
        return vietnameseCode;
    }

    /** Accepts the English or the Vietnamese code, any case, e.g. "to_truong" or "TEAM_LEADER". */
    public static Optional<Role> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Role r : values()) {
            if (r.name().equals(c) || r.vietnameseCode.equals(c)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Message key of the role's display name. */
    public String messageKey() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }
}
