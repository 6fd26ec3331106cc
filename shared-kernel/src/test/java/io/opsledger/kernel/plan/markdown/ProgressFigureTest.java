package io.opsledger.kernel.plan.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressFigureTest {

    @ParameterizedTest
    @CsvSource({
            "0.0, 0",
            "50.0, 50",
            "100.0, 100",
            "33.33, 33.33",
            "66.67, 66.67",
            "12.5, 12.5",
            "27.776, 27.78",
            "0.005, 0.01"
    })
    void writesWholeFiguresWithoutDecimalsAndOthersWithAtMostTwo(double percentage, String expected) {
        assertThat(ProgressFigure.format(percentage)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'33,33', 33.33", "12.5, 12.5", "45, 45"})
    void readsFrenchDecimalCommas(String figure, double expected) {
        assertThat(ProgressFigure.parse(figure)).isEqualTo(expected);
    }
}
