package vn.thiduabot.commendation;

/** The council meeting's minutes as a .docx file. */
public record MinutesFile(String fileName, byte[] content) {
}
