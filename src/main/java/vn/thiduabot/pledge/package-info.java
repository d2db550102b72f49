/**
 * The emulation pledge (giao ước thi đua): each team leader signs it for the team and the principal for the school,
 * once per school year, from the day the campaign file opens it; who signed, and when, goes to the Department.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pledge",
        allowedDependencies = {"campaign", "chat", "people", "staff"})
package vn.thiduabot.pledge;
