package articleflow.normalize;

import java.util.List;
import java.util.Set;

/**
 * The page furniture news sites wrap around an article — "Share", "Subscribe", "Read more",
 * "Previous Article" — in English, German, French, Spanish, Portuguese and Italian.
 * Only whole short lines match, so a sentence that merely mentions subscribing survives.
 */
final class KnownFurniture {

    /** Longer than this, a line is prose even when it starts like furniture. */
    private static final int MAX_PREFIX_WORDS = 6;
    /** A neighbour's title is a headline, not a paragraph. */
    private static final int MAX_NEIGHBOUR_TITLE_WORDS = 30;
    private static final int MAX_SHORT_LINE_CHARS = 250;

    /** Lines that are furniture as a whole (compared as {@link #key keys}). */
    private static final Set<String> LINES = Set.of(
            // en
            "no time to read", "get a summary", "summary", "share", "share this", "share this article", "share this story",
            "share on facebook", "share on twitter", "share on linkedin", "share on whatsapp", "share via email", "tweet",
            "email", "print", "copy link", "link copied", "comments", "comment", "leave a comment", "show comments",
            "subscribe", "subscribe now", "subscribe to our newsletter", "sign up", "sign up now", "sign up for our newsletter",
            "newsletter", "get the newsletter", "log in", "login", "sign in", "register", "advertisement", "advertising",
            "sponsored", "sponsored content", "sponsored links", "promoted", "promoted content", "paid content", "ad",
            "advert", "adverts", "this slideshow requires javascript", "please enable javascript",
            "javascript is disabled", "tell us what you think", "continue reading below", "don t miss", "related news",
            "explore further", "just watched", "must watch", "watch", "about the author", "view all", "getty images",
            "iklan", "read more", "read more here", "continue reading", "more", "see more",
            "show more", "load more", "related", "related articles", "related stories", "related posts", "related content",
            "more stories", "more from", "recommended", "recommended for you", "you may also like", "you might also like",
            "most read", "most popular", "trending", "follow us", "follow us on facebook", "follow us on twitter",
            "like us on facebook", "accept cookies", "accept all cookies", "accept", "we use cookies", "cookie settings",
            "manage cookies", "skip to content", "skip to main content", "back to top", "top", "menu", "close", "search",
            "home", "listen to this article", "listen to this story", "listen to article", "listen", "audio", "save", "save article", "bookmark", "gift this article",
            "whatsapp", "facebook", "twitter", "linkedin", "pinterest", "reddit", "x", "tags", "topics",
            // de
            "teilen", "artikel teilen", "jetzt teilen", "drucken", "kommentare", "abonnieren", "jetzt abonnieren",
            "newsletter abonnieren", "anmelden", "registrieren", "anzeige", "werbung", "mehr lesen", "weiterlesen",
            "mehr zum thema", "das könnte sie auch interessieren", "ähnliche artikel", "verwandte artikel",
            "folgen sie uns", "cookies akzeptieren", "alle akzeptieren", "zum inhalt springen", "nach oben",
            "keine zeit zum lesen", "zusammenfassung", "artikel anhören", "anhören",
            // fr
            "partager", "partager cet article", "imprimer", "commentaires", "s abonner", "abonnez vous",
            "abonnez vous à notre newsletter", "inscrivez vous", "s inscrire", "se connecter", "publicité",
            "lire la suite", "lire plus", "en savoir plus", "articles similaires", "articles liés", "à lire aussi",
            "lire aussi", "suivez nous", "accepter les cookies", "tout accepter", "aller au contenu", "pas le temps de lire",
            "résumé", "écouter cet article", "écouter",
            // es
            "compartir", "compartir artículo", "imprimir", "comentarios", "suscríbete", "suscribirse",
            "suscríbete a nuestro boletín", "boletín", "regístrate", "iniciar sesión", "publicidad", "anuncio",
            "leer más", "seguir leyendo", "artículos relacionados", "noticias relacionadas", "te puede interesar",
            "síguenos", "aceptar cookies", "aceptar todas", "ir al contenido", "no tienes tiempo para leer", "resumen", "escuchar este artículo", "escuchar",
            // pt
            "partilhar", "compartilhe", "assine", "assine já", "inscreva se", "cadastre se", "entrar", "publicidade",
            "leia mais", "continue lendo", "continuar a ler", "artigos relacionados", "notícias relacionadas",
            "veja também", "siga nos", "aceitar cookies", "aceitar todos", "ir para o conteúdo", "sem tempo para ler",
            "resumo", "ouvir este artigo", "ouvir",
            // it
            "condividi", "condividi articolo", "stampa", "commenti", "iscriviti", "abbonati", "iscriviti alla newsletter",
            "accedi", "registrati", "pubblicità", "leggi di più", "leggi anche", "continua a leggere", "articoli correlati",
            "notizie correlate", "potrebbe interessarti", "ascolta questo articolo", "ascolta", "seguici", "accetta i cookie", "accetta tutti",
            "vai al contenuto", "non hai tempo di leggere", "riassunto");

