package org.dossier.clean;

/** The one test of whether a line ends as a sentence does, which the classifier, the reject decision and the headline rules share. */
final class Sentences {
    /**
     * What may close a sentence after its mark: quotes and brackets, also those of Chinese and Japanese, and German's
     * closing marks („…“, ‚…‘, »…«).
     */
    private static final String CLOSERS = "\"'”’»)]」』“‘«";
    /** The full stops and question marks of the scripts read, Devanagari's danda and the Arabic script's among them. */
    private static final String MARKS = ".!?。！？।॥؟۔";

    private Sentences() {}

    /**
     * Ends with a full stop, question or exclamation mark, perhaps inside quotes or brackets ("… he said."”). An
     * ellipsis does not end a sentence: the line breaks off there (a teaser, a truncated headline).
     */
    static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        // French sets its closing guillemet off with a (no-break) space: « Non. »
        while (i >= 0 && (CLOSERS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == ' ' || text.charAt(i) == '\u00A0'
                || text.charAt(i) == '\u202F')) i--;
        return i >= 0 && MARKS.indexOf(text.charAt(i)) >= 0 && !(i >= 2 && text.startsWith("...", i - 2));
    }
}
