package articleflow.related.quality;

import articleflow.analysis.TextAnalyzer;
import articleflow.related.ArticleInput;
import articleflow.related.MinHashSignature;
import articleflow.related.RelatedSettings;
import articleflow.related.RelatedView;
import articleflow.related.StreamingSimulator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The near-duplicate check on articles written for it (fictional towns and events, no copied text): each
 * original yields generated copies, a light edit, other furniture lines, two cut endings and an edit with other
 * furniture, which should be found as near-duplicates of it; every pair of texts from different originals, among
 * them two outlets' independent reports of the same event and articles on the same topic, should not be.
 */
public final class DuplicateSelfTest {

    /** Pair precision and recall, and what the streaming path marked as {@code duplicate_of}. */
    public record Result(int originals, int variants, int positives, int negatives, double precision, double recall,
                         double lowestPositive, double highestNegative, int copies, int copiesNamingOriginal,
                         int originalsMarked) {
    }

    static final List<String[]> ORIGINALS = List.of(
            new String[] {"tram-approved", "Riverton council approves northern tram extension", """
                Riverton's city council voted nine to four on Tuesday night to extend the northern tram line by \
                six kilometres, linking the Millbrook estate to the central station for the first time.
                The extension will add seven stops and is expected to cost 212 million euros, two thirds of it \
                from the regional transport fund. Construction should begin next spring and take three years.
                Councillor Hanna Vogt, who chairs the transport committee, said the estate had waited four decades \
                for a reliable connection. "People in Millbrook spend an hour on two buses to reach the hospital," \
                she said. "This line cuts that to eighteen minutes."
                Opponents argued that the money would be better spent on electric buses, which could run within \
                a year. Shop owners on Linden Avenue also fear months of roadworks outside their doors.
                The council promised a compensation scheme for businesses along the route and a public \
                consultation on the design of the stops in the autumn."""},
            new String[] {"tram-rewrite", "Millbrook finally gets its tram after council vote", """
                After forty years of campaigning, residents of the Millbrook estate will get a tram. A divided \
                Riverton council backed the plan late on Tuesday by a margin of five votes.
                Under the scheme, trams will run every eight minutes from a new terminus beside the community \
                centre to the main railway station, with stops at the hospital and the university campus.
                The regional transport fund will pay most of the bill, put at just over two hundred million \
                euros. Work is due to start next year.
                Local campaigner Amir Sadeghi, who collected thirty thousand signatures for the line, watched the \
                vote from the public gallery. "My mother never saw this day," he told reporters afterwards.
                Critics on the council called the project a vanity scheme and said buses would have been \
                cheaper and faster to deliver. Traders on Linden Avenue want guarantees before the diggers arrive."""},
            new String[] {"tram-depot-fire", "Fire at Riverton tram depot halts services", """
                All tram services in Riverton were suspended on Sunday morning after a fire broke out in the \
                maintenance hall of the Eastgate depot shortly before dawn.
                Firefighters brought the blaze under control within two hours. Nobody was injured, but three \
                trams parked inside the hall were badly damaged and the overhead power supply was cut.
                The transport operator said replacement buses would run on every route until at least \
                Wednesday, and warned passengers to expect longer journeys during the morning rush.
                Investigators are examining a battery charging unit that was installed last month. A spokesman \
                for the operator said it was too early to say whether the unit was to blame.
                The depot fire is the second incident at Eastgate this year; in March a tram left the rails at \
                low speed while being moved between tracks."""},
            new String[] {"eastmere-flood", "Storm surge floods coastal village of Eastmere", """
                More than eighty homes in the coastal village of Eastmere were flooded overnight when a storm \
                surge pushed sea water over the harbour wall at high tide.
                Coastguard teams used inflatable boats to reach elderly residents trapped on the upper floors of \
                cottages along Quay Street. The village school has been opened as an emergency shelter.
                Winds of up to 120 kilometres an hour were recorded at the lighthouse, and the only road into the \
                village was closed after part of the embankment collapsed.
                The district council said it would inspect every flooded property once the water receded and \
                offered emergency grants of five hundred euros to affected households.
                Residents said the harbour wall had been reported as weak for years. "We told them again and again," \
                said fisherman Tomas Brenner, whose ground floor was under a metre of water."""},
            new String[] {"eastmere-wall", "Repairs to Eastmere sea wall begin", """
                Engineers began work on Monday to rebuild a three hundred metre section of the sea wall that \
                protects the harbour of Eastmere, after months of delays over funding.
                The project will raise the wall by eighty centimetres and replace the old stone facing with \
                interlocking concrete blocks designed to absorb the force of the waves.
                The national coastal agency is paying for the work, which is expected to cost nine million euros \
                and last until the end of next summer. The harbour will stay open to fishing boats throughout.
                A temporary barrier of sandbags and steel panels will protect Quay Street while the old wall is \
                taken down in stages.
                Village residents welcomed the start of the work but asked for regular updates. The parish \
                meeting has invited the engineers to explain the timetable at the village hall next week."""},
            new String[] {"comet-fragment", "Hillcrest observatory spots comet fragment", """
                Astronomers at the Hillcrest observatory have photographed a small fragment breaking away from \
                a comet that is now passing between the orbits of Mars and Jupiter.
                The fragment, estimated to be a few hundred metres across, was first seen on images taken on \
                Thursday night and confirmed by two other observatories the following evening.
                Dr Leena Okafor, who leads the comet programme at Hillcrest, said the break-up was probably caused \
                by gas escaping from beneath the surface as the comet warmed on its approach to the Sun.
                The comet poses no danger to Earth. It will be visible through binoculars in the western sky after \
                sunset for the next two weeks, weather permitting.
                Amateur observers are asked to send their images to the observatory, which is collecting \
                measurements to track how quickly the fragment drifts away."""},
            new String[] {"telescope-restored", "Volunteers restore Hillcrest's century-old telescope", """
                A brass refracting telescope installed at the Hillcrest observatory in 1921 is working again \
                after a team of volunteers spent three years restoring it.
                The instrument had been out of use since the 1980s, when its clock drive failed and the dome \
                above it began to leak. Volunteers rebuilt the drive from the original drawings, found in the \
                university archive, and cleaned the lenses by hand.
                The observatory will hold public viewing evenings every Friday from next month, when visitors \
                will be able to look at the Moon and Saturn through the restored eyepiece.
                Retired engineer Paul Lindqvist, who led the project, said the hardest part was casting a \
                replacement gear wheel. "We had to learn a craft that nobody practises any more," he said.
                The restoration was paid for by donations and a grant from the town's heritage trust."""});

