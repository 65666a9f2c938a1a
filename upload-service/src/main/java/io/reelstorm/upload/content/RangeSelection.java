package io.reelstorm.upload.content;

/** What a {@code Range} header asks of a representation of known size. */
public sealed interface RangeSelection {

    RangeSelection WHOLE = new Whole();
    RangeSelection UNSATISFIABLE = new Unsatisfiable();

    /** No range, or one we ignore as RFC 9110 allows: answer 200 with every byte. */
    record Whole() implements RangeSelection {
    }

    /** Answer 416: the range starts beyond the end. */
    record Unsatisfiable() implements RangeSelection {
    }

    /**
     * Answer 206 with bytes {@code first} to {@code last}, both included.
     */
    record Slice(long first, long last) implements RangeSelection {

        public long length() {
            return last - first + 1;
        }

        public String contentRange(long size) {
            return "bytes " + first + "-" + last + "/" + size;
        }
    }
}
