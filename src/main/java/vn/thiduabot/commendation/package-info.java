/**
 * Commendation: the year's list of proposals (persons and teams for titles and forms), the facts the
 * title rules read, the rule report and award money, the council's vote and the principal's decision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commendation",
        allowedDependencies = {"campaign", "chat", "people", "registration", "scoring", "staff"})
package vn.thiduabot.commendation;
