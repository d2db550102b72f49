package vn.thiduabot.report;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The typeface of the charts. Team names and labels are Vietnamese, so the font must hold the precomposed
 * letters with two diacritics (e.g. the o with circumflex and hook above in the
 * mathematics team's name). DejaVu Sans does (checked: Liberation Sans 2.1
 * on Debian 12 does not; it stops at that letter). The Docker image installs it (fonts-dejavu-core).
 *
 * <p>Where DejaVu Sans is missing, the chart uses Java's logical SansSerif font, which fontconfig maps to
 * whatever the system has, with other installed fonts filling in missing glyphs. If even that cannot show
 * Vietnamese, a warning is logged once at the first chart: the letters it lacks are drawn as empty boxes,
 * while the bars, the numbers and the legend's colours stay right, so the chart is still read correctly
 * beside the digest's text.
 */
final class ChartFont {

    static final String PREFERRED = "DejaVu Sans";
    /** A sample of what the labels need: a team's name with the letters of Vietnamese that most fonts lack. */
    static final String SAMPLE = "T\u1ED5 To\u00E1n - Tin \u1EA5\u1EAF\u01B0\u01A1\u0111\u1EF1";

    private static final Logger log = LoggerFactory.getLogger(ChartFont.class);
    private static final Font BASE = choose();

    private ChartFont() { }

    /** The chosen font at this size and style. */
    static Font of(int style, float size) {
        return BASE.deriveFont(style, size);
    }

    private static Font choose() {
        ProgressChartRenderer.headless();
        boolean installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains(PREFERRED);
        Font font = new Font(installed ? PREFERRED : Font.SANS_SERIF, Font.PLAIN, 12);
        if (font.canDisplayUpTo(SAMPLE) != -1) {
            log.warn("The charts' font ({}) cannot show Vietnamese letters; install DejaVu Sans (fonts-dejavu-core)",
                    font.getFontName());
        }
        return font;
    }
}
