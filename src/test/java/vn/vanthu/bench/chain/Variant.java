package vn.vanthu.bench.chain;

/** The ways the bench runs the chain, each timed in the same rounds as the others. */
enum Variant {
    REAL('a', "(a) real chain: renders, checks, signatures, sending", false, false),
    NO_RENDER('b', "(b) real chain, renders skipped", true, false),
    PEER('c', "(c) peer: same BPMNs, no-op delegates, no listeners", false, false),
    NO_SIGNING('d', "(d) real chain, signatures skipped", false, true),
    BARE('e', "(e) real chain, renders and signatures skipped", true, true);

    final char letter;
    final String label;
    final boolean skipRenders;
    final boolean skipSignatures;

    Variant(char letter, String label, boolean skipRenders, boolean skipSignatures) {
        this.letter = letter;
        this.label = label;
        this.skipRenders = skipRenders;
        this.skipSignatures = skipSignatures;
    }

    /** Walks one chain of this variant, its switches set on the bench's beans. */
    Walk.Result walk(SeedChain chain, Switches switches) {
        if (this == PEER) {
            return chain.peer();
        }
        switches.skip(skipRenders, skipSignatures);
        return chain.real();
    }
}
