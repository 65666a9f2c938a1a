package io.reelstorm.upload.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.upload.content.RangeSelection.Slice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RangeHeaderTest {

    private static final long SIZE = 1000;

    @Test
    void noHeaderMeansTheWholeRepresentation() {
        assertThat(RangeHeader.select(null, SIZE)).isEqualTo(RangeSelection.WHOLE);
    }

    @Test
    void aClosedRangeSelectsBothEndsIncluded() {
        assertThat(RangeHeader.select("bytes=0-99", SIZE)).isEqualTo(new Slice(0, 99));
        assertThat(RangeHeader.select("bytes=500-500", SIZE)).isEqualTo(new Slice(500, 500));
        assertThat(RangeHeader.select("bytes=0-999", SIZE)).isEqualTo(new Slice(0, 999));
    }

    @Test
    void aClosedRangeReachingPastTheEndIsCutAtTheLastByte() {
        assertThat(RangeHeader.select("bytes=900-5000", SIZE)).isEqualTo(new Slice(900, 999));
    }

    @Test
    void anOpenRangeRunsToTheEnd() {
        assertThat(RangeHeader.select("bytes=10-", SIZE)).isEqualTo(new Slice(10, 999));
        assertThat(RangeHeader.select("bytes=999-", SIZE)).isEqualTo(new Slice(999, 999));
    }

    @Test
    void aSuffixRangeSelectsTheLastBytesOrAllWhenThereAreFewer() {
        assertThat(RangeHeader.select("bytes=-1", SIZE)).isEqualTo(new Slice(999, 999));
        assertThat(RangeHeader.select("bytes=-100", SIZE)).isEqualTo(new Slice(900, 999));
        assertThat(RangeHeader.select("bytes=-5000", SIZE)).isEqualTo(new Slice(0, 999));
    }

    @Test
    void aRangeStartingAtOrPastTheEndIsUnsatisfiable() {
        assertThat(RangeHeader.select("bytes=1000-", SIZE)).isEqualTo(RangeSelection.UNSATISFIABLE);
        assertThat(RangeHeader.select("bytes=1000-2000", SIZE)).isEqualTo(RangeSelection.UNSATISFIABLE);
        assertThat(RangeHeader.select("bytes=999999999-", SIZE)).isEqualTo(RangeSelection.UNSATISFIABLE);
    }

    @Test
    void anEmptySuffixIsUnsatisfiable() {
        assertThat(RangeHeader.select("bytes=-0", SIZE)).isEqualTo(RangeSelection.UNSATISFIABLE);
    }

    @Test
    void nothingOfAnEmptyRepresentationCanBeSelected() {
        assertThat(RangeHeader.select("bytes=0-", 0)).isEqualTo(RangeSelection.UNSATISFIABLE);
        assertThat(RangeHeader.select("bytes=-5", 0)).isEqualTo(RangeSelection.UNSATISFIABLE);
    }

    @Test
    void numbersTooLargeForALongSaturateInsteadOfFailing() {
        assertThat(RangeHeader.select("bytes=0-99999999999999999999999999", SIZE)).isEqualTo(new Slice(0, 999));
        assertThat(RangeHeader.select("bytes=99999999999999999999999999-", SIZE)).isEqualTo(RangeSelection.UNSATISFIABLE);
        assertThat(RangeHeader.select("bytes=-99999999999999999999999999", SIZE)).isEqualTo(new Slice(0, 999));
        assertThat(RangeHeader.select("bytes=0000000000000000000000000005-0000000000000000000000000009", SIZE)).isEqualTo(new Slice(5, 9));
    }

    @Test
    void theUnitIsCaseInsensitiveAndSpacesAroundTheSetAreTolerated() {
        assertThat(RangeHeader.select("BYTES=0-1", SIZE)).isEqualTo(new Slice(0, 1));
        assertThat(RangeHeader.select(" bytes = 0-1 ", SIZE)).isEqualTo(new Slice(0, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bytes", "bytes=", "bytes=abc", "bytes=a-b", "bytes=-", "bytes=5-1", "bytes=--5", "bytes=1-2-3",
            "bytes=0-1,5-6", "bytes=0-1,", "bytes=,0-1", "items=0-5", "=0-5", "bytes=0x1-0x5", "bytes=+1-5", "bytes=1 -5",
            "bytes=\u0661-\u0662", "bytes=1.5-2", "bytes=-1-"})
    void invalidOrSeveralRangesAreIgnored(String header) {
        assertThat(RangeHeader.select(header, SIZE)).isEqualTo(RangeSelection.WHOLE);
    }

    @Test
    void aSliceDescribesItsLengthAndContentRange() {
        Slice slice = new Slice(10, 19);

        assertThat(slice.length()).isEqualTo(10);
        assertThat(slice.contentRange(SIZE)).isEqualTo("bytes 10-19/1000");
    }
}