    /** Short lines starting like this are calls to action, not prose. */
    private static final List<String> PREFIXES = List.of(
            "share on ", "share this ", "follow us ", "sign up ", "subscribe to ", "subscribe for ", "read more ",
            "more from ", "advertisement ", "click here ", "teilen auf ", "folgen sie uns ", "mehr zum ",
            "partager sur ", "suivez nous ", "abonnez vous ", "compartir en ", "síguenos en ", "suscríbete ",
            "compartilhe no ", "siga nos ", "assine ", "condividi su ", "seguici su ", "iscriviti ");

    /**
     * A call to action that names what it sells is a promotion even when written as a sentence:
     * "Sign up for the Morning briefing at the bottom of every page." Both halves are needed, so
     * "Sign up rates doubled." stays prose.
     */
    private static final List<String> PROMOTION_PREFIXES = List.of(
            "sign up ", "subscribe ", "get our ", "get the ", "join our ", "register for ", "melden sie sich ",
            "abonnieren sie ", "inscrivez vous ", "abonnez vous ", "suscríbete ", "suscribete ", "assine ", "inscreva se ",
            "iscriviti ");
    private static final Set<String> PROMOTION_NOUNS = Set.of(
            "newsletter", "newsletters", "briefing", "briefings", "bulletin", "digest", "alerts", "podcast",
            "inbox", "infolettre", "boletín", "boletin", "boletim");
    private static final int MAX_PROMOTION_WORDS = 16;

    /** Short lines starting like this and holding a number are time stamps: "Published 11:11 PM, Nov 19". */
    private static final List<String> STAMP_PREFIXES = List.of(
            "published ", "updated ", "posted ", "last updated ", "reading time ", "veröffentlicht ",
            "aktualisiert ", "lesezeit ", "publié ", "mis à jour ", "temps de lecture ", "publicado ", "actualizado ",
            "tiempo de lectura ", "atualizado ", "tempo de leitura ", "pubblicato ", "aggiornato ", "tempo di lettura ");
    private static final int MAX_STAMP_WORDS = 12;

    /** Lines announcing a neighbour article; the line after one is that neighbour's title. */
    private static final Set<String> NEIGHBOUR_MARKERS = Set.of(
            "previous article", "next article", "previous post", "next post", "previous story", "next story",
            "previous", "next", "older post", "newer post",
            "vorheriger artikel", "nächster artikel", "vorheriger beitrag", "nächster beitrag",
            "article précédent", "article suivant", "précédent", "suivant",
            "artículo anterior", "artículo siguiente", "siguiente artículo", "noticia anterior", "siguiente noticia",
            "artigo anterior", "próximo artigo", "notícia anterior", "próxima notícia",
            "articolo precedente", "articolo successivo", "prossimo articolo");

    boolean isFurniture(String line) {
        return isFurnitureKey(line, keyIfShort(line));
    }

    boolean isNeighbourMarker(String line) {
        String key = keyIfShort(line);
        return key != null && NEIGHBOUR_MARKERS.contains(key);
    }

    /**
     * Removes furniture lines, and each neighbour marker with the neighbour title after it.
     * Returns a new list; lines are expected clean and non-empty.
     */
    List<String> strip(List<String> lines) {
        List<String> kept = new java.util.ArrayList<>(lines.size());
        boolean dropNextTitle = false;
        for (String line : lines) {
            String key = keyIfShort(line);
            if (key != null && NEIGHBOUR_MARKERS.contains(key)) {
                dropNextTitle = true;
            } else if (isFurnitureKey(line, key)) {
                continue;
            } else if (dropNextTitle && key != null && wordCount(key) <= MAX_NEIGHBOUR_TITLE_WORDS) {
                dropNextTitle = false;
            } else {
                dropNextTitle = false;
                kept.add(line);
            }
        }
        return kept;
    }

    private static boolean isFurnitureKey(String line, String key) {
        if (key == null) {
            return false;
        }
        if (key.isEmpty() || LINES.contains(key) || isStamp(key) || isPromotion(key)) {
            return true;
        }
        // a short line ending like a sentence is prose: "Sign up rates doubled."
        if (wordCount(key) > MAX_PREFIX_WORDS || line.strip().endsWith(".")) {
            return false;
        }
        for (String prefix : PREFIXES) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPromotion(String key) {
        if (wordCount(key) > MAX_PROMOTION_WORDS || !startsWithAny(key, PROMOTION_PREFIXES)) {
            return false;
        }
        for (String word : key.split(" ")) {
            if (PROMOTION_NOUNS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String key, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStamp(String key) {
        if (wordCount(key) > MAX_STAMP_WORDS || !hasDigit(key)) {
            return false;
        }
        for (String prefix : STAMP_PREFIXES) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (Character.isDigit(key.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Furniture and headlines are short: a long paragraph is never keyed, which keeps this cheap. */
    private static String keyIfShort(String line) {
        return line.length() > MAX_SHORT_LINE_CHARS ? null : key(line);
    }

    /** Lowercase letters and digits, words separated by one space: "Read more »" and "read more" compare equal. */
    static String key(String line) {
        StringBuilder key = new StringBuilder(Math.min(line.length(), 128));
        boolean gap = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                gap = false;
                key.append(Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    private static int wordCount(String key) {
        if (key.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }
}
