package vn.thiduabot.nomination;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.people.Names;

/** The rules a nomination must follow, without the database or the chat. */
public final class NominationRules {

    public static final int ACHIEVEMENT_MIN = 10;
    public static final int ACHIEVEMENT_MAX = FreeText.ACHIEVEMENT.max();
    public static final int NAME_MAX = FreeText.NAME.max();
    public static final int REASON_MIN = 3;
    public static final int REASON_MAX = FreeText.REASON.max();
    /** Telegram lets a bot download files up to 20 MB, so larger evidence could never be checked. */
    public static final long EVIDENCE_MAX_BYTES = 20L * 1024 * 1024;
    public static final int EVIDENCE_MAX_FILES = 10;

    /** Accepted evidence: extension to the MIME type clients send for it. */
    public static final Map<String, String> EVIDENCE_TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png");

    private NominationRules() {
    }

    /** Why an input is refused: a message key and its arguments (numbers already as text). */
    public record Refusal(String key, List<String> args) {
        public Object[] argArray() {
            return args.toArray();
        }
    }

    /** Text as stored: composed accents (so a letter counts once however the phone typed it), no outer blanks. */
    public static String clean(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** Characters as a reader counts them. */
    public static int length(String cleaned) {
        return cleaned.codePointCount(0, cleaned.length());
    }

    public static Optional<Refusal> checkAchievement(String cleaned) {
        int n = length(cleaned);
        if (n < ACHIEVEMENT_MIN) {
            return Optional.of(new Refusal("nomination.achievement.too-short", List.of(String.valueOf(ACHIEVEMENT_MIN))));
        }
        if (n > ACHIEVEMENT_MAX) {
            return Optional.of(new Refusal("nomination.achievement.too-long",
                    List.of(String.valueOf(n), String.valueOf(ACHIEVEMENT_MAX))));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> checkName(String cleaned) {
        if (cleaned.isEmpty() || cleaned.startsWith("/")) {
            return Optional.of(new Refusal("nomination.name.empty", List.of()));
        }
        int n = length(cleaned);
        if (n > NAME_MAX) {
            return Optional.of(new Refusal("nomination.name.too-long", List.of(String.valueOf(n), String.valueOf(NAME_MAX))));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> checkReason(String cleaned) {
        int n = length(cleaned);
        if (n < REASON_MIN) {
            return Optional.of(new Refusal("nomination.reason.too-short", List.of()));
        }
        if (n > REASON_MAX) {
            return Optional.of(new Refusal("nomination.reason.too-long", List.of(String.valueOf(n), String.valueOf(REASON_MAX))));
        }
        return Optional.empty();
    }

    /**
     * Nobody nominates themselves: not by picking their own name from the staff list, and not by typing
     * it as someone outside the staff. A collective (even one's own team) is not oneself.
     */
    public static boolean isSelf(long nominatorStaffId, String nominatorName, NomineeKind kind, Long nomineeStaffId, String nomineeName) {
        return switch (kind) {
            case STAFF -> nomineeStaffId != null && nomineeStaffId == nominatorStaffId;
            case EXTERNAL -> sameName(nominatorName, nomineeName);
            case COLLECTIVE -> false;
        };
    }

    /**
     * A name typed without accents matches either spelling (bui thi huong is Bui Thi Huong with its
     * accents); a name typed with accents must match them, since other accents make another name.
     */
    public static boolean sameName(String known, String typed) {
        String plain = simple(typed);
        if (Names.fold(typed).equals(plain)) {
            return Names.fold(known).equals(plain);
        }
        return simple(known).equals(plain);
    }

    private static String simple(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /**
     * Whether this person is party to the nomination (made it, or is named in it): they take no part in
     * its review at any stage.
     */
    public static boolean involves(Nomination n, long staffId) {
        return n.getNominatorStaffId() == staffId || n.isNominee(staffId);
    }

    /** What makes two nominations "the same nominee": the staff id, or else the folded name. */
    public static String nomineeKey(NomineeKind kind, Long staffId, String name) {
        if (kind == NomineeKind.STAFF) {
            if (staffId == null) {
                throw new IllegalArgumentException("a colleague needs a staff id");
            }
            return "staff:" + staffId;
        }
        return "name:" + Names.fold(name);
    }

    /**
     * The name to keep for an accepted piece of evidence, or empty when its type is not accepted.
     * A photo sent as a photo has no name: Telegram sends it as a JPEG.
     */
    public static Optional<String> evidenceName(boolean photo, String fileName, String mimeType, int number) {
        if (photo) {
            return Optional.of(fileName == null || fileName.isBlank() ? "photo-" + number + ".jpg" : fileName);
        }
        if (fileName != null && !fileName.isBlank()) {
            int dot = fileName.lastIndexOf('.');
            String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
            return EVIDENCE_TYPES.containsKey(ext) ? Optional.of(fileName) : Optional.empty();
        }
        String mime = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
        return EVIDENCE_TYPES.entrySet().stream()
                .filter(e -> e.getValue().equals(mime) && !e.getKey().equals("jpeg"))
                .map(e -> "evidence-" + number + "." + e.getKey())
                .findFirst();
    }
}
