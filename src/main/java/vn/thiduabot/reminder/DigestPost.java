package vn.thiduabot.reminder;

import java.util.ArrayList;
import java.util.List;

/**
 * A digest as the messages it is sent as, in order: its texts, and the chart as a photo. Telegram allows a
 * photo a caption of at most {@link #MAX_CAPTION} characters: a digest that fits goes as the photo's caption
 * (one message); a longer one (the usual case) goes as text and the chart follows it with a short caption of
 * its own, so the counts are read first and the picture right after.
 */
public record DigestPost(List<Part> parts) {

    static final int MAX_CAPTION = 1024;

    public DigestPost {
        parts = List.copyOf(parts);
    }

    /** One message: a text, and a photo of which it is the caption, if any. */
    public record Part(String text, Photo photo) { }

    /** A PNG the bot drew. */
    public record Photo(String fileName, byte[] png) { }

    /** Texts only (the principal's digest, or a chart that could not be drawn). */
    static DigestPost texts(List<String> texts) {
        return new DigestPost(texts.stream().map(t -> new Part(t, null)).toList());
    }

    /** The texts with the chart: as their caption if they are one short message, otherwise right after them. */
    static DigestPost withChart(List<String> texts, Photo chart, String chartCaption) {
        if (texts.size() == 1 && texts.get(0).length() <= MAX_CAPTION) {
            return new DigestPost(List.of(new Part(texts.get(0), chart)));
        }
        List<Part> parts = new ArrayList<>(texts(texts).parts());
        parts.add(new Part(chartCaption, chart));
        return new DigestPost(parts);
    }

    /** The texts alone, in order (what a reader sees written). */
    public List<String> texts() {
        return parts.stream().map(Part::text).toList();
    }
}
