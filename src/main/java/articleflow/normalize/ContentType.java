package articleflow.normalize;

import java.util.Locale;
import java.util.Optional;

// TEMPORARY stand-in until the normalize branch lands
public enum ContentType {
    PLAIN("text/plain"), HTML("text/html");
    private final String mediaType;
    ContentType(String mediaType) { this.mediaType = mediaType; }
    public String mediaType() { return mediaType; }
    public static Optional<ContentType> fromMediaType(String mediaType) {
        String base = mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        for (ContentType t : values()) if (t.mediaType.equals(base)) return Optional.of(t);
        return Optional.empty();
    }
    public static ContentType sniff(String body) {
        return body.contains("<p") || body.contains("<html") ? HTML : PLAIN;
    }
}
