package vn.thiduabot.support;

import java.text.Normalizer;

/** Texts a teacher types, of an exact length for testing caps at their boundary. */
public final class TypedText {

    private static final String SENTENCE = "Kết quả học tập tiêu chí II.4 chưa khớp với chỉ tiêu đã đăng ký; ";

    private TypedText() {
    }

    /**
     * Vietnamese prose of exactly {@code characters} letters as a reader counts them, sent decomposed
     * (as some phones send accents): a cap must count "ệ" once however it was typed.
     */
    public static String ofLength(int characters) {
        StringBuilder b = new StringBuilder();
        while (b.codePointCount(0, b.length()) < characters - 1) {
            b.append(SENTENCE);
        }
        String composed = b.substring(0, b.offsetByCodePoints(0, characters - 1)) + ".";
        return Normalizer.normalize(composed, Normalizer.Form.NFD);
    }
}