    private static final String[] FURNITURE_BEFORE = {"Advertisement", "Share this article on Facebook",
        "Listen to this article", "Updated 10 minutes ago"};
    private static final String[] FURNITURE_AFTER = {"Sign up for our morning briefing",
        "Read more: our coverage of the region", "Previous Article", "Comments are closed for this story"};
    private static final String[] EDIT_WORDS = {"also", "still", "now", "reportedly", "later", "again"};

    private DuplicateSelfTest() {
    }

    /** The originals and their copies, in publishing order: each original before its copies. */
    static List<String[]> corpus() {
        Random random = new Random(42);
        List<String[]> out = new ArrayList<>();
        for (String[] o : ORIGINALS) {
            String id = o[0];
            String text = o[2];
            out.add(new String[] {id, o[1], text, id});
            out.add(new String[] {id + "~edit", o[1], lightEdit(text, random), id});
            out.add(new String[] {id + "~furniture", o[1], withFurniture(text, random), id});
            out.add(new String[] {id + "~cut85", o[1], cut(text, 0.85), id});
            out.add(new String[] {id + "~cut65", o[1], cut(text, 0.65), id});
            out.add(new String[] {id + "~edit-furniture", o[1], withFurniture(lightEdit(text, random), random), id});
        }
        return out;
    }

