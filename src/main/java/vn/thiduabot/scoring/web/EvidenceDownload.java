package vn.thiduabot.scoring.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.thiduabot.chat.FileFetcher;
import vn.thiduabot.web.WebRefusal;

/**
 * One evidence file handed to the reviewer's page: the bytes fetched through {@link FileFetcher} (Telegram's getFile:
 * the bot token and Telegram's file address never leave the server), at most {@link #MAX_BYTES}, with a type from the
 * short list evidence may have ({@code scoring.EvidenceRules}), never the one the sender's phone claimed: a file
 * that said it was a web page would run as one in the page's own origin. Shown inline, under its own name (RFC 6266 and
 * RFC 5987: {@code inline; filename*=UTF-8''...}).
 */
final class EvidenceDownload {

    /** The largest file a bot can download from Telegram, and the largest evidence accepted (EvidenceRules). */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(EvidenceDownload.class);
    private static final String OFFICE = "application/vnd.openxmlformats-officedocument.";
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", OFFICE + "wordprocessingml.document",
            "xlsx", OFFICE + "spreadsheetml.sheet",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png");
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private EvidenceDownload() {
    }

    static ResponseEntity<byte[]> of(FileFetcher files, long evidenceId, String fileId, String fileName, String mimeType, boolean photo) {
        byte[] bytes;
        try {
            bytes = files.fetch(fileId, MAX_BYTES);
        } catch (IOException e) {
            // the fetcher's messages never carry the download address (it holds the bot token)
            log.warn("Evidence file #{} could not be fetched for a reviewer: {}", evidenceId, e.getMessage());
            throw new WebRefusal(502, "web.review.evidence-failed");
        }
        String type = type(fileName, mimeType, photo);
        String shown = fileName != null && !fileName.isBlank() ? fileName.strip() : "evidence-" + evidenceId + (photo ? ".jpg" : "");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .contentLength(bytes.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename*=UTF-8''" + rfc5987(shown))
                .cacheControl(CacheControl.noStore())
                .body(bytes);
    }

    /** A photo is a JPEG (Telegram re-encodes photos); a document's type follows its extension, else its declared type, if allowed. */
    static String type(String fileName, String mimeType, boolean photo) {
        if (photo) {
            return "image/jpeg";
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String byName = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        if (byName != null) {
            return byName;
        }
        String declared = mimeType == null ? "" : mimeType.strip().toLowerCase(Locale.ROOT);
        return TYPES.containsValue(declared) ? declared : MediaType.APPLICATION_OCTET_STREAM_VALUE;
    }

    /** RFC 5987's value-chars: UTF-8 bytes, everything but letters, digits and a few marks percent-encoded. */
    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
