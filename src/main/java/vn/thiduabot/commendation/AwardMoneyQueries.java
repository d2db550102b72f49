package vn.thiduabot.commendation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only access to the award money of the current year's list, for the export. */
@Service
public class AwardMoneyQueries {

    private final Commendations commendations;

    AwardMoneyQueries(Commendations commendations) {
        this.commendations = commendations;
    }

    @Transactional(readOnly = true)
    public AwardMoneyReport current() {
        return AwardMoneyReport.of(commendations.view().money());
    }
}
