package vn.thiduabot.registration;

/** Where a registration stands: being filled in, or sent to the council. */
public enum RegistrationStatus {
    /** Saved after every answer, not yet sent; the person may continue or start over. */
    DRAFT,
    /** Confirmed by the person; editable until the registration deadline (or after a reopening). */
    SUBMITTED
}
