package articleflow.topology.wire;

import articleflow.related.ArticleLink;
import articleflow.related.ArticleMessage;
import articleflow.related.BucketMember;
import articleflow.related.BucketMessage;
import articleflow.related.BucketState;
import articleflow.related.Candidate;
import articleflow.related.IndexedTerms;
import articleflow.related.MinHashSignature;
import articleflow.related.RelatedEntry;
import articleflow.related.RelatedState;
import articleflow.related.TermProfile;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The binary encodings of the related stage's messages and state. */
public final class RelatedCodecs {

    private RelatedCodecs() {
    }

    /** A profile term on the wire: its id (a long) and its weight (a float). */
    private static final int PROFILE_TERM_BYTES = Long.BYTES + Float.BYTES;

    /** Kinds 0 and 1 name one bucket, as written before messages were grouped by partition; 2 and 3 a list. */
    public static final BinaryCodec<BucketMessage> BUCKET_MESSAGE = new BinaryCodec<>() {
        @Override
        protected void write(BucketMessage message, DataOutputStream out) throws IOException {
            if (message instanceof BucketMessage.Insert insert) {
                out.writeByte(2);
                writeStrings(out, insert.bucketKeys());
                writeMember(out, insert.member());
            } else {
                BucketMessage.Removal removal = (BucketMessage.Removal) message;
                out.writeByte(3);
                writeStrings(out, removal.bucketKeys());
                writeString(out, removal.id());
                out.writeLong(removal.version());
            }
        }

        @Override
        protected BucketMessage read(DataInputStream in) throws IOException {
            byte kind = in.readByte();
            List<String> keys = switch (kind) {
                case 0, 1 -> List.of(readString(in));
                case 2, 3 -> readStrings(in);
                default -> throw new IOException("unknown bucket message kind " + kind);
            };
            if (keys == null || keys.isEmpty()) {
                throw new IOException("a bucket message names no bucket");
            }
            return kind == 0 || kind == 2 ? new BucketMessage.Insert(keys, readMember(in))
                    : new BucketMessage.Removal(keys, readString(in), in.readLong());
        }
    };

    /**
     * Kind 0 is one pair score, as written before a newcomer's pairs were grouped; 1 a retraction; 2 pair scores;
     * 3 pair scores for several articles of one partition.
     */
    public static final BinaryCodec<ArticleMessage> ARTICLE_MESSAGE = new BinaryCodec<>() {
        @Override
        protected void write(ArticleMessage message, DataOutputStream out) throws IOException {
            if (message instanceof ArticleMessage.PairScores pairs) {
                out.writeByte(2);
                writePairScores(out, pairs);
            } else if (message instanceof ArticleMessage.PairBatch batch) {
                out.writeByte(3);
                out.writeInt(batch.pairs().size());
                for (ArticleMessage.PairScores pairs : batch.pairs()) {
                    writePairScores(out, pairs);
                }
            } else {
                ArticleMessage.Retraction retraction = (ArticleMessage.Retraction) message;
                out.writeByte(1);
                writeString(out, retraction.targetId());
                writeString(out, retraction.retractedId());
                out.writeLong(retraction.version());
            }
        }

        @Override
        protected ArticleMessage read(DataInputStream in) throws IOException {
            byte kind = in.readByte();
            switch (kind) {
                case 0:
                    return new ArticleMessage.PairScores(readString(in), in.readLong(), readCandidate(in),
                            in.readDouble(), in.readDouble());
                case 1:
                    return new ArticleMessage.Retraction(readString(in), readString(in), in.readLong());
                case 2:
                    return readPairScores(in);
                case 3:
                    return readPairBatch(in);
                default:
                    throw new IOException("unknown article message kind " + kind);
            }
        }
    };

    private static void writePairScores(DataOutputStream out, ArticleMessage.PairScores pairs) throws IOException {
        BinaryCodec.writeString(out, pairs.targetId());
        out.writeLong(pairs.targetVersion());
        out.writeInt(pairs.scores().size());
        for (ArticleMessage.Score pair : pairs.scores()) {
            writeCandidate(out, pair.candidate());
            out.writeDouble(pair.score());
            out.writeDouble(pair.resemblance());
        }
    }

