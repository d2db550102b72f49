/**
 * Registration: each staff member's individual title, form of commendation, initiative and targets for
 * the school year, and each team's collective title, from draft to sent (and reopened by the secretary).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registration",
        allowedDependencies = {"campaign", "chat", "people", "staff", "web"})
package vn.thiduabot.registration;
