package articleflow.related;

import java.time.Instant;

/**
 * Short articles written for these tests (fictional places and people): three outlets' independent reports of
 * each of three stories, and a story from the same town as the first as a near miss.
 */
final class NewsFixtures {

    static final long T0 = Instant.parse("2024-05-01T08:00:00Z").toEpochMilli();
    static final long MINUTE = 60_000L;

    static final String BRIDGE_1 = """
            The Porthaven harbour bridge will close for six weeks from Monday while engineers replace its corroded \
            suspension cables, the city council announced. Ferries across the estuary will run every ten minutes. \
            Council engineer Marta Kowalczyk said the cables had rusted faster than expected in the salt air.""";
    static final String BRIDGE_2 = """
            Drivers face long detours after Porthaven council confirmed the harbour bridge shuts on Monday for \
            six weeks. Engineers must replace suspension cables weakened by corrosion, according to Marta \
            Kowalczyk, the engineer in charge. Extra ferries will cross the estuary during the closure.""";
    static final String BRIDGE_3 = """
            Corroded cables force the closure of the Porthaven harbour bridge for six weeks. Marta Kowalczyk, who \
            leads the council's engineers, warned the suspension cables could not wait until winter. The estuary \
            ferry timetable doubles from Monday.""";

    static final String COACH_1 = """
            Porthaven Rovers have appointed Ingrid Solberg as head coach on a three-year contract, the football \
            club said on Friday. Solberg, who won the northern league twice with Valdmark, replaces the sacked \
            Dennis Hooper after a run of seven defeats.""";
    static final String COACH_2 = """
            Ingrid Solberg is the new head coach of Porthaven Rovers. The former Valdmark manager signed a \
            three-year deal and takes charge of her first match on Saturday, weeks after Dennis Hooper was dismissed \
            following seven straight defeats.""";
    static final String COACH_3 = """
            Rovers turn to Solberg. The football club confirmed Ingrid Solberg, twice a northern league champion \
            with Valdmark, as head coach. Dennis Hooper left last month after seven defeats in a row left Porthaven \
            Rovers near the bottom of the table.""";

    static final String VOLCANO_1 = """
            Mount Tarrow on the island of Keldara erupted before dawn on Wednesday, sending an ash column eight \
            kilometres into the sky. Authorities evacuated two villages on the volcano's eastern slope, and flights \
            to Keldara airport were cancelled.""";
    static final String VOLCANO_2 = """
            Ash from Mount Tarrow grounded all flights to Keldara after the volcano erupted early on Wednesday. \
            Hundreds of residents of the eastern villages were evacuated by bus as the ash column rose eight \
            kilometres, island officials said.""";
    static final String VOLCANO_3 = """
            Keldara's Mount Tarrow volcano erupted on Wednesday for the first time in forty years. Evacuation \
            buses took villagers from the eastern slope to the island capital, and the airport closed as ash \
            drifted over the runway.""";

    static final String VOLCANO_4 = """
            Villagers on Keldara watched from evacuation buses as Mount Tarrow threw ash high above the island on             Wednesday. The eruption closed the airport, and volcanologists expect the ash to keep falling on the             eastern slope for several days.""";

    static final String FERRY_STRIKE = """
            Ferry crews in Porthaven will strike on Thursday over pay, the seafarers' union said. The union's \
            regional secretary Olav Brandt said talks with the ferry operator had broken down after nine months \
            without an offer.""";

    private NewsFixtures() {
    }

    static ArticleInput article(String id, String title, String text, int minute) {
        return article(id, 1, title, text, minute);
    }

    static ArticleInput article(String id, long version, String title, String text, int minute) {
        long at = T0 + minute * MINUTE;
        return new ArticleInput(id, version, "en", title, "https://news.example/" + id, "example-news",
                Instant.ofEpochMilli(at).toString(), at, text);
    }

    /** All ten articles, a minute apart: three stories of three reports each and the ferry strike. */
    static java.util.List<ArticleInput> all() {
        return java.util.List.of(
                article("bridge-1", "Porthaven harbour bridge to close for cable repairs", BRIDGE_1, 0),
                article("coach-1", "Rovers appoint Ingrid Solberg as head coach", COACH_1, 1),
                article("volcano-1", "Mount Tarrow erupts on Keldara", VOLCANO_1, 2),
                article("bridge-2", "Harbour bridge shuts on Monday", BRIDGE_2, 3),
                article("ferry-strike", "Porthaven ferry crews to strike", FERRY_STRIKE, 4),
                article("coach-2", "Solberg takes charge at Porthaven Rovers", COACH_2, 5),
                article("volcano-2", "Flights grounded as Tarrow erupts", VOLCANO_2, 6),
                article("bridge-3", "Six-week closure for Porthaven bridge", BRIDGE_3, 7),
                article("coach-3", "Rovers turn to Solberg", COACH_3, 8),
                article("volcano-3", "Keldara volcano erupts after forty years", VOLCANO_3, 9));
    }

    static String storyOf(String id) {
        return id.substring(0, id.indexOf('-')).equals("ferry") ? "ferry" : id.substring(0, id.lastIndexOf('-'));
    }
}
