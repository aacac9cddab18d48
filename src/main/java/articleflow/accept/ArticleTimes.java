package articleflow.accept;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the ISO-8601 times publishers send; a time without an offset is taken as UTC. */
final class ArticleTimes {

    // feeds and versions are ordered by epoch millis, which end some 292 million years either side of 1970,
    // while ISO-8601 (and java.time) reaches the year 999,999,999
    private static final Instant EARLIEST = Instant.ofEpochMilli(Long.MIN_VALUE);
    private static final Instant LATEST = Instant.ofEpochMilli(Long.MAX_VALUE);

    private ArticleTimes() {
    }

    /** The time, or empty when the text is not an ISO-8601 time or lies outside what epoch millis can hold. */
    static Optional<Instant> parse(String text) {
        return parseIso(text.trim()).filter(time -> !time.isBefore(EARLIEST) && !time.isAfter(LATEST));
    }

    private static Optional<Instant> parseIso(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notOffset) {
            // fall through to the looser forms
        }
        try {
            return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            // fall through
        }
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }
}
