package io.reelstorm.upload.content;

/**
 * Parses a {@code Range} request header (RFC 9110, section 14.2) against a representation of known
 * size. Only a single byte range is served; anything else that is not plainly unsatisfiable is
 * ignored, which RFC 9110 allows, so that no Range value can make the request fail.
 */
public final class RangeHeader {

    private static final String BYTES_UNIT = "bytes";
    /** 18 decimal digits always fit in a long; longer numbers are beyond any size anyway. */
    private static final int SAFE_DIGITS = 18;

    private RangeHeader() {
    }

    public static RangeSelection select(String header, long size) {
        if (header == null) {
            return RangeSelection.WHOLE;
        }
        int equals = header.indexOf('=');
        if (equals < 0 || !header.substring(0, equals).strip().equalsIgnoreCase(BYTES_UNIT)) {
            return RangeSelection.WHOLE;
        }
        String rangeSet = header.substring(equals + 1).strip();
        // Several ranges would need a multipart/byteranges answer; serving the whole body is allowed instead.
        if (rangeSet.indexOf(',') >= 0) {
            return RangeSelection.WHOLE;
        }
        int dash = rangeSet.indexOf('-');
        if (dash < 0 || rangeSet.indexOf('-', dash + 1) >= 0) {
            return RangeSelection.WHOLE;
        }
        String first = rangeSet.substring(0, dash);
        String last = rangeSet.substring(dash + 1);
        if (first.isEmpty()) {
            return suffix(last, size);
        }
        if (!isDigits(first) || !(last.isEmpty() || isDigits(last))) {
            return RangeSelection.WHOLE;
        }
        long firstPos = toLong(first);
        long lastPos = last.isEmpty() ? Long.MAX_VALUE : toLong(last);
        if (lastPos < firstPos) {
            return RangeSelection.WHOLE;
        }
        if (firstPos >= size) {
            return RangeSelection.UNSATISFIABLE;
        }
        return new RangeSelection.Slice(firstPos, Math.min(lastPos, size - 1));
    }

    /** {@code bytes=-n}: the last n bytes, all of them when there are fewer. */
    private static RangeSelection suffix(String length, long size) {
        if (!isDigits(length)) {
            return RangeSelection.WHOLE;
        }
        long suffixLength = toLong(length);
        if (suffixLength == 0 || size == 0) {
            return RangeSelection.UNSATISFIABLE;
        }
        return new RangeSelection.Slice(Math.max(0, size - suffixLength), size - 1);
    }

    private static boolean isDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The value of a digit string, saturating at {@link Long#MAX_VALUE}. */
    private static long toLong(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        String significant = digits.substring(start);
        return significant.length() > SAFE_DIGITS ? Long.MAX_VALUE : Long.parseLong(significant);
    }
}
