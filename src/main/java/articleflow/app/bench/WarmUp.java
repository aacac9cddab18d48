package articleflow.app.bench;

/**
 * When the pipeline's warm-up is enough. The JIT compiles a run's hot code while the run goes on, and on two cores
 * the C2 compiler takes most of a core for minutes: in a bench of 5,000 articles, the first measured run after one
 * warm-up still spent 45 % of the job's CPU compiling, the next two runs 25 % and 10 %, and the rate rose with each
 * (190, 201, 229 articles/s).
 * A job running for hours pays that once; the bench warms up again until compiling is a small share of the
 * warm-up's CPU, within a bound on rounds and time.
 */
final class WarmUp {

    /** Compiling below this share of the job's CPU: the code is as compiled as a long-running job's, near enough. */
    static final double SETTLED_JIT_SHARE = 0.10;
    static final int MAX_ROUNDS = 3;
    /** No further round once the pipeline's warm-ups took this long: the default bench stays under 10 minutes. */
    static final double MAX_SECONDS = 240;

    private WarmUp() {
    }

    /**
     * @param last          the warm-up just run
     * @param rounds        warm-ups of the pipeline run so far
     * @param secondsSoFar  their time together
     */
    static boolean another(RunResult last, int rounds, double secondsSoFar) {
        return rounds < MAX_ROUNDS && secondsSoFar < MAX_SECONDS && jitShare(last) > SETTLED_JIT_SHARE;
    }

    /** The share of the run's job CPU the JIT spent compiling; 0 where the JVM does not tell. */
    static double jitShare(RunResult run) {
        double share = run.jitSeconds() / run.jobCpuSeconds();
        return Double.isNaN(share) || Double.isInfinite(share) ? 0 : share;
    }
}
