package articleflow.topology.wire;

import articleflow.assemble.ArticleDraft;
import articleflow.assemble.ArticleState;
import articleflow.assemble.VersionStamp;
import articleflow.link.FeedEntry;
import articleflow.model.ArticleMeta;
import articleflow.model.EnrichedArticle;
import articleflow.model.Link;
import articleflow.model.Neighbors;
import articleflow.model.RelatedLink;
import articleflow.normalize.LineHistory;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary encodings of the assemble, feed and learned-furniture stages' state and of the messages between them
 * ({@code articles-by-source}, {@code feed-replies}). They replaced JSON, which cost a third of the job's CPU and
 * twice the bytes; each still reads the JSON an earlier version wrote. The public topics stay JSON.
 */
public final class PipelineCodecs {

    private PipelineCodecs() {
    }

    /** The per-article state, its pending draft and published record included: written at every change of it. */
    public static final BinaryCodec<ArticleState> ARTICLE_STATE = new BinaryCodec<>(ArticleState.class) {
        @Override
        protected void write(ArticleState state, DataOutputStream out) throws IOException {
            writeString(out, state.id());
            writeString(out, state.source());
            out.writeLong(state.revision());
            out.writeBoolean(state.withdrawn());
            writeNullableLong(out, state.updatedAtMillis());
            writeStamp(out, state.version());
            out.writeLong(state.draftVersion());
            writeDraft(out, state.pending());
            writeEnriched(out, state.published());
            writeLink(out, state.previous());
            writeLink(out, state.next());
        }

        @Override
        protected ArticleState read(DataInputStream in) throws IOException {
            return new ArticleState(readString(in), readString(in), in.readLong(), in.readBoolean(),
                    readNullableLong(in), readStamp(in), in.readLong(), readDraft(in), readEnriched(in), readLink(in),
                    readLink(in));
        }

        @Override
        protected int sizeHint(ArticleState state) {
            // mostly one byte a character; a text with more grows the buffer once or twice
            return 512 + (textLength(state.pending()) + textLength(state.published())) * 5 / 4;
        }
    };

    public static final BinaryCodec<FeedRequest> FEED_REQUEST = new BinaryCodec<>(FeedRequest.class) {
        @Override
        protected void write(FeedRequest request, DataOutputStream out) throws IOException {
            out.writeByte(request.kind().ordinal());
            writeString(out, request.id());
            writeString(out, request.source());
            writeString(out, request.title());
            writeString(out, request.url());
            writeString(out, request.publishedAt());
            out.writeLong(request.publishedAtMillis());
            out.writeLong(request.draftVersion());
            out.writeInt(request.paragraphFingerprints().size());
            for (long fingerprint : request.paragraphFingerprints()) {
                out.writeLong(fingerprint);
            }
            out.writeInt(request.paragraphWords().size());
            for (int words : request.paragraphWords()) {
                out.writeInt(words);
            }
        }

        @Override
        protected FeedRequest read(DataInputStream in) throws IOException {
            FeedRequest.Kind kind = FeedRequest.Kind.values()[in.readByte()];
            String id = readString(in);
            String source = readString(in);
            String title = readString(in);
            String url = readString(in);
            String publishedAt = readString(in);
            long publishedAtMillis = in.readLong();
            long draftVersion = in.readLong();
            int fingerprintCount = in.readInt();
            List<Long> fingerprints = new ArrayList<>(fingerprintCount);
            for (int i = 0; i < fingerprintCount; i++) {
                fingerprints.add(in.readLong());
            }
            int wordCount = in.readInt();
            List<Integer> words = new ArrayList<>(wordCount);
            for (int i = 0; i < wordCount; i++) {
                words.add(in.readInt());
            }
            return new FeedRequest(kind, id, source, title, url, publishedAt, publishedAtMillis, draftVersion,
                    fingerprints, words);
        }
    };

