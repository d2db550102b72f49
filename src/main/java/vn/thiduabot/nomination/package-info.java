/**
 * Nomination: exemplars put forward each quarter, from the nominator's draft through the team leader,
 * the council and the principal (or the substitute for a principal's own nomination).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nomination",
        allowedDependencies = {"campaign", "chat", "people", "staff"})
package vn.thiduabot.nomination;
