package vn.vanthu.conformance;

import java.util.List;

/**
 * The title area of page 1: the công văn "V/v" block (ô 5b), or the type name and trích yếu with the rule
 * under them (ô 5a), the "Kính gửi" block (ô 9a), and the baseline after which the body starts.
 */
record Title(List<TextLine> vv, TextLine typeName, List<TextLine> trichYeu, HRule rule, List<TextLine> kinhGui,
        float end) {

    Title {
        vv = List.copyOf(vv);
        trichYeu = List.copyOf(trichYeu);
        kinhGui = List.copyOf(kinhGui);
    }

    TextLine widestTrichYeu() {
        return trichYeu.stream().max((a, b) -> Float.compare(a.width(), b.width())).orElse(null);
    }
}
