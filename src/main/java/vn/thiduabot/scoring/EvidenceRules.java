package vn.thiduabot.scoring;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What counts as evidence: photos, and documents in PDF, Word (.docx), Excel (.xlsx) or JPEG/PNG
 * sent as a file, each at most 20 MB (the largest file a bot can download from Telegram).
 */
public final class EvidenceRules {

    /** The largest evidence file, in bytes (the page tells a phone before it sends a larger one in vain). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "xlsx", "jpg", "jpeg", "png");
    private static final Map<String, String> MIME_TO_EXTENSION = Map.of(
            "application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
            "image/jpeg", "jpg",
            "image/png", "png");

    private EvidenceRules() {
    }

    /** An accepted file, or the key and arguments of the refusal. */
    public record Check(Evidence.Kind kind, String fileName, String refusalKey, Object... args) {
        public boolean ok() {
            return refusalKey == null;
        }
    }

    /**
     * A file as it arrived, whatever the front end: sent as a photo or as a document, its stored id (null
     * if the file cannot be fetched), its name and type as the sender's device gave them (either may be
     * missing), and its size in bytes.
     */
    public record Upload(boolean photo, String fileId, String fileName, String mimeType, long size) { }

    /** @param f the file sent, or null when the message carried none */
    public static Check check(Upload f, Locale locale) {
        if (f == null || f.fileId() == null) {
            return new Check(null, null, "scoring.evidence.unreadable");
        }
        String shown = f.fileName() == null || f.fileName().isBlank() ? null : f.fileName().trim();
        if (f.photo()) {
            if (f.size() > MAX_BYTES) {
                return new Check(null, null, "scoring.evidence.too-large", shown == null ? "" : shown, megabytes(f.size(), locale), "20");
            }
            return new Check(Evidence.Kind.PHOTO, shown, null);
        }
        String extension = extension(shown);
        if (extension == null && f.mimeType() != null) {
            extension = MIME_TO_EXTENSION.get(f.mimeType().toLowerCase(Locale.ROOT));
        }
        if (extension == null || !EXTENSIONS.contains(extension)) {
            return new Check(null, null, "scoring.evidence.wrong-type", shown == null ? "?" : shown);
        }
        if (f.size() > MAX_BYTES) {
            return new Check(null, null, "scoring.evidence.too-large", shown == null ? "" : shown, megabytes(f.size(), locale), "20");
        }
        return new Check(Evidence.Kind.DOCUMENT, shown, null);
    }

    private static String extension(String name) {
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Size for people with one decimal: "25,3" in Vietnamese, "25.3" in English. */
    public static String megabytes(long bytes, Locale locale) {
        java.math.BigDecimal mb = java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024L * 1024), 1,
                java.math.RoundingMode.HALF_UP);
        return ScoreInput.format(mb, locale);
    }
}
