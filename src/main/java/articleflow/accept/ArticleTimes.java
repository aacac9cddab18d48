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

    // the years an RFC 3339 date-time can write (four digits, 0000 to 9999, no sign): the enriched record's published_at is one, and
    // java.time would read and write "+100000-01-01T00:00:00Z" or "-0500-..." just as well
    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private ArticleTimes() {
    }

    /** The time, or empty when the text is not an ISO-8601 time or lies outside the years 0000 to 9999. */
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
