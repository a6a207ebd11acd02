package org.dossier.clean;

import org.dossier.ingest.Seed;
import org.dossier.report.Removals;

import java.util.List;

/** A seed after cleaning: its blocks in order, what the seed says about itself, and everything removed. */
public record CleanedSeed(Seed seed, Evidence evidence, List<Block> blocks, Removals removals) {
    public CleanedSeed {
        blocks = List.copyOf(blocks);
    }
}
