/**
 * Summaries and .xlsx files for the Department: registrations, scores, exemplars, award money.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report", allowedDependencies = {"campaign", "chat", "commendation", "nomination", "people", "registration", "scoring", "staff"})
package vn.thiduabot.report;
