package vn.thiduabot.commendation;

import vn.thiduabot.support.OnPostgres;

/** {@link AnnouncementTest}, the announcement and the one congratulation per year (V85), with the bot on PostgreSQL. */
@OnPostgres
class AnnouncementPostgresTest extends AnnouncementTest {
}
