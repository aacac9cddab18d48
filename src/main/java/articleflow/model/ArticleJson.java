package articleflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one place where articleflow's records are mapped to and from JSON (snake_case, nulls kept). Raw articles
 * are read strictly: a string field never takes a number or a boolean, a repeated field is an error, and
 * nothing may follow the object.
 */
public final class ArticleJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

    static {
        MAPPER.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    private static final ObjectReader RAW_ARTICLES = MAPPER.readerFor(RawArticle.class)
            .with(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ArticleJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** For token-level reading where building a tree would cost more than the question is worth. */
    public static JsonFactory factory() {
        return MAPPER.getFactory();
    }

    /**
     * Reads a raw article with strict types.
     *
     * @throws RawArticleException {@code invalid_json} for bytes that are not one JSON object, {@code wrong_type}
     *                             for a field of the wrong type, each with a message naming what is wrong
     */
    public static RawArticle readRawArticle(byte[] bytes) throws RawArticleException {
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new RawArticleException(RejectReason.INVALID_JSON, "value is not a JSON object");
            }
            return RAW_ARTICLES.readValue(parser);
        } catch (RawArticleException e) {
            throw e;
        } catch (ValueInstantiationException e) {
            String why = e.getCause() == null ? e.getOriginalMessage() : e.getCause().getMessage();
            throw new RawArticleException(RejectReason.WRONG_TYPE, why);
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty()) {
                throw new RawArticleException(RejectReason.INVALID_JSON, "value is not JSON: " + firstLine(e.getOriginalMessage()));
            }
            throw new RawArticleException(RejectReason.WRONG_TYPE, wrongTypeMessage(e.getPath()));
        } catch (JsonMappingException e) {
            throw new RawArticleException(RejectReason.INVALID_JSON, "value is not JSON: " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new RawArticleException(RejectReason.INVALID_JSON, "value is not JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new RawArticleException(RejectReason.INVALID_JSON, "value is not JSON: " + firstLine(e.getMessage()));
        }
    }

    private static String wrongTypeMessage(List<JsonMappingException.Reference> path) {
        String field = path.get(0).getFieldName();
        boolean inList = path.size() > 1 || "authors".equals(field) || "tags".equals(field);
        return inList ? field + " must be a list of strings" : field + " must be a string";
    }

    public static byte[] toBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T fromBytes(byte[] bytes, Class<T> type) {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T fromJson(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
