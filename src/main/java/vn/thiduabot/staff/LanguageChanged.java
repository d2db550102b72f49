package vn.thiduabot.staff;

/** A person chose the language the bot speaks to them ({@code language}: "vi" or "en"). */
public record LanguageChanged(long staffId, String language) { }