    public static final BinaryCodec<FeedReply> FEED_REPLY = new BinaryCodec<>(FeedReply.class) {
        @Override
        protected void write(FeedReply reply, DataOutputStream out) throws IOException {
            writeString(out, reply.id());
            writeString(out, reply.source());
            out.writeLong(reply.version());
            out.writeBoolean(reply.answersDraft());
            out.writeInt(reply.stripParagraphs().size());
            for (int paragraph : reply.stripParagraphs()) {
                out.writeInt(paragraph);
            }
            writeLink(out, reply.previous());
            writeLink(out, reply.next());
        }

        @Override
        protected FeedReply read(DataInputStream in) throws IOException {
            String id = readString(in);
            String source = readString(in);
            long version = in.readLong();
            boolean answersDraft = in.readBoolean();
            int count = in.readInt();
            List<Integer> strip = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                strip.add(in.readInt());
            }
            return new FeedReply(id, source, version, answersDraft, strip, readLink(in), readLink(in));
        }
    };

    public static final BinaryCodec<FeedEntry> FEED_ENTRY = new BinaryCodec<>(FeedEntry.class) {
        @Override
        protected void write(FeedEntry entry, DataOutputStream out) throws IOException {
            writeString(out, entry.source());
            writeString(out, entry.id());
            writeString(out, entry.title());
            writeString(out, entry.url());
            writeString(out, entry.publishedAt());
            out.writeLong(entry.publishedAtMillis());
            out.writeLong(entry.version());
        }

        @Override
        protected FeedEntry read(DataInputStream in) throws IOException {
            return new FeedEntry(readString(in), readString(in), readString(in), readString(in), readString(in),
                    in.readLong(), in.readLong());
        }
    };

    public static final BinaryCodec<LineHistory> LINE_HISTORY = new BinaryCodec<>(LineHistory.class) {
        @Override
        protected void write(LineHistory history, DataOutputStream out) throws IOException {
            writeStrings(out, history.articleIds());
            out.writeLong(history.firstSeenMillis());
            out.writeLong(history.lastSeenMillis());
        }

        @Override
        protected LineHistory read(DataInputStream in) throws IOException {
            return new LineHistory(readStrings(in), in.readLong(), in.readLong());
        }
    };

    /**
     * What waits for a gathered revision. The version before stored a bare timestamp (a big-endian long, eight bytes
     * whose first is zero for any time before the year 2540); that still reads, as news without links.
     */
    public static final BinaryCodec<WaitingNews> WAITING_NEWS = new BinaryCodec<>() {
        @Override
        protected void write(WaitingNews news, DataOutputStream out) throws IOException {
            out.writeLong(news.timestamp());
            out.writeBoolean(news.feedLinks() != null);
            if (news.feedLinks() != null) {
                FEED_REPLY.write(news.feedLinks(), out);
            }
        }

        @Override
        protected WaitingNews read(DataInputStream in) throws IOException {
            long timestamp = in.readLong();
            return new WaitingNews(timestamp, in.readBoolean() ? FEED_REPLY.read(in) : null);
        }

        @Override
        public WaitingNews fromBytes(byte[] bytes) {
            if (bytes.length == Long.BYTES && bytes[0] == 0) {
                return new WaitingNews(ByteBuffer.wrap(bytes).getLong(), null);
            }
            return super.fromBytes(bytes);
        }
    };

    // ---- parts -------------------------------------------------------------------------------------------------

    private static void writeStamp(DataOutputStream out, VersionStamp stamp) throws IOException {
        out.writeBoolean(stamp != null);
        if (stamp != null) {
            out.writeInt(stamp.partition());
            out.writeLong(stamp.offset());
            out.writeLong(stamp.timestamp());
        }
    }

    private static VersionStamp readStamp(DataInputStream in) throws IOException {
        return in.readBoolean() ? new VersionStamp(in.readInt(), in.readLong(), in.readLong()) : null;
    }

    private static void writeDraft(DataOutputStream out, ArticleDraft draft) throws IOException {
        out.writeBoolean(draft != null);
        if (draft != null) {
            writeMeta(out, draft.meta());
            BinaryCodec.writeStrings(out, draft.paragraphs());
        }
    }

    private static ArticleDraft readDraft(DataInputStream in) throws IOException {
        return in.readBoolean() ? new ArticleDraft(readMeta(in), BinaryCodec.readStrings(in)) : null;
    }

    private static void writeMeta(DataOutputStream out, ArticleMeta meta) throws IOException {
        out.writeBoolean(meta != null);
        if (meta == null) {
            return;
        }
        BinaryCodec.writeString(out, meta.id());
        BinaryCodec.writeString(out, meta.source());
        BinaryCodec.writeString(out, meta.url());
        BinaryCodec.writeString(out, meta.title());
        BinaryCodec.writeString(out, meta.publishedAt());
        out.writeLong(meta.publishedAtMillis());
        BinaryCodec.writeString(out, meta.language());
        BinaryCodec.writeString(out, meta.section());
        BinaryCodec.writeStrings(out, meta.authors());
        BinaryCodec.writeStrings(out, meta.tags());
        BinaryCodec.writeString(out, meta.updatedAt());
        BinaryCodec.writeNullableLong(out, meta.updatedAtMillis());
    }

    private static ArticleMeta readMeta(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new ArticleMeta(BinaryCodec.readString(in), BinaryCodec.readString(in), BinaryCodec.readString(in),
                BinaryCodec.readString(in), BinaryCodec.readString(in), in.readLong(), BinaryCodec.readString(in),
                BinaryCodec.readString(in), BinaryCodec.readStrings(in), BinaryCodec.readStrings(in),
                BinaryCodec.readString(in), BinaryCodec.readNullableLong(in));
    }

    private static void writeEnriched(DataOutputStream out, EnrichedArticle article) throws IOException {
        out.writeBoolean(article != null);
        if (article == null) {
            return;
        }
        BinaryCodec.writeString(out, article.id());
        BinaryCodec.writeString(out, article.source());
        BinaryCodec.writeString(out, article.url());
        BinaryCodec.writeString(out, article.title());
        BinaryCodec.writeString(out, article.publishedAt());
        BinaryCodec.writeString(out, article.language());
        BinaryCodec.writeString(out, article.section());
        BinaryCodec.writeStrings(out, article.authors());
        BinaryCodec.writeStrings(out, article.tags());
        BinaryCodec.writeString(out, article.text());
        BinaryCodec.writeString(out, article.summary());
        BinaryCodec.writeStrings(out, article.summarySentences());
        BinaryCodec.writeStrings(out, article.keywords());
        out.writeInt(article.wordCount());
        out.writeInt(article.readingTimeMinutes());
        BinaryCodec.writeString(out, article.contentHash());
        writeNeighbors(out, article.neighbors());
        BinaryCodec.writeString(out, article.duplicateOf());
        out.writeInt(article.schemaVersion());
        out.writeLong(article.revision());
        BinaryCodec.writeString(out, article.processedAt());
    }

    private static EnrichedArticle readEnriched(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new EnrichedArticle(BinaryCodec.readString(in), BinaryCodec.readString(in), BinaryCodec.readString(in),
                BinaryCodec.readString(in), BinaryCodec.readString(in), BinaryCodec.readString(in),
                BinaryCodec.readString(in), BinaryCodec.readStrings(in), BinaryCodec.readStrings(in),
                BinaryCodec.readString(in), BinaryCodec.readString(in), BinaryCodec.readStrings(in),
                BinaryCodec.readStrings(in), in.readInt(), in.readInt(), BinaryCodec.readString(in), readNeighbors(in),
                BinaryCodec.readString(in), in.readInt(), in.readLong(), BinaryCodec.readString(in));
    }

    private static void writeNeighbors(DataOutputStream out, Neighbors neighbors) throws IOException {
        out.writeBoolean(neighbors != null);
        if (neighbors == null) {
            return;
        }
        writeLink(out, neighbors.previous());
        writeLink(out, neighbors.next());
        out.writeInt(neighbors.related().size());
        for (RelatedLink link : neighbors.related()) {
            BinaryCodec.writeString(out, link.id());
            BinaryCodec.writeString(out, link.title());
            BinaryCodec.writeString(out, link.url());
            BinaryCodec.writeString(out, link.publishedAt());
            BinaryCodec.writeString(out, link.source());
            out.writeDouble(link.score());
        }
    }

    private static Neighbors readNeighbors(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        Link previous = readLink(in);
        Link next = readLink(in);
        int count = in.readInt();
        List<RelatedLink> related = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            related.add(new RelatedLink(BinaryCodec.readString(in), BinaryCodec.readString(in),
                    BinaryCodec.readString(in), BinaryCodec.readString(in), BinaryCodec.readString(in), in.readDouble()));
        }
        return new Neighbors(previous, next, related);
    }

    private static void writeLink(DataOutputStream out, Link link) throws IOException {
        out.writeBoolean(link != null);
        if (link != null) {
            BinaryCodec.writeString(out, link.id());
            BinaryCodec.writeString(out, link.title());
            BinaryCodec.writeString(out, link.url());
            BinaryCodec.writeString(out, link.publishedAt());
        }
    }

    private static Link readLink(DataInputStream in) throws IOException {
        return in.readBoolean() ? new Link(BinaryCodec.readString(in), BinaryCodec.readString(in),
                BinaryCodec.readString(in), BinaryCodec.readString(in)) : null;
    }

    private static int textLength(ArticleDraft draft) {
        if (draft == null) {
            return 0;
        }
        int length = 0;
        for (String paragraph : draft.paragraphs()) {
            length += paragraph.length() + 4;
        }
        return length;
    }

    private static int textLength(EnrichedArticle article) {
        if (article == null) {
            return 0;
        }
        return (article.text() == null ? 0 : article.text().length())
                + (article.summary() == null ? 0 : 2 * article.summary().length());
    }
}
