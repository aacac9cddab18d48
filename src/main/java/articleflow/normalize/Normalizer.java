package articleflow.normalize;

import java.util.ArrayList;
import java.util.List;

// TEMPORARY stand-in until the normalize branch lands
public final class Normalizer {
    public NormalizedText normalize(String title, String body, ContentType type) {
        String text = type == ContentType.HTML ? org.jsoup.Jsoup.parse(body).text() : body;
        List<String> out = new ArrayList<>();
        for (String p : text.split("\n\\s*\n")) {
            String t = p.trim().replaceAll("\\s+", " ");
            if (!t.isEmpty() && !t.equals("No time to read?") && !t.equals("Get a summary")) out.add(t);
        }
        return new NormalizedText(title, out);
    }
}
