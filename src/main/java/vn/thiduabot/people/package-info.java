/**
 * People and their roles as every other module sees them: `Person`, `Role`, the one name folding and search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People", allowedDependencies = {})
package vn.thiduabot.people;