    /** One word in about thirty inserted or replaced, and the last sentence reworded at its end. */
    static String lightEdit(String text, Random random) {
        String[] words = text.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            if (random.nextInt(30) == 0 && !words[i].contains("\n")) {
                out.append(EDIT_WORDS[random.nextInt(EDIT_WORDS.length)]);
                if (random.nextBoolean()) {
                    out.append(' ').append(words[i]);
                }
            } else {
                out.append(words[i]);
            }
        }
        return out.toString().replaceAll("\\.\\s*$", ", the report said.");
    }

    static String withFurniture(String text, Random random) {
        return FURNITURE_BEFORE[random.nextInt(FURNITURE_BEFORE.length)] + "\n" + text + "\n"
                + FURNITURE_AFTER[random.nextInt(FURNITURE_AFTER.length)] + "\n"
                + FURNITURE_AFTER[random.nextInt(FURNITURE_AFTER.length)];
    }

    /** The text cut after the sentence that passes {@code share} of its words. */
    static String cut(String text, double share) {
        String[] words = text.split("\\s+");
        int keep = (int) Math.ceil(words.length * share);
        int seen = 0;
        StringBuilder out = new StringBuilder();
        for (String sentence : text.split("(?<=[.!?\"])\\s+")) {
            out.append(sentence).append(' ');
            seen += sentence.split("\\s+").length;
            if (seen >= keep) {
                break;
            }
        }
        return out.toString().strip();
    }

    public static Result run(TextAnalyzer analyzer, RelatedSettings settings) {
        List<String[]> corpus = corpus();
        List<MinHashSignature> signatures = new ArrayList<>();
        List<Set<String>> bands = new ArrayList<>();
        for (String[] a : corpus) {
            MinHashSignature s = MinHashSignature.of(a[2]);
            signatures.add(s);
            bands.add(new HashSet<>(s.bandKeys("en", settings.bands())));
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int positives = 0;
        int negatives = 0;
        double lowestPositive = 1;
        double highestNegative = 0;
        for (int i = 0; i < corpus.size(); i++) {
            for (int j = i + 1; j < corpus.size(); j++) {
                boolean sameOriginal = corpus.get(i)[3].equals(corpus.get(j)[3]);
                boolean isOriginalPair = sameOriginal && corpus.get(i)[0].equals(corpus.get(i)[3]);
                if (sameOriginal && !isOriginalPair) {
                    continue; // copy against copy: both cut differently; not scored either way
                }
                Set<String> shared = new HashSet<>(bands.get(i));
                shared.retainAll(bands.get(j));
                double resemblance = signatures.get(i).resemblance(signatures.get(j));
                boolean found = !shared.isEmpty() && resemblance >= settings.duplicateResemblance();
                if (isOriginalPair) {
                    lowestPositive = Math.min(lowestPositive, resemblance);
                    positives++;
                    if (found) {
                        tp++;
                    } else {
                        fn++;
                    }
                } else {
                    highestNegative = Math.max(highestNegative, resemblance);
                    negatives++;
                    if (found) {
                        fp++;
                    }
                }
            }
        }
        StreamingSimulator simulator = new StreamingSimulator(3, settings,
                articleflow.related.PartitionDocumentFrequencies::new, analyzer, 7);
        long start = Instant.parse("2024-03-01T06:00:00Z").toEpochMilli();
        for (int i = 0; i < corpus.size(); i++) {
            String[] a = corpus.get(i);
            long at = start + i * 300_000L;
            simulator.publish(new ArticleInput(a[0], 1, "en", a[1], "https://example.org/" + a[0], "example",
                    Instant.ofEpochMilli(at).toString(), at, a[2]));
        }
        simulator.run();
        Map<String, RelatedView> views = simulator.views();
        int copies = 0;
        int naming = 0;
        int originalsMarked = 0;
        for (String[] a : corpus) {
            RelatedView v = views.get(a[0]);
            if (a[0].equals(a[3])) {
                if (v.duplicateOf() != null) {
                    originalsMarked++;
                }
            } else {
                copies++;
                if (a[3].equals(v.duplicateOf())) {
                    naming++;
                }
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = positives == 0 ? 1 : (double) tp / positives;
        return new Result(ORIGINALS.size(), corpus.size() - ORIGINALS.size(), positives, negatives, precision, recall,
                lowestPositive, highestNegative, copies, naming, originalsMarked);
    }
}
