package articleflow.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The body formats normalize understands, with their media types. */
public enum ContentType {
    PLAIN("text/plain"),
    HTML("text/html");

    // only the start of a body is looked at: markup shows itself early, and sniffing stays cheap on large bodies
    private static final int SNIFF_WINDOW = 4096;
    private static final Pattern MARKUP = Pattern.compile(
            "<(?:!doctype|!--|html|head|body|p|div|br|span|a|h[1-6]|ul|ol|li|article|section|main|table|tr|td"
                    + "|strong|em|b|i|img|meta|title|script|style|figure|blockquote|pre)[\\s/>]",
            Pattern.CASE_INSENSITIVE);

    private final String mediaType;

    ContentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** parses "text/html; charset=utf-8" etc.; empty for unsupported types */
    public static Optional<ContentType> fromMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        int semicolon = mediaType.indexOf(';');
        String essence = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return switch (essence) {
            case "text/plain" -> Optional.of(PLAIN);
            case "text/html", "application/xhtml+xml" -> Optional.of(HTML);
            default -> Optional.empty();
        };
    }

    /** for records without content_type: HTML when the body looks like markup */
    public static ContentType sniff(String body) {
        if (body == null || body.isEmpty()) {
            return PLAIN;
        }
        CharSequence head = body.length() <= SNIFF_WINDOW ? body : body.subSequence(0, SNIFF_WINDOW);
        return MARKUP.matcher(head).find() ? HTML : PLAIN;
    }
}
