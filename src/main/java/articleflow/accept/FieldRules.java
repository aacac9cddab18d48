package articleflow.accept;

import articleflow.model.RawArticle;
import articleflow.model.RejectReason;
import java.util.List;
import java.util.Locale;

/**
 * What the metadata fields may hold. They reach consumers (and other articles' links) as they are, so an
 * article's url must be a web address a reader can follow, and no field may carry a control character (the id
 * and source also key the pipeline's stores) or an unpaired surrogate (text no UTF-8 encoder can write). The
 * title and body are cleaned by normalize instead.
 */
final class FieldRules {

    private FieldRules() {
    }

    /** The first field that breaks a rule, as a rejection, or null. */
    static Rejection firstBroken(String id, RawArticle raw) {
        Rejection broken = text("id", id);
        broken = broken != null ? broken : text("source", raw.source());
        broken = broken != null ? broken : text("section", raw.section());
        broken = broken != null ? broken : text("language", raw.language());
        broken = broken != null ? broken : text("content_type", raw.contentType());
        broken = broken != null ? broken : list("authors", raw.authors());
        broken = broken != null ? broken : list("tags", raw.tags());
        return broken != null ? broken : url(raw.url());
    }

    /** An absolute http(s) URL with a host, and nothing in it that is not part of a URL. */
    static Rejection url(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        int colon = url.indexOf(':');
        String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Rejection(RejectReason.INVALID_URL, "url must be an http or https URL, not "
                    + (colon < 0 ? "a relative one" : "a " + describeScheme(scheme) + " one"));
        }
        if (!url.startsWith("//", colon + 1) || url.length() == colon + 3 || url.charAt(colon + 3) == '/') {
            return new Rejection(RejectReason.INVALID_URL, "url must name a host after " + scheme + "://");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSurrogate(c)
                    || Character.getType(c) == Character.FORMAT) {
                return new Rejection(RejectReason.INVALID_URL, String.format(
                        "url holds a character no URL may hold (U+%04X at %d)", (int) c, i));
            }
        }
        return null;
    }

    private static String describeScheme(String scheme) {
        // the scheme is the publisher's text: show it only when it looks like one
        return scheme.matches("[a-z][a-z0-9+.-]{0,20}") ? scheme + ":" : "non-web";
    }

    private static Rejection text(String field, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                return new Rejection(RejectReason.INVALID_FIELD,
                        String.format("%s holds a control character (U+%04X at %d)", field, (int) c, i));
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return new Rejection(RejectReason.INVALID_FIELD,
                        String.format("%s holds an unpaired surrogate (U+%04X at %d): not valid Unicode", field, (int) c, i));
            }
        }
        return null;
    }

    private static Rejection list(String field, List<String> values) {
        for (String value : values) {
            Rejection broken = text(field, value);
            if (broken != null) {
                return broken;
            }
        }
        return null;
    }
}