    private static ArticleMessage.PairBatch readPairBatch(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 2 || count > ArticleMessage.PairScores.MAX_SCORES) {
            throw new IOException("a pair batch claims " + count + " messages");
        }
        List<ArticleMessage.PairScores> pairs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pairs.add(readPairScores(in));
        }
        try {
            return new ArticleMessage.PairBatch(pairs);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static ArticleMessage.PairScores readPairScores(DataInputStream in) throws IOException {
        String targetId = BinaryCodec.readString(in);
        long targetVersion = in.readLong();
        int count = in.readInt();
        if (count < 1 || count > ArticleMessage.PairScores.MAX_SCORES) {
            throw new IOException("pair scores claim " + count + " pairs");
        }
        List<ArticleMessage.Score> scores = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            scores.add(new ArticleMessage.Score(readCandidate(in), in.readDouble(), in.readDouble()));
        }
        return new ArticleMessage.PairScores(targetId, targetVersion, scores);
    }

    public static final BinaryCodec<BucketMember> BUCKET_MEMBER = new BinaryCodec<>() {
        @Override
        protected void write(BucketMember member, DataOutputStream out) throws IOException {
            writeMember(out, member);
        }

        @Override
        protected BucketMember read(DataInputStream in) throws IOException {
            return readMember(in);
        }
    };

    public static final BinaryCodec<BucketState> BUCKET_STATE = new BinaryCodec<>() {
        @Override
        protected void write(BucketState state, DataOutputStream out) throws IOException {
            out.writeLong(state.newestPublishedMillis());
            out.writeLong(state.saturatedThroughMillis());
        }

        @Override
        protected BucketState read(DataInputStream in) throws IOException {
            return new BucketState(in.readLong(), in.readLong());
        }
    };

    public static final BinaryCodec<IndexedTerms> INDEXED_TERMS = new BinaryCodec<>() {
        @Override
        protected void write(IndexedTerms terms, DataOutputStream out) throws IOException {
            writeString(out, terms.id());
            out.writeLong(terms.version());
            writeString(out, terms.language());
            out.writeLong(terms.publishedAtMillis());
            out.writeInt(terms.terms().length);
            ByteBuffer ids = ByteBuffer.allocate(terms.terms().length * Long.BYTES);
            ids.asLongBuffer().put(terms.terms());
            out.write(ids.array());
            out.writeLong(terms.documents());
            out.writeInt(terms.frequencies().length);
            ByteBuffer frequencies = ByteBuffer.allocate(terms.frequencies().length * Integer.BYTES);
            frequencies.asIntBuffer().put(terms.frequencies());
            out.write(frequencies.array());
        }

        @Override
        protected IndexedTerms read(DataInputStream in) throws IOException {
            String id = readString(in);
            long version = in.readLong();
            String language = readString(in);
            long published = in.readLong();
            long[] terms = new long[arrayLength(in, Long.BYTES)];
            ByteBuffer.wrap(readBytes(in, terms.length * Long.BYTES)).asLongBuffer().get(terms);
            if (in.available() == 0) {
                // written before the snapshot of document frequencies was kept: counted, without a snapshot
                return new IndexedTerms(id, version, language, published, terms);
            }
            long documents = in.readLong();
            int[] frequencies = new int[arrayLength(in, Integer.BYTES)];
            ByteBuffer.wrap(readBytes(in, frequencies.length * Integer.BYTES)).asIntBuffer().get(frequencies);
            return new IndexedTerms(id, version, language, published, terms, documents, frequencies);
        }
    };

    public static final BinaryCodec<RelatedState> RELATED_STATE = new BinaryCodec<>() {
        @Override
        protected void write(RelatedState state, DataOutputStream out) throws IOException {
            writeString(out, state.id());
            out.writeLong(state.version());
            out.writeBoolean(state.withdrawn());
            writeString(out, state.language());
            out.writeLong(state.publishedAtMillis());
            writeSignature(out, state.signature());
            writeStrings(out, state.bucketKeys());
            writeStrings(out, state.keywords());
            out.writeInt(state.entries().size());
            for (RelatedEntry entry : state.entries()) {
                writeCandidate(out, entry.candidate());
                out.writeDouble(entry.score());
            }
            out.writeInt(state.duplicates().size());
            for (Candidate duplicate : state.duplicates()) {
                writeCandidate(out, duplicate);
            }
            Map<String, Long> fences = state.fences();
            out.writeInt(fences.size());
            for (Map.Entry<String, Long> fence : state.orderedFences().entrySet()) {
                writeString(out, fence.getKey());
                out.writeLong(fence.getValue());
            }
            out.writeInt(state.partners().size());
            for (Map.Entry<String, RelatedState.Partner> partner : state.orderedPartners().entrySet()) {
                writeString(out, partner.getKey());
                out.writeLong(partner.getValue().version());
                out.writeDouble(partner.getValue().score());
            }
        }

        @Override
        protected RelatedState read(DataInputStream in) throws IOException {
            String id = readString(in);
            long version = in.readLong();
            boolean withdrawn = in.readBoolean();
            String language = readString(in);
            long published = in.readLong();
            MinHashSignature signature = readSignature(in);
            List<String> bucketKeys = readStrings(in);
            List<String> keywords = readStrings(in);
            int entryCount = in.readInt();
            List<RelatedEntry> entries = new ArrayList<>(entryCount);
            for (int i = 0; i < entryCount; i++) {
                entries.add(new RelatedEntry(readCandidate(in), in.readDouble()));
            }
            int duplicateCount = in.readInt();
            List<Candidate> duplicates = new ArrayList<>(duplicateCount);
            for (int i = 0; i < duplicateCount; i++) {
                duplicates.add(readCandidate(in));
            }
            int fenceCount = in.readInt();
            Map<String, Long> fences = new LinkedHashMap<>();
            for (int i = 0; i < fenceCount; i++) {
                fences.put(readString(in), in.readLong());
            }
            int partnerCount = in.readInt();
            Map<String, RelatedState.Partner> partners = new LinkedHashMap<>();
            for (int i = 0; i < partnerCount; i++) {
                partners.put(readString(in), new RelatedState.Partner(in.readLong(), in.readDouble()));
            }
            return new RelatedState(id, version, withdrawn, language, published, signature, bucketKeys, keywords,
                    entries, duplicates, fences, partners);
        }
    };

    /** An array's length as written before it, checked against what the record still holds. */
    private static int arrayLength(DataInputStream in, int bytesEach) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available() / bytesEach) {
            throw new IOException("an array of " + length + " in a record of " + in.available() + " bytes left");
        }
        return length;
    }

    private static byte[] readBytes(DataInputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    private static void writeMember(DataOutputStream out, BucketMember member) throws IOException {
        writeLink(out, member.link());
        out.writeLong(member.version());
        out.writeLong(member.publishedAtMillis());
        TermProfile profile = member.profile();
        out.writeInt(profile.size());
        // each term and its weight, big-endian as the data stream writes them, laid out in one go: a profile is
        // most of a member's bytes, and the stream writes a number a byte at a time
        ByteBuffer terms = ByteBuffer.allocate(profile.size() * PROFILE_TERM_BYTES);
        for (int i = 0; i < profile.size(); i++) {
            terms.putLong(profile.terms()[i]).putFloat(profile.weights()[i]);
        }
        out.write(terms.array());
        writeSignature(out, member.signature());
    }

    private static BucketMember readMember(DataInputStream in) throws IOException {
        ArticleLink link = readLink(in);
        long version = in.readLong();
        long published = in.readLong();
        int size = arrayLength(in, PROFILE_TERM_BYTES);
        ByteBuffer read = ByteBuffer.wrap(readBytes(in, size * PROFILE_TERM_BYTES));
        long[] terms = new long[size];
        float[] weights = new float[size];
        for (int i = 0; i < size; i++) {
            terms[i] = read.getLong();
            weights[i] = read.getFloat();
        }
        return new BucketMember(link, version, published, size == 0 ? TermProfile.EMPTY : new TermProfile(terms, weights),
                readSignature(in));
    }

    private static void writeCandidate(DataOutputStream out, Candidate candidate) throws IOException {
        writeLink(out, candidate.link());
        out.writeLong(candidate.version());
        out.writeLong(candidate.publishedAtMillis());
        writeSignature(out, candidate.signature());
    }

    private static Candidate readCandidate(DataInputStream in) throws IOException {
        return new Candidate(readLink(in), in.readLong(), in.readLong(), readSignature(in));
    }

    private static void writeLink(DataOutputStream out, ArticleLink link) throws IOException {
        BinaryCodec.writeString(out, link.id());
        BinaryCodec.writeString(out, link.title());
        BinaryCodec.writeString(out, link.url());
        BinaryCodec.writeString(out, link.publishedAt());
        BinaryCodec.writeString(out, link.source());
    }

    private static ArticleLink readLink(DataInputStream in) throws IOException {
        return new ArticleLink(BinaryCodec.readString(in), BinaryCodec.readString(in), BinaryCodec.readString(in),
                BinaryCodec.readString(in), BinaryCodec.readString(in));
    }

    private static void writeSignature(DataOutputStream out, MinHashSignature signature) throws IOException {
        short[] values = signature.values();
        out.writeByte(values.length);
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Short.BYTES);
        bytes.asShortBuffer().put(values);
        out.write(bytes.array());
    }

    private static MinHashSignature readSignature(DataInputStream in) throws IOException {
        int length = in.readUnsignedByte();
        if (length == 0) {
            return MinHashSignature.NONE;
        }
        short[] values = new short[length];
        ByteBuffer.wrap(readBytes(in, length * Short.BYTES)).asShortBuffer().get(values);
        return new MinHashSignature(values);
    }
}
