package vn.thiduabot.commendation;

import java.util.Locale;

/**
 * A disciplinary measure of the year (kỷ luật viên chức), lightest first: none, reprimand (khiển
 * trách), warning (cảnh cáo), salary demotion (hạ bậc lương), removal from post (cách chức),
 * dismissal (buộc thôi việc). Collective titles exclude teams with a member at "warning" or above.
 */
enum Discipline {
    NONE, REPRIMAND, WARNING, DEMOTION, REMOVAL, DISMISSAL;

    boolean warningOrAbove() {
        return compareTo(WARNING) >= 0;
    }

    String messageKey() {
        return "commendation.discipline." + name().toLowerCase(Locale.ROOT);
    }
}
