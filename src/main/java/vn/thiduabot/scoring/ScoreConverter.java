package vn.thiduabot.scoring;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Scores are stored as text ("8", "8.5") so SQLite never turns 8.5 into 8.4999. */
@Converter
class ScoreConverter implements AttributeConverter<BigDecimal, String> {

    @Override
    public String convertToDatabaseColumn(BigDecimal value) {
        return value == null ? null : ScoreInput.normalise(value).toPlainString();
    }

    @Override
    public BigDecimal convertToEntityAttribute(String text) {
        return text == null || text.isBlank() ? null : ScoreInput.normalise(new BigDecimal(text.trim()));
    }
}
