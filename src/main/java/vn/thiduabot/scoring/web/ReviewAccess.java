package vn.thiduabot.scoring.web;

import vn.thiduabot.people.Person;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.Permissions;
import vn.thiduabot.web.WebRefusal;

/**
 * The review's door on the Mini App, from the stored roles: the chat's router opens /duyet to council members and team
 * leaders only and answers anyone else with {@code error.forbidden}; the page's API does the same, before anything is read.
 */
final class ReviewAccess {

    private ReviewAccess() {
    }

    static Actor reviewer(Person viewer) {
        Actor me = Actor.of(viewer);
        if (!Permissions.reviews(me)) {
            throw new WebRefusal(403, "error.forbidden");
        }
        return me;
    }
}
