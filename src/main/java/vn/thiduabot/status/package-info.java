/**
 * /trangthai (/status): where each of a person's things stands this year, what to do next and by when.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Status", allowedDependencies = {"campaign", "chat", "nomination", "people", "registration", "scoring"})
package vn.thiduabot.status;
