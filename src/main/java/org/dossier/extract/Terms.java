package org.dossier.extract;

import org.dossier.ingest.Chars;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words search matches: lower case, accents folded, letters and digits only, at least two characters, common
 * English function words left out. The browser folds queries the same way (assets/js/search.js).
 */
public final class Terms {
    private static final List<String> STOP = List.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from",
            "had", "has", "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their",
            "they", "this", "to", "was", "were", "which", "who", "will", "with", "you");
    private static final Set<String> STOP_SET = Set.copyOf(STOP);

    private Terms() {}

    /** Whether search leaves the word out: a common English function word, as folded. */
    public static boolean isStopWord(String word) {
        return STOP_SET.contains(word);
    }

    /**
     * Distinct terms of the texts, in first-seen order, separated by spaces (no word runs from one text into the next);
     * and into {@code fingerprint} the words of the texts from {@code fingerprintFrom} on, as {@link TextFingerprint}
     * reads them. The same pass over the characters serves both, as it is one of the costliest of a build (at 10,000
     * articles two passes took 1 s of CPU).
     */
    static String of(List<String> texts, int fingerprintFrom, TextFingerprint.Words fingerprint) {
        // An article has some 1,300 words but a few hundred distinct ones: each word is looked up by its characters,
        // and only a new one becomes part of the result. ASCII is lower-cased as it is read; only a word with other
        // letters goes through Unicode folding. Under C1 (see BoundedHeap) charAt and append are calls: arrays it is.
        int total = 0;
        for (String t : texts) total += t.length();
        Distinct terms = new Distinct(total);
        char[] chars = new char[256];
        char[] word = new char[64];
        for (int k = 0; k < texts.size(); k++) {
            String text = texts.get(k);
            int n = text.length();
            if (n > chars.length) chars = new char[Math.max(n, 2 * chars.length)];
            text.getChars(0, n, chars, 0);
            TextFingerprint.Words fp = k >= fingerprintFrom ? fingerprint : null;
            int length = 0;
            int hash = 0;
            boolean ascii = true;
            // the fingerprint's word: its hash so far, whether one is open, and the end of a link it took whole
            long fpHash = 0;
            boolean fpOpen = false;
            int fpSkip = 0;
            for (int i = 0; i <= n; i++) {
                char c = i < n ? chars[i] : ' ';
                boolean letterOrDigit = Chars.isLetterOrDigit(c);
                if (fp != null && i >= fpSkip) {
                    if (letterOrDigit) {
                        if (fpOpen) {
                            fpHash = TextFingerprint.fold(fpHash, c);
                        } else if (c == 'h' && TextFingerprint.isLink(text, i)) {
                            fpSkip = TextFingerprint.link(text, chars, i, n, fp);
                        } else {
                            fpHash = TextFingerprint.fold(TextFingerprint.WORD_START, c);
                            fpOpen = true;
                        }
                    } else if (fpOpen) {
                        fp.add(TextFingerprint.mix(fpHash));
                        fpOpen = false;
                    }
                }
                boolean part;
                if (c < 128) {
                    part = letterOrDigit;
                    if (part) c = Chars.toLowerCase(c);
                } else {
                    part = letterOrDigit || (Character.getType(c) == Character.NON_SPACING_MARK && length > 0);
                    if (part) ascii = false;
                }
                if (part) {
                    if (length == word.length) word = Arrays.copyOf(word, 2 * length);
                    word[length++] = c;
                    hash = 31 * hash + c;
                    continue;
                }
                if (length > 0) {
                    if (ascii) {
                        terms.add(word, length, hash);
                    } else {
                        char[] folded = Normalizer.normalize(new String(word, 0, length), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                                .toLowerCase(Locale.ROOT).toCharArray();
                        int h = 0;
                        for (char f : folded) h = 31 * h + f;
                        terms.add(folded, folded.length, h);
                    }
                    length = 0;
                    hash = 0;
                    ascii = true;
                }
            }
        }
        return terms.toString();
    }

    /**
     * The terms so far, written one after another into one array, and an open-addressing table of where each starts.
     * The stop words are written first, before the result begins, so that they count as seen and are never added.
     */
    private static final class Distinct {
        private char[] text;
        private int end;
        private final int resultStart;
        private int[] starts;   // start + 1 of the term in each slot; 0 for an empty slot
        private int[] lengths;
        private int[] hashes;
        private int count;

        /** Sized for texts of this many characters: some 60 distinct words in 1,000 characters, 8 characters each. */
        Distinct(int characters) {
            text = new char[Math.max(512, characters / 2)];
            int slots = Integer.highestOneBit(Math.max(256, characters / 8)) * 2;
            starts = new int[slots];
            lengths = new int[slots];
            hashes = new int[slots];
            for (String s : STOP) {
                int h = 0;
                for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
                add(s.toCharArray(), s.length(), h);
            }
            resultStart = end;
        }

        void add(char[] word, int length, int hash) {
            if (length < 2 || length > 40) return;
            int mask = starts.length - 1;
            int slot = mix(hash) & mask;
            while (starts[slot] != 0) {
                if (hashes[slot] == hash && lengths[slot] == length
                        && Arrays.equals(text, starts[slot] - 1, starts[slot] - 1 + length, word, 0, length)) return;
                slot = (slot + 1) & mask;
            }
            if (end > resultStart) append(' ');
            starts[slot] = end + 1;
            lengths[slot] = length;
            hashes[slot] = hash;
            for (int k = 0; k < length; k++) append(word[k]);
            if (++count * 2 > starts.length) grow();
        }

        private void append(char c) {
            if (end == text.length) text = Arrays.copyOf(text, 2 * end);
            text[end++] = c;
        }

        private void grow() {
            int[] oldStarts = starts, oldLengths = lengths, oldHashes = hashes;
            starts = new int[oldStarts.length * 2];
            lengths = new int[starts.length];
            hashes = new int[starts.length];
            int mask = starts.length - 1;
            for (int s = 0; s < oldStarts.length; s++) {
                if (oldStarts[s] == 0) continue;
                int slot = mix(oldHashes[s]) & mask;
                while (starts[slot] != 0) slot = (slot + 1) & mask;
                starts[slot] = oldStarts[s];
                lengths[slot] = oldLengths[s];
                hashes[slot] = oldHashes[s];
            }
        }

        private static int mix(int h) {
            return h ^ (h >>> 16);
        }

        @Override
        public String toString() {
            return new String(text, resultStart, end - resultStart);
        }
    }
}
