/**
 * The school year's campaign: calendar of deadlines, titles catalogue, score sheet and commendation rules, read from its YAML file and validated at start-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaign", allowedDependencies = {})
package vn.thiduabot.campaign;
