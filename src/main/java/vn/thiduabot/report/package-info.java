/**
 * Summaries and .xlsx files for the Department: registrations, scores, exemplars, award money,
 * who signed the emulation pledge.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report", allowedDependencies = {"campaign", "chat", "commendation", "nomination", "people", "pledge", "registration", "scoring", "staff"})
package vn.thiduabot.report;
