/**
 * The staff list: people, teams, roles, Telegram links, invite codes, the list's import and the audit of changes to linking and roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff", allowedDependencies = {"chat", "people"})
package vn.thiduabot.staff;
