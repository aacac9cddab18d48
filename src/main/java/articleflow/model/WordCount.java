package articleflow.model;

/** Words as a reader counts them: runs of non-whitespace. Shared by reading time, furniture shares and summaries. */
public final class WordCount {

    private WordCount() {
    }

    public static int of(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
