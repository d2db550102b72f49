package vn.thiduabot.pledge;

import vn.thiduabot.support.OnPostgres;

/** {@link PledgeSigningTest} on PostgreSQL: V84 of that dialect, the one-signature-per-party key, the signing times. */
@OnPostgres
class PledgeSigningPostgresTest extends PledgeSigningTest {
}
